import { rules } from "../../rules/index.js";
import type { CoverageReport } from "../coverage/coverage-report.js";
import { reviewCoverage } from "../coverage/review-coverage.js";
import { ConfigCache } from "../config/config-cache.js";
import { globMatcher } from "../config/glob-option.js";
import type { ResolvedConfig, RuleSetting } from "../config/resolve-config.js";
import { changedPaths, type Change, type ChangedFile, type Gap } from "../model/change.js";
import { languagesOf, prefetchFacts, syntaxFailure, warmParseWorkers } from "../syntax/change-facts.js";
import { loadGrammars } from "../syntax/grammars.js";
import { filterIgnored } from "./filter-files.js";
import { Deadline, defaultBudget, type TimeBudget } from "./time-budget.js";
import { conclude, type ReviewResult, type RuleOutcome } from "./review-result.js";
import {
  allowsSuppression,
  emptyLookups,
  formatMessage,
  issueKey,
  SEVERITY_RANK,
  type ActiveSeverity,
  type Finding,
  type IssueRef,
  type CollectedNeeds,
  type Lookups,
  type Needs,
  type RawFinding,
  type Rule,
  type Severity,
} from "./rule.js";
import { collectSuppressions, isSuppressed } from "./suppressions.js";
import { mergeSpots, rulesOf, type SpotOf } from "./merge-spots.js";
import { setAsideInBulk } from "./bulk-new-files.js";
import { askedBy, askedKey, lookupsFor, type Asked } from "./rule-lookups.js";
import { likelyOriginals, originalsRead } from "../analysis/copy-originals.js";
import { inNeedsPass } from "../analysis/review-memo.js";

/** Fetches what rules asked for, in one batch. Sources implement it; without one, lookups stay empty. */
export type LookupProvider = (needs: CollectedNeeds) => Promise<Lookups>;

/** One run of one rule: the files that share the same effective setting. */
interface RuleRun {
  rule: Rule<any>;
  severity: ActiveSeverity;
  options: object;
  change: Change;
  /** Only the base run (the config without overrides) may report findings without a path. */
  base: boolean;
  /** What the rule asked for (collectNeeds), and the part of the lookups it sees (sharedViews). */
  asked?: Asked;
  found?: Lookups;
}

interface Plan {
  runs: RuleRun[];
  outcomes: Map<string, RuleOutcome>;
  change: Change;
  gaps: Gap[];
  /** Reviewed files and ignored ones (which rules with `scansIgnoredFiles` still read). */
  allFiles: ChangedFile[];
  /** Whether a rule asked for the originals of new files (Needs.copyOriginals), and those found in the tree. */
  copies?: boolean;
  originals?: Map<string, string>;
}

export interface ReviewOptions {
  /** Defaults to `defaultBudget()`: BOTTOMLINE_REVIEW_BUDGET_MS, else 20 s. */
  budget?: TimeBudget;
  /** A coverage report for the head commit (#14); tests-required reads it through the lookups. */
  coverage?: CoverageReport;
}

/**
 * config + change (+ lookups) → findings and a conclusion. The whole review engine. Rules run in
 * steps under a time budget, yielding to the event loop between steps (see time-budget.ts).
 */
export async function runReview(change: Change, config: ResolvedConfig, lookup?: LookupProvider, options: ReviewOptions = {}): Promise<ReviewResult> {
  const plan = planReview(change, config);
  warmParseWorkers(plan.change.files);
  const needs = collectNeeds(plan);
  const wanted = needs.issues.length > 0 || needs.fileContents.length > 0 || needs.baseContents.length > 0 || needs.fileTree === true;
  const found = lookup && wanted ? await lookup(needs) : emptyLookups();
  if (lookup && wanted) await readLaterNeeds(plan, found, lookup);
  if (lookup && plan.copies) await readOriginals(plan, found, lookup);
  if (options.coverage) found.coverage = options.coverage;
  giveViews(plan, found);
  // Grammars load asynchronously, once per process; parsing in the rules is then synchronous.
  await loadGrammars(languagesOf(plan.change.files));
  const deadline = new Deadline(options.budget ?? defaultBudget());
  // A large change's files are parsed on every core before the rules ask (their facts are then
  // cached); the parse counts against the budget, as it does when rules ask for it.
  await prefetchFacts(plan.change.files, found, () => deadline.passed());
  const steps = checkPlan(plan, found, deadline);
  // The first step yields, then one step a slice: a change of a thousand files is thousands of
  // per-file steps, most far shorter than a turn of the event loop (#13). Real time, not the
  // budget's clock: the budget may be a test's clock, which counts its readings.
  let sliceEnd = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() < sliceEnd) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceEnd = performance.now() + YIELD_SLICE_MS;
  }
}

/** Work between two yields to the event loop, at most about this long (plus one step): other deliveries wait no longer. */
const YIELD_SLICE_MS = 10;

/**
 * The synchronous engine, for callers with no lookups (bench, tests); without a budget unless given
 * one. Load grammars first (loadAllGrammars), as runReview does.
 */
export function runReviewSync(change: Change, config: ResolvedConfig, found: Lookups = emptyLookups(), budget?: TimeBudget): ReviewResult {
  const plan = planReview(change, config);
  collectNeeds(plan);
  giveViews(plan, found);
  const steps = checkPlan(plan, found, new Deadline(budget ?? { ms: Infinity, now: () => 0 }));
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

function planReview(change: Change, config: ResolvedConfig): Plan {
  const { kept, ignored, ignoredFiles } = filterIgnored(change.files, config.ignore);
  const ignoredPaths = ignoredFiles.filter((f) => f.status !== "removed" && f.additions > 0).map((f) => f.path);
  const reviewed: Change = { ...change, files: kept, ...(ignoredPaths.length > 0 ? { ignoredPaths } : {}) };
  const overrides = config.overrides.map((o) => ({ ...o, applies: overrideApplies(o) }));
  const runs: RuleRun[] = [];
  const outcomes = new Map<string, RuleOutcome>();
  const gaps: Gap[] = [...change.gaps, ...ignored];

  for (const [id, rule] of Object.entries(rules)) {
    const base = config.rules[id];
    const groups = new Map<string, { setting: RuleSetting; files: ChangedFile[] }>();
    const baseKey = JSON.stringify(base);
    groups.set(baseKey, { setting: base, files: [] });
    for (const file of rule.meta.scansIgnoredFiles ? [...kept, ...ignoredFiles] : kept) {
      let setting = base;
      for (const o of overrides) {
        const entry = o.rules[id];
        if (!entry || !o.applies(file)) continue;
        setting = { severity: entry.severity ?? setting.severity, options: { ...setting.options, ...entry.options } };
      }
      const key = setting === base ? baseKey : JSON.stringify(setting);
      const group = groups.get(key) ?? { setting, files: [] };
      group.files.push(file);
      groups.set(key, group);
    }
    let strongest: Severity = "off";
    for (const [key, { setting, files }] of groups) {
      if (setting.severity === "off") continue;
      if (SEVERITY_RANK[setting.severity] > SEVERITY_RANK[strongest]) strongest = setting.severity;
      const options = parsedOptions(id, rule, setting.options);
      runs.push({ rule, severity: setting.severity, options, change: { ...reviewed, files }, base: key === baseKey });
    }
    outcomes.set(id, { id, description: rule.meta.description, category: rule.meta.category, severity: strongest, findings: 0 });
  }
  return { runs, outcomes, change: reviewed, gaps, allFiles: [...kept, ...ignoredFiles] };
}

/**
 * Whether an override's globs take a file in, matched once per file and override rather than once
 * per rule: eleven rules over a change of a thousand files matched every glob eleven thousand times.
 */
function overrideApplies(o: ResolvedConfig["overrides"][number]): (file: ChangedFile) => boolean {
  const matches = globMatcher(o.files);
  const excluded = globMatcher(o.excludedFiles);
  const known = new Map<ChangedFile, boolean>();
  return (file) => {
    let applies = known.get(file);
    if (applies === undefined) known.set(file, (applies = matches(file.path) && !excluded(file.path)));
    return applies;
  };
}

/**
 * Options were validated when the config loaded, so parsing cannot fail here. Parsing compiles
 * regex options (RE2), so the result is cached by content: the same config is not compiled again
 * on every event (#9). Parsed options are shared, and rules never modify them.
 */
const optionCache = new ConfigCache<object>(500);

function parsedOptions(id: string, rule: Rule<any>, raw: Record<string, unknown>): object {
  return optionCache.get(`${id}\0${JSON.stringify(raw)}`, () => rule.options.parse(raw) as object);
}

/** Every run's needs, in one pass: helpers several rules' needs share are worked out once (review-memo.ts). */
function collectNeeds(plan: Plan): CollectedNeeds {
  return inNeedsPass(() => needsOfRuns(plan));
}

function needsOfRuns(plan: Plan): CollectedNeeds {
  const issues = new Map<string, IssueRef>();
  const paths = new Set<string>();
  const basePaths = new Set<string>();
  let fileTree = false;
  for (const run of plan.runs) {
    const needs = run.rule.needs?.(run.change, run.options) ?? {};
    run.asked = askedBy(needs);
    // The originals of new files are found in the tree (copy-originals.ts).
    plan.copies ||= needs.copyOriginals === true;
    fileTree ||= needs.copyOriginals === true;
    for (const ref of needs.issues ?? []) issues.set(issueKey(ref), ref);
    for (const p of needs.fileContents ?? []) paths.add(p);
    for (const p of needs.baseContents ?? []) basePaths.add(p);
    fileTree ||= needs.fileTree === true;
  }
  const later = plan.runs.filter((run) => run.rule.laterNeeds);
  const fromTree = (tree: string[]) => laterPaths(later, { ...emptyLookups(), fileTree: tree });
  return {
    issues: [...issues.values()],
    fileContents: [...paths],
    baseContents: [...basePaths],
    ...(fileTree ? { fileTree } : {}),
    ...(fileTree && later.length > 0 ? { fromTree } : {}),
    ...(plan.copies ? { baseFromTree: (tree: string[]) => [...originalsOf(plan, tree).values()] } : {}),
  };
}

/** The likely originals of the review's new files, found once in the tree (whichever rule asked: the same for all). */
function originalsOf(plan: Plan, tree: string[]): Map<string, string> {
  return (plan.originals ??= likelyOriginals(plan.change.files, tree));
}

/**
 * The originals' base texts, when the source did not read them with the others (CollectedNeeds.baseFromTree),
 * and what of them the rules that asked are given: those whose text came, within the byte caps.
 */
async function readOriginals(plan: Plan, found: Lookups, lookup: LookupProvider): Promise<void> {
  if (!found.fileTree) return;
  const originals = originalsOf(plan, found.fileTree);
  const missing = found.baseTreeNeedsRead ? [] : [...new Set(originals.values())].filter((p) => !found.baseContents?.has(p));
  if (missing.length > 0) {
    const more = await lookup({ issues: [], fileContents: [], baseContents: missing });
    found.baseContents ??= new Map();
    for (const [p, text] of more.baseContents ?? []) found.baseContents.set(p, text);
  }
  found.copyOriginals = originalsRead(originals, found.baseContents);
}

function laterPaths(runs: RuleRun[], found: Lookups): string[] {
  const paths = new Set<string>();
  for (const run of runs) for (const p of laterOf(run, found)) if (!found.fileContents.has(p)) paths.add(p);
  return [...paths];
}

/** A run's laterNeeds, asked once: the paths are also what the rule then sees (giveViews). */
const laterAsked = new WeakMap<RuleRun, string[]>();
function laterOf(run: RuleRun, found: Lookups): string[] {
  let paths = laterAsked.get(run);
  if (!paths) laterAsked.set(run, (paths = run.rule.laterNeeds?.(run.change, run.options, found) ?? []));
  return paths;
}

/**
 * Each run's part of the lookups: what it asked for and no more, so its verdict is the same alone
 * and in company (rule-lookups.ts). Runs that asked for the same things share one view, and with it
 * the memos keyed by the lookups (the three structure rules read the same functions).
 */
function giveViews(plan: Plan, found: Lookups): void {
  const views = new Map<string, Lookups>();
  for (const run of plan.runs) {
    if (!run.asked) continue;
    for (const p of laterAsked.get(run) ?? []) run.asked.head.add(p);
    if (run.asked.copies) for (const p of found.copyOriginals?.values() ?? []) run.asked.base.add(p);
    const key = askedKey(run.asked);
    let view = views.get(key);
    if (!view) views.set(key, (view = lookupsFor(run.asked, found)));
    run.found = view;
  }
}

/**
 * The files rules ask for once the first lookups are in (see Rule.laterNeeds). The git and GitHub
 * sources read them in the same batch as the other texts (CollectedNeeds.fromTree); a source that
 * does not is asked once more.
 */
async function readLaterNeeds(plan: Plan, found: Lookups, lookup: LookupProvider): Promise<void> {
  if (found.treeNeedsRead) return;
  const paths = laterPaths(plan.runs, found);
  if (paths.length === 0) return;
  const more = await lookup({ issues: [], fileContents: paths, baseContents: [] });
  for (const [p, text] of more.fileContents) found.fileContents.set(p, text);
}

/** A run, or one file of a run of a per-file rule: the unit of work between two yields. */
function stepsOf(run: RuleRun): RuleRun[] {
  if (!run.rule.meta.perFile || run.change.files.length <= 1) return [run];
  // Files the change only deleted from ride along with every step: a block moved out of them reads
  // as old code in the file it moved to. With no added line, they have nothing of their own to check.
  const sources = run.change.files.filter((f) => f.additions === 0 && f.deletions > 0);
  // A set to ask: a history that deleted from thousands of files asked a list of them once per file.
  const isSource = new Set(sources);
  const filesInRun = run.change.files.length;
  // The whole change's paths ride along too: a config the pull request edits is read at base (see config-at-base).
  const touchedPaths = changedPaths(run.change);
  return run.change.files.map((file) => ({
    ...run,
    change: { ...run.change, filesInRun, touchedPaths, files: isSource.has(file) ? [file] : [file, ...sources] },
  }));
}

/** What the steps of a review have said so far. */
interface Said {
  findings: Finding[];
  /** Findings whose rule does not allow suppression. */
  locked: Set<Finding>;
  /** A structural finding's function, and the clause it adds when folded into another's (merge-spots.ts). */
  spots: Map<Finding, SpotOf>;
  notes: Record<string, string[]>;
  /** A finding that speaks for the change's new files (RawFinding.coversNewFiles), and those it may count instead (RuleMeta.setAsideInBulk). */
  covering: Set<Finding>;
  asideable: Set<Finding>;
}

/** Runs the plan step by step, yielding after each step; the caller decides how to wait. */
function* checkPlan(plan: Plan, found: Lookups, deadline: Deadline): Generator<void, ReviewResult> {
  const said: Said = { findings: [], locked: new Set(), spots: new Map(), notes: {}, covering: new Set(), asideable: new Set() };
  const gaps = [...plan.gaps];
  for (const run of plan.runs.flatMap(stepsOf)) {
    if (deadline.passed()) {
      deadline.skip(
        run.rule.meta.id,
        (run.rule.meta.perFile ? run.change.files.slice(0, 1) : run.change.files).map((f) => f.path),
      );
      continue;
    }
    const raw = runRule(run, run.found ?? found, gaps);
    yield;
    collect(run, raw, said);
  }
  gaps.push(...deadline.gaps(), ...unanalysedFiles(plan.change.files));
  return resultOf(plan, found, said, gaps);
}

/** A step's raw findings into what the review has said: notes, findings, and the parts a merge may fold. */
function collect(run: RuleRun, raw: RawFinding[], said: Said): void {
  for (const r of raw) {
    if (!run.base && r.path === undefined) continue;
    const message = formatMessage(run.rule.meta.messages[r.messageId] ?? r.messageId, r.data);
    if (r.info) {
      (said.notes[run.rule.meta.id] ??= []).push(message);
      continue;
    }
    const finding = toFinding(run, r, message);
    said.findings.push(finding);
    if (!allowsSuppression(run.options)) said.locked.add(finding);
    if (r.coversNewFiles && r.path === undefined) said.covering.add(finding);
    if (run.rule.meta.setAsideInBulk?.includes(r.messageId)) said.asideable.add(finding);
    const part = r.part && run.rule.meta.messages[r.part];
    if (r.spot !== undefined && part) said.spots.set(finding, { spot: r.spot, part: formatMessage(part, r.data) });
  }
}

function resultOf(plan: Plan, found: Lookups, said: Said, gaps: Gap[]): ReviewResult {
  const { kept: unmerged, suppressed } = applySuppressions(plan.allFiles, said.findings, said.locked);
  // After suppressions: a part silenced on its line, or from a rule that is off, is not said.
  const merged = mergeSpots(unmerged, said.spots);
  // A finding is marked by identity; only a merged carrier (a new object, with `also`) is found by rule,
  // path and line, so a print and a debugger stop on one line keep their own marks. A carrier of another
  // rule's part is set aside only if that rule sets its findings aside too.
  const carrierMarks = new Set([...said.asideable].map(spotKey));
  const marked = (f: Finding) => said.asideable.has(f) || (f.also !== undefined && carrierMarks.has(spotKey(f)));
  const mayBeSetAside = (f: Finding) => marked(f) && rulesOf(f).every((r) => ASIDE_RULES.has(r.rule));
  const added = new Set(plan.change.files.filter((f) => f.status === "added").map((f) => f.path));
  const kept = setAsideInBulk(merged, said.covering, mayBeSetAside, added);
  // Each rule counts what it found, folded into another rule's finding or not.
  for (const f of kept) {
    for (const { rule } of rulesOf(f)) {
      const outcome = plan.outcomes.get(rule);
      if (outcome) outcome.findings++;
    }
  }
  return {
    conclusion: conclude(kept),
    findings: kept,
    rules: [...plan.outcomes.values()],
    gaps,
    notes: said.notes,
    suppressed,
    coverage: reviewCoverage(plan.runs, found),
    filesReviewed: plan.change.files.length,
    commitsReviewed: plan.change.commits.length,
  };
}

/** A bug in one rule must not lose the whole review: its failure becomes a gap the summary shows. */
function runRule(run: RuleRun, found: Lookups, gaps: Gap[]): RawFinding[] {
  try {
    return run.rule.check(run.change, run.options, found);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    gaps.push({ kind: "rule-error", message: `rule ${run.rule.meta.id} failed and its findings are missing: ${why}. Please report this.` });
    // Fail closed: a rule that could not run is a finding at its own severity, so a failing
    // no-secrets fails the check instead of passing what it never looked at. (A message id that
    // is not in the rule's meta is used as the message itself.)
    const message = `This rule could not run on this change (${why}), so it cannot vouch for it. Re-run; if it keeps failing, please report it.`;
    return [{ messageId: message, ...(run.base ? {} : { path: run.change.files[0]?.path }) }];
  }
}

function toFinding(run: RuleRun, r: RawFinding, message: string): Finding {
  // A rule may lower a finding's severity (a "could not verify" notice), never raise it.
  const severity = r.severity && SEVERITY_RANK[r.severity] < SEVERITY_RANK[run.severity] ? r.severity : run.severity;
  const finding: Finding = { rule: run.rule.meta.id, severity, message };
  if (r.path !== undefined) finding.path = r.path;
  if (r.line !== undefined) finding.line = r.line;
  if (r.commit !== undefined) finding.commit = r.commit;
  return finding;
}

function unanalysedFiles(files: ChangedFile[]): Gap[] {
  return files.flatMap((file) => {
    const why = syntaxFailure(file);
    return why ? [{ kind: "unanalysable" as const, path: file.path, message: `not analysed: ${why}; its functions and comments were not checked` }] : [];
  });
}

/**
 * Drops findings silenced by bottomline-disable comments (counting them) and sorts the rest. A
 * locked finding (its rule's `allow_suppression` is false) stays, with a notice that says why.
 */
function applySuppressions(files: ChangedFile[], findings: Finding[], locked: Set<Finding>): { kept: Finding[]; suppressed: Record<string, number> } {
  const { map, problems } = collectSuppressions(files, Object.keys(rules));
  const suppressed: Record<string, number> = {};
  const refused = findings.filter((f) => locked.has(f) && isSuppressed(map, f)).map(refusedSuppression);
  const kept = [...problems, ...refused, ...findings].filter((f) => {
    if (locked.has(f) || !isSuppressed(map, f)) return true;
    suppressed[f.rule] = (suppressed[f.rule] ?? 0) + 1;
    return false;
  });
  return { kept: kept.sort(compareFindings), suppressed };
}

/** The rules whose findings a too-big change's size finding may count (RuleMeta.setAsideInBulk). */
const ASIDE_RULES = new Set(Object.values(rules).flatMap((r) => (r.meta.setAsideInBulk ? [r.meta.id] : [])));

function spotKey(f: Finding): string {
  return `${f.rule}\u0000${f.path ?? ""}\u0000${f.line ?? ""}`;
}

function refusedSuppression(f: Finding): Finding {
  return {
    rule: "suppression",
    severity: "notice",
    path: f.path,
    line: f.line,
    message: `\`bottomline-disable\` cannot silence ${f.rule} here: the base branch's .github/rules.yml does not allow it. A maintainer can set \`${f.rule}: { allow_suppression: true }\` there; otherwise remove the finding's cause.`,
  };
}

/** Commit-level findings first, then by path and line, so output is stable across runs. */
function compareFindings(a: Finding, b: Finding): number {
  if (!a.path !== !b.path) return a.path ? 1 : -1;
  if (a.path !== b.path) return (a.path ?? "") < (b.path ?? "") ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

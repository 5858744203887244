import { SEVERITY_RANK, type Finding } from "../engine/rule.js";
import { isLineInDiff, type Change, type ChangedFile } from "../model/change.js";
import { describePlaces, findingShape } from "./finding-shape.js";
import { fingerprint } from "./fingerprint.js";
import { ruleLink, SEVERITY_ICON, untrusted, untrustedMessage } from "./markdown.js";
import { lineLinker, type LineLinker } from "./summary-findings.js";

/**
 * One inline comment per file and line: every finding on that line (two rules, or one rule twice)
 * goes in the same comment. A comment is identified by its entry, the fingerprints of its
 * findings joined with `+` (a single finding's entry is its fingerprint, as before comments were
 * merged); the summary marker lists the entries of every comment posted.
 *
 * A finding alike one already commented on in this push (same rule, same message, same line
 * text: the same TODO or print call pasted into five files) gets no comment of its own: the first
 * one says "and N more like this in …". Each of those is kept in the marker as `~<fingerprint>`,
 * an entry no comment carries, so a later push counts it as posted and does not comment on it.
 */
export interface InlineComment {
  path: string;
  line: number;
  side: "RIGHT";
  body: string;
  /** The comment's entry: its findings' fingerprints joined with `+`. */
  fingerprint: string;
  findings: Finding[];
  /** Findings alike this comment's own, elsewhere in the change, which it names instead. */
  alike: Finding[];
  /** Their marker entries (`~<fingerprint>`). */
  alikeEntries: string[];
}

/** How many new inline comments one push may post: in all, and per rule (0: no cap per rule). */
export interface InlineBudget {
  total: number;
  perRule: number;
}

/** An earlier comment whose findings changed: one was added on its line, or some went away. */
export interface InlineUpdate {
  /** The entry the marker holds for it now, which finds the comment (its body ends with it). */
  previous: string;
  /** Its entry once updated. */
  fingerprint: string;
  body: string;
  findings: Finding[];
}

export interface InlinePlan {
  /** New comments to post, within the budget. */
  toPost: InlineComment[];
  /** Earlier comments to edit, within the budget. */
  toUpdate: InlineUpdate[];
  /** Findings whose comment an earlier push already posted, unchanged. */
  alreadyPosted: Finding[];
}

interface Candidate {
  finding: Finding;
  fp: string;
  /** Rule, message and line text: candidates with the same one are alike. */
  shape: string;
}

/** The prefix of a marker entry that stands for a finding named in another finding's comment. */
const ALIKE = "~";

/** The fingerprints of a marker entry (`a`, `a+b`, or `~a` for a finding named in another comment). */
export function entryFingerprints(entry: string): string[] {
  return entry.split(/[+~]/).filter(Boolean);
}

/**
 * Chooses inline comments: only findings on lines inside the diff (GitHub rejects the whole
 * review with 422 otherwise), one comment per line, skipping what was already posted, failures
 * first, up to the budget and at most `perRule` comments led by one rule; a finding alike one
 * commented on is named in that comment instead (see above). `posted` holds the marker's
 * entries; an earlier comment is edited when a new finding lands on its line, or when some (not
 * all) of its findings are no longer reported: a comment whose findings all went away stays as it
 * was (GitHub shows it outdated once its line changes).
 */
export function planInlineComments(
  findings: Finding[],
  change: Change,
  limits: number | InlineBudget,
  posted: ReadonlySet<string>,
  headSha = change.headSha,
): InlinePlan {
  const { total: budget, perRule } = typeof limits === "number" ? { total: limits, perRule: 0 } : limits;
  const lines = groupByLine(candidatesInDiff(findings, change));
  const entryOf = new Map<string, string>();
  for (const entry of posted) for (const fp of entryFingerprints(entry)) entryOf.set(fp, entry);
  // Each fingerprint is on one line only (see groupByLine): its findings there, and that line's group.
  const current = new Map<string, Candidate[]>();
  const lineOf = new Map<string, Candidate[]>();
  for (const group of lines) {
    for (const c of group) {
      current.set(c.fp, [...(current.get(c.fp) ?? []), c]);
      lineOf.set(c.fp, group);
    }
  }

  const claimed = new Set<string>();
  const updates: Array<InlineUpdate & { rank: number }> = [];
  for (const entry of posted) {
    // An alike finding's entry has no comment of its own to edit.
    if (entry.startsWith(ALIKE)) continue;
    const update = planUpdate(entry, { current, lineOf, entryOf, claimed }, headSha);
    if (update) updates.push(update);
  }
  const toUpdate = byRank(updates, budget);
  // An update cut by the budget keeps its entry; the findings it would have added wait for the next push.
  const updated = new Set(toUpdate.flatMap((u) => entryFingerprints(u.fingerprint)));
  const alreadyPosted: Finding[] = [];
  const open: Candidate[][] = [];
  for (const group of lines) {
    open.push(group.filter((c) => !entryOf.has(c.fp) && !claimed.has(c.fp)));
    for (const c of group) if (entryOf.has(c.fp) && !updated.has(c.fp)) alreadyPosted.push(c.finding);
  }
  const link = lineLinker(change.repository, headSha);
  const fresh = collapseAlike(open).map(({ own, alike }) => ({ ...comment(own, "", { alike, link }), rank: worstRank(own) }));
  return { toPost: withinRuleCap(byRank(fresh, Infinity), perRule).slice(0, budget), toUpdate, alreadyPosted };
}

/**
 * New comments, one per line, with each candidate alike an earlier line's candidate moved into
 * that comment's `alike` list instead (a line left with nothing of its own gets no comment).
 */
function collapseAlike(open: Candidate[][]): Array<{ own: Candidate[]; alike: Candidate[] }> {
  const out: Array<{ own: Candidate[]; alike: Candidate[] }> = [];
  const first = new Map<string, { own: Candidate[]; alike: Candidate[] }>();
  for (const group of open) {
    const item = { own: [] as Candidate[], alike: [] as Candidate[] };
    for (const c of group) {
      const earlier = first.get(c.shape);
      if (earlier) earlier.alike.push(c);
      else item.own.push(c);
    }
    if (item.own.length === 0) continue;
    for (const c of item.own) first.set(c.shape, item);
    out.push(item);
  }
  return out;
}

/**
 * At most `cap` comments led by one rule (the rule of a comment's most severe finding), so one
 * rule with a hundred findings does not take the whole budget; 0 means no cap.
 */
function withinRuleCap(comments: InlineComment[], cap: number): InlineComment[] {
  if (cap <= 0) return comments;
  const count = new Map<string, number>();
  return comments.filter((c) => {
    const rule = c.findings[0].rule;
    const n = count.get(rule) ?? 0;
    count.set(rule, n + 1);
    return n < cap;
  });
}

/** Findings on lines inside the diff, each with its fingerprint. */
function candidatesInDiff(findings: Finding[], change: Change): Candidate[] {
  const files = new Map<string, ChangedFile>(change.files.map((f) => [f.path, f]));
  const out: Candidate[] = [];
  for (const f of findings) {
    if (!f.path || f.line === undefined) continue;
    const file = files.get(f.path);
    if (!file || !isLineInDiff(file, f.line)) continue;
    const text = file.addedLines.find((l) => l.line === f.line)?.text ?? "";
    out.push({ finding: f, fp: fingerprint(f, text), shape: `${findingShape(f)}\u0000${text.replace(/\s+/g, " ").trim()}` });
  }
  return out;
}

/**
 * Candidates grouped by path and line, in order of first appearance. A fingerprint already on an
 * earlier line (the same line text twice in a file) is left out: one comment is enough. A repeated
 * rule and message on one line is shown once.
 */
function groupByLine(candidates: Candidate[]): Candidate[][] {
  const byLine = new Map<string, Candidate[]>();
  const lineOf = new Map<string, string>();
  for (const c of candidates) {
    const key = `${c.finding.path}\0${c.finding.line}`;
    if ((lineOf.get(c.fp) ?? key) !== key) continue;
    lineOf.set(c.fp, key);
    const group = byLine.get(key) ?? [];
    if (!group.some((g) => g.finding.rule === c.finding.rule && g.finding.message === c.finding.message)) group.push(c);
    byLine.set(key, group);
  }
  return [...byLine.values()];
}

interface PlanState {
  current: Map<string, Candidate[]>;
  lineOf: Map<string, Candidate[]>;
  entryOf: Map<string, string>;
  /** New findings already given to an update. */
  claimed: Set<string>;
}

/** What an earlier comment (its marker entry) should now say, or nothing when it is still right or wholly gone. */
function planUpdate(entry: string, { current, lineOf, entryOf, claimed }: PlanState, headSha: string): (InlineUpdate & { rank: number }) | undefined {
  const fps = entryFingerprints(entry);
  const still = fps.filter((fp) => current.has(fp));
  if (still.length === 0) return undefined;
  // New findings on the line where this comment's findings now are join it instead of starting a second comment.
  const home = lineOf.get(still[0]) ?? [];
  const joining = home.filter((c) => !entryOf.has(c.fp) && !claimed.has(c.fp));
  if (still.length === fps.length && joining.length === 0) return undefined;
  for (const c of joining) claimed.add(c.fp);
  const kept = [...still.flatMap((fp) => current.get(fp) ?? []), ...joining];
  const gone = fps.length - still.length;
  const note =
    gone > 0
      ? `_${gone === 1 ? "1 earlier finding" : `${gone} earlier findings`} on this line ${gone === 1 ? "is" : "are"} no longer reported at ${untrusted(headSha.slice(0, 7), "code")}._`
      : "";
  const { fingerprint: fp, body, findings } = comment(kept, note);
  return { previous: entry, fingerprint: fp, body, findings, rank: worstRank(kept) };
}

/** Lower is more severe, so failures sort first. */
function rankOf(c: Candidate): number {
  return -SEVERITY_RANK[c.finding.severity];
}

function worstRank(cs: Candidate[]): number {
  return Math.min(...cs.map(rankOf));
}

/** Failures first (stable), up to the budget. */
function byRank<T extends { rank: number }>(items: T[], budget: number): Array<Omit<T, "rank">> {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.rank - b.item.rank || a.i - b.i)
    .slice(0, budget)
    .map(({ item: { rank: _rank, ...rest } }) => rest);
}

/**
 * One comment holding the findings of a line, most severe first, naming where the findings alike
 * them are; each message is escaped once, here.
 */
function comment(cs: Candidate[], note = "", { alike, link }: { alike: Candidate[]; link?: LineLinker } = { alike: [] }): InlineComment {
  const sorted = [...cs].sort((a, b) => rankOf(a) - rankOf(b));
  const entry = [...new Set(sorted.map((c) => c.fp))].join("+");
  const parts = sorted.map(({ finding: f, shape }) => {
    const same = alike.filter((c) => c.shape === shape).map((c) => c.finding);
    const more = same.length > 0 ? `\n\n_…and ${same.length} more like this: ${describePlaces(same, link)}._` : "";
    return `${SEVERITY_ICON[f.severity]} **${f.severity}** · ${ruleLink(f.rule)}\n\n${untrustedMessage(f.message)}${more}`;
  });
  const f0 = sorted[0].finding;
  const body = [...parts, note, `<!-- bottomline:fp=${entry} -->`].filter(Boolean).join("\n\n");
  const alikeEntries = [...new Set(alike.map((c) => `${ALIKE}${c.fp}`))];
  return {
    path: f0.path!,
    line: f0.line!,
    side: "RIGHT",
    body,
    fingerprint: entry,
    findings: sorted.map((c) => c.finding),
    alike: alike.map((c) => c.finding),
    alikeEntries,
  };
}

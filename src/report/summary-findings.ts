import type { Category, Finding } from "../engine/rule.js";
import { SEVERITY_RANK } from "../engine/rule.js";
import { plural } from "./counts.js";
import { describePlaces, groupAlike } from "./finding-shape.js";
import { ruleLink, SEVERITY_ICON, untrusted, untrustedMessage } from "./markdown.js";

/** `blob/<head>/<path>#L<n>` for a finding, when the repository and head are known. */
export type LineLinker = (path: string, line?: number) => string | undefined;

/** `https://github.com/<owner>/<repo>/blob/<head>/<path>#L<n>`, when the repository and head are known. */
export function lineLinker(repository: { owner: string; name: string } | undefined, headSha?: string): LineLinker {
  if (!repository || !headSha || !/^[0-9a-f]{7,64}$/.test(headSha)) return () => undefined;
  const server = (process.env.GITHUB_SERVER_URL || "https://github.com").replace(/\/$/, "");
  const repo = `${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.name)}`;
  // Every character a Markdown link destination could end on is percent-encoded: the path is the pull request's.
  const encode = (p: string) =>
    p
      .split("/")
      .map((seg) => encodeURIComponent(seg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
      .join("/");
  return (path, line) => `${server}/${repo}/blob/${headSha}/${encode(path)}${line ? `#L${line}` : ""}`;
}

export const CATEGORIES: Array<{ id: Category; title: string }> = [
  { id: "traceability", title: "Traceability" },
  { id: "tests", title: "Tests" },
  { id: "readability", title: "Readability" },
];

/** How many findings "Fix first" shows. */
const FIX_FIRST = 3;
/** How many places of findings alike one item of the list names (the check run annotates every one). */
const SUMMARY_PLACES = { places: 30, chars: 5_000 };
/** A rule's findings shown before the rest fold into a `<details>` block. */
const SHOWN_PER_RULE = 5;

export interface FixFirst {
  top: Finding[];
  /** Findings alike one in `top` (the same print call in five files): named with it, not listed again. */
  alikeOf: Map<Finding, Finding[]>;
  more: number;
  /** The rule with the most findings, when it has enough that fixing its pattern is worth saying. */
  busiest?: { rule: string; findings: number; files: number };
}

/** A rule with at least this many findings is named under "Fix first" as the one with the most. */
const BUSIEST_FROM = 4;

/**
 * The findings to fix first: failures, else warnings (notices never), taken one rule at a time
 * (failures in the checklist's order, warnings from the rule with the most findings first), so
 * three long lines do not hide a function that doubled its complexity. Then the rule with the
 * most findings, when one clearly has the most: on a large change that is where the noise is.
 */
export function pickFixFirst(findings: Finding[], ruleOrder: string[]): FixFirst {
  const failures = findings.filter((f) => f.severity === "failure");
  const pick = failures.length > 0 ? failures : findings.filter((f) => f.severity === "warning");
  // One finding of each shape goes in a rule's queue; the others alike it are named with it.
  const alikeOf = new Map<Finding, Finding[]>();
  const queues = byRule(pick, ruleOrder, false).map((q) => groupAlike(q).map(([first, ...rest]) => (alikeOf.set(first, rest), first)));
  const top = roundRobin(failures.length > 0 ? queues : byCount(queues), FIX_FIRST);
  const chosen = { top, alikeOf: new Map(top.map((f) => [f, alikeOf.get(f)!])) };
  const shown = fixFirstShown(chosen);
  const busiest = busiestRule(findings, ruleOrder);
  // A rule whose findings "Fix first" already names every one of needs no second mention.
  const said = busiest && findings.every((f) => f.rule !== busiest.rule || shown.has(f));
  return { ...chosen, more: pick.length - shown.size, busiest: said ? undefined : busiest };
}

/** Every finding "Fix first" shows or names: the list below leaves them out. */
export function fixFirstShown({ top, alikeOf }: Pick<FixFirst, "top" | "alikeOf">): Set<Finding> {
  return new Set(top.flatMap((f) => [f, ...(alikeOf.get(f) ?? [])]));
}

/** Up to `n` findings, one from each queue in turn. */
function roundRobin(queues: Finding[][], n: number): Finding[] {
  const out: Finding[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (round < q.length && out.length < n) out.push(q[round]);
  }
  return out;
}

/** Rule groups with the most findings first (a stable sort keeps the given order among equals). */
function byCount(groups: Finding[][]): Finding[][] {
  return [...groups].sort((a, b) => b.length - a.length);
}

function busiestRule(findings: Finding[], ruleOrder: string[]): FixFirst["busiest"] {
  const [top, second] = byCount(byRule(findings, ruleOrder, false));
  // Only a rule that clearly has the most, among several: a tie names nothing rather than one rule at random.
  if (!top || !second || top.length < BUSIEST_FROM || second.length === top.length) return undefined;
  return { rule: top[0].rule, findings: top.length, files: new Set(top.flatMap((f) => (f.path ? [f.path] : []))).size };
}

/** The first screen says what to fix first, each finding in full and linked: the list below does not repeat them. */
export function renderFixFirst({ top, alikeOf, more, busiest }: FixFirst, link: LineLinker): string {
  const most = busiest
    ? `**Most findings:** ${ruleLink(busiest.rule)}, ${plural(busiest.findings, "finding")}${busiest.files > 1 ? ` in ${plural(busiest.files, "file")}` : ""}.`
    : "";
  if (top.length === 0) return most;
  const items = top.map((f) => `- ${SEVERITY_ICON[f.severity]} ${locate(f, link, f.message)} (${ruleLink(f.rule)})${alikeSuffix(alikeOf.get(f) ?? [], link)}`);
  return [`**Fix first${more > 0 ? ` (and ${more} more below)` : ""}:**\n${items.join("\n")}`, most].filter(Boolean).join("\n\n");
}

export interface DetailsInput {
  findings: Finding[];
  categoryOf: Map<string, Category>;
  /** Posted as inline comments: counted, not repeated. */
  inlined: ReadonlySet<Finding>;
  /** Already shown under "Fix first". */
  shown: ReadonlySet<Finding>;
  /** Characters the list may take. */
  budget: number;
  link: LineLinker;
  /** Rule ids in the checklist's order. */
  ruleOrder: string[];
}

/**
 * The findings by checklist item, then by rule (the most severe rule first), each rule's findings
 * by file and line. A rationale every finding of a rule shares is printed once, beside the rule,
 * and a rule's findings past the first few fold away.
 */
export function renderDetails(input: DetailsInput): string {
  const { findings, categoryOf, inlined, shown } = input;
  const room = { left: input.budget, dropped: 0 };
  const sections: string[] = [];
  for (const { id, title } of CATEGORIES) {
    const rest = findings.filter((f) => (categoryOf.get(f.rule) ?? "readability") === id && !shown.has(f));
    const listed = rest.filter((f) => !inlined.has(f));
    const inlineCount = rest.length - listed.length;
    const groups = byRule(listed, input.ruleOrder).map((g) => renderRule(g, input.link, room));
    if (inlineCount > 0) groups.push(`- ${plural(inlineCount, "more finding")} posted as inline comments.`);
    if (groups.length > 0) sections.push([`### ${title}`, ...groups].join("\n\n"));
  }
  if (room.dropped > 0) {
    sections.push(
      `_${plural(room.dropped, "more finding")} did not fit in this summary; see the check run's annotations, or run \`bottomline review\` locally for the full list._`,
    );
  }
  return sections.join("\n\n");
}

/** Findings grouped by rule: the rule with the most severe finding first, then in the checklist's order; each rule's by file and line if `sorted`. */
function byRule(findings: Finding[], ruleOrder: string[], sorted = true): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  const worst = (g: Finding[]) => Math.max(...g.map((f) => SEVERITY_RANK[f.severity]));
  const order = (g: Finding[]) => (ruleOrder.indexOf(g[0].rule) + ruleOrder.length + 1) % (ruleOrder.length + 1);
  return [...groups.values()].sort((a, b) => worst(b) - worst(a) || order(a) - order(b)).map((g) => (sorted ? [...g].sort(bySeverityAndPlace) : g));
}

function bySeverityAndPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.path ?? "").localeCompare(b.path ?? "") || (a.line ?? 0) - (b.line ?? 0);
}

/** " _…and 4 more like this: `b.ts:2`, …_" after a finding's item, or nothing. */
function alikeSuffix(alike: Finding[], link: LineLinker): string {
  return alike.length > 0 ? ` _…and ${alike.length} more like this: ${describePlaces(alike, link, SUMMARY_PLACES)}_` : "";
}

function renderRule(group: Finding[], link: LineLinker, room: { left: number; dropped: number }): string {
  const shared = sharedRationale(group);
  // The checklist table above has the counts; a shared rationale is said here, once.
  const header = `**${ruleLink(group[0].rule)}**${shared ? ` · ${untrustedMessage(shared)}` : ""}`;
  const items: string[] = [];
  // Findings alike (the same TODO or print call in five files) are one item naming every place.
  for (const [f, ...alike] of groupAlike(group)) {
    const message = shared ? firstSentence(f.message) : f.message;
    const item = `- ${SEVERITY_ICON[f.severity]} ${locate(f, link, message)}${alikeSuffix(alike, link)}`;
    if (item.length + 1 > room.left) {
      room.dropped += 1 + alike.length;
      continue;
    }
    room.left -= item.length + 1;
    items.push(item);
  }
  if (items.length === 0) return header;
  // Folding a single finding away would hide more than it saves.
  const shownCount = items.length > SHOWN_PER_RULE + 1 ? SHOWN_PER_RULE : items.length;
  const open = items.slice(0, shownCount).join("\n");
  const folded = items.slice(shownCount);
  if (folded.length === 0) return `${header}\n\n${open}`;
  return `${header}\n\n${open}\n\n<details><summary>${plural(folded.length, "more finding")} of this rule</summary>\n\n${folded.join("\n")}\n</details>`;
}

/**
 * The text after the first sentence, when every finding of the rule ends with the same one (the
 * rule's "why and how to fix"): it is said once for the rule rather than on every line.
 */
function sharedRationale(group: Finding[]): string | undefined {
  if (group.length < 2) return undefined;
  const tails = group.map((f) => f.message.slice(firstSentence(f.message).length).trim());
  return tails[0] && tails.every((t) => t === tails[0]) ? tails[0] : undefined;
}

export function firstSentence(message: string): string {
  const m = /^(.+?[.!?)])\s+(?=[A-Z])/s.exec(message);
  return m ? m[1] : message;
}

/**
 * A finding's message with where it is, linked to its line when possible. A message that already
 * names the file gets that name linked in place; otherwise the path (or commit) goes first.
 */
function locate(f: Finding, link: LineLinker, message: string): string {
  if (f.path) return locateInFile(f.path, f.line, link(f.path, f.line), message);
  if (f.commit && !message.includes(f.commit.slice(0, 7))) return `${untrusted(f.commit.slice(0, 7), "code")} ${untrustedMessage(message)}`;
  return untrustedMessage(message);
}

function locateInFile(path: string, line: number | undefined, url: string | undefined, message: string): string {
  const span = `\`${path}\``;
  const at = message.indexOf(span);
  if (at !== -1 && url && line === undefined) {
    const named = `[${untrusted(path, "code")}](${url})`;
    return `${untrustedMessage(message.slice(0, at))}${named}${untrustedMessage(message.slice(at + span.length))}`;
  }
  if (message.includes(path)) return `${lineLink(line, url)}${untrustedMessage(message)}`;
  const label = untrusted(line ? `${path}:${line}` : path, "code");
  return `${url ? `[${label}](${url})` : label} ${untrustedMessage(message)}`;
}

/** "line 3: ", or a link to the line (or the file) before a message that names the file itself. */
function lineLink(line: number | undefined, url: string | undefined): string {
  if (url) return `[${line ? `line ${line}` : "file"}](${url}) · `;
  return line ? `line ${line}: ` : "";
}

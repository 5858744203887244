import { renderCoverageMarkdown } from "../coverage/render-coverage.js";
import type { ReviewResult, RuleOutcome } from "../engine/review-result.js";
import { rulesOf } from "../engine/merge-spots.js";
import { SEVERITY_RANK, type ActiveSeverity, type Finding } from "../engine/rule.js";
import type { Gap } from "../model/change.js";
import { countBySeverity, describeCounts, plural } from "./counts.js";
import { ruleLink, SEVERITY_ICON, untrusted, untrustedMessage } from "./markdown.js";
import { CATEGORIES, fixFirstShown, lineLinker, pickFixFirst, renderDetails, renderFixFirst } from "./summary-findings.js";

/** GitHub rejects a check-run summary or comment body over 65,535 characters; stay well under. */
export const SUMMARY_LIMIT = 60_000;

export interface SummaryOptions {
  /** Short head sha, shown so a reader knows which push the summary describes. */
  headSha?: string;
  /** Findings already posted as inline comments; the summary counts them instead of repeating them. */
  inlined?: ReadonlySet<Finding>;
  limit?: number;
  /** owner/name: with the head SHA, each finding links to its line (`blob/<head>/<path>#L<n>`). */
  repository?: { owner: string; name: string };
}

/**
 * The review summary as markdown. The App posts it as the review body and check-run summary;
 * `bottomline review --format markdown` prints the same text.
 */
export function renderSummary(result: ReviewResult, opts: SummaryOptions = {}): string {
  const limit = opts.limit ?? SUMMARY_LIMIT;
  const link = lineLinker(opts.repository, opts.headSha);
  const categoryOf = new Map(result.rules.map((r) => [r.id, r.category]));
  const fixFirst = pickFixFirst(result.findings, checklistOrder(result.rules));
  const head = [renderHeader(result, opts.headSha), renderFixFirst(fixFirst, link)].filter(Boolean).join("\n\n");
  const checklist = renderChecklist(result.rules, result.findings);
  const tail = [renderCoverageMarkdown(result.coverage), renderNotes(result), renderGaps(result.gaps), renderSuppressed(result.suppressed)]
    .filter(Boolean)
    .join("\n\n");
  // Gaps and notes are capped lists; if a summary is still too long they give way to the findings.
  const budget = limit - head.length - checklist.length - tail.length - 200;
  const inlined = opts.inlined ?? new Set();
  const details = renderDetails({
    findings: result.findings,
    categoryOf,
    inlined,
    shown: fixFirstShown(fixFirst),
    budget,
    link,
    ruleOrder: checklistOrder(result.rules),
  });
  return [head, checklist, details, tail].filter(Boolean).join("\n\n") + "\n";
}

/** Rule ids in the checklist's order: by checklist item, then as the config lists them. */
function checklistOrder(outcomes: RuleOutcome[]): string[] {
  return CATEGORIES.flatMap(({ id }) => outcomes.filter((o) => o.category === id).map((o) => o.id));
}

function renderHeader(result: ReviewResult, headSha?: string): string {
  const counts = countBySeverity(result.findings);
  const icon = result.conclusion === "failure" ? "❌" : result.conclusion === "neutral" ? "⚠️" : "✅";
  const verdict = result.findings.length === 0 ? "everything on the checklist passes" : describeCounts(counts);
  const at = headSha ? ` at ${untrusted(headSha.slice(0, 7), "code")}` : "";
  return `## ${icon} Bottomline: ${verdict}\n\nReviewed ${plural(result.filesReviewed, "file")} and ${plural(result.commitsReviewed, "commit")}${at}.`;
}

function renderChecklist(outcomes: RuleOutcome[], findings: Finding[]): string {
  // A rule's icon is its worst actual finding: a "could not verify" notice is not a failure.
  const worst = new Map<string, ActiveSeverity>();
  for (const f of findings)
    for (const { rule, severity } of rulesOf(f)) if (!worst.has(rule) || SEVERITY_RANK[severity] > SEVERITY_RANK[worst.get(rule)!]) worst.set(rule, severity);
  const failing: Array<{ rank: number; count: number; row: string }> = [];
  const passing: string[] = [];
  for (const { id, title } of CATEGORIES) {
    for (const r of outcomes.filter((o) => o.category === id && o.severity !== "off")) {
      if (r.findings === 0) {
        passing.push(`- ✅ ${title}: ${ruleLink(r.id)} ${untrustedMessage(r.description)}`);
        continue;
      }
      const severity = worst.get(r.id) ?? "notice";
      const row = `| ${SEVERITY_ICON[severity]} | ${title} | ${ruleLink(r.id)} ${untrustedMessage(r.description)} | ${plural(r.findings, "finding")} |`;
      failing.push({ rank: SEVERITY_RANK[severity], count: r.findings, row });
    }
  }
  // The rules to fix first come first: the most severe, then the one with the most findings (a
  // stable sort keeps the checklist's order among equals).
  const rows = ["| | Checklist | Rule | Result |", "|---|---|---|---|", ...failing.sort((a, b) => b.rank - a.rank || b.count - a.count).map((f) => f.row)];
  if (rows.length === 2 && passing.length === 0) return "_No rules are enabled in this repository's config._";
  // Passing rules fold away: the first screen is for what needs doing.
  const folded = passing.length > 0 ? `<details><summary>${plural(passing.length, "rule")} passed</summary>\n\n${passing.join("\n")}\n</details>` : "";
  return [rows.length > 2 ? rows.join("\n") : "", folded].filter(Boolean).join("\n\n");
}

function renderGaps(gaps: Gap[]): string {
  const notReviewed = gaps.filter((g) => g.kind !== "ignored");
  const ignored = gaps.filter((g) => g.kind === "ignored");
  const parts: string[] = [];
  if (notReviewed.length > 0) {
    const items = listWithin(notReviewed, 50, 12_000, (g) => `- ${g.path ? `${untrusted(g.path, "code")}: ` : ""}${untrustedMessage(g.message)}`);
    parts.push(`### ⚠️ Not reviewed\n\nThis review did not cover everything in the change:\n${items.join("\n")}`);
  }
  if (ignored.length > 0) {
    const items = listWithin(ignored, 30, 6_000, (g) => `- ${untrusted(g.path ?? "", "code")} (${untrustedMessage(g.message)})`);
    parts.push(`<details><summary>${plural(ignored.length, "file")} skipped as ignored or generated</summary>\n\n${items.join("\n")}\n</details>`);
  }
  return parts.join("\n\n");
}

function renderNotes(result: ReviewResult): string {
  const parts: string[] = [];
  for (const [rule, notes] of Object.entries(result.notes)) {
    if (notes.length === 0) continue;
    const title = rule === "tests-required" ? "Tests that cover the changed files" : `Notes from ${untrusted(rule, "code")}`;
    const items = listWithin(notes, 50, 8_000, (n) => `- ${untrustedMessage(n)}`);
    parts.push(`<details><summary>${title} (${notes.length})</summary>\n\n${items.join("\n")}\n</details>`);
  }
  return parts.join("\n\n");
}

/**
 * A list capped by count and by characters: file names are as long as a pull request makes them,
 * and the findings, not thirty 4,000-character names, should get the summary's room.
 */
function listWithin<T>(all: T[], maxItems: number, maxChars: number, render: (item: T) => string): string[] {
  const items: string[] = [];
  let chars = 0;
  for (const item of all.slice(0, maxItems)) {
    const line = render(item);
    if (chars + line.length > maxChars) break;
    chars += line.length + 1;
    items.push(line);
  }
  if (items.length < all.length) items.push(`- …and ${all.length - items.length} more`);
  return items;
}

function renderSuppressed(suppressed: Record<string, number>): string {
  const entries = Object.entries(suppressed);
  if (entries.length === 0) return "";
  const total = entries.reduce((n, [, c]) => n + c, 0);
  return `${plural(total, "finding")} suppressed by \`bottomline-disable\` comments: ${entries.map(([r, c]) => `${untrusted(r, "code")} ${c}`).join(", ")}.`;
}

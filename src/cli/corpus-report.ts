import { untrusted, untrustedMessage } from "../report/markdown.js";
import type { CommitReview, CorpusCommit, CorpusFinding } from "./corpus-review.js";

export interface SkippedCommit {
  commit: CorpusCommit;
  reason: string;
}

export interface CorpusRun {
  repo: string;
  reviews: CommitReview[];
  /** Commits git could not diff (e.g. a snapshot without some large blobs). */
  skipped: SkippedCommit[];
  seconds: number;
  config: string;
  rules?: string[];
  /** Every rule that ran, so a rule with no finding shows as 0 rather than not at all. */
  ran: string[];
}

/** Findings per rule (every rule that ran, 0 included), most first, then by id. */
export function countByRule(reviews: CommitReview[], ran: string[]): Array<[rule: string, count: number]> {
  const counts = new Map<string, number>(ran.map((id) => [id, 0]));
  for (const r of reviews) for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** One JSON object per finding, numbered as in the Markdown, with an empty verdict to fill in. */
export function renderCorpusJsonl(run: CorpusRun): string {
  return allFindings(run)
    .map(({ n, f }) =>
      JSON.stringify({
        n,
        rule: f.rule,
        severity: f.severity,
        commit: f.commit,
        subject: f.subject,
        path: f.path,
        line: f.line,
        message: f.message,
        context: f.context,
        verdict: null,
      }),
    )
    .map((line) => line + "\n")
    .join("");
}

/**
 * A document a person judges finding by finding: each one numbered, with its commit, place,
 * message, the code around it (the finding's line marked `>`), and a `verdict: ` line to fill in
 * (agree / wrong / true but not worth saying).
 */
export function renderCorpusMarkdown(run: CorpusRun): string {
  const commits = run.reviews.map((r) => r.commit);
  const span = commits.length ? `${commits[commits.length - 1].date.slice(0, 10)} to ${commits[0].date.slice(0, 10)}` : "no commits";
  const out = [
    `# Bottomline corpus: ${untrusted(run.repo)}`,
    "",
    `${count(commits.length, "commit")} reviewed, each against its first parent (first-parent history, merges and the root skipped; ${span}), in ${run.seconds.toFixed(1)} s.`,
    `Config: ${untrusted(run.config)}.${run.rules ? ` Rules: ${run.rules.join(", ")}.` : ""}`,
    "",
    "Fill in each `verdict:` with agree, wrong, or not worth saying.",
    "",
    "| rule | findings |",
    "|---|---:|",
    ...countByRule(run.reviews, run.ran).map(([rule, n]) => `| ${rule} | ${n} |`),
    "",
  ];
  for (const { n, f } of allFindings(run)) out.push(...findingSection(n, f));
  const gaps = run.reviews.flatMap((r) =>
    r.gaps.map((g) => `- \`${r.commit.sha.slice(0, 10)}\` ${g.path ? `${untrusted(g.path)}: ` : ""}${untrusted(g.message)}`),
  );
  gaps.push(...run.skipped.map((s) => `- \`${s.commit.sha.slice(0, 10)}\` the whole commit: ${untrusted(s.reason)}`));
  if (gaps.length) out.push("## Not reviewed", "", ...gaps, "");
  return out.join("\n");
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function allFindings(run: CorpusRun): Array<{ n: number; f: CorpusFinding }> {
  return run.reviews.flatMap((r) => r.findings).map((f, i) => ({ n: i + 1, f }));
}

function findingSection(n: number, f: CorpusFinding): string[] {
  const where = f.path !== undefined ? ` — ${untrusted(`${f.path}${f.line !== undefined ? `:${f.line}` : ""}`, "code")}` : "";
  const lines = [
    `## ${n}. ${f.rule} (${f.severity})${where}`,
    "",
    `Commit \`${f.commit.slice(0, 10)}\` ${untrusted(f.subject)}`,
    "",
    `> ${untrustedMessage(f.message)}`,
    "",
  ];
  if (f.context.length > 0) {
    const width = String(f.context[f.context.length - 1].line).length;
    const body = f.context.map((c) => `${c.line === f.line ? ">" : " "} ${String(c.line).padStart(width)} | ${c.text}`);
    const fence = "`".repeat(Math.max(3, longestBacktickRun(body.join("\n")) + 1));
    lines.push(fence, ...body, fence, "");
  }
  lines.push("verdict: ", "");
  return lines;
}

function longestBacktickRun(s: string): number {
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

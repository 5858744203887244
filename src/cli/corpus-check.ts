import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { CorpusRow } from "./corpus-sample.js";

export type Verdict = "agree" | "wrong" | "not worth saying" | "blank";

/** One finding of a judged sample file: where it was said and what the judge decided. */
export interface JudgedFinding {
  repo: string;
  /** The first 10 characters of the commit, as the sample file names it. */
  commit: string;
  rule: string;
  path: string;
  line: string;
  verdict: Verdict;
}

export interface RuleCheck {
  judged: number;
  agreed: number;
  stillSaid: number;
  stillSaidAgreed: number;
  silenced: JudgedFinding[];
}

export function verdictOf(text: string): Verdict {
  const v = text.trim().toLowerCase();
  if (v.startsWith("agree")) return "agree";
  if (v.startsWith("wrong")) return "wrong";
  if (v.startsWith("not worth")) return "not worth saying";
  return "blank";
}

/** The findings of one judged sample file (see `renderSample`): each `## N. repo sha \`path:line\`` header with its verdict. */
export function readJudged(rule: string, markdown: string): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  let current: Omit<JudgedFinding, "verdict"> | undefined;
  for (const text of markdown.split("\n")) {
    const header = /^## \d+\. (\S+) ([0-9a-f]{10}) `(.*):([^:`]+)`/.exec(text);
    if (header) current = { repo: header[1], commit: header[2], rule, path: header[3], line: header[4] };
    const verdict = /^verdict:(.*)$/.exec(text);
    if (verdict && current) {
      out.push({ ...current, verdict: verdictOf(verdict[1]) });
      current = undefined;
    }
  }
  return out;
}

const key = (f: { repo: string; commit: string; rule: string; path?: string; line?: number | string }) =>
  [f.repo, f.commit.slice(0, 10), f.rule, String(f.path ?? "None"), String(f.line ?? "None")].join("\0");

/**
 * Which judged findings a later run still says: the same rule on the same commit, file and line.
 * This is how a session shows that a change silenced no agreed finding, and how many rejected ones it did.
 */
export function checkJudged(judged: JudgedFinding[], rows: CorpusRow[]): Map<string, RuleCheck> {
  const said = new Set(rows.map(key));
  const out = new Map<string, RuleCheck>();
  for (const f of judged) {
    const check = out.get(f.rule) ?? { judged: 0, agreed: 0, stillSaid: 0, stillSaidAgreed: 0, silenced: [] };
    if (f.verdict === "blank") continue;
    check.judged++;
    if (f.verdict === "agree") check.agreed++;
    if (said.has(key(f))) {
      check.stillSaid++;
      if (f.verdict === "agree") check.stillSaidAgreed++;
    } else check.silenced.push(f);
    out.set(f.rule, check);
  }
  return out;
}

/** Every judged sample file (`<rule>.md`) in a folder. */
export function readJudgedDir(dir: string): JudgedFinding[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .flatMap((f) => readJudged(basename(f, ".md"), readFileSync(join(dir, f), "utf8")));
}

/** The report lines: per rule, judged and still said; then each silenced finding, agreed ones first. */
export function renderCheck(checks: Map<string, RuleCheck>): string[] {
  const lines: string[] = [];
  for (const [rule, c] of checks) {
    const share = c.stillSaid > 0 ? ` (${Math.round((100 * c.stillSaidAgreed) / c.stillSaid)}%)` : "";
    lines.push(
      `${rule}: judged ${c.agreed}/${c.judged} agreed; still said ${c.stillSaidAgreed}/${c.stillSaid}${share}; agreed silenced ${c.agreed - c.stillSaidAgreed}`,
    );
  }
  const silenced = [...checks.values()].flatMap((c) => c.silenced).sort((a, b) => Number(b.verdict === "agree") - Number(a.verdict === "agree"));
  for (const f of silenced) lines.push(`  silenced (${f.verdict}): ${f.rule} ${f.repo} ${f.commit} ${f.path}:${f.line}`);
  return lines;
}

#!/usr/bin/env node
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkJudged, readJudgedDir, renderCheck, verdictOf } from "./corpus-check.js";

export const SAMPLE_USAGE = `Usage:
  npm run -s corpus:sample -- sample <out-dir> <per-rule> <seed> <corpus.jsonl>...
      Draw up to <per-rule> findings of each rule from corpus runs (one .jsonl per repository, named
      after it), round-robin over the repositories so that one does not fill the sample, the same
      draw for the same seed. Writes <out-dir>/<rule>.md with "verdict:" and "why:" lines to fill
      in (issue-reference is left out: the corpus cannot verify issues offline).
  npm run -s corpus:sample -- tally <judged.md>...
      Count the verdicts filled in: agree, wrong, not worth saying, and precision per file.
  npm run -s corpus:sample -- check <judged-dir> <findings.jsonl>...
      Which judged findings a later run still says (same rule, commit, file and line): per rule,
      agreed/judged and agreed/still said, then every silenced finding, agreed ones first.`;

export interface CorpusRow {
  repo: string;
  rule: string;
  commit: string;
  subject?: string;
  path?: string;
  line?: number;
  message: string;
  context?: Array<{ line: number; text: string }>;
}

/** A small seeded generator (mulberry32): the same seed draws the same sample on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Up to `perRule` findings of each rule, taken in turn from each repository's shuffled findings. */
export function sampleFindings(rows: CorpusRow[], perRule: number, seed: number): Map<string, { picked: CorpusRow[]; total: number }> {
  const random = seeded(seed);
  const byRule = new Map<string, CorpusRow[]>();
  for (const row of rows) if (row.rule !== "issue-reference") byRule.set(row.rule, [...(byRule.get(row.rule) ?? []), row]);
  const out = new Map<string, { picked: CorpusRow[]; total: number }>();
  for (const [rule, all] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const perRepo = new Map<string, CorpusRow[]>();
    for (const row of all) perRepo.set(row.repo, [...(perRepo.get(row.repo) ?? []), row]);
    const queues = [...perRepo.values()].map((q) => shuffled(q, random));
    const picked: CorpusRow[] = [];
    while (picked.length < Math.min(perRule, all.length)) {
      for (const q of queues) if (q.length > 0 && picked.length < perRule) picked.push(q.pop()!);
    }
    out.set(rule, { picked, total: all.length });
  }
  return out;
}

/** One rule's sample as Markdown for a judge: each finding with its commit, message, code and blank verdict. */
export function renderSample(rule: string, picked: CorpusRow[], total: number): string {
  const parts = [`# ${rule}: ${picked.length} findings sampled from ${total} (round-robin over repositories)\n`];
  picked.forEach((row, i) => {
    const code = (row.context ?? []).map((c) => `${c.line === row.line ? ">" : " "} ${String(c.line).padStart(5)} | ${c.text}`);
    parts.push(
      `## ${i + 1}. ${row.repo} ${row.commit.slice(0, 10)} \`${row.path ?? "None"}:${row.line ?? "None"}\`\n`,
      `Commit subject: ${row.subject ?? ""}\n`,
      `> ${row.message}\n`,
      ["```", ...code, "```"].join("\n") + "\n",
      "verdict: \nwhy: \n",
    );
  });
  return parts.join("\n");
}

export interface Tally {
  agree: number;
  wrong: number;
  notWorth: number;
  blank: number;
}

/** The verdicts filled in one judged file ("agree", "wrong", "not worth saying"; anything else is blank). */
export function tallyVerdicts(markdown: string): Tally {
  const tally: Tally = { agree: 0, wrong: 0, notWorth: 0, blank: 0 };
  const field = { agree: "agree", wrong: "wrong", "not worth saying": "notWorth", blank: "blank" } as const;
  for (const m of markdown.matchAll(/^verdict:[ \t]*(.*)$/gm)) tally[field[verdictOf(m[1])]]++;
  return tally;
}

function readRows(file: string): CorpusRow[] {
  const repo = basename(file).replace(/\.jsonl$/, "");
  return (
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      // A row that names its repository (a re-run over several) keeps it; a corpus file is named after it.
      .map((l) => ({ repo, ...(JSON.parse(l) as Omit<CorpusRow, "repo">) }))
  );
}

/** The command as a function of argv and output, so tests run it in-process. Returns the exit code. */
export function corpusSampleMain(argv: string[], out: (s: string) => void): number {
  const [verb, ...rest] = argv;
  if (verb === "sample" && rest.length >= 4 && Number.isInteger(Number(rest[1])) && Number.isInteger(Number(rest[2]))) {
    const [dir, per, seed, ...files] = rest;
    mkdirSync(dir, { recursive: true });
    for (const [rule, { picked, total }] of sampleFindings(files.flatMap(readRows), Number(per), Number(seed))) {
      writeFileSync(join(dir, `${rule}.md`), renderSample(rule, picked, total));
      out(`${rule}: ${picked.length} of ${total}`);
    }
    return 0;
  }
  if (verb === "tally" && rest.length > 0) {
    for (const file of rest) {
      const t = tallyVerdicts(readFileSync(file, "utf8"));
      const judged = t.agree + t.wrong + t.notWorth;
      const share = judged > 0 ? ` (${Math.round((100 * t.agree) / judged)}%)` : "";
      out(
        `${basename(file, ".md")}: agree ${t.agree}/${judged}${share}, wrong ${t.wrong}, not worth saying ${t.notWorth}${t.blank ? `, ${t.blank} not judged yet` : ""}`,
      );
    }
    return 0;
  }
  if (verb === "check" && rest.length >= 2) {
    const [dir, ...files] = rest;
    for (const line of renderCheck(checkJudged(readJudgedDir(dir), files.flatMap(readRows)))) out(line);
    return 0;
  }
  out(SAMPLE_USAGE);
  return argv.includes("--help") || argv.includes("-h") ? 0 : 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = corpusSampleMain(process.argv.slice(2), (s) => console.log(s));
}

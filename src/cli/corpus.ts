#!/usr/bin/env node
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ruleIds } from "../../rules/index.js";
import { formatConfigError } from "../config/config-error.js";
import { didYouMean } from "../config/did-you-mean.js";
import { defaultConfig } from "../config/load-config.js";
import type { ResolvedConfig } from "../config/resolve-config.js";
import { GitError } from "../sources/git/run-git.js";
import { count, countByRule, renderCorpusJsonl, renderCorpusMarkdown, type CorpusRun, type SkippedCommit } from "./corpus-report.js";
import { listCorpusCommits, reviewCommit, type CommitReview } from "./corpus-review.js";
import type { Io } from "./bottomline.js";
import { loadCliConfig } from "./load-cli-config.js";

export const CORPUS_USAGE = `Usage:
  npm run corpus -- <repo-dir> [--commits N] [--out FILE]... [--config FILE] [--rules a,b]
      Review each of the last N commits (default 50) of a local git repository (a clone or a bare
      git directory), each against its first parent, and write every finding with the code around
      it for a person to judge. --out FILE.md writes Markdown, FILE.jsonl JSON lines; give --out
      twice for both (default: <tmp>/bottomline-corpus/<repo>.md). --config defaults to the
      recommended preset; --rules keeps only the rules named. Read-only; no network.`;

interface CorpusArgs {
  repo: string;
  commits: number;
  outs: string[];
  config: ResolvedConfig;
  configName: string;
  rules?: string[];
}

/** The corpus command as a function of argv and IO, so tests run it in-process. Returns the exit code. */
export async function corpusMain(argv: string[], io: Io): Promise<number> {
  let args: CorpusArgs | string;
  try {
    args = parseCorpusArgs(argv, io.cwd);
  } catch (err) {
    args = (err as Error).message;
  }
  if (typeof args === "string") {
    io.stderr(`corpus: ${args}\n\n${CORPUS_USAGE}\n`);
    return 2;
  }
  try {
    const run = await reviewCorpus(args, io);
    for (const out of args.outs) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, out.endsWith(".jsonl") ? renderCorpusJsonl(run) : renderCorpusMarkdown(run));
      io.stdout(`wrote ${out}\n`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    io.stderr(`corpus: ${err.message}\n`);
    return 2;
  }
}

async function reviewCorpus(args: CorpusArgs, io: Io): Promise<CorpusRun> {
  const started = performance.now();
  const commits = listCorpusCommits(args.repo, args.commits);
  const reviews: CommitReview[] = [];
  const skipped: SkippedCommit[] = [];
  for (const commit of commits) {
    try {
      reviews.push(await reviewCommit(args.repo, commit, args.config));
    } catch (err) {
      // One unreadable commit (a snapshot missing a large blob) must not lose the others.
      if (!(err instanceof GitError)) throw err;
      skipped.push({ commit, reason: err.message });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const findings = reviews.reduce((n, r) => n + r.findings.length, 0);
  io.stdout(`${args.repo}: ${count(reviews.length, "commit")} reviewed in ${seconds.toFixed(1)} s, ${count(findings, "finding")}\n`);
  const ran = Object.entries(args.config.rules).flatMap(([id, s]) => (s.severity === "off" ? [] : [id]));
  for (const [rule, n] of countByRule(reviews, ran)) io.stdout(`  ${rule.padEnd(24)} ${n}\n`);
  const gaps = reviews.reduce((n, r) => n + r.gaps.length, 0);
  if (gaps) io.stdout(`  (${gaps} files or rules not reviewed: listed at the end of the Markdown)\n`);
  for (const s of skipped) io.stdout(`  commit ${s.commit.sha.slice(0, 10)} not reviewed: ${s.reason}\n`);
  return { repo: args.repo, reviews, skipped, ran, seconds, config: args.configName, ...(args.rules ? { rules: args.rules } : {}) };
}

/** Parses and checks the arguments; a string is the problem to tell the user. */
function parseCorpusArgs(argv: string[], cwd: string): CorpusArgs | string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { commits: { type: "string", default: "50" }, out: { type: "string", multiple: true }, config: { type: "string" }, rules: { type: "string" } },
  });
  if (positionals.length !== 1) return "give exactly one repository directory";
  const repo = resolve(cwd, positionals[0]);
  const commits = Number(values.commits);
  if (!Number.isInteger(commits) || commits < 1) return `--commits must be a whole number of 1 or more (got "${values.commits}")`;
  const outs = (values.out ?? [join(tmpdir(), "bottomline-corpus", `${repoName(repo)}.md`)]).map((o) => resolve(cwd, o));
  const badOut = outs.find((o) => !o.endsWith(".md") && !o.endsWith(".jsonl"));
  if (badOut) return `--out ${badOut}: name the file .md (Markdown) or .jsonl (JSON lines)`;
  const loaded = values.config ? loadCliConfig(cwd, resolve(cwd, values.config)) : { file: "recommended preset", config: defaultConfig(), errors: [] };
  if (!loaded.config) return loaded.errors.map(formatConfigError).join("\n");
  const rules = values.rules
    ?.split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  if (rules) {
    const problem = keepOnly(loaded.config, rules);
    if (problem) return problem;
  }
  return { repo, commits, outs, config: loaded.config, configName: loaded.file, ...(rules ? { rules } : {}) };
}

/** Turns every other rule off, overrides included; a named rule that is off runs as a warning. */
function keepOnly(config: ResolvedConfig, rules: string[]): string | undefined {
  for (const id of rules) {
    if (ruleIds.includes(id)) continue;
    const hint = didYouMean(id, ruleIds);
    return `--rules: unknown rule "${id}".${hint ? ` Did you mean "${hint}"?` : ` Known rules: ${ruleIds.join(", ")}`}`;
  }
  for (const [id, setting] of Object.entries(config.rules)) {
    if (!rules.includes(id)) setting.severity = "off";
    else if (setting.severity === "off") setting.severity = "warning";
  }
  for (const o of config.overrides) for (const id of Object.keys(o.rules)) if (!rules.includes(id)) delete o.rules[id];
  return undefined;
}

/** `/work/.mirror/psf+requests/repo` → `psf+requests`; `/src/app/.git` → `app`; `/src/app` → `app`. */
export function repoName(dir: string): string {
  const name = basename(dir);
  return name === "repo" || name === ".git" ? basename(dirname(dir)) : name.replace(/\.git$/, "");
}

// Run only when executed, not when imported by tests.
if ((process.argv[1] ?? "").endsWith("corpus.js")) {
  const io: Io = { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), color: false };
  corpusMain(process.argv.slice(2), io).then(
    (code) => void (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`corpus: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}

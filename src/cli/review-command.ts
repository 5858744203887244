import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatConfigError } from "../config/config-error.js";
import type { ReviewResult } from "../engine/review-result.js";
import { runReview, type LookupProvider } from "../engine/run-review.js";
import type { Change } from "../model/change.js";
import { countBySeverity } from "../report/counts.js";
import { FORMATS, isFormat, renderFormat, type Format } from "../report/render-format.js";
import { readOriginRemote, type GitRemote } from "../sources/git/git-remote.js";
import { gitLookups, readGitChangeAsync, repoRoot, resolveRange, type ResolvedRange } from "../sources/git/git-source.js";
import { runGitAsync } from "../sources/git/run-git.js";
import { languagesOf } from "../syntax/change-facts.js";
import { preloadGrammars } from "../syntax/grammars.js";
import { ensureHistory } from "../sources/git/shallow.js";
import { readUncommitted, uncommittedLookups, type UncommittedMode } from "../sources/git/uncommitted.js";
import { readCoverageArgs } from "./coverage-args.js";
import { CliError, plural, type Io } from "./io.js";
import { resolveCliConfig } from "./load-cli-config.js";
import { readPullRequestEvent } from "./pull-request-event.js";

interface ReviewArgs {
  base?: string;
  head?: string;
  uncommitted?: UncommittedMode;
  config?: string;
  format: Format;
  outputFile?: string;
  quiet: boolean;
  maxWarnings?: number;
  /** --coverage: report files or globs (#14). */
  coverage: string[];
}

/** `bottomline review`: a git range (or staged / working-tree changes) → findings → the chosen format. */
export async function review(args: string[], io: Io): Promise<number> {
  const opts = parseReviewArgs(args);
  // The tree-sitter runtime compiles while the config and git are read.
  preloadGrammars([]);
  const env = io.env ?? process.env;
  const root = repoRoot(io.cwd);
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  const loaded = await resolveCliConfig(root, opts.config, token, io.cwd, env.GITHUB_API_URL);
  if (!loaded.config) {
    for (const e of loaded.errors) io.stderr(formatConfigError(e) + "\n");
    io.stderr(`bottomline: fix the ${plural(loaded.errors.length)} above in ${loaded.file}, then run again\n`);
    return 2;
  }
  const log = (msg: string) => io.stderr(`bottomline: ${msg}\n`);
  const remote = readOriginRemote(root);
  const { range, change, lookups } = opts.uncommitted
    ? readUncommittedWork(root, opts.uncommitted, { token, remote })
    : await readCommitted(root, opts, env, log, { token, remote });
  preloadGrammars(languagesOf(change.files));
  const coverage = opts.coverage.length > 0 ? readCoverageArgs(opts.coverage, io.cwd, log) : undefined;
  const result = await runReview(change, loaded.config, lookups, { coverage });
  const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "failure") } : result;
  const text = renderFormat(opts.format, shown, {
    color: io.color && !opts.outputFile,
    range: range.description,
    headSha: range.headSha,
    repository: change.repository,
  });
  writeOutput(io, opts, text, result);
  return exitCode(io, result, opts.maxWarnings);
}

function parseReviewArgs(args: string[]): ReviewArgs {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      staged: { type: "boolean", default: false },
      "working-tree": { type: "boolean", default: false },
      config: { type: "string" },
      format: { type: "string", default: "text" },
      "output-file": { type: "string", short: "o" },
      quiet: { type: "boolean", short: "q", default: false },
      "max-warnings": { type: "string" },
      coverage: { type: "string", multiple: true, default: [] },
    },
    strict: true,
  });
  const format = values.format!;
  if (!isFormat(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${format}")`);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new CliError(`--max-warnings takes a whole number, 0 or more (got "${values["max-warnings"]}")`);
  if (values.staged && values["working-tree"]) throw new CliError("--staged and --working-tree exclude each other: the working tree includes what is staged");
  const uncommitted = values.staged ? "staged" : values["working-tree"] ? "working-tree" : undefined;
  if (uncommitted && (values.base || values.head)) throw new CliError(`--${uncommitted} reviews uncommitted work against HEAD; it takes no --base or --head`);
  return {
    base: values.base,
    head: values.head,
    uncommitted,
    config: values.config,
    format,
    outputFile: values["output-file"],
    quiet: values.quiet!,
    maxWarnings,
    coverage: values.coverage!,
  };
}

type Source = { range: ResolvedRange; change: Change; lookups: LookupProvider };
type LookupEnv = { token?: string; remote?: GitRemote };

function readUncommittedWork(root: string, mode: UncommittedMode, lookupEnv: LookupEnv): Source {
  const { range, change } = readUncommitted(root, mode);
  if (change.files.length === 0) throw new CliError(`nothing to review: ${range.description} shows no changes`);
  return { range, change, lookups: uncommittedLookups(root, range, mode, lookupEnv) };
}

async function readCommitted(root: string, opts: ReviewArgs, env: NodeJS.ProcessEnv, log: (m: string) => void, lookupEnv: LookupEnv): Promise<Source> {
  const range = chooseRange(root, opts.base, opts.head, env, log);
  // The log, the diff and the status are independent: three git processes at once.
  const [change, dirty] = await Promise.all([readGitChangeAsync(root, range), readUncommittedCount(root)]);
  if (change.commits.length === 0 && change.files.length === 0) throw new CliError(`nothing to review: ${range.description} holds no commits and no changes`);
  if (dirty > 0) log(`${plural(dirty, "file")} with uncommitted changes not reviewed; add --working-tree (or --staged) to review them`);
  return { range, change, lookups: gitLookups(root, range, lookupEnv) };
}

function writeOutput(io: Io, opts: ReviewArgs, text: string, result: ReviewResult): void {
  if (!opts.outputFile) return io.stdout(text);
  const file = resolve(io.cwd, opts.outputFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  io.stderr(`bottomline: wrote ${opts.format} to ${opts.outputFile} (${plural(result.findings.length, "finding")}, conclusion: ${result.conclusion})\n`);
}

/** 1 on a failure-level finding or more warnings than --max-warnings allows, else 0. */
function exitCode(io: Io, result: ReviewResult, maxWarnings: number | undefined): number {
  if (result.conclusion === "failure") return 1;
  const warnings = countBySeverity(result.findings).warning;
  if (maxWarnings === undefined || warnings <= maxWarnings) return 0;
  io.stderr(`bottomline: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows\n`);
  return 1;
}

/** --base/--head when given; in a pull_request workflow the pull request's own range; else the default branch's merge-base. */
function chooseRange(root: string, base: string | undefined, head: string | undefined, env: NodeJS.ProcessEnv, log: (m: string) => void): ResolvedRange {
  const event = base || head ? undefined : readPullRequestEvent(env);
  if (!event) return resolveRange(root, { base, head }, log);
  const mergeBase = ensureHistory(root, { baseSha: event.baseSha, headSha: event.headSha, commits: event.commits }, log);
  return {
    baseSha: mergeBase,
    headSha: event.headSha,
    description: `pull request #${event.number} (${event.baseSha.slice(0, 7)}...${event.headSha.slice(0, 7)})`,
  };
}

/** A committed range leaves uncommitted work out: the files it leaves, so the review can say so rather than let them pass unseen. */
async function readUncommittedCount(root: string): Promise<number> {
  const status = await runGitAsync(["status", "--porcelain", "--untracked-files=normal"], root).catch(() => "");
  return status.split("\n").filter(Boolean).length;
}

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatConfigError } from "../config/config-error.js";
import type { ReviewResult } from "../engine/review-result.js";
import { runReview } from "../engine/run-review.js";
import { countBySeverity } from "../report/counts.js";
import { FORMATS, isFormat, renderFormat } from "../report/render-format.js";
import { readOriginRemote } from "../sources/git/git-remote.js";
import { gitLookups, readGitChange, repoRoot, resolveRange, type ResolvedRange } from "../sources/git/git-source.js";
import { tryGit } from "../sources/git/run-git.js";
import { ensureHistory } from "../sources/git/shallow.js";
import { readUncommitted, uncommittedLookups } from "../sources/git/uncommitted.js";
import { CliError, plural, type Io } from "./io.js";
import { resolveCliConfig } from "./load-cli-config.js";
import { readPullRequestEvent } from "./pull-request-event.js";

/** `bottomline review`: a git range (or staged / working-tree changes) → findings → the chosen format. */
export async function review(args: string[], io: Io): Promise<number> {
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
    },
    strict: true,
  });
  const env = io.env ?? process.env;
  const format = values.format!;
  if (!isFormat(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${format}")`);
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    throw new CliError(`--max-warnings takes a whole number, 0 or more (got "${values["max-warnings"]}")`);
  const uncommitted = values.staged ? "staged" : values["working-tree"] ? "working-tree" : undefined;
  if (values.staged && values["working-tree"]) throw new CliError("--staged and --working-tree exclude each other: the working tree includes what is staged");
  if (uncommitted && (values.base || values.head)) throw new CliError(`--${uncommitted} reviews uncommitted work against HEAD; it takes no --base or --head`);

  const root = repoRoot(io.cwd);
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  const loaded = await resolveCliConfig(root, values.config, token, io.cwd, env.GITHUB_API_URL);
  if (!loaded.config) {
    for (const e of loaded.errors) io.stderr(formatConfigError(e) + "\n");
    io.stderr(`bottomline: fix the ${plural(loaded.errors.length)} above in ${loaded.file}, then run again\n`);
    return 2;
  }
  const log = (msg: string) => io.stderr(`bottomline: ${msg}\n`);
  const remote = readOriginRemote(root);
  let range: ResolvedRange;
  let result: ReviewResult;
  let repository: { owner: string; name: string } | undefined;
  if (uncommitted) {
    const read = readUncommitted(root, uncommitted);
    range = read.range;
    if (read.change.files.length === 0) throw new CliError(`nothing to review: ${range.description} shows no changes`);
    result = await runReview(read.change, loaded.config, uncommittedLookups(root, range, uncommitted, { token, remote }));
    repository = read.change.repository;
  } else {
    range = chooseRange(root, values.base, values.head, env, log);
    const change = readGitChange(root, range);
    if (change.commits.length === 0 && change.files.length === 0) throw new CliError(`nothing to review: ${range.description} holds no commits and no changes`);
    noteUncommitted(root, log);
    result = await runReview(change, loaded.config, gitLookups(root, range, { token, remote }));
    repository = change.repository;
  }

  const shown = values.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "failure") } : result;
  const text = renderFormat(format, shown, { color: io.color && !values["output-file"], range: range.description, headSha: range.headSha, repository });
  if (values["output-file"]) {
    const file = resolve(io.cwd, values["output-file"]);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    io.stderr(`bottomline: wrote ${format} to ${values["output-file"]} (${plural(result.findings.length, "finding")}, conclusion: ${result.conclusion})\n`);
  } else io.stdout(text);

  const warnings = countBySeverity(result.findings).warning;
  if (result.conclusion === "failure") return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`bottomline: ${plural(warnings, "warning")}, more than --max-warnings ${maxWarnings} allows\n`);
    return 1;
  }
  return 0;
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

/** A committed range leaves uncommitted work out; say so rather than let it pass unseen. */
function noteUncommitted(root: string, log: (m: string) => void): void {
  const dirty = readUncommittedCount(root);
  if (dirty > 0) log(`${plural(dirty, "file")} with uncommitted changes not reviewed; add --working-tree (or --staged) to review them`);
}

function readUncommittedCount(root: string): number {
  return (tryGit(["status", "--porcelain", "--untracked-files=normal"], root) ?? "").split("\n").filter(Boolean).length;
}

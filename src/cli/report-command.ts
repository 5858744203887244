import { HELP } from "./help.js";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatConfigError } from "../config/config-error.js";
import { defaultConfig, loadConfig, type LoadResult } from "../config/load-config.js";
import { bottomlineVersion } from "../history/bottomline-version.js";
import { checkRepository, collectHistory, commonGitDir } from "../history/collect-history.js";
import { ReportCache } from "../history/report-cache.js";
import { buildReportData, type ReportData } from "../history/report-data.js";
import { renderReportMarkdown } from "../history/render-markdown.js";
import type { Granularity } from "../history/periods.js";
import { renderReportHtml } from "../report-html/render-report-html.js";
import { GitError, tryGit } from "../sources/git/run-git.js";
import type { Io } from "./bottomline.js";
import { repoName } from "./corpus.js";
import { loadCliConfig } from "./load-cli-config.js";

export const REPORT_USAGE = HELP.report;

export interface ReportArgs {
  dir: string;
  since?: Date;
  last?: { amount: number; unit: string } | "all";
  by?: Granularity;
  format: "html" | "json" | "markdown";
  output?: string;
  config?: string;
  cache: boolean;
}

/** `bottomline report`; `progress` draws a bar on stderr (the caller passes stderr.isTTY). */
export async function reportMain(argv: string[], io: Io, opts: { progress?: boolean } = {}): Promise<number> {
  const args = parseReportArgs(argv, io.cwd);
  if (typeof args === "string") {
    io.stderr(`bottomline report: ${args}\n\nUsage:\n${REPORT_USAGE}\n`);
    return 2;
  }
  try {
    const data = await buildReport(args, io, opts.progress ?? false);
    if (typeof data === "string") {
      io.stderr(`bottomline report: ${data}\n`);
      return 2;
    }
    const text =
      args.format === "json" ? JSON.stringify(data, null, 2) + "\n" : args.format === "markdown" ? renderReportMarkdown(data) : renderReportHtml(data);
    if (args.output) {
      mkdirSync(dirname(args.output), { recursive: true });
      writeFileSync(args.output, text);
      io.stderr(`wrote ${args.output}\n`);
    } else io.stdout(text);
    for (const note of data.notes) io.stderr(`note: ${note}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    io.stderr(`bottomline report: ${err.message}\n`);
    return 2;
  }
}

/** The report's numbers for parsed arguments: what an Action step can call before renderReportMarkdown. */
export async function buildReport(args: ReportArgs, io: Io, progress: boolean): Promise<ReportData | string> {
  const started = performance.now();
  const newest = checkRepository(args.dir);
  if (args.since && args.since > newest) return `--since ${day(args.since)} is after the newest commit (${day(newest)}); give an earlier date`;
  const loaded = loadReportConfig(args.dir, args.config);
  if (!loaded.config) return `${loaded.errors.map(formatConfigError).join("\n")}\nfix the configuration above, then run again`;
  const version = bottomlineVersion();
  const cache = args.cache ? new ReportCache(commonGitDir(args.dir), version, loaded.config) : undefined;
  const window = windowOf(args, newest);
  const bar = progress ? progressBar(io) : undefined;
  const history = await collectHistory(args.dir, loaded.config, {
    ...(window.since ? { since: window.since } : {}),
    ...(cache ? { cache } : {}),
    ...(bar ? { onProgress: bar } : {}),
  });
  if (bar) io.stderr("\r\x1b[K");
  const since = window.since ?? (history.records[0] ? new Date(history.records[0].date) : newest);
  const by = args.by ?? (newest.getTime() - since.getTime() > 27 * 7 * 86_400_000 ? "month" : "week");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr(`${history.records.length} changes (${history.reviewed} reviewed, ${history.cached} from the cache) in ${seconds} s\n`);
  if (cache?.writeProblem) io.stderr(`note: ${cache.writeProblem}\n`);
  return buildReportData({
    repository: repoName(args.dir),
    version,
    configFile: loaded.file,
    config: loaded.config,
    since,
    until: newest,
    by,
    description: `${window.words} (${day(since)} to ${day(newest)})`,
    history,
  });
}

function windowOf(args: ReportArgs, newest: Date): { since?: Date; words: string } {
  if (args.since) return { since: args.since, words: `Changes since ${day(args.since)}` };
  const last = args.last ?? { amount: 26, unit: "w" };
  if (last === "all") return { words: "The whole history" };
  const since = new Date(newest);
  if (last.unit === "d") since.setUTCDate(since.getUTCDate() - last.amount);
  if (last.unit === "w") since.setUTCDate(since.getUTCDate() - 7 * last.amount);
  if (last.unit === "m") since.setUTCMonth(since.getUTCMonth() - last.amount);
  if (last.unit === "y") since.setUTCFullYear(since.getUTCFullYear() - last.amount);
  const unitWords: Record<string, string> = { d: "days", w: "weeks", m: "months", y: "years" };
  return { since, words: `The ${last.amount} ${unitWords[last.unit]} up to the newest commit` };
}

/** `--config FILE`; else .github/rules.yml in the work tree, or at HEAD in a bare repository; else the preset. */
function loadReportConfig(dir: string, explicit?: string): LoadResult & { file: string } {
  const top = tryGit(["rev-parse", "--show-toplevel"], dir);
  if (top || explicit) return loadCliConfig(top ?? dir, explicit);
  const text = tryGit(["show", "HEAD:.github/rules.yml"], dir);
  if (text === undefined) return { file: "(recommended preset)", config: defaultConfig(), errors: [] };
  return { file: ".github/rules.yml at HEAD", ...loadConfig(text, ".github/rules.yml at HEAD") };
}

/** Parses and checks the arguments; a string is the problem to tell the user. */
function parseReportArgs(argv: string[], cwd: string): ReportArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        since: { type: "string" },
        last: { type: "string" },
        by: { type: "string" },
        format: { type: "string", default: "html" },
        output: { type: "string" },
        config: { type: "string" },
        "no-cache": { type: "boolean", default: false },
      },
    });
  } catch (err) {
    return (err as Error).message;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return "give one repository directory at most";
  if (values.since && values.last) return "give --since or --last, not both";
  const format = values.format!;
  if (format !== "html" && format !== "json" && format !== "markdown") return `--format must be html, json or markdown (got "${format}")`;
  if (values.by !== undefined && values.by !== "week" && values.by !== "month") return `--by must be week or month (got "${values.by}")`;
  const args: ReportArgs = { dir: resolve(cwd, positionals[0] ?? "."), format, cache: !values["no-cache"] };
  if (!existsSync(args.dir)) return `${args.dir} does not exist; give the path of a git repository`;
  if (values.by) args.by = values.by as Granularity;
  if (values.output) args.output = resolve(cwd, values.output);
  if (values.config) args.config = resolve(cwd, values.config);
  const window = reportWindow(values.since, values.last);
  if (typeof window === "string") return window;
  return { ...args, ...window };
}

/** `--since` or `--last`, checked; a string is the problem to tell the user. */
function reportWindow(sinceArg: string | undefined, lastArg: string | undefined): Pick<ReportArgs, "since" | "last"> | string {
  if (sinceArg) {
    const since = new Date(sinceArg);
    if (!/^\d{4}-\d{2}-\d{2}/.test(sinceArg) || Number.isNaN(since.getTime())) return `--since takes a date like 2025-01-31 (got "${sinceArg}")`;
    return { since };
  }
  if (!lastArg) return {};
  if (lastArg === "all") return { last: "all" };
  const m = /^(\d{1,4})([dwmy])$/.exec(lastArg);
  if (!m || Number(m[1]) === 0) return `--last takes a number and d, w, m or y, e.g. 26w or 12m, or "all" (got "${lastArg}")`;
  return { last: { amount: Number(m[1]), unit: m[2] } };
}

/** A bar redrawn in place at most ten times a second. */
function progressBar(io: Io): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} changes`);
  };
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

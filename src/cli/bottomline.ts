#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatConfigError } from "../config/config-error.js";
import { loadConfig } from "../config/load-config.js";
import { runReview } from "../engine/run-review.js";
import { renderJson, renderText } from "../report/cli-output.js";
import { renderSummary } from "../report/summary.js";
import { gitLookups, readGitChange, repoRoot, resolveRange } from "../sources/git/git-source.js";
import { GitError } from "../sources/git/run-git.js";
import { readOriginRemote } from "../sources/git/git-remote.js";
import { loadCliConfig } from "./load-cli-config.js";
import { REPORT_USAGE, reportMain } from "./report-command.js";

const USAGE = `Usage:
  bottomline review [--base REF] [--head REF] [--config FILE] [--format text|json|markdown]
      Review a local git range: head defaults to HEAD, base to its merge-base with the default branch.
  bottomline validate [FILE]
      Check a rules.yml (default .github/rules.yml) and report every problem with its line.
${REPORT_USAGE}

Exit codes: 0 no failure-level finding, 1 a failure-level finding, 2 bad usage or configuration.`;

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
}

/** The CLI as a function of argv and IO, so tests run it in-process. Returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "review") return await review(rest, io);
    if (command === "validate") return validate(rest, io);
    if (command === "report") return await reportMain(rest, io, { progress: Boolean(process.stderr.isTTY) });
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    io.stderr(`${command ? `unknown command "${command}"` : "no command given"}\n\n${USAGE}\n`);
    return 2;
  } catch (err) {
    if (err instanceof GitError) {
      io.stderr(`bottomline: ${err.message}\n`);
      return 2;
    }
    const code = (err as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`bottomline: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

async function review(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { base: { type: "string" }, head: { type: "string" }, config: { type: "string" }, format: { type: "string", default: "text" } },
    strict: true,
  });
  const format = values.format!;
  if (!["text", "json", "markdown"].includes(format)) {
    io.stderr(`bottomline: --format must be text, json or markdown (got "${format}")\n`);
    return 2;
  }
  const root = repoRoot(io.cwd);
  const loaded = loadCliConfig(root, values.config);
  if (!loaded.config) {
    for (const e of loaded.errors) io.stderr(formatConfigError(e) + "\n");
    io.stderr(`bottomline: fix the ${plural(loaded.errors.length)} above in ${loaded.file}, then run again\n`);
    return 2;
  }
  const range = resolveRange(root, { base: values.base, head: values.head });
  const change = readGitChange(root, range);
  const lookups = gitLookups(root, range, { token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN, remote: readOriginRemote(root) });
  const result = await runReview(change, loaded.config, lookups);
  if (format === "json") io.stdout(renderJson(result));
  else if (format === "markdown") io.stdout(renderSummary(result, { headSha: range.headSha }));
  else io.stdout(renderText(result, { color: io.color, range: range.description }));
  return result.conclusion === "failure" ? 1 : 0;
}

function validate(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length > 1) {
    io.stderr(`bottomline: validate takes one file at most\n\n${USAGE}\n`);
    return 2;
  }
  let file = positionals[0];
  let text: string;
  if (!file) {
    const loaded = loadCliConfig(repoRoot(io.cwd));
    if (loaded.file === "(recommended preset)") {
      io.stdout("No .github/rules.yml here: the recommended preset applies. Nothing to validate.\n");
      return 0;
    }
    file = loaded.file;
    text = readFileSync(`${repoRoot(io.cwd)}/${file}`, "utf8");
  } else {
    try {
      text = readFileSync(file.startsWith("/") ? file : `${io.cwd}/${file}`, "utf8");
    } catch {
      io.stderr(`bottomline: cannot read ${file}; check the path\n`);
      return 2;
    }
  }
  const { errors } = loadConfig(text, file);
  if (errors.length === 0) {
    io.stdout(`${file}: valid\n`);
    return 0;
  }
  for (const e of errors) io.stderr(formatConfigError(e) + "\n");
  io.stderr(`${file}: ${plural(errors.length)}\n`);
  return 2;
}

function plural(n: number): string {
  return `${n} problem${n === 1 ? "" : "s"}`;
}

// Run only when executed, not when imported by tests.
const invokedPath = process.argv[1] ?? "";
if (invokedPath.endsWith("bottomline.js") || invokedPath.endsWith("/bottomline")) {
  const io: Io = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `bottomline: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this with the command you ran.\n`,
      );
      process.exitCode = 2;
    },
  );
}

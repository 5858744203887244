import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import merge from "deepmerge";
import type { ConfigError } from "../config/config-error.js";
import { defaultConfig, loadConfig, parseConfigYaml, validateConfig, type LoadResult } from "../config/load-config.js";
import { readOriginRemote } from "../sources/git/git-remote.js";

export interface CliConfigOptions {
  /** Reads a remote `_extends` (owner/repo[:path]) from GitHub; without it a remote one is refused. */
  token?: string;
  /** Repository root, for relative display and for the owner of a bare `_extends: repo`. */
  root: string;
  /** GITHUB_API_URL; GitHub.com's API by default. */
  apiUrl?: string;
}

/** The synchronous loader the corpus script uses: `--config FILE`, else .github/rules.yml, else the preset; no `_extends`. */
export function loadCliConfig(root: string, explicit?: string): LoadResult & { file: string } {
  const file = explicit ?? join(root, ".github", "rules.yml");
  if (!existsSync(file)) {
    if (explicit) return { file, errors: [{ file, message: `config file not found; check the path given to --config` }] };
    return { file: "(recommended preset)", config: defaultConfig(), errors: [] };
  }
  const shown = explicit ?? relative(root, file);
  return { file: shown, ...loadConfig(readFileSync(file, "utf8"), shown) };
}

type Raw = Record<string, unknown>;
type Layer = { value: Raw } | { errors: ConfigError[] };

/**
 * `--config FILE`, else the repository's .github/rules.yml, else the recommended preset. An
 * `_extends` is followed as Probot's context.config() does for the App (deep merge, this file's
 * keys win, arrays concatenate): a local path (`./base.yml`, relative to the file), or another
 * repository's rules.yml read with a token. It is never silently ignored, or the CLI's verdict
 * would differ from the App's.
 */
export async function resolveCliConfig(root: string, explicit?: string, token?: string, cwd = root, apiUrl?: string): Promise<LoadResult & { file: string }> {
  const file = explicit ? resolve(cwd, explicit) : join(root, ".github", "rules.yml");
  const shown = explicit ?? relative(root, file);
  if (!existsSync(file)) {
    if (explicit) return { file: shown, errors: [{ file: shown, message: `config file not found; check the path given to --config` }] };
    return { file: "(recommended preset)", config: defaultConfig(), errors: [] };
  }
  const text = readFileSync(file, "utf8");
  const parsed = parseConfigYaml(text, shown);
  if (parsed.errors.length > 0) return { file: shown, errors: parsed.errors };
  const layer = await followExtends(parsed.value as Raw, { text, shown, path: file }, { root, token, apiUrl }, new Set([file]));
  if ("errors" in layer) return { file: shown, errors: layer.errors };
  return { file: shown, ...validateConfig(layer.value, shown, parsed) };
}

interface Source {
  text: string;
  shown: string;
  /** Absolute path for a local file; `owner/repo:path` for a remote one. */
  path: string;
  remote?: { owner: string; repo: string };
}

async function followExtends(value: Raw, from: Source, opts: CliConfigOptions, seen: Set<string>): Promise<Layer> {
  const target = value?._extends;
  if (typeof target !== "string") return { value };
  const { _extends: _, ...own } = value;
  const at = extendsPosition(from);
  const base = isLocalPath(target) ? await readLocal(target, from, at, opts, seen) : await readRemote(target, from, at, opts, seen);
  if ("errors" in base) return base;
  return { value: merge.all([base.value, own]) as Raw };
}

function isLocalPath(target: string): boolean {
  return target.startsWith("./") || target.startsWith("../") || isAbsolute(target);
}

async function readLocal(target: string, from: Source, at: ErrorAt, opts: CliConfigOptions, seen: Set<string>): Promise<Layer> {
  if (from.remote)
    return at.error(`${target} is a local path inside a config read from ${from.remote.owner}/${from.remote.repo}; there it must name a repository`);
  const path = resolve(dirname(from.path), target);
  if (seen.has(path)) return at.error(`_extends: ${target} leads back to a file already extended (a cycle); remove one of the _extends`);
  if (!existsSync(path)) return at.error(`_extends: ${target} does not exist (looked for ${path}); fix the path, relative to ${from.shown}`);
  const text = readFileSync(path, "utf8");
  const shown = relative(opts.root, path) || path;
  const parsed = parseConfigYaml(text, shown);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  return followExtends(parsed.value as Raw, { text, shown, path }, opts, new Set([...seen, path]));
}

/** Probot's forms: `repo` (same owner), `owner/repo`, and either with `:path/to/file.yml`. */
async function readRemote(target: string, from: Source, at: ErrorAt, opts: CliConfigOptions, seen: Set<string>): Promise<Layer> {
  const m = /^(?:([\w.-]+)\/)?([\w.-]+)(?::(.+))?$/.exec(target);
  const owner = m?.[1] ?? from.remote?.owner ?? readOriginRemote(opts.root)?.owner;
  if (!m || !owner) return at.error(`_extends: ${target} is neither a local file (./file.yml) nor a repository (owner/repo or owner/repo:path/to/rules.yml)`);
  const repo = m[2];
  const path = m[3] ?? ".github/rules.yml";
  const key = `${owner}/${repo}:${path}`;
  if (!opts.token)
    return at.error(
      `_extends: ${target} is another repository's config (${key}), which the CLI reads only with a token. Set GITHUB_TOKEN (read access to ${owner}/${repo}), or copy that file next to this one and write _extends: ./rules.base.yml`,
    );
  if (seen.has(key)) return at.error(`_extends: ${target} leads back to a config already extended (a cycle); remove one of the _extends`);
  const text = await fetchRemoteConfig(owner, repo, path, opts, at);
  if (typeof text !== "string") return text;
  const parsed = parseConfigYaml(text, key);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  return followExtends(parsed.value as Raw, { text, shown: key, path: key, remote: { owner, repo } }, opts, new Set([...seen, key]));
}

async function fetchRemoteConfig(owner: string, repo: string, path: string, opts: CliConfigOptions, at: ErrorAt): Promise<string | Layer> {
  // Loaded only here: most runs never need Octokit.
  const { Octokit } = await import("@octokit/rest");
  try {
    const res = await new Octokit({ auth: opts.token, baseUrl: opts.apiUrl || "https://api.github.com", log: QUIET }).rest.repos.getContent({
      owner,
      repo,
      path,
      mediaType: { format: "raw" },
    });
    return typeof res.data === "string" ? res.data : Buffer.from((res.data as { content?: string }).content ?? "", "base64").toString("utf8");
  } catch (err) {
    const status = (err as { status?: number }).status;
    const why = status === 404 ? "was not found, or the token cannot read it" : `could not be read (GitHub answered ${status ?? (err as Error).message})`;
    return at.error(`_extends: ${owner}/${repo}:${path} ${why}; check the name and the token's access`);
  }
}

/** The failure is reported as a config error on the `_extends` line; Octokit's own request log would only repeat it. */
const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

interface ErrorAt {
  error: (message: string) => { errors: ConfigError[] };
}

function extendsPosition(from: Source): ErrorAt {
  const lines = from.text.split("\n");
  const index = lines.findIndex((l) => /^_extends\s*:/.test(l));
  return { error: (message) => ({ errors: [{ file: from.shown, line: index + 1 || 1, column: 1, message }] }) };
}

import { createHash } from "node:crypto";
import merge from "deepmerge";
import type { ConfigError } from "../../config/config-error.js";
import { ConfigCache } from "../../config/config-cache.js";
import { defaultConfig, parseConfigYaml, validateConfig, type LoadResult } from "../../config/load-config.js";
import type { ResolvedConfig } from "../../config/resolve-config.js";
import type { GitHub } from "./github-types.js";

export const CONFIG_PATH = ".github/rules.yml";

export interface RepoConfig {
  config?: ResolvedConfig;
  errors: ConfigError[];
  /** Where the config came from: "owner/repo:.github/rules.yml", or the preset. */
  source: string;
  /** True when the errors point into this repository's own file (so the check can annotate it). */
  inThisRepo: boolean;
  /** Changes when the config changes: a re-review for the same head with a new config is not a duplicate. */
  hash: string;
}

/**
 * Reads `.github/rules.yml` from the default branch like Probot's context.config(): the
 * repository's own file, else the org's `.github` repository, with `_extends` followed. The raw
 * text is read (one request) so that errors keep their line and column.
 */
export async function loadRepoConfig(octokit: GitHub, owner: string, repo: string, path = CONFIG_PATH): Promise<RepoConfig> {
  let text = await readFile(octokit, owner, repo, path);
  let from = `${owner}/${repo}`;
  if (text === undefined && repo !== ".github") {
    text = await readFile(octokit, owner, ".github", path);
    from = `${owner}/.github`;
  }
  if (text === undefined)
    return { config: defaultConfig(), errors: [], source: "the recommended preset (no .github/rules.yml)", inThisRepo: false, hash: "default" };

  const inThisRepo = from === `${owner}/${repo}`;
  const file = inThisRepo ? path : `${from}:${path}`;
  const hash = createHash("sha1").update(text).digest("hex").slice(0, 12);
  // Parsed and compiled once per distinct text (and file name, which the errors carry).
  const compiled = compiledTexts.get(`${file}\0${text}`, () => compileText(text, file));
  if (!compiled.extends) return { config: compiled.config, errors: compiled.errors, source: file, inThisRepo, hash };

  // Follow _extends chains and merge exactly as Probot's context.config() does: a deep merge in
  // which the repository's keys win and arrays (ignore, overrides) concatenate.
  const merged = await octokit.config.get({ owner, repo, path, defaults: (configs) => merge.all(configs) as Record<string, unknown> });
  const { config, errors } = compiledMerges.get(`${file}\0${text}\0${JSON.stringify(merged.config)}`, () =>
    validateConfig(merged.config, file, parseConfigYaml(text, file)),
  );
  return { config, errors, source: file, inThisRepo, hash };
}

interface CompiledText extends LoadResult {
  /** The file uses Probot's `_extends`: the merged config must be fetched and compiled instead. */
  extends: boolean;
}

/** Shared by every event on this replica; see ConfigCache for why. */
export const compiledTexts = new ConfigCache<CompiledText>();
const compiledMerges = new ConfigCache<LoadResult>();

function compileText(text: string, file: string): CompiledText {
  const parsed = parseConfigYaml(text, file);
  if (parsed.errors.length > 0) return { errors: parsed.errors, extends: false };
  const value = parsed.value;
  if (value && typeof value === "object" && "_extends" in value) return { errors: [], extends: true };
  return { ...validateConfig(value, file, parsed), extends: false };
}

async function readFile(octokit: GitHub, owner: string, repo: string, path: string): Promise<string | undefined> {
  try {
    const res = await octokit.rest.repos.getContent({ owner, repo, path, mediaType: { format: "raw" } });
    return typeof res.data === "string" ? res.data : Buffer.from((res.data as { content?: string }).content ?? "", "base64").toString("utf8");
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}

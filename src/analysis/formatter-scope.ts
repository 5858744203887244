import { Minimatch } from "minimatch";
import { compileSafeRegex, type SafeRegex } from "../util/safe-regex.js";
import { memoByText, readYamlConfig, record } from "./yaml-config.js";
import { tomlSectionLines } from "../text/toml-sections.js";

/**
 * Where a formatter runs, by the repository's own config: its width is the limit only for the
 * files it formats. Black's `tests/expression.py` is formatter input, long on purpose, and at the
 * time the project's pre-commit ran Black only on `black.py`, `setup.py` and `tests/test_black.py`
 * (`files: ^(black|setup|tests/test_black)\.py$`): Black's 88 was never that file's limit.
 *
 * The configs are the pull request's to write: patterns run on RE2 (linear time), and a config
 * too large, unreadable or with a pattern RE2 cannot compile says nothing (the file stays in scope).
 */
const MAX_CONFIG_CHARS = 256 * 1024;
const MAX_PATTERN_CHARS = 2000;
const MAX_IGNORE_LINES = 500;

/** The pre-commit hooks that format Python to a width. */
export const PYTHON_FORMAT_HOOKS = ["black", "black-jupyter", "ruff-format"];

/** A Python `re` pattern as RE2 runs it: a verbose one (`(?x)`, or a multi-line Black pattern) without its whitespace and comments. */
function pythonPattern(source: string, verbose = false): SafeRegex | undefined {
  if (source.length > MAX_PATTERN_CHARS) return undefined;
  let text = source;
  const flagged = /^\s*\(\?x\)/.exec(text);
  if (flagged || verbose) {
    text = text.slice(flagged ? flagged[0].length : 0);
    // Verbose mode: unescaped whitespace and `#` comments are not part of the pattern.
    text = text
      .split("\n")
      .map((line) => line.replace(/(^|[^\\])#.*$/, "$1"))
      .join("\n")
      .replace(/(^|[^\\])\s+/g, "$1")
      .replace(/^\s+/, "");
  }
  try {
    return compileSafeRegex(text);
  } catch {
    return undefined;
  }
}

interface Hook {
  id: string;
  files?: string;
  exclude?: string;
}

interface Precommit {
  files?: string;
  exclude?: string;
  hooks: Hook[];
}

/** A pre-commit config's top-level `files`/`exclude` and its hooks, or undefined when it cannot be read. */
const readPrecommit = memoByText((text: string): Precommit | undefined => {
  const root = readYamlConfig(text);
  if (root === undefined) return undefined;
  // pre-commit's old format is a bare list of repos.
  const repos: unknown = Array.isArray(root) ? root : record(root).repos;
  const hooks = Array.isArray(repos) ? repos.flatMap((repo) => (Array.isArray(record(repo).hooks) ? (record(repo).hooks as unknown[]).map(toHook) : [])) : [];
  return { files: str(record(root).files), exclude: str(record(root).exclude), hooks };
});

function toHook(h: unknown): Hook {
  const hook = record(h);
  return { id: str(hook.id) ?? "", files: str(hook.files), exclude: str(hook.exclude) };
}

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** Whether `files` (default: everything) takes the path and `exclude` (default: nothing) leaves it; undefined when a pattern is unreadable. */
function takes(files: string | undefined, exclude: string | undefined, path: string): boolean | undefined {
  const include = files ? pythonPattern(files) : undefined;
  const leave = exclude ? pythonPattern(exclude) : undefined;
  if ((files && !include) || (exclude && !leave)) return undefined;
  return (!include || include.test(path)) && !leave?.test(path);
}

/**
 * Whether the pre-commit config runs one of `hookIds` on `path` (relative to the config's folder):
 * "out" when it has such hooks and none takes the file (the top-level `files`/`exclude` and each
 * hook's own), "in" when one does, "unknown" when it has none or cannot be read.
 */
export function precommitScope(text: string, hookIds: readonly string[], path: string): "in" | "out" | "unknown" {
  const config = readPrecommit(text);
  const hooks = config?.hooks.filter((h) => hookIds.includes(h.id)) ?? [];
  if (!config || hooks.length === 0) return "unknown";
  const top = takes(config.files, config.exclude, path);
  if (top === undefined) return "unknown";
  if (!top) return "out";
  let unknown = false;
  for (const hook of hooks) {
    const verdict = takes(hook.files, hook.exclude, path);
    if (verdict) return "in";
    if (verdict === undefined) unknown = true;
  }
  return unknown ? "unknown" : "out";
}

/** A TOML string value of `key` in `[section]`: basic, literal, or triple-quoted over lines. */
export function tomlString(text: string, section: string, key: string): string | undefined {
  if (text.length > MAX_CONFIG_CHARS) return undefined;
  for (const { section: current, line, index, lines } of tomlSectionLines(text)) {
    const m = current === section ? /^["']?([\w-]+)["']?\s*=\s*(.*)$/.exec(line) : null;
    if (m?.[1] === key) return stringValue(m[2], lines, index);
  }
  return undefined;
}

/** The string a TOML value opens on line `index` (a triple-quoted one may run over the next 200 lines); undefined when it is no string. */
function stringValue(value: string, lines: string[], index: number): string | undefined {
  const triple = /^('''|""")([\s\S]*)$/.exec(value);
  if (triple) {
    let body = triple[2];
    for (let j = index + 1; !body.includes(triple[1]) && j < lines.length && j < index + 200; j++) body += "\n" + lines[j];
    const end = body.indexOf(triple[1]);
    return end < 0 ? undefined : body.slice(0, end);
  }
  const single = /^'([^']*)'/.exec(value) ?? /^"((?:[^"\\]|\\.)*)"/.exec(value);
  if (!single) return undefined;
  // A basic string's escapes: `\\.` in TOML is `\.` in the pattern.
  return value.startsWith('"') ? single[1].replace(/\\\\/g, "\\") : single[1];
}

/**
 * Whether `[tool.black]`'s `exclude`, `extend-exclude` or `force-exclude` leaves the file out.
 * Black matches them against the path from the project root with a leading `/`, and reads a
 * pattern written over several lines as verbose.
 */
export function blackExcludes(pyproject: string, path: string): boolean {
  for (const key of ["exclude", "extend-exclude", "force-exclude"]) {
    const source = tomlString(pyproject, "tool.black", key);
    if (!source) continue;
    const re = pythonPattern(source, source.includes("\n"));
    if (re?.test(`/${path}`)) return true;
  }
  return false;
}

/**
 * Whether a `.prettierignore` (gitignore syntax, at the repository root) leaves the file out.
 * A file with a negation (`!keep.js`) is not read: what it brings back depends on order.
 */
export function prettierIgnores(ignoreFile: string, path: string): boolean {
  const lines = ignoreFile.split("\n", MAX_IGNORE_LINES).map((l) => l.trim());
  if (lines.some((l) => l.startsWith("!"))) return false;
  for (const raw of lines) {
    if (raw === "" || raw.startsWith("#") || raw.length > MAX_PATTERN_CHARS) continue;
    const dirOnly = raw.endsWith("/");
    const body = raw.replace(/^\//, "").replace(/\/$/, "");
    if (body === "") continue;
    // A pattern with a slash in its middle or start is anchored at the root; one without matches at any depth.
    const anchored = raw.startsWith("/") || body.includes("/");
    const base = anchored ? body : `**/${body}`;
    const globs = dirOnly ? [`${base}/**`] : [base, `${base}/**`];
    if (globs.some((g) => matches(g, path))) return true;
  }
  return false;
}

function matches(glob: string, path: string): boolean {
  try {
    return new Minimatch(glob, { dot: true }).match(path);
  } catch {
    return false;
  }
}

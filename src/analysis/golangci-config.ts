import { compileSafeRegex } from "../util/safe-regex.js";
import { memoByText, readYamlConfig, record, strings } from "./yaml-config.js";

/**
 * One linter of a golangci-lint config (v1 and v2 layouts), read with the YAML parser: whether it
 * runs, its settings, and the paths the config keeps it off (`issues.exclude-dirs`,
 * `exclude-files`, an `exclude-rules` entry naming the linter, v2's `linters.exclusions`).
 */
export interface GolangciLinter {
  /** Listed under `linters.enable`, or all linters on (v1 `enable-all: true`, v2 `default: all`) without it under `disable`. */
  enabled: boolean;
  /** Its settings (v1 `linters-settings.<name>`, v2 `linters.settings.<name>`). */
  settings: Record<string, unknown>;
}

const readGolangci = memoByText((text: string) => {
  const value = readYamlConfig(text);
  return value === undefined ? undefined : record(value);
});

/** What the config says of linter `name`; undefined when it cannot be read. Only `linters:`'s own keys enable it: a linter's settings have their own `enable-all`. */
export function golangciLinter(text: string, name: string): GolangciLinter | undefined {
  const root = readGolangci(text);
  if (!root) return undefined;
  const linters = record(root.linters);
  const listed = (key: string) => strings(linters[key]).map((s) => s.trim());
  const all = linters["enable-all"] === true || linters.default === "all";
  const enabled = listed("enable").includes(name) || (all && !listed("disable").includes(name));
  return { enabled, settings: record(record(root["linters-settings"])[name] ?? record(linters.settings)[name]) };
}

const MAX_PATTERNS = 100;

/**
 * Whether the config keeps `linter`'s findings off the file: a folder or file pattern of the whole
 * run (v1 `issues.exclude-dirs`/`exclude-files`, older `run.skip-dirs`/`skip-files`, v2
 * `linters.exclusions.paths`), or an exclusion rule with a `path` for this linter and nothing
 * narrower (no `text` or `source`). Patterns are Go regexps, run on RE2; one that cannot be read
 * excludes nothing.
 */
export function golangciExcludes(text: string, linter: string, path: string): boolean {
  const root = readGolangci(text);
  if (!root) return false;
  const issues = record(root.issues);
  const run = record(root.run);
  const exclusions = record(record(root.linters).exclusions);
  const dirs = [...strings(issues["exclude-dirs"]), ...strings(run["skip-dirs"])];
  const files = [...strings(issues["exclude-files"]), ...strings(run["skip-files"]), ...strings(exclusions.paths)];
  if (dirs.some((d) => finds(d, path.split("/").slice(0, -1).join("/"))) || files.some((f) => finds(f, path))) return true;
  const rules = [...list(issues["exclude-rules"]), ...list(exclusions.rules)].slice(0, MAX_PATTERNS).map(record);
  return rules.some(
    (r) => typeof r.path === "string" && r.text === undefined && r.source === undefined && strings(r.linters).includes(linter) && finds(r.path, path),
  );
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function finds(pattern: string, text: string): boolean {
  if (pattern.length > 1000) return false;
  try {
    return compileSafeRegex(pattern).test(text);
  } catch {
    return false;
  }
}

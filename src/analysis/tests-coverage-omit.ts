import type { Lookups } from "../engine/rule.js";
import { compileSafeRegex, type SafeRegex } from "../util/safe-regex.js";

/**
 * Python files the project's coverage.py config leaves out of its coverage (an `omit` line naming `astroid/__main__.py` under
 * `[report]` or `[run]` of `.coveragerc`, `[coverage:run]` of setup.cfg or tox.ini, `[tool.coverage.run]` of
 * pyproject.toml): the team said they are not measured by tests, as `# pragma: no cover` says of a block
 * (tests-uncovered-on-purpose.ts). astroid 225d96401d adds its developer CLI `astroid/__main__.py` and its omit
 * line in one commit: asking for its tests was judged not worth saying on set 31. Read at head, as the pragma is:
 * the line is in the diff for the reviewer to see.
 */

/** The config files that may hold coverage.py's omit patterns, at the repository's root. */
export const COVERAGE_CONFIGS = [".coveragerc", "setup.cfg", "tox.ini", "pyproject.toml"];
const MAX_PATTERNS = 200;
const MAX_CONFIG = 200_000;

/** INI sections coverage.py reads its omits from, per file. */
const INI_SECTIONS: Record<string, RegExp> = {
  ".coveragerc": /^\s*\[(?:run|report)\]\s*$/,
  "setup.cfg": /^\s*\[coverage:(?:run|report)\]\s*$/,
  "tox.ini": /^\s*\[coverage:(?:run|report)\]\s*$/,
};

/**
 * The values of a key (`omit`, `exclude_lines`…) in an INI file's coverage sections: the text after `key =` and each
 * indented line below it, as coverage.py reads a multi-line value.
 */
function iniValues(text: string, section: RegExp, isKey: (key: string) => boolean): string[] {
  const out: string[] = [];
  let inSection = false;
  let inKey = false;
  for (const line of text.split("\n")) {
    if (/^\s*\[/.test(line)) {
      inSection = section.test(line);
      inKey = false;
      continue;
    }
    if (!inSection) continue;
    const key = /^(\w+)\s*[=:]\s*(.*)$/.exec(line);
    if (key) {
      inKey = isKey(key[1]);
      if (inKey && key[2].trim() !== "") out.push(key[2].trim());
    } else if (inKey && /^\s+\S/.test(line)) out.push(line.trim());
    else if (line.trim() !== "") inKey = false;
  }
  return out;
}

/** The omit patterns of an INI file's coverage sections: `omit = a, b` or one per indented line below. */
function iniOmits(text: string, section: RegExp): string[] {
  return iniValues(text, section, (key) => key === "omit")
    .flatMap((v) => v.split(","))
    .map((p) => p.replace(/[#;].*$/, "").trim())
    .filter((p) => p !== "");
}

/** The omit patterns of pyproject.toml's `[tool.coverage.run]` and `[tool.coverage.report]` tables. */
function tomlOmits(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*\[tool\.coverage\.(?:run|report)\]\s*$([\s\S]{0,20000}?)(?=^\s*\[|(?![\s\S]))/gm)) {
    const omit = /^\s*omit\s*=\s*\[([^\]]{0,10000})\]/m.exec(m[1]);
    if (omit) out.push(...[...omit[1].matchAll(/["']([^"'\n]{1,300})["']/g)].map((s) => s[1]));
  }
  return out;
}

// coverage.py's fnmatch over the file's absolute path: a star spans folders, a relative pattern is anchored at the root.
// The patterns are the pull request's to write: they run on RE2, linear whatever their stars.
function toRegExp(pattern: string): SafeRegex {
  const body = pattern
    .replace(/^\.\//, "")
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return compileSafeRegex(pattern.startsWith("*") || pattern.startsWith("/") ? `^${body}$` : `^/${body}$`);
}

/**
 * Only patterns that name files count (`astroid/__main__.py` after a star, `pkg/_compat*.py`), not folders or everything
 * (`src/*`, `*`, `*.py`): a pull request that writes `omit = *` must not switch the rule off for the whole project.
 */
function namesFiles(pattern: string): boolean {
  const name = pattern.slice(pattern.lastIndexOf("/") + 1);
  return /[A-Za-z0-9_]{2,}/.test(name.replace(/\.py$/, ""));
}

const omitsByLookups = new WeakMap<Lookups, SafeRegex[]>();

/** Whether the project's coverage config omits this Python file. */
export function omittedFromCoverage(path: string, found: Lookups): boolean {
  if (!path.endsWith(".py")) return false;
  let omits = omitsByLookups.get(found);
  if (!omits) {
    const patterns = COVERAGE_CONFIGS.flatMap((name) => {
      const text = found.fileContents.get(name);
      if (text === undefined || text.length > MAX_CONFIG) return [];
      return name === "pyproject.toml" ? tomlOmits(text) : iniOmits(text, INI_SECTIONS[name]);
    });
    omitsByLookups.set(found, (omits = patterns.filter(namesFiles).slice(0, MAX_PATTERNS).map(toRegExp)));
  }
  return omits.some((re) => re.test(`/${path}`));
}

/**
 * coverage.py's line exclusions: `exclude_lines` / `exclude_also` under `[report]` (`[coverage:report]` of setup.cfg or
 * tox.ini, `[tool.coverage.report]` or `report.exclude_also` under `[tool.coverage]` of pyproject.toml). A line a pattern
 * matches is left out of coverage, and so is the block it opens, as `# pragma: no cover` does (tests-uncovered-on-purpose.ts).
 * nox's `report.exclude_also = [ "def __dir__()", … ]`: its module `__dir__` hooks, added to twenty files for tab
 * completion (ea95a1ef6f), were asked for tests and judged not worth saying on set 42.
 */
const EXCLUDE_KEYS = /^(?:report\.)?exclude_(?:lines|also)$/;
// A pattern must name something: a word of four letters or more that is no keyword (`def __dir__()`, `if TYPE_CHECKING:`,
// `@overload`). `def `, `.*` or `class` would take every function out of review, and the config is the pull request's to edit.
const KEYWORDS = new Set([
  "class",
  "pass",
  "return",
  "raise",
  "self",
  "async",
  "await",
  "else",
  "elif",
  "with",
  "import",
  "from",
  "while",
  "yield",
  "lambda",
  "none",
  "true",
  "false",
]);
const namesSomething = (pattern: string) => (pattern.match(/[A-Za-z_][A-Za-z0-9_]{3,}/g) ?? []).some((w) => !KEYWORDS.has(w.toLowerCase()));

/** The exclusion patterns an INI file's report section lists (one per indented line, or after the key). */
function iniExcludes(text: string, section: RegExp): string[] {
  return iniValues(text, section, (key) => EXCLUDE_KEYS.test(key));
}

/** The exclusion patterns of pyproject.toml: a `[tool.coverage.report]` table's keys, or `report.…` keys of `[tool.coverage]`. */
function tomlExcludes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*\[tool\.coverage(?:\.report)?\]\s*$([\s\S]{0,20000}?)(?=^\s*\[|(?![\s\S]))/gm)) {
    for (const k of m[1].matchAll(/^\s*([\w.]+)\s*=\s*\[([^\]]{0,10000})\]/gm)) {
      if (!EXCLUDE_KEYS.test(k[1])) continue;
      // TOML strings: a basic one's `\\` is one backslash in the regex, a literal one's is as written.
      for (const s of k[2].matchAll(/"((?:[^"\\\n]|\\.){1,300})"|'([^'\n]{1,300})'/g)) out.push(s[1] !== undefined ? s[1].replace(/\\\\/g, "\\") : s[2]);
    }
  }
  return out;
}

const excludesByLookups = new WeakMap<Lookups, SafeRegex[]>();

/** The project's coverage.py line exclusions that name something, compiled (RE2: linear, whatever the pull request writes). */
export function coverageExcludes(found: Lookups): SafeRegex[] {
  let out = excludesByLookups.get(found);
  if (!out) {
    const patterns = COVERAGE_CONFIGS.flatMap((name) => {
      const text = found.fileContents.get(name);
      if (text === undefined || text.length > MAX_CONFIG) return [];
      return name === "pyproject.toml" ? tomlExcludes(text) : iniExcludes(text, INI_SECTIONS[name]);
    });
    out = [];
    for (const p of patterns.filter(namesSomething).slice(0, MAX_PATTERNS)) {
      try {
        out.push(compileSafeRegex(p));
      } catch {
        // A pattern RE2 cannot read (a lookaround) is left out: the lines it would exclude are judged as any others.
      }
    }
    excludesByLookups.set(found, out);
  }
  return out;
}

import { CONFIG_LIMITS } from "../config/config-limits.js";
import { compileSafeRegex, type SafeRegex } from "../util/safe-regex.js";

/**
 * Line patterns a linter's config exempts from its width check (RuboCop's `AllowedPatterns` /
 * `IgnoredPatterns`, checkstyle's LineLength `ignorePattern`). The config file is the pull
 * request's to write, so its patterns are hostile input: a few of them, each bounded in length,
 * run on RE2 (linear in the line, whatever the pattern).
 */
export interface LinePatterns {
  /** Whether the linter leaves this line alone. */
  test(line: string): boolean;
  /** The patterns as the config wrote them, for messages and tests. */
  sources: string[];
}

/** More patterns than this are not read one by one: the config is unusual enough to say nothing. */
export const MAX_PATTERNS = 20;

/**
 * The patterns compiled, or undefined when one of them cannot be read (a Ruby or Java construct
 * RE2 lacks, such as lookaround; too long; too many). Such a pattern may exempt any line, so the
 * caller states no limit then: when in doubt, say nothing.
 */
export function compileLinePatterns(sources: string[]): LinePatterns | undefined {
  if (sources.length > MAX_PATTERNS) return undefined;
  const compiled: SafeRegex[] = [];
  for (const source of sources) {
    if (source.length > CONFIG_LIMITS.patternChars) return undefined;
    try {
      compiled.push(compileSafeRegex(source));
    } catch {
      return undefined;
    }
  }
  return { sources, test: (line) => compiled.some((re) => re.test(line)) };
}

/**
 * One YAML scalar as written in a list (`'^\s*#'`, `"^\\s*#"`, `!ruby/regexp /\A\s*#/`, plain): its
 * value, with the quoting undone; the rest of the text after it is returned too.
 */
export function yamlScalar(raw: string, flow = false): { value: string; rest: string } {
  const s = raw.trimStart();
  if (s.startsWith("'")) return singleQuoted(s);
  if (s.startsWith('"')) return doubleQuoted(s);
  const regexp = /^!ruby\/regexp\s+\/(.*)\/[a-z]*\s*(?:#.*)?$/.exec(s);
  if (regexp) return { value: regexp[1], rest: "" };
  // A plain scalar ends at a comment (` #`) or, in a flow list (`[a, b]`), at a comma.
  const end = s.search(flow ? /\s#|,/ : /\s#/);
  return { value: (end < 0 ? s : s.slice(0, end)).trim(), rest: end < 0 ? "" : s.slice(end) };
}

/** A single-quoted scalar: backslashes are literal, `''` is one quote. */
function singleQuoted(s: string): { value: string; rest: string } {
  let value = "";
  for (let i = 1; i < s.length; i++) {
    if (s[i] !== "'") value += s[i];
    else if (s[i + 1] === "'") value += s[i++];
    else return { value, rest: s.slice(i + 1) };
  }
  return { value, rest: "" };
}

/** A double-quoted scalar: a backslash escapes the character after it. */
function doubleQuoted(s: string): { value: string; rest: string } {
  let value = "";
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) value += s[++i];
    else if (s[i] === '"') return { value, rest: s.slice(i + 1) };
    else value += s[i];
  }
  return { value, rest: "" };
}

/** Items read from one flow list, at most: an Exclude list is long at times, a config is not a data file. */
const MAX_FLOW_ITEMS = 500;

/** The scalars of a YAML flow list's inside (`'a', "b", c`), quotes and commas inside them kept. */
export function yamlFlowScalars(body: string): string[] {
  const out: string[] = [];
  let rest = body;
  for (let n = 0; n < MAX_FLOW_ITEMS && rest.replace(/^[\s,]+/, "") !== ""; n++) {
    const { value, rest: after } = yamlScalar(rest.replace(/^[\s,]+/, ""), true);
    out.push(value);
    rest = after;
  }
  return out;
}

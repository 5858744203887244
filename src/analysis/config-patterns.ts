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

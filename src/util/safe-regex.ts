import { RE2JS } from "re2js";

/**
 * User-supplied patterns (rules.yml) run on RE2JS, a linear-time engine: `(a+)+$` on a
 * 50,000-character line takes milliseconds instead of stalling the review. RE2 syntax drops
 * backreferences and lookaround, which is the price of that guarantee; the config error says so.
 */
export interface SafeRegex {
  source: string;
  test(text: string): boolean;
  /** Every non-overlapping match with its start offset. */
  matchAll(text: string): Array<{ text: string; index: number }>;
}

export function compileSafeRegex(source: string, ignoreCase = false): SafeRegex {
  const re = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  return {
    source,
    test: (text) => re.matcher(text).find(),
    matchAll: (text) => {
      const out: Array<{ text: string; index: number }> = [];
      const m = re.matcher(text);
      while (m.find()) {
        out.push({ text: m.group() ?? "", index: m.start() });
        if (m.end() === m.start() && m.end() >= text.length) break;
      }
      return out;
    },
  };
}

/** Undefined when the pattern is valid; otherwise a sentence that says what to change. */
export function explainBadRegex(source: string): string | undefined {
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return `invalid regular expression /${source}/: ${reason}. Patterns use RE2 syntax (no lookaround or backreferences), which keeps every review linear in time`;
  }
}

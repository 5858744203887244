import type { Span } from "../syntax/facts.js";

// An assertion, commented out: `assertThat(…)`, `assertEquals(…)`, `expect(…)`, `assert x`, `t.Error(…)`, `should…`.
const ASSERTION = /^\s*(?:(?:self\.|Assert\.)?assert\w*\s*[(!]?|expect\s*[({]|[\w.]+\.should\w*\b|t\.(?:Error|Fatal)f?\s*\(|verify\s*\()/;
// A note that the test checks nothing on purpose: "best effort, no asserts", "no assertions", "without asserting".
const DISOWNS = /\b(?:no\s+(?:asserts?|assertions?)|without\s+assert\w*|best[- ]effort)\b/i;
/** Lines over a test's first line where its annotations and their notes sit (`@Test // best effort, no asserts`). */
const MARKS_ABOVE = 3;

/**
 * Whether commented-out assertions sit in a test whose own notes say it asserts nothing (resilience4j ce5c959b75: `@Test
 * // best effort, no asserts` over a thread-interrupt test ending `//assertThat(entered.get()).isFalse();`). The note
 * says why the check is off: it records the outcome the test cannot rely on. Readers can tell it is kept on purpose,
 * which is what the rule asks for. Only the test's header counts, read from the file at head by line (1-based).
 */
export function disownedAssertion(code: string[], line: number, tests: Span[], lineAt: (n: number) => string | undefined): boolean {
  if (code.length === 0 || !code.every((l) => ASSERTION.test(l))) return false;
  const test = tests.find((t) => t.start <= line && line <= t.end);
  if (!test) return false;
  for (let n = test.start - MARKS_ABOVE; n <= test.start + 1; n++) if (DISOWNS.test(lineAt(n) ?? "")) return true;
  return false;
}

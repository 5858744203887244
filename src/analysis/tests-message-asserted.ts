/**
 * A message the change's new code raises that an existing test already asserts, word for word (#11, set 29):
 * mongoose's "fix(query): re-apply changes for #13249" puts back `throw new Error('Invalid field "" passed to
 * sort()')`, whose test in `test/query.test.js` stayed when the code was reverted. A test written first, or one
 * a revert left, runs the new branch: asking for one is wrong. Only a message a person wrote for a user (sixteen
 * characters or more, with a space), so a key or a format string shared with tests says nothing.
 */

/** Literals shorter than this are too common to tie a test to one branch (`"not found"`). */
const MIN_MESSAGE = 16;
/** At most this many fresh lines are read for messages, and this many messages looked up. */
const MAX_LINES = 400;
const MAX_MESSAGES = 40;
// A quoted literal on one line, in any of the usual quotes, without interpolation (`${`, `#{`, `{0}` would not match verbatim).
const LITERAL = /"((?:[^"\\\n]|\\.){16,300})"|'((?:[^'\\\n]|\\.){16,300})'|`([^`$\\\n]{16,300})`/g;

/** The first existing test (path and text) that holds a message of the fresh lines verbatim, with the message; undefined when none. */
export function messageAssertedBefore(
  fresh: Iterable<number>,
  lines: readonly string[],
  tests: ReadonlyArray<{ path: string; text: string }>,
): { test: string; message: string } | undefined {
  if (tests.length === 0) return undefined;
  const messages = new Set<string>();
  let read = 0;
  for (const l of fresh) {
    if (++read > MAX_LINES || messages.size >= MAX_MESSAGES) break;
    for (const m of (lines[l - 1] ?? "").matchAll(LITERAL)) {
      const text = m[1] ?? m[2] ?? m[3] ?? "";
      if (text.length >= MIN_MESSAGE && / /.test(text.trim()) && /[A-Za-z]{3}/.test(text) && !/\{\w*\}|%[sdvf]|`/.test(text)) messages.add(text);
    }
  }
  for (const message of messages) {
    const test = tests.find((t) => t.text.includes(message));
    if (test) return { test: test.path, message };
  }
  return undefined;
}

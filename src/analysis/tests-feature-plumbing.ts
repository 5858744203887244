import { sameLanguageFamily } from "../text/test-layout.js";

/**
 * A source whose new code is plumbing for what another source of the same change newly adds, and
 * which the change's own tests cover (#11, session 17). Mockito's singleton mocking: the commit
 * adds `SingletonMockTest.java` for `Mockito.mockSingleton`, and `MockMethodAdvice.java` only
 * threads the new `mockedSingletons` map (declared in `InlineDelegateByteBuddyMockMaker.java`,
 * which the test covers) into its dispatch. kotlinx.coroutines' `Future.kt` wraps the new
 * `invokeOnCancellation` that `CancellableContinuationHandlersTest` exercises. The test of the
 * feature runs them; a reviewer does not ask each file of one feature for a test of its own
 * (judged set 16: "wrong", "not worth saying"). A name both files' new code shares, and neither had
 * before, is what ties them: the change introduced it for this feature.
 */

/**
 * A program's own compound name in camelCase (`mockedSingletons`, `invokeOnCancellation`) or a type's in PascalCase (`LineEndingMode`), long
 * enough that two files sharing it share code, not a word of prose or a keyword.
 */
const OWN_NAME = /(?<![\w$])(?:[a-z_$][a-z0-9_$]*|[A-Z][a-z0-9]+)[A-Z][\w$]*/g;
const MIN_NAME = 10;
/** At most this many new code lines are read per source. */
const MAX_LINES = 2_000;

/** The compound names on the source's new code lines (trailing `//` comments cut) that its base text does not have. */
export function newNames(newCodeLines: number[], lines: string[], base: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const l of newCodeLines.slice(0, MAX_LINES)) {
    const code = (lines[l - 1] ?? "").replace(/\/\/.*$/, "");
    for (const m of code.matchAll(OWN_NAME)) if (m[0].length >= MIN_NAME) out.add(m[0]);
  }
  if (base === undefined || out.size === 0) return out;
  const had = new Set(base.match(/[\w$]+/g) ?? []);
  return new Set([...out].filter((n) => !had.has(n)));
}

/**
 * A compound name declared on a line: after a declaring keyword (`fun`, `val`, `def`, `const`…),
 * a type (`Map<Object, Handler> mockedSingletons =`, `Control mockSingleton(`) or a modifier. Not
 * a named argument (`replaceWith = ReplaceWith(…)` in `@Deprecated`), which shares a library's
 * word, not the feature's.
 */
const DECLARED = /(?:(?<![\w$])([\w$]+)|[>\]?])[ \t]+([a-z_$][a-z0-9_$]*[A-Z][\w$]*)\s*[=;(:,)]/g;
/** Words before a name that use it rather than declare it: `return mockedSingletons;`, `new Foo(`. */
const USING_WORD =
  /^(return|new|throw|yield|await|else|case|in|is|as|not|and|or|if|while|for|when|do|try|catch|echo|print|assert|delete|typeof|instanceof|go|defer|raise|from|import)$/;

/**
 * A compound type name a line declares (`value class LineEndingMode`, `public record CustomerDto`,
 * `interface RetryPolicy`): a new type one file declares and a covered file of the same change
 * newly uses is the feature's, which the covered file's tests run (#11, session 19: ktor's new
 * `LineEndingMode.kt`, used by the parser `ChunkedTest` exercises, judged "wrong").
 */
const TYPE_DECLARED = /(?<![\w$])(?:class|interface|struct|enum|record|object|trait|protocol)[ \t]+([A-Z][a-z0-9]+[A-Z][\w$]*)/g;

/** The compound names the lines declare (see DECLARED), at least MIN_NAME long. */
export function declaredNames(newCodeLines: number[], lines: string[]): Set<string> {
  const out = new Set<string>();
  for (const l of newCodeLines.slice(0, MAX_LINES)) {
    const code = (lines[l - 1] ?? "").replace(/\/\/.*$/, "");
    for (const m of code.matchAll(DECLARED)) if (m[2].length >= MIN_NAME && !USING_WORD.test(m[1] ?? "")) out.add(m[2]);
    for (const m of code.matchAll(TYPE_DECLARED)) if (m[1].length >= MIN_NAME) out.add(m[1]);
  }
  return out;
}

/**
 * The covered source (of the same language family) whose new names the source's new code shares,
 * with the first such name that the change's new code declares somewhere; undefined when none does.
 */
export function featureSourceOf(
  source: { path: string; names: Set<string> },
  covered: Array<{ path: string; names: Set<string> }>,
  declared: Set<string>,
): { path: string; name: string } | undefined {
  if (source.names.size === 0) return undefined;
  for (const c of covered) {
    if (c.path === source.path || !sameLanguageFamily(c.path, source.path)) continue;
    const name = [...source.names].find((n) => c.names.has(n) && declared.has(n));
    if (name) return { path: c.path, name };
  }
  return undefined;
}

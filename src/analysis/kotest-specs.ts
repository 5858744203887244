/**
 * A Kotlin file that declares a kotest spec: a test file, whatever its folder is called.
 *
 * Why (issue #10, set 21): kotest c79049bdcc's `DiscoveryTestWithSelectors.kt` lives in a Kotlin
 * Multiplatform source set, `src/jvmTest/`, and its name does not end in `Test`, so its path did
 * not say "tests"; max-function-length then measured the lambda passed to `FunSpec({ … })` (the
 * spec body, a container of `test(…)` cases) as a 149-line function and asked to extract a block
 * from it. Test cases and suites are not functions for the structure rules (#10); the spec
 * declaration in the file says what the path did not. A spec extends one of kotest's styles
 * (`class X : FunSpec({`, `class Y : DescribeSpec() {`, `object Z : StringSpec(`).
 */

/** kotest's spec styles, the superclasses a spec extends. */
const STYLES = "FunSpec|StringSpec|DescribeSpec|BehaviorSpec|ShouldSpec|WordSpec|FreeSpec|FeatureSpec|ExpectSpec|AnnotationSpec";

/** A class or object declared as a spec of one of those styles: `class A(x: Int) : FunSpec({`, `object B : io.kotest.core.spec.style.WordSpec()`. */
const SPEC_DECLARATION = new RegExp(
  `^[ \\t]*(?:(?:abstract|open|internal|private|public|data)[ \\t]+)*(?:class|object)[ \\t]+\\w+(?:<[^>\\n]{0,100}>)?(?:[ \\t]*\\([^)\\n]{0,300}\\))?[ \\t]*:[ \\t]*(?:[\\w.]+\\.)?(?:${STYLES})[ \\t]*\\(`,
  "m",
);

/** Characters of a file read for a spec declaration: classes come near the top, and the regex's cost stays bounded. */
const HEAD_CHARS = 20_000;

/** Whether the file at `path` (Kotlin only) with `text` declares a kotest spec. */
export function declaresKotestSpec(path: string, text: string | undefined): boolean {
  if (!text || !/\.kts?$/.test(path)) return false;
  return SPEC_DECLARATION.test(text.slice(0, HEAD_CHARS));
}

import { extensionOf } from "./languages.js";

/**
 * A test double named with a leading `Test` (#11, session 19). JUnit 3 named tests `TestFoo.java`,
 * and the test stem still reads them so; but where a folder's tests are named `FooTest.kt`, a
 * `TestMvRxViewModel.kt` beside them is a 3-line base class the tests extend, a fake, not a test
 * of `MvRxView.kt` to add cases to (mavericks, judged set 19: a suggestion nobody could follow).
 */

const PREFIXED = /^Test[A-Z][A-Za-z0-9]*$/;
const SUFFIXED = /[a-z0-9](Tests?|Spec|IT)$/;
/** Languages whose tests are classes named for what they test. */
const CLASS_NAMED = new Set(["java", "kt", "scala", "groovy", "cs"]);

const nameOf = (path: string) => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.indexOf(".");
  return dot >= 0 ? base.slice(0, dot) : base;
};

/**
 * Whether `path` is named `Test<Name>` while most of the other files of its language in its folder
 * (`siblings`, at least two) are named `<Name>Test`: there the prefix names a double, not a test.
 */
export function prefixNamedDouble(path: string, siblings: string[]): boolean {
  const ext = extensionOf(path);
  if (!CLASS_NAMED.has(ext) || !PREFIXED.test(nameOf(path))) return false;
  const others = siblings.filter((s) => s !== path && extensionOf(s) === ext).map(nameOf);
  const suffixed = others.filter((n) => SUFFIXED.test(n)).length;
  return suffixed >= 2 && suffixed > others.filter((n) => PREFIXED.test(n)).length;
}

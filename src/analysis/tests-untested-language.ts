import { syntaxLanguageOf } from "../syntax/grammars.js";
import { familyOf, type RepoLayout } from "../text/test-layout.js";

/**
 * A language the repository tests nothing in, while it tests its other code (#11, session 12):
 * commons-validator's client-side `validateEmail.js` in a Java library whose tests are all JUnit.
 * Judges called asking for its test "not worth saying": there is no harness to add a test to, and
 * a finding asks for infrastructure, not a test. A language with at least one test anywhere in
 * the repository (TypeScript's tests in JavaScript, Kotlin's in Java: one family) is asked about
 * as before. Not Rust, whose tests may all sit in the source files (`#[cfg(test)]`), and not where
 * the repository has language-neutral scenarios (cucumber's `.feature`), which may drive any code.
 */
export function languageWithoutTests(sourcePath: string, layout: RepoLayout): boolean {
  if (syntaxLanguageOf(sourcePath) === "rust") return false;
  const families = testedFamilies(layout);
  return families !== undefined && families.size > 0 && !families.has(familyOf(sourcePath));
}

const byLayout = new WeakMap<RepoLayout, Set<string> | undefined>();

/** The language families of the repository's code tests, once per layout; undefined when scenarios may test any of them. */
function testedFamilies(layout: RepoLayout): Set<string> | undefined {
  if (byLayout.has(layout)) return byLayout.get(layout);
  let families: Set<string> | undefined = new Set<string>();
  for (const tests of layout.testsByStem.values())
    for (const t of tests) {
      if (t.endsWith(".feature")) families = undefined;
      else if (families && syntaxLanguageOf(t)) families.add(familyOf(t));
    }
  byLayout.set(layout, families);
  return families;
}

import { isTestPath } from "../text/test-conventions.js";

// Where a credential is most likely a fixture or an illustration: tests, fixtures, docs, examples.
const DOCS_OR_EXAMPLES = [
  /(^|\/)(docs?|examples?|samples?|demos?|fixtures|__fixtures__|testdata)\//i,
  /\.(md|mdx|markdown|rst|adoc|txt)$/i,
  /(^|\/)README[^/]*$/i,
];

/**
 * True for a test, fixture, doc or example. There a generic match (a random value assigned to a
 * `password`, a JWT, a private key) is a notice; a live-format provider token still fails (#11).
 */
export function isFixtureOrDoc(path: string): boolean {
  return isTestPath(path) || DOCS_OR_EXAMPLES.some((re) => re.test(path));
}

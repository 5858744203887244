import { looksGeneratedText } from "../syntax/generated.js";
import { minified, notAuthored } from "../analysis/not-authored.js";
import { isIgnoredFile } from "../engine/filter-files.js";
import type { Change, ChangedFile } from "../model/change.js";
import { isTestPath } from "../text/test-conventions.js";

// Where a credential is most likely a fixture or an illustration: tests, fixtures, docs, examples,
// and the folders that hold what a test's local servers use (`test_files/sftp/ssh_host_rsa_key`,
// `test/support/`, `src/test/resources/`): a key there opens nothing outside the test run.
// A sample project is one too, by the word in its folder's name (`wire-grpc-sample/`,
// `spring-boot-samples/`, `demo_app/`): the self-signed TLS key of its localhost server (certificate
// beside it, passphrase "doesntmatter") protects nothing, like a test server's host key.
const DOCS_OR_EXAMPLES = [
  // `_fixture/certs/key.pem` (echo's self-signed localhost key): Go's tools skip `_`-prefixed folders, kept for tests.
  /(^|\/)(docs?|examples?|samples?|demos?|_?fixtures?|__fixtures__|testdata)\//i,
  /(^|\/)([^/]*[-_.])?(examples?|samples?|demos?)([-_.][^/]*)?\//i,
  /(^|\/)tests?[-_]?(files|data|support|resources|assets|certs|keys|keys?tores?)\//i,
  /\.(md|mdx|markdown|rst|adoc|txt)$/i,
  /(^|\/)README[^/]*$/i,
];
// Test snapshots are written by the test runner: they echo the fixtures the tests use.
const SNAPSHOTS = /(^|\/)__snapshots__\/|\.snap$/;
// Settings the Unity editor serialises (`ProjectSettings/ProjectSettings.asset`): their values are
// the editor's defaults (the same `psp2PackagePassword` in every project), not a person's secret.
const UNITY_SETTINGS = /(^|\/)ProjectSettings\/[^/]{1,200}\.asset$/;

/** True for a test, fixture, doc or example. There only a live-format provider token is reported (#11). */
export function isFixtureOrDoc(path: string): boolean {
  return isTestPath(path) || DOCS_OR_EXAMPLES.some((re) => re.test(path));
}

/**
 * True for a file a tool wrote: a test snapshot, Unity's serialised project settings, or a new file
 * whose first lines say it is generated.
 * It repeats values from elsewhere; only a live-format provider token is reported in it.
 */
export function isGeneratedOutput(file: ChangedFile): boolean {
  if (SNAPSHOTS.test(file.path) || UNITY_SETTINGS.test(file.path)) return true;
  // Only a file the change adds: a mark it writes over a file it edits would hide the secret it adds beside it.
  if (file.status !== "added") return false;
  const head = file.addedLines.filter((l) => l.line <= 5);
  return head.length > 0 && head[0].line === 1 && looksGeneratedText(head.map((l) => l.text).join("\n"));
}

/**
 * Why a file's generic matches (a password, an assigned key) are not its author's, or undefined:
 * the review ignores it (an ignore glob, a generated header), it is vendored or build output, or
 * its added lines are minified. Redux's `.yarn/releases/yarn-4.1.0.cjs` held readline-sync's
 * "Input new password: " prompt and Yarn's public Algolia search key; nobody wrote either in the
 * change, and nobody could move them to a secret store. A live provider token is still reported there.
 */
export function notWrittenHere(file: ChangedFile, change: Change): string | undefined {
  if (isIgnoredFile(file)) return "ignored by the review";
  const byPath = notAuthored(file.path, change);
  if (byPath) return byPath;
  // Added lines only, and a bundle's worth of them: one long line with a key written by hand
  // (a PEM with `\n` escapes) is not a minified file.
  const added = file.addedLines.map((l) => l.text).join("\n");
  return added.length >= MINIFIED_CHARS && minified(file.path, added) ? "minified" : undefined;
}

const MINIFIED_CHARS = 5000;

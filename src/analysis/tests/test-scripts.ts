import { type Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { type Named, packagesTestedByScript, TEST_SCRIPT } from "../tests-run-script.js";

// Scripts the change edits that run tests: a command they change may run a source's package's tests.

/** The changed scripts that may run tests (see TEST_SCRIPT). */
export function testScripts(change: Change): ChangedFile[] {
  return change.files.filter((f) => f.status !== "removed" && f.additions > 0 && TEST_SCRIPT.test(f.path));
}

/** The changed scripts whose test commands the change edits, each with the packages they name. */
export function scriptsRunningTests(change: Change, found: Lookups): Array<{ path: string; named: Named }> {
  return testScripts(change).flatMap((f) => {
    const text = found.fileContents.get(f.path);
    if (text === undefined) return [];
    const named = packagesTestedByScript(f, text);
    return named.names.size + named.paths.size > 0 ? [{ path: f.path, named }] : [];
  });
}

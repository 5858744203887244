import type { ChangedFile } from "../model/change.js";
import type { AddedTests } from "./test-judging.js";
import { sameLanguageFamily } from "../text/test-layout.js";

/**
 * A change that adds test cases, wherever they sit, has tests of its own (#11, session 20). On sets
 * 11-19, every judged missing-tests finding whose change added a new test case in another file was
 * judged noise (8 of 8: ktor's `LineEndingMode` run through `ChunkedTest`'s new CRLF case in another
 * module, mockito's `MockMethodAdvice` through a new `SingletonMockTest` in the integration module,
 * feign's `Expressions` through spring4's new Optional cases, tRPC's SSE fix through a 123-line
 * regression test in its tests package, ktor's `StaticContent` through new `StaticContentTest`
 * cases), and none agreed: the author wrote the change's tests, only not where the conventions look,
 * and a reviewer reads them as the change's tests. Pairing by name and by project cannot see that
 * an integration test, another module's test or an end-to-end case exercises the source; a new case
 * in the change is the coarse sign that the author tested it.
 *
 * A pull request writes its own tests, so only cases that can fail count: not skipped, and not one
 * the judging of added tests finds asserting nothing (an empty `it("x", () => {})` does not switch
 * the check off). Edited cases count for nothing: a renamed helper or a reworded assertion tests
 * nothing new.
 */
export function caseAddedElsewhere(source: string, judged: Map<ChangedFile, AddedTests>): ChangedFile | undefined {
  for (const [test, { verdicts, added }] of judged) {
    if (test.status === "removed" || !sameLanguageFamily(test.path, source)) continue;
    const empty = new Set(verdicts.filter((v) => v.kind === "noAssertion").map((v) => v.line));
    if (added.some((t) => t.skip !== "unconditional" && !empty.has(t.start))) return test;
  }
  return undefined;
}

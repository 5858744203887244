import { type RawFinding } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { describeSuggestedTests, type RepoLayout } from "../../text/test-layout.js";
import { namedList } from "./named-list.js";
import type { TestsMode } from "./source-context.js";

export function covered(src: ChangedFile, tests: string): RawFinding {
  return { messageId: "covered", data: { path: `\`${src.path}\``, tests }, path: src.path, info: true };
}

export function coverageFinding(src: ChangedFile, covering: ChangedFile[], mode: TestsMode, layout: RepoLayout | undefined): RawFinding {
  if (covering.length > 0) return covered(src, namedList(covering.map((t) => `\`${t.path}\``)));
  return missingTestsFinding(src, mode, describeSuggestedTests(src.path, layout));
}

/** The source changed without its tests; `expected` says which tests to add or update. */
export function missingTestsFinding(src: ChangedFile, mode: TestsMode, expected: string): RawFinding {
  return { messageId: mode === "any" ? "missingAnyTests" : "missingTests", path: src.path, data: { path: `\`${src.path}\``, expected } };
}

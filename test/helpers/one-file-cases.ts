import type { Change } from "../../src/model/change.js";
import { addedFile, change } from "./make-change.js";
import type { InvalidCase, ValidCase } from "./rule-tester.js";

/**
 * Table cases of one added file: `kept` (no finding) and `said` (one finding on `line`). A rule's table that tests
 * shapes one file at a time reads as its cases, not as the plumbing around them.
 */
export function oneFileCases(defaultMessageId: string) {
  const one = (path: string, lines: string[]): Change => change([addedFile(path, lines)]);
  const kept = (name: string, path: string, lines: string[]): ValidCase => ({ name, change: one(path, lines) });
  const said = (name: string, path: string, lines: string[], line: number, messageId = defaultMessageId): InvalidCase => ({
    name,
    change: one(path, lines),
    findings: [{ messageId, line }],
  });
  return { one, kept, said };
}

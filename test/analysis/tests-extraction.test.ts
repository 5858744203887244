import type { CodeChange } from "../../src/analysis/code-change.js";
import { movedIn } from "../../src/analysis/tests-extraction.js";

/** A file's change by its counts: added lines of code, how many were not in the file before, and how many of those no other file lost. */
function counts(added: number, notInFile: number): CodeChange {
  const lines = Array.from({ length: added }, (_, i) => i + 1);
  return {
    codeLines: notInFile,
    inFileTestLines: 0,
    newCode: lines.slice(0, notInFile).map((l) => `code${l}`),
    newCodeLines: lines.slice(0, notInFile),
    addedCodeLines: lines,
    removedCode: new Map(),
  };
}

describe("code moved in from the change's other files (#11)", () => {
  it.each([
    ["classes moved into TypeName.kt, 8 of 305 lines new", 305, 299, 8, true],
    ["a pure move", 40, 40, 0, true],
    ["a move with a new function of 12 lines", 60, 60, 12, false],
    ["a block re-indented under a new if in the same file", 30, 2, 2, false],
    ["new code", 20, 20, 20, false],
  ])("%s", (_name, added, notInFile, fresh, moved) => {
    expect(movedIn(counts(added, notInFile), fresh)).toBe(moved);
  });
});

import { coverageOptions, coverageVerdicts } from "../../src/coverage/coverage-verdicts.js";
import type { CoverageReport } from "../../src/coverage/coverage-report.js";
import { emptyLookups } from "../../src/engine/rule.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";

beforeAll(async () => {
  await loadAllGrammars();
});

const MOVED = ["function divide(a, b) {", "  if (b === 0) throw new Error('zero');", "  const q = a / b;", "  const r = a % b;", "  return [q, r];", "}"];
const NEW = [
  "function modulo(a, b) {",
  "  if (b === 0) throw new Error('zero');",
  "  const m = ((a % b) + b) % b;",
  "  const s = Math.sign(m);",
  "  return m * s;",
  "}",
];

/** No test runs any line of src/b.js: every executable line has 0 hits. */
function untested(lines: number): CoverageReport {
  const hits: number[] = [];
  for (let l = 1; l <= lines; l++) hits[l] = 0;
  return { files: [{ path: "src/b.js", lines: hits }], sources: ["lcov.info"], problems: [] };
}

describe("patch coverage and moved code (#14)", () => {
  it("does not judge lines the change moved from a removed file, but judges what it wrote new", () => {
    const moved = change([
      { ...addedFile("src/a.js", [], 1, { status: "removed", deletions: MOVED.length }), addedLines: [], hunks: [] },
      addedFile("src/b.js", [...MOVED, ...NEW], 1, { status: "added" }),
    ]);
    const found = { ...emptyLookups(), baseContents: new Map([["src/a.js", MOVED.join("\n") + "\n"]]) };
    const options = coverageOptions.parse({ min_lines: 1 });
    const verdicts = coverageVerdicts(moved, untested(MOVED.length + NEW.length), options, found);
    const file = verdicts.coverage.files[0];
    // divide's lines were moved from src/a.js; its closing brace has no code of its own and stays
    // judged as the coverage tool reports it (line 6), then modulo's lines are all new.
    expect(file.coverable).toBe(NEW.length + 1);
    expect(file.uncovered).toEqual([{ from: MOVED.length, to: MOVED.length + NEW.length }]);
  });

  it("judges every added line when nothing was removed", () => {
    const fresh = change([addedFile("src/b.js", [...MOVED, ...NEW], 1, { status: "added" })]);
    const options = coverageOptions.parse({ min_lines: 1 });
    const verdicts = coverageVerdicts(fresh, untested(MOVED.length + NEW.length), options, emptyLookups());
    expect(verdicts.coverage.files[0].coverable).toBe(MOVED.length + NEW.length);
  });
});

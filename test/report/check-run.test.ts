import { checkRunForConfigErrors, checkRunForResult } from "../../src/report/check-run.js";
import type { ReviewResult } from "../../src/engine/review-result.js";

const result = (findings: ReviewResult["findings"], conclusion: ReviewResult["conclusion"] = "neutral"): ReviewResult => ({
  conclusion,
  findings,
  rules: [],
  gaps: [],
  notes: {},
  suppressed: {},
  filesReviewed: 1,
  commitsReviewed: 1,
});

describe("checkRunForResult", () => {
  it("annotates line findings on their line and file findings on line 1; commit findings have no annotation", () => {
    const out = checkRunForResult(
      result([
        { rule: "issue-reference", severity: "failure", message: "no ref", commit: "abc" },
        { rule: "tests-required", severity: "warning", message: "no tests", path: "src/a.ts" },
        { rule: "max-line-length", severity: "notice", message: "long", path: "src/a.ts", line: 7 },
      ]),
      "summary",
    );
    expect(out.annotations).toEqual([
      { path: "src/a.ts", start_line: 1, end_line: 1, annotation_level: "warning", title: "tests-required", message: "no tests" },
      { path: "src/a.ts", start_line: 7, end_line: 7, annotation_level: "notice", title: "max-line-length", message: "long" },
    ]);
    expect(out.title).toBe("1 failure, 1 warning, 1 notice");
  });

  it("says everything passes when there is nothing", () => {
    expect(checkRunForResult(result([], "success"), "s")).toMatchObject({
      conclusion: "success",
      title: "Everything on the checklist passes",
      annotations: [],
    });
  });
});

describe("checkRunForConfigErrors", () => {
  it("does not annotate a file that lives in another repository (the org's .github)", () => {
    const out = checkRunForConfigErrors(
      [{ file: "acme/.github:.github/rules.yml", line: 3, column: 1, message: "bad" }],
      "acme/.github:.github/rules.yml",
      false,
    );
    expect(out.annotations).toEqual([]);
    expect(out.summary).toContain("- line 3:1: bad");
    expect(out.conclusion).toBe("failure");
  });
});

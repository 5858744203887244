import { renderJson, renderText } from "../../src/report/cli-output.js";
import type { ReviewResult } from "../../src/engine/review-result.js";

const result: ReviewResult = {
  conclusion: "failure",
  findings: [
    { rule: "issue-reference", severity: "failure", message: "no ref", commit: "abcdef1234" },
    { rule: "max-line-length", severity: "warning", message: "too long", path: "src/a.ts", line: 12 },
  ],
  rules: [],
  gaps: [
    { kind: "binary", path: "logo.png", message: "binary file" },
    { kind: "ignored", path: "package-lock.json", message: "ignored" },
  ],
  notes: { "tests-required": ["`src/a.ts` ← `test/a.test.ts`"] },
  suppressed: { "max-line-length": 1 },
  filesReviewed: 2,
  commitsReviewed: 1,
};

describe("renderJson", () => {
  it("gives the conclusion, findings, what was not reviewed (ignored files aside), notes and suppressions", () => {
    expect(JSON.parse(renderJson(result))).toEqual({
      conclusion: "failure",
      findings: result.findings,
      notReviewed: [{ kind: "binary", path: "logo.png", message: "binary file" }],
      notes: result.notes,
      suppressed: { "max-line-length": 1 },
    });
  });
});

describe("renderText", () => {
  const text = renderText(result, { color: false, range: "main...HEAD" });

  it("groups findings by commit and file, with line, severity, message and rule", () => {
    expect(text).toContain("Reviewed main...HEAD: 2 files, 1 commits");
    expect(text).toMatch(/commit abcdef1\n\s+failure\s+no ref\s+issue-reference/);
    expect(text).toMatch(/src\/a\.ts\n\s+12\s+warning\s+too long\s+max-line-length/);
  });

  it("lists what was not reviewed and ends with the verdict", () => {
    expect(text).toContain("Not reviewed:\n  logo.png: binary file");
    expect(text).not.toContain("package-lock.json");
    expect(text.trimEnd().split("\n").pop()).toBe("✖ 1 failure, 1 warning (conclusion: failure)");
  });
});

describe("renderText with hostile names", () => {
  it("shows terminal escape sequences instead of sending them to the terminal", () => {
    const text = renderText(
      {
        ...result,
        findings: [{ rule: "max-line-length", severity: "warning", message: "long \u001b]0;pwned\u0007", path: "src/\u001b[2Ja.ts", line: 1 }],
        gaps: [],
      },
      { color: false },
    );
    expect(text).not.toMatch(/\u001b|\u0007/);
    expect(text).toContain("src/\\u001b[2Ja.ts");
    expect(text).toContain("long \\u001b]0;pwned\\u0007");
  });
});

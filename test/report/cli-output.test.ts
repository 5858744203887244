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
      counts: { failure: 1, warning: 1, notice: 0 },
      findings: result.findings,
      notReviewed: [{ kind: "binary", path: "logo.png", message: "binary file" }],
      notes: result.notes,
      suppressed: { "max-line-length": 1 },
    });
  });
});

describe("renderText", () => {
  const text = renderText(result, { color: false, range: "main...HEAD" });

  it("prints path:line:col  severity  message  rule, one line per finding", () => {
    expect(text).toContain("Reviewed main...HEAD: 2 files, 1 commits");
    expect(text).toContain("commit abcdef1  failure  no ref  issue-reference\n");
    expect(text).toContain("src/a.ts:12:1  warning  too long  max-line-length\n");
  });

  it("prints each rule's rationale once and folds identical findings", () => {
    const why = "Long lines are hard to read; wrap it.";
    const many: ReviewResult = {
      ...result,
      findings: Array.from({ length: 41 }, (_, i) => ({
        rule: "max-line-length",
        severity: "warning" as const,
        message: `Line is too long (max 80). ${why}`,
        path: `src/f${i}.ts`,
        line: i + 1,
      })),
    };
    const out = renderText(many, { color: false });
    expect(out.split(why).length - 1).toBe(1);
    expect(out).toContain("src/f0.ts:1:1  warning  Line is too long (max 80).  max-line-length\n");
    expect(out).toContain("src/f2.ts:3:1");
    expect(out).not.toContain("src/f3.ts");
    expect(out).toContain("…and 38 more like this (max-line-length)");
    expect(out).toMatch(/Why and how to fix:\n  max-line-length: Long lines are hard to read; wrap it\. /);
  });

  it("points to the doc of a rule whose finding was folded into another's", () => {
    const merged: ReviewResult = {
      ...result,
      findings: [
        {
          rule: "max-complexity",
          severity: "warning",
          message: "`parse` is complex. Move a block out. It also has 75 lines of code (max 60: `max-function-length`).",
          path: "src/a.ts",
          line: 3,
          also: [{ rule: "max-function-length", severity: "warning", message: "`parse` is long." }],
        },
      ],
    };
    const out = renderText(merged, { color: false, range: "main...HEAD" });
    // The rule's advice is said once below; what the other rule found stays on the finding's line.
    expect(out).toContain("src/a.ts:3:1  warning  `parse` is complex. It also has 75 lines of code (max 60: `max-function-length`).  max-complexity\n");
    expect(out).toMatch(/Why and how to fix:\n  max-complexity: Move a block out\. \S*max-complexity\.md\n  max-function-length: /);
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

import { renderSummary } from "../../src/report/summary.js";
import type { ReviewResult } from "../../src/engine/review-result.js";
import type { Finding } from "../../src/engine/rule.js";

const base: ReviewResult = {
  conclusion: "neutral",
  findings: [],
  rules: [{ id: "max-line-length", description: "Added lines stay within a maximum length.", category: "readability", severity: "warning", findings: 0 }],
  gaps: [],
  notes: {},
  suppressed: {},
  filesReviewed: 2,
  commitsReviewed: 1,
};

describe("renderSummary", () => {
  it("says once that everything passes", () => {
    const md = renderSummary({ ...base, conclusion: "success" }, { headSha: "abcdef1234" });
    expect(md).toContain("## ✅ Bottomline: everything on the checklist passes");
    expect(md).toContain("Reviewed 2 files and 1 commit at `abcdef1`.");
    // Passing rules fold away; the table is only for what needs doing.
    expect(md).not.toContain("| Checklist |");
    expect(md).toMatch(
      /<details><summary>1 rule passed<\/summary>\n\n- ✅ Readability: \[`max-line-length`\]\(https:\/\/github\.com\/.*\/rules\/max-line-length\.md\) Added lines stay within a maximum length\./,
    );
  });

  it("keeps HTML and @mentions from commit subjects inert, and code spans intact", () => {
    const f: Finding = {
      rule: "issue-reference",
      severity: "failure",
      message: "Commit “<script>x</script> | ping @octocat” lacks `Refs #N`",
      commit: "abcdef1",
    };
    const md = renderSummary({ ...base, findings: [f] });
    expect(md).toContain("&lt;script&gt;x&lt;/script&gt; \\| ping &#64;&#8203;octocat” lacks `Refs #N`");
    expect(md).not.toContain("<script>");
  });

  it("stays under GitHub's 65,535-character limit with thousands of findings, saying how many were left out", () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      rule: "max-line-length",
      severity: "warning",
      message: "Line is too long. ".repeat(3),
      path: `src/file-${i}.ts`,
      line: i + 1,
    }));
    const md = renderSummary({ ...base, findings, rules: [{ ...base.rules[0], findings: 5000 }] });
    expect(md.length).toBeLessThan(65_535);
    expect(md).toMatch(/_\d+ more findings did not fit in this summary/);
  });

  it("keeps long lists of long file names from crowding the findings out", () => {
    const long = (i: number) => `src/${"d/".repeat(1_000)}${i}.lock`;
    const gaps = Array.from({ length: 40 }, (_, i) => ({ kind: "ignored" as const, path: long(i), message: "matches an ignore glob" }));
    const notes = { "tests-required": Array.from({ length: 40 }, (_, i) => `\`${long(i)}\` ← \`test/${i}.test.ts\``) };
    const md = renderSummary({
      ...base,
      gaps,
      notes,
      findings: [{ rule: "max-line-length", severity: "warning", message: "Too long.", path: "a.ts", line: 1 }],
    });
    expect(md.length).toBeLessThan(20_000);
    expect(md).toContain("- ⚠️ `a.ts:1` Too long.");
    expect(md).toMatch(/- …and \d+ more\n<\/details>/);
  });

  it("lists what was not reviewed and what was ignored", () => {
    const md = renderSummary({
      ...base,
      gaps: [
        { kind: "files-cap", message: "500 of 3500 changed files were not reviewed" },
        { kind: "ignored", path: "package-lock.json", message: "matches an ignore glob" },
      ],
    });
    expect(md).toContain("### ⚠️ Not reviewed");
    expect(md).toContain("- 500 of 3500 changed files were not reviewed");
    expect(md).toContain("1 file skipped as ignored or generated");
  });

  it("counts suppressions", () => {
    expect(renderSummary({ ...base, suppressed: { "max-line-length": 2 } })).toContain(
      "2 findings suppressed by `bottomline-disable` comments: `max-line-length` 2.",
    );
  });
});

describe("renderSummary checklist icons", () => {
  it("show a rule's worst actual finding, not its configured severity", () => {
    const rules = [{ id: "issue-reference", description: "Refs.", category: "traceability" as const, severity: "failure" as const, findings: 1 }];
    const md = renderSummary({ ...base, rules, findings: [{ rule: "issue-reference", severity: "notice", message: "Could not verify" }] });
    expect(md).toMatch(/\| ℹ️ \| Traceability \| \[`issue-reference`\]\([^)]*rules\/issue-reference\.md\) Refs\. \| 1 finding \|/);
  });
});

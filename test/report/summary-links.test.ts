import type { ReviewResult } from "../../src/engine/review-result.js";
import { renderSummary } from "../../src/report/summary.js";
import { packageVersion } from "../../src/util/package-info.js";
import { escapes, HOSTILE } from "../helpers/markdown-safety.js";

const HEAD = "0123456789abcdef0123456789abcdef01234567";
const rules: ReviewResult["rules"] = [
  { id: "max-line-length", description: "Lines stay short.", category: "readability", severity: "warning", findings: 2 },
  { id: "tests-required", description: "Changes come with tests.", category: "tests", severity: "failure", findings: 1 },
  { id: "no-debug-statements", description: "No debug leftovers.", category: "readability", severity: "warning", findings: 0 },
];
const result: ReviewResult = {
  conclusion: "failure",
  findings: [
    {
      rule: "max-line-length",
      severity: "warning",
      message: "Line is 130 characters long (max 120). Long lines are hard to read.",
      path: "src/a.ts",
      line: 12,
    },
    {
      rule: "max-line-length",
      severity: "warning",
      message: "Line is 125 characters long (max 120). Long lines are hard to read.",
      path: "src/(b).ts",
      line: 3,
    },
    { rule: "tests-required", severity: "failure", message: "`src/a.ts` changed without a change to its tests. Add a test.", path: "src/a.ts" },
  ],
  rules,
  gaps: [],
  notes: {},
  suppressed: {},
  filesReviewed: 2,
  commitsReviewed: 1,
};
const repository = { owner: "acme", name: "api" };

describe("the summary on GitHub", () => {
  const md = renderSummary(result, { headSha: HEAD, repository });

  it("links each finding to its line at the head commit", () => {
    expect(md).toContain(`[\`src/a.ts:12\`](https://github.com/acme/api/blob/${HEAD}/src/a.ts#L12) Line is 130 characters long`);
    // Characters that could end a Markdown link destination are encoded.
    expect(md).toContain(`(https://github.com/acme/api/blob/${HEAD}/src/%28b%29.ts#L3)`);
  });

  it("does not print a path twice when the message already names it", () => {
    // The name in the message is the link.
    expect(md).toContain(`[\`src/a.ts\`](https://github.com/acme/api/blob/${HEAD}/src/a.ts) changed without a change to its tests`);
    expect(md).not.toMatch(/`src\/a\.ts` `src\/a\.ts`/);
  });

  it("says first what to fix first, then folds the rules that passed", () => {
    const [header, fixFirst] = md.split("\n\n").slice(1, 3);
    expect(header).toBe("Reviewed 2 files and 1 commit at `0123456`.");
    expect(fixFirst).toBe(
      `**Fix first:**\n- ❌ [\`src/a.ts\`](https://github.com/acme/api/blob/${HEAD}/src/a.ts) changed without a change to its tests. Add a test. ([\`tests-required\`](https://github.com/bottomline-review/bottomline/blob/v${packageVersion()}/rules/tests-required.md))`,
    );
    expect(md).toContain("<details><summary>1 rule passed</summary>");
    expect(md.indexOf("No debug leftovers")).toBeGreaterThan(md.indexOf("<details><summary>1 rule passed"));
    expect(md).toMatch(
      /\| ❌ \| Tests \| \[`tests-required`\]\(https:\/\/github\.com\/[^)]+\/rules\/tests-required\.md\) Changes come with tests\. \| 1 finding \|/,
    );
  });

  it("keeps hostile paths inert in the links", () => {
    const hostile: ReviewResult = {
      ...result,
      findings: Object.values(HOSTILE).map((path, i) => ({
        rule: "max-line-length",
        severity: "warning" as const,
        message: "Line is long.",
        path,
        line: i + 1,
      })),
    };
    const out = renderSummary(hostile, { headSha: HEAD, repository });
    const links = escapes(out).filter((e) => !e.startsWith(`link: https://github.com/acme/api/blob/${HEAD}/`));
    expect(links).toEqual([]);
  });

  it("links nothing when the repository or head is unknown", () => {
    expect(renderSummary(result, { headSha: HEAD })).not.toContain("acme/api/blob");
    expect(renderSummary(result, { repository })).not.toContain("acme/api/blob");
  });
});

import { renderCoverageMarkdown } from "../../src/coverage/render-coverage.js";
import type { PatchCoverage } from "../../src/coverage/patch-coverage.js";

const base: PatchCoverage = { files: [], coverable: 0, covered: 0, min: 80, minLines: 5, verdict: "pass", problems: [] };

describe("the summary's patch coverage section", () => {
  it("shows the overall figure next to the threshold, and a row per file with its uncovered ranges", () => {
    const md = renderCoverageMarkdown({
      ...base,
      coverable: 10,
      covered: 7,
      verdict: "fail",
      files: [
        {
          path: "src/a.ts",
          reportPath: "src/a.ts",
          coverable: 10,
          covered: 7,
          uncovered: [
            { from: 4, to: 5 },
            { from: 9, to: 9 },
          ],
        },
      ],
    });
    expect(md).toContain("Patch coverage 70% (7 of 10 added executable lines run by tests): under the 80% threshold.");
    expect(md).toContain("| `src/a.ts` | 70% (7/10) | lines 4–5, line 9 |");
  });

  it("keeps a hostile file name inside its cell: pipes escaped, markup in a code span", () => {
    const md = renderCoverageMarkdown({
      ...base,
      coverable: 1,
      covered: 1,
      files: [{ path: "a|b<img src=x>.ts", reportPath: "x", coverable: 1, covered: 1, uncovered: [] }],
    });
    const row = md.split("\n").find((l) => l.includes("img"))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
    expect(row).toContain("`a\\|b<img src=x>.ts`");
  });

  it("says when no verdict is given, and lists the report's problems", () => {
    const md = renderCoverageMarkdown({ ...base, coverable: 2, covered: 0, verdict: "too-few", problems: ["r.info:3: bad"] });
    expect(md).toContain("no verdict under 5 executable added lines");
    expect(md).toContain("- ⚠️ r.info:3: bad");
  });
});

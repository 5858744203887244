import { loadConfig } from "../../src/config/load-config.js";
import { runReview } from "../../src/engine/run-review.js";
import { renderSummary } from "../../src/report/summary.js";
import { addedFile, change } from "../helpers/make-change.js";

/**
 * Through the asynchronous engine, which loads the grammars itself: hostile files are named in
 * the summary as not analysed, and the rest of the review goes on.
 */
describe("a review with hostile files", () => {
  it("names a 5 MB minified file and a 50,000-bracket file as not analysed, and still reviews the others", async () => {
    const { config } = loadConfig("{}", "rules.yml");
    const minified = addedFile("src/app.js", ["var a=1;".repeat(650_000)], 1, { status: "added" });
    const brackets = addedFile(
      "src/deep.ts",
      Array.from({ length: 50_000 }, () => "["),
      1,
      { status: "added" },
    );
    // An edited file: a new file's only commented line is left unsaid by default (session 18).
    const normal = addedFile("src/ok.py", ["def f():", "    # print(x)", "    return 1"], 1, { status: "modified" });
    const result = await runReview(change([minified, brackets, normal]), config!);
    expect(result.gaps.filter((g) => g.kind === "unanalysable").map((g) => [g.path, g.message])).toEqual([
      ["src/app.js", expect.stringMatching(/^not analysed: it is larger than 1 MB/)],
      ["src/deep.ts", expect.stringMatching(/^not analysed: it nests brackets more than 1,000 levels deep/)],
    ]);
    expect(result.findings.filter((f) => f.rule === "no-commented-out-code").map((f) => `${f.path}:${f.line}`)).toEqual(["src/ok.py:2"]);
    expect(renderSummary(result)).toContain("not analysed: it is larger than 1 MB");
  });
});

import type { CoverageReport } from "../../src/coverage/coverage-report.js";
import { patchCoverage, percent } from "../../src/coverage/patch-coverage.js";
import type { ChangedFile } from "../../src/model/change.js";

function changed(path: string, lines: number[], status: ChangedFile["status"] = "modified"): ChangedFile {
  return {
    path,
    status,
    binary: false,
    additions: lines.length,
    deletions: 0,
    addedLines: lines.map((line) => ({ line, text: `x${line}` })),
    hunks: [{ start: lines[0], length: lines.length }],
  };
}

function report(entries: Record<string, Record<number, number>>): CoverageReport {
  return {
    files: Object.entries(entries).map(([path, lines]) => ({
      path,
      lines: Object.entries(lines).reduce<number[]>((a, [l, n]) => ((a[Number(l)] = n), a), []),
    })),
    sources: ["r"],
    problems: [],
  };
}

const settings = { min: 80, min_lines: 5 };
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe("patch coverage", () => {
  it("counts only executable added lines and groups uncovered ones into ranges, split by a line that ran", () => {
    const hits = { 10: 1, 11: 0, 12: 0, 14: 0, 15: 1, 16: 0, 20: 5 };
    const c = patchCoverage([changed("src/a.ts", range(10, 16))], report({ "src/a.ts": hits }), settings);
    expect(c.files).toEqual([
      {
        path: "src/a.ts",
        reportPath: "src/a.ts",
        coverable: 6,
        covered: 2,
        uncovered: [
          { from: 11, to: 14 },
          { from: 16, to: 16 },
        ],
      },
    ]);
    expect(c.verdict).toBe("fail");
  });

  it("compares the exact fraction with the threshold: 4 of 5 passes 80%, 79.9% does not show as 80%", () => {
    const four = patchCoverage([changed("a.go", range(1, 5))], report({ "a.go": { 1: 1, 2: 1, 3: 1, 4: 1, 5: 0 } }), settings);
    expect(four.verdict).toBe("pass");
    expect(percent(799, 1000)).toBe("79.9%");
    expect(percent(7999, 10000)).toBe("79.9%");
  });

  it("gives no verdict under min_lines coverable lines", () => {
    const c = patchCoverage([changed("a.py", [1, 2])], report({ "a.py": { 1: 0, 2: 0 } }), settings);
    expect(c.verdict).toBe("too-few");
  });

  it("matches by the longest path suffix, in both directions, and never a mere file-name match", () => {
    const files = [changed("pkg/cart/cart.go", [1]), changed("src/main/java/com/acme/Cart.java", [1]), changed("web/util.ts", [1])];
    const c = patchCoverage(
      files,
      report({
        "github.com/acme/shop/pkg/cart/cart.go": { 1: 1 },
        "com/acme/Cart.java": { 1: 1 },
        "lib/util.ts": { 1: 1 },
        "home/runner/work/shop/shop/web/util.ts": { 1: 0 },
      }),
      settings,
    );
    expect(c.files.map((f) => [f.path, f.reportPath])).toEqual([
      ["pkg/cart/cart.go", "github.com/acme/shop/pkg/cart/cart.go"],
      ["src/main/java/com/acme/Cart.java", "com/acme/Cart.java"],
      ["web/util.ts", "home/runner/work/shop/shop/web/util.ts"],
    ]);
  });

  it("explains a report that names none of the changed files, with examples of both sides", () => {
    const c = patchCoverage([changed("src/a.ts", [1])], report({ "build/out/a.js": { 1: 1 } }), settings);
    expect(c.verdict).toBe("no-match");
    expect(c.problems).toEqual([expect.stringContaining("it has `build/out/a.js`; the change has `src/a.ts`")]);
  });

  it("sets aside a report for another commit: lines beyond the file's length", () => {
    const added = changed("src/new.ts", range(1, 8), "added");
    const modified = changed("src/old.ts", [3]);
    const c = patchCoverage([added, modified], report({ "src/new.ts": { 1: 1, 40: 0 }, "src/old.ts": { 3: 1, 90: 1 } }), settings, (p) =>
      p === "src/old.ts" ? 50 : undefined,
    );
    expect(c.files).toEqual([]);
    expect(c.problems).toEqual([
      expect.stringMatching(/^src\/new\.ts: the report has line 40 but the file has 8 lines at this commit; the report is for another commit/),
      expect.stringMatching(/^src\/old\.ts: the report has line 90 but the file has 50 lines/),
    ]);
  });
});

import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normaliseReportPath } from "../../src/coverage/coverage-report.js";
import { readCoverageFiles } from "../../src/coverage/read-coverage.js";

const FIXTURES = join(process.cwd(), "test/fixtures/coverage");
const dir = mkdtempSync(join(tmpdir(), "bottomline-coverage-"));

function reportFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function hitsOf(files: string[], path: string): Array<[number, number]> {
  const file = readCoverageFiles(files).files.find((f) => f.path.endsWith(path));
  const out: Array<[number, number]> = [];
  file?.lines.forEach((n, line) => out.push([line, n]));
  return out;
}

describe("reading coverage reports", () => {
  it("reads each real tool's report into the same per-line hits", () => {
    expect(hitsOf([join(FIXTURES, "python/coverage.xml")], "calc.py").filter(([, n]) => n === 0)).toEqual([
      [14, 0],
      [15, 0],
      [16, 0],
      [17, 0],
    ]);
    expect(
      hitsOf([join(FIXTURES, "go/cover.out")], "calc.go")
        .filter(([, n]) => n === 0)
        .map(([l]) => l),
    ).toEqual([17, 18, 19, 20, 21, 22]);
    expect(hitsOf([join(FIXTURES, "jacoco/jacoco.xml")], "Calc.java").map(([l, n]) => [l, n > 0])).toEqual(
      [3, 5, 10, 11, 12, 14, 18, 19, 21, 22].map((l) => [l, l < 18]),
    );
    const lcov = hitsOf([join(FIXTURES, "js/lcov.info")], "src/calc.js");
    expect(hitsOf([join(FIXTURES, "js/cobertura-coverage.xml")], "src/calc.js")).toEqual(lcov);
  });

  it("keeps Go's module path and JaCoCo's package folder in the report path, for matching by suffix", () => {
    const { files } = readCoverageFiles([join(FIXTURES, "go/cover.out"), join(FIXTURES, "jacoco/jacoco.xml")]);
    expect(files.map((f) => f.path)).toEqual(["example.com/shop/calc.go", "com/acme/Calc.java"]);
  });

  it("sums the hits of several reports for the same file", () => {
    const a = reportFile("a.info", "SF:src/x.ts\nDA:1,0\nDA:2,1\nend_of_record\n");
    const b = reportFile("b.info", "SF:./src/x.ts\nDA:1,2\nend_of_record\n");
    expect(hitsOf([a, b], "src/x.ts")).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it("normalises absolute, ./, Windows and file:// paths", () => {
    expect(normaliseReportPath("C:\\work\\shop\\src\\a.ts")).toBe("work/shop/src/a.ts");
    expect(normaliseReportPath("./src/./lib/../a.ts")).toBe("src/a.ts");
    expect(normaliseReportPath("file:///home/runner/work/a.ts")).toBe("home/runner/work/a.ts");
  });

  it.each([
    ["empty.info", "", /empty\.info: the report is empty/],
    ["words.txt", "hello world\n", /words\.txt:1: "hello world" is not a coverage report; give lcov/],
    ["bad-da.info", "SF:a.ts\nDA:1,1\nDA:x,1\n", /bad-da\.info:3: "DA:x,1" is not DA:<line>,<hits>/],
    ["huge-line.info", "SF:a.ts\nDA:99999999999,1\n", /huge-line\.info:2: "DA:99999999999,1" is not DA:<line>,<hits>/],
    ["huge-block.out", "mode: set\na.go:1.1,900000000.2 1 1\n", /huge-block\.out:2: line 900000000 is past the end of any source file/],
    ["orphan.info", "TN:\nDA:1,1\n", /orphan\.info:2: DA before any SF: record/],
    ["no-files.info", "TN:\n", /no-files\.info: no SF: record/],
    ["truncated.xml", '<?xml version="1.0"?>\n<coverage>\n<packages>\n<package name="a">', /truncated\.xml:\d+: not well-formed XML .*truncated\?/],
    ["other.xml", "<checkstyle></checkstyle>", /other\.xml: XML root <checkstyle> is neither Cobertura's <coverage> nor JaCoCo's <report>/],
    ["empty-cobertura.xml", "<coverage><packages/></coverage>", /empty-cobertura\.xml: the Cobertura report lists no <class>/],
    ["bad.out", "mode: set\nexample.com/a.go:1.2,3.4 1 1\nnonsense\n", /bad\.out:3: "nonsense" is not file\.go:line\.col/],
    ["nomode.out", "example.com/a.go:1.2,3.4 1 1\n", /nomode\.out:1: "example\.com\/a\.go.*" is not a coverage report/],
  ])("%s: a problem naming the file (and line), not an exception", (name, text, message) => {
    const report = readCoverageFiles([reportFile(name, text)]);
    expect(report.files).toEqual([]);
    expect(report.problems).toEqual([expect.stringMatching(message)]);
  });

  it("refuses a 200 MB report before reading it, and names the setting that raises the cap", () => {
    const big = reportFile("huge.info", "");
    truncateSync(big, 200 * 1024 * 1024); // sparse: no disk, no memory
    const report = readCoverageFiles([big]);
    expect(report.problems).toEqual([expect.stringMatching(/huge\.info: 200 MB is over the 100 MB a coverage report may have; .*BOTTOMLINE_COVERAGE_MAX_MB/)]);
  });

  it("reports a missing file by name and keeps the others", () => {
    const ok = reportFile("ok.info", "SF:a.ts\nDA:1,1\nend_of_record\n");
    const report = readCoverageFiles([join(dir, "nope.info"), ok]);
    expect(report.problems).toEqual([expect.stringContaining("nope.info: ENOENT")]);
    expect(report.files.map((f) => f.path)).toEqual(["a.ts"]);
  });
});

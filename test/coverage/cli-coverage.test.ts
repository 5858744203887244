import { jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main, type Io } from "../../src/cli/bottomline.js";
import { makeRepo } from "../helpers/git-repo.js";

// Each case runs git and a whole review in a temporary repository.
jest.setTimeout(30_000);

const FIXTURES = join(process.cwd(), "test/fixtures/coverage");

function run(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

/**
 * The fixture project as a pull request: the base holds the source up to the "added by the pull
 * request" comment; the head adds the rest (a tested and an untested function) and the test.
 */
function pullRequest(project: string, source: string, test: string) {
  const repo = makeRepo();
  const text = readFileSync(join(FIXTURES, project, source), "utf8");
  const cut = text.indexOf(text.split("\n").find((l) => l.includes("added by the pull request"))!);
  repo.write(source, text.slice(0, cut));
  repo.commit("Base #1");
  repo.write(source, text);
  repo.write(test, readFileSync(join(FIXTURES, project, test), "utf8"));
  repo.commit("Add multiply (tested) and divide (untested) #2");
  return repo;
}

const CASES = [
  { tool: "c8 lcov", project: "js", source: "src/calc.js", test: "test/calc.test.js", report: "lcov.info", lines: [12, 17], figure: "57.1%" },
  { tool: "c8 Cobertura", project: "js", source: "src/calc.js", test: "test/calc.test.js", report: "cobertura-coverage.xml", lines: [12, 17], figure: "57.1%" },
  { tool: "coverage.py", project: "python", source: "calc.py", test: "test_calc.py", report: "coverage.xml", lines: [14, 17], figure: "60%" },
  { tool: "go test -coverprofile", project: "go", source: "calc.go", test: "calc_test.go", report: "cover.out", lines: [17, 22], figure: "50%" },
  {
    tool: "JaCoCo",
    project: "jacoco",
    source: "src/main/java/com/acme/Calc.java",
    test: "src/main/java/com/acme/Calc.java",
    report: "jacoco.xml",
    lines: [18, 22],
    figure: "50%",
  },
];

describe("bottomline review --coverage, with reports from real tools", () => {
  it.each(CASES)("$tool: reports exactly the untested function's lines", async ({ project, source, test, report, lines, figure }) => {
    const repo = pullRequest(project, source, test);
    const { code, stdout } = await run(["review", "--base", "HEAD~1", "--format", "json", "--coverage", join(FIXTURES, project, report)], repo.dir);
    const json = JSON.parse(stdout);
    const uncovered = json.findings.filter((f: { rule: string; message: string }) => f.rule === "tests-required");
    expect(uncovered.map((f: { path: string; line: number; severity: string }) => [f.path, f.line, f.severity])).toEqual(
      expect.arrayContaining([[source, lines[0], "warning"]]),
    );
    expect(uncovered.find((f: { line?: number }) => f.line === lines[0]).message).toContain(
      `Lines ${lines[0]}–${lines[1]} of \`${source}\` are not run by any test`,
    );
    // Name pairing no longer judges the file: no "changed without a change to its tests".
    expect(uncovered.some((f: { message: string }) => f.message.includes("without a change to its tests"))).toBe(false);
    expect(json.coverage.files).toEqual([expect.objectContaining({ path: source, uncovered: [{ from: lines[0], to: lines[1] }] })]);
    expect(json.coverage.verdict).toBe("fail");
    expect(json.conclusion).toBe("neutral");
    expect(code).toBe(0);
    const text = await run(["review", "--base", "HEAD~1", "--coverage", join(FIXTURES, project, report)], repo.dir);
    expect(text.stdout).toContain(`Patch coverage ${figure}`);
    expect(text.stdout).toContain(`${source}  ${figure}`);
    expect(text.stdout).toContain(`not run: lines ${lines[0]}–${lines[1]}`);
  });

  it("takes a glob, and a test that runs every added line passes the threshold", async () => {
    const repo = pullRequest("js", "src/calc.js", "test/calc.test.js");
    const lcov = readFileSync(join(FIXTURES, "js/lcov.info"), "utf8").replace(/^DA:(\d+),0$/gm, "DA:$1,1");
    repo.write("out/unit/lcov.info", lcov);
    const { stdout } = await run(["review", "--base", "HEAD~1", "--format", "json", "--coverage", "out/**/lcov.info"], repo.dir);
    const json = JSON.parse(stdout);
    expect(json.coverage).toEqual(expect.objectContaining({ verdict: "pass", covered: 14, coverable: 14 }));
    expect(json.findings.filter((f: { rule: string }) => f.rule === "tests-required")).toEqual([]);
  });

  it("completes without coverage when the report is unusable, and says why with the file and line", async () => {
    const repo = pullRequest("js", "src/calc.js", "test/calc.test.js");
    const xml = readFileSync(join(FIXTURES, "js/cobertura-coverage.xml"), "utf8");
    repo.write("../truncated.xml", xml.slice(0, xml.length / 2));
    const truncated = join(repo.dir, "../truncated.xml");
    const { code, stdout, stderr } = await run(
      ["review", "--base", "HEAD~1", "--format", "json", "--coverage", truncated, "--coverage", "missing/*.info"],
      repo.dir,
    );
    expect(stderr).toMatch(/coverage: --coverage missing\/\*\.info matches no file/);
    expect(stderr).toMatch(/truncated\.xml:\d+: not well-formed XML/);
    const json = JSON.parse(stdout);
    // Without a usable report, name pairing judges the file as before.
    expect(json.notes["tests-required"]).toContain("`src/calc.js` ← `test/calc.test.js`");
    expect(json.coverage.problems.length).toBe(2);
    expect(code).toBe(0);
  });

  it("matches a report whose paths carry a CI workspace prefix", async () => {
    const repo = pullRequest("python", "calc.py", "test_calc.py");
    const xml = readFileSync(join(FIXTURES, "python/coverage.xml"), "utf8").replace(/filename="/g, 'filename="/home/runner/work/shop/shop/');
    repo.write("../ci.xml", xml);
    const { stdout } = await run(["review", "--base", "HEAD~1", "--format", "json", "--coverage", join(repo.dir, "../ci.xml")], repo.dir);
    expect(JSON.parse(stdout).coverage.files).toEqual([expect.objectContaining({ path: "calc.py", reportPath: "home/runner/work/shop/shop/calc.py" })]);
  });
});

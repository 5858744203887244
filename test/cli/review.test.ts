import { jest } from "@jest/globals";
import nock from "nock";
import { main, type Io } from "../../src/cli/bottomline.js";
import { makeRepo } from "../helpers/git-repo.js";

// Each test runs git and whole reviews in temporary repositories: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

function run(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const long = "const x = " + "1 + ".repeat(40) + "1;";

/** Findings on lines (the readability rules), leaving out commit-level ones such as issue notices. */
function lineFindings(report: { findings: Array<{ path?: string; line?: number }> }) {
  return report.findings.filter((f) => f.line !== undefined);
}

describe("bottomline review", () => {
  it("reviews the branch against its merge-base with main, with line numbers of added lines", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("src/a.ts", "one\ntwo\nthree\n");
    repo.write("src/b.ts", "one\ntwo\nthree\n");
    repo.commit("Initial #1");
    repo.git("checkout", "-q", "-b", "feature");
    // Long lines in two files: a file's long lines are one finding, on its first.
    repo.write("src/a.ts", `one\n${long}\ntwo\nthree\n`);
    repo.write("src/b.ts", `one\ntwo\nthree\n${long.replace("x", "y")}\n`);
    repo.commit("Add long lines #2");
    const { code, stdout } = await run(["review", "--format", "json"], repo.dir);
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(report.conclusion).toBe("neutral");
    expect(lineFindings(report).map((f) => [f.path, f.line])).toEqual([
      ["src/a.ts", 2],
      ["src/b.ts", 4],
    ]);
  });

  it("exits 1 on a failure-level finding, using .github/rules.yml", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write(".github/rules.yml", "rules:\n  max-line-length: { severity: failure, max: 80 }\n");
    repo.commit("config #1");
    repo.write("a.py", long + "\n");
    repo.commit("add #1");
    const { code, stdout } = await run(["review", "--base", "HEAD~1", "--format", "text"], repo.dir);
    expect(code).toBe(1);
    expect(stdout).toContain("a.py");
    expect(stdout).toMatch(/1\s+failure\s+Line is \d+ characters long \(max 80\)/);
    expect(stdout).toMatch(/✖ 1 failure, 1 notice \(conclusion: failure\)/);
    // Each rule with findings points at its doc: why it matters and how to fix.
    expect(stdout).toMatch(/a\.py:1:1\s+failure\s+Line is \d+ characters long \(max 80\)\.\s+max-line-length/);
    expect(stdout).toMatch(/max-line-length: Long lines are hard to read.* \/.*\/rules\/max-line-length\.md/);
  });

  it("reviews the last commit when HEAD is the default branch itself, and says so", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("first #1");
    repo.write("a.ts", `a\n${long}\n`);
    repo.commit("second #1");
    const { stdout } = await run(["review"], repo.dir);
    expect(stdout).toContain("HEAD~1...HEAD (the last commit: HEAD is on main");
    expect(stdout).toMatch(/^a\.ts:2:1\s+warning/m);
  });

  it("reviews a root commit against the empty tree", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", `${long}\n`);
    repo.commit("only #1");
    const { stdout } = await run(["review", "--format", "json"], repo.dir);
    expect(lineFindings(JSON.parse(stdout))).toHaveLength(1);
  });

  it("prints the App's summary with --format markdown", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("first #1");
    repo.write("a.ts", `a\n${long}\n`);
    const head = repo.commit("second #1");
    const { stdout } = await run(["review", "--format", "markdown"], repo.dir);
    expect(stdout).toContain("## ⚠️ Bottomline: 1 warning, 1 notice");
    expect(stdout).toContain(`at \`${head.slice(0, 7)}\``);
    expect(stdout).toContain("`a.ts:2`");
  });

  it("handles renames, deletions, binary files, CRLF and non-UTF-8 text", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("old.ts", "x\n");
    repo.write("gone.ts", "y\n");
    repo.commit("base #1");
    repo.git("checkout", "-q", "-b", "f");
    repo.git("mv", "old.ts", "new.ts");
    repo.git("rm", "-q", "gone.ts");
    repo.write("img.bin", Buffer.from([0, 1, 2, 3, 255, 0]));
    repo.write("win.ts", `ok\r\n${long}\r\n`);
    repo.write("latin1.ts", Buffer.concat([Buffer.from('const s = "caf'), Buffer.from([0xe9]), Buffer.from(`\"; ${"y".repeat(130)}\n`)]));
    repo.commit("mixed #1");
    const { code, stdout } = await run(["review", "--format", "json"], repo.dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(lineFindings(report).map((f) => `${f.path}:${f.line}`)).toEqual(["latin1.ts:1", "win.ts:2"]);
    expect(report.notReviewed).toEqual([{ kind: "binary", path: "img.bin", message: "binary file: no lines to review" }]);
  });

  it("refuses an empty range instead of saying everything passes", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    const sha = repo.commit("first #1");
    const { code, stdout, stderr } = await run(["review", "--base", sha, "--head", sha, "--format", "json"], repo.dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`nothing to review: --base ${sha} and --head ${sha} are the same commit`);
  });

  it("exits 2 with the file, line and fix on a bad config", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write(".github/rules.yml", "rules:\n  max-line-lenght: warning\n");
    repo.commit("c #1");
    const { code, stderr } = await run(["review"], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('.github/rules.yml:2:3  unknown rule "max-line-lenght". Did you mean "max-line-length"?');
  });

  it("exits 2 on bad usage: unknown flag, bad format, unknown ref, not a repository", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.commit("c #1");
    expect((await run(["review", "--nope"], repo.dir)).code).toBe(2);
    expect((await run(["review", "--format", "xml"], repo.dir)).stderr).toContain("--format must be one of text, json, markdown, sarif, github, rdjson");
    expect((await run(["review", "--base", "nosuch"], repo.dir)).stderr).toContain("--base nosuch is not a commit");
    expect((await run(["frobnicate"], repo.dir)).code).toBe(2);
    const outside = await run(["review"], "/");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("is not inside a git repository");
  });
});

describe("bottomline validate", () => {
  it("reports a broken rules.yml with line numbers and exits 2", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("r.yml", "rules:\n  max-line-length: loud\nreview: { event: SHOUT }\n");
    const { code, stderr } = await run(["validate", "r.yml"], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('r.yml:2:20  rules.max-line-length: severity must be off, notice, warning or failure (got "loud")');
    expect(stderr).toContain("r.yml:3:18  review.event");
    expect(stderr).toContain("r.yml: 2 problems");
  });

  it("accepts a valid file and defaults to .github/rules.yml", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write(".github/rules.yml", "rules: { max-line-length: failure }\n");
    repo.commit("c #1");
    const { code, stdout } = await run(["validate"], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toBe(".github/rules.yml: valid\n");
  });

  it("says so when the file cannot be read", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    const { code, stderr } = await run(["validate", "missing.yml"], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain("missing.yml  config file not found; check the path");
  });
});

describe("bottomline review: issue verification", () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
    nock.cleanAll();
  });

  it("says it skipped verification without GITHUB_TOKEN", async () => {
    delete process.env.GITHUB_TOKEN;
    delete process.env.GH_TOKEN;
    const repo = makeRepo({ lineLimit: 120 });
    repo.git("remote", "add", "origin", "git@github.com:acme/api.git");
    repo.commit("first #1");
    repo.commit("second #2");
    const { code, stdout } = await run(["review", "--format", "json"], repo.dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([
      {
        rule: "issue-reference",
        severity: "notice",
        message: "Could not verify 1 issue reference(s) (#2): verification skipped: set GITHUB_TOKEN to check that referenced issues exist.",
      },
    ]);
  });

  it("verifies references with GITHUB_TOKEN in one GraphQL request", async () => {
    process.env.GITHUB_TOKEN = "ghp_test";
    const repo = makeRepo({ lineLimit: 120 });
    repo.git("remote", "add", "origin", "https://github.com/acme/api.git");
    repo.commit("base #1");
    repo.git("checkout", "-q", "-b", "f");
    repo.commit("feat: one (#12)");
    repo.commit("fix: two #999");
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => {
        queries.push(body.query);
        return {
          data: { r0: { i0: { __typename: "Issue", state: "OPEN" }, i1: null } },
          errors: [{ type: "NOT_FOUND", path: ["r0", "i1"], message: "Could not resolve" }],
        };
      });
    const { code, stdout } = await run(["review", "--format", "json"], repo.dir);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('repository(owner: "acme", name: "api")');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings).toEqual([
      expect.objectContaining({
        rule: "issue-reference",
        severity: "failure",
        message: expect.stringMatching(/^#999 does not exist \(referenced in commit [0-9a-f]{7}\)/),
      }),
    ]);
  });
});

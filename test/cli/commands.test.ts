import { jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { main, type Io } from "../../src/cli/bottomline.js";
import { makeRepo } from "../helpers/git-repo.js";
import { wideLine } from "../helpers/wide-line.js";

// Each test runs git and whole reviews in temporary repositories: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const long = "const x = " + "1 + ".repeat(40) + "1;";
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("--version and --help", () => {
  it("prints the package version", async () => {
    expect(await run(["--version"], "/")).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it.each(["review", "validate", "init", "install-hook"])("%s --help exits 0 with usage, examples and environment", async (command) => {
    const { code, stdout } = await run([command, "--help"], "/");
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: bottomline ${command}`);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("Environment:");
  });
});

describe("--quiet, --max-warnings and --output-file", () => {
  function warningRepo() {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("one #1");
    // Two files: a file's long lines are one finding.
    repo.write("a.ts", `a\n${long}\n`);
    repo.write("b.ts", `${long.replace("x", "y")}\n`);
    repo.commit("two #1");
    return repo;
  }

  it("--quiet prints failures only; --max-warnings N fails past N warnings", async () => {
    const repo = warningRepo();
    const quiet = await run(["review", "--quiet"], repo.dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain("warning  Line is");
    expect((await run(["review", "--max-warnings", "2"], repo.dir)).code).toBe(0);
    const over = await run(["review", "--max-warnings", "1", "--quiet"], repo.dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("2 warnings, more than --max-warnings 1 allows");
    expect((await run(["review", "--max-warnings", "lots"], repo.dir)).stderr).toContain("--max-warnings takes a whole number");
  });

  it("--output-file writes the report itself, so nothing else can end up in it", async () => {
    const repo = warningRepo();
    const { code, stdout, stderr } = await run(["review", "--format", "json", "--output-file", "out/review.json"], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("wrote json to out/review.json");
    expect(JSON.parse(readFileSync(join(repo.dir, "out/review.json"), "utf8")).counts).toEqual({ failure: 0, warning: 2, notice: 1 });
  });
});

describe("--format through the CLI", () => {
  it("sarif, github and rdjson carry the same findings as json", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("one #1");
    repo.write("a.ts", `a\n${long}\n`);
    repo.commit("two #1");
    const sarif = JSON.parse((await run(["review", "--format", "sarif"], repo.dir)).stdout);
    expect(sarif.runs[0].results.filter((r: { locations?: unknown }) => r.locations).map((r: { ruleId: string }) => r.ruleId)).toEqual(["max-line-length"]);
    expect((await run(["review", "--format", "github"], repo.dir)).stdout).toContain("::warning file=a.ts,line=2,title=Bottomline max-line-length::Line is");
    const rd = JSON.parse((await run(["review", "--format", "rdjson"], repo.dir)).stdout);
    expect(rd.diagnostics.find((d: { location?: unknown }) => d.location)).toMatchObject({ location: { path: "a.ts", range: { start: { line: 2 } } } });
  });
});

describe("_extends in --config", () => {
  it("follows a local file: a deep merge in which this file wins and lists concatenate", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("cfg/base.yml", 'ignore: ["gen/**"]\nrules:\n  max-line-length: { severity: failure, max: 60 }\n');
    repo.write("cfg/rules.yml", '_extends: ./base.yml\nignore: ["docs/**"]\nrules:\n  max-line-length: { severity: warning }\n');
    repo.write("a.ts", "a\n");
    repo.commit("one #1");
    repo.write("a.ts", `a\n${wideLine(70)}\n`);
    repo.write("gen/b.ts", `${wideLine(70)}\n`);
    repo.commit("two #1");
    const { code, stdout } = await run(["review", "--config", "cfg/rules.yml", "--format", "json"], repo.dir);
    expect(code).toBe(0);
    const lines = JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === "max-line-length");
    // max 60 from the base, warning from this file, gen/** ignored by the base.
    expect(lines.map((f: { path: string; severity: string }) => [f.path, f.severity])).toEqual([["a.ts", "warning"]]);
    expect(await run(["validate", "cfg/rules.yml"], repo.dir)).toMatchObject({ code: 0, stdout: "cfg/rules.yml: valid\n" });
  });

  it("refuses a remote _extends without a token, saying what to do, and never ignores it", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("rules.yml", "rules:\n  pr-size: off\n_extends: myorg/.github\n");
    repo.commit("one #1");
    const { code, stderr } = await run(["validate", "rules.yml"], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain("rules.yml:3:1  _extends: myorg/.github is another repository's config (myorg/.github:.github/rules.yml)");
    expect(stderr).toContain("Set GITHUB_TOKEN");
    expect((await run(["review", "--config", "rules.yml"], repo.dir)).code).toBe(2);
  });

  it("reads a remote _extends with a token", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("rules.yml", "_extends: myorg/.github\n");
    repo.commit("one #1");
    const scope = nock("https://api.github.com")
      .get("/repos/myorg/.github/contents/.github%2Frules.yml")
      .reply(200, "rules:\n  max-line-length: { severity: warning, max: 1 }\n");
    const bad = nock("https://api.github.com").get("/repos/myorg/missing/contents/.github%2Frules.yml").reply(404, { message: "Not Found" });
    expect(await run(["validate", "rules.yml"], repo.dir, { GITHUB_TOKEN: "t" })).toMatchObject({ code: 0 });
    repo.write("rules.yml", "_extends: myorg/missing\n");
    const missing = await run(["validate", "rules.yml"], repo.dir, { GITHUB_TOKEN: "t" });
    expect(missing.stderr).toContain("myorg/missing:.github/rules.yml was not found, or the token cannot read it");
    scope.done();
    bad.done();
  });

  it("reports a missing or cyclic local _extends on its line", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.yml", "_extends: ./b.yml\n");
    repo.write("b.yml", "_extends: ./a.yml\n");
    repo.write("c.yml", "review: {}\n_extends: ./nope.yml\n");
    repo.commit("one #1");
    expect((await run(["validate", "a.yml"], repo.dir)).stderr).toContain("b.yml:1:1  _extends: ./a.yml leads back to a file already extended");
    expect((await run(["validate", "c.yml"], repo.dir)).stderr).toContain("c.yml:2:1  _extends: ./nope.yml does not exist");
  });
});

describe("bottomline init", () => {
  it("writes a starter rules.yml with the schema comment, the languages found and the formatter's line length", async () => {
    const repo = makeRepo();
    repo.write("src/a.ts", "a\n");
    repo.write("src/b.ts", "b\n");
    repo.write("tool.py", "x = 1\n");
    repo.write(".prettierrc", '{ "printWidth": 100 }\n');
    repo.commit("one #1");
    const { code, stdout } = await run(["init"], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain("languages: TypeScript (2), Python (1)");
    const text = readFileSync(join(repo.dir, ".github/rules.yml"), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schema\/rules\.schema\.json$/);
    expect(text).toContain("max-line-length: { severity: warning, max: 100 }   # from .prettierrc printWidth");
    expect(await run(["validate"], repo.dir)).toMatchObject({ code: 0 });
    expect((await run(["init"], repo.dir)).stderr).toContain("already exists; edit it, or run bottomline init --force");
  });

  it("reads .editorconfig and ruff/black settings, and turns code rules off where there is no code", async () => {
    const repo = makeRepo();
    repo.write("README.md", "docs\n");
    repo.write("pyproject.toml", "[tool.ruff]\nline-length = 88\n");
    repo.commit("one #1");
    await run(["init"], repo.dir);
    const text = readFileSync(join(repo.dir, ".github/rules.yml"), "utf8");
    expect(text).toContain("max: 88");
    expect(text).toContain("tests-required: off");
    expect(await run(["validate"], repo.dir)).toMatchObject({ code: 0 });
  });
});

describe("bottomline install-hook", () => {
  it("installs an executable pre-push hook once, however often it runs", async () => {
    const repo = makeRepo();
    repo.commit("one #1");
    expect((await run(["install-hook"], repo.dir)).stdout).toContain("Installed");
    const hook = join(repo.dir, ".git/hooks/pre-push");
    const first = readFileSync(hook, "utf8");
    expect(first).toMatch(/^#!\/bin\/sh\n# >>> bottomline pre-push >>>\n.*\nnpx --no-install bottomline review --quiet \|\| exit \$\?\n/);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect((await run(["install-hook"], repo.dir)).stdout).toContain("already runs Bottomline; nothing changed");
    await run(["install-hook", "--command", "bottomline review"], repo.dir);
    expect(readFileSync(hook, "utf8").match(/>>> bottomline/g)).toHaveLength(1);
  });

  it("keeps an existing hook running, before an exec that ends it", async () => {
    const repo = makeRepo();
    repo.commit("one #1");
    repo.write(".git/hooks/pre-push", "#!/bin/sh\necho existing\nexec ./other-check\n");
    await run(["install-hook"], repo.dir);
    const text = readFileSync(join(repo.dir, ".git/hooks/pre-push"), "utf8");
    expect(text.startsWith("#!/bin/sh\necho existing\n# >>> bottomline pre-push >>>")).toBe(true);
    expect(text.trimEnd().endsWith("exec ./other-check")).toBe(true);
  });

  it("with husky, adds to .husky/pre-push and leaves husky's own hooks alone", async () => {
    const repo = makeRepo();
    repo.write(".husky/_/pre-push", '#!/bin/sh\n. "$(dirname "$0")/h"\n');
    repo.write(".husky/pre-commit", "npm test\n");
    repo.commit("one #1");
    repo.git("config", "core.hooksPath", ".husky/_");
    expect((await run(["install-hook"], repo.dir)).stdout).toContain("husky: .husky/pre-push");
    expect(readFileSync(join(repo.dir, ".husky/pre-push"), "utf8")).toContain("bottomline review --quiet");
    expect(readFileSync(join(repo.dir, ".husky/_/pre-push"), "utf8")).toBe('#!/bin/sh\n. "$(dirname "$0")/h"\n');
    expect(existsSync(join(repo.dir, ".git/hooks/pre-push"))).toBe(false);
  });

  it("the installed hook really runs on git push and blocks a failing one", async () => {
    const remote = makeRepo();
    remote.git("config", "receive.denyCurrentBranch", "ignore");
    const repo = makeRepo();
    repo.write(".github/rules.yml", "rules:\n  max-line-length: { severity: failure, max: 20 }\n");
    repo.commit("one #1");
    repo.git("remote", "add", "origin", remote.dir);
    await run(["install-hook", "--command", `echo hook-ran; exit 3`], repo.dir);
    let failed: { status?: number; stderr?: Buffer } | undefined;
    try {
      execFileSync("git", ["push", "-q", "origin", "main"], { cwd: repo.dir, stdio: "pipe" });
    } catch (err) {
      failed = err as { status?: number; stderr?: Buffer };
    }
    expect(failed?.status).not.toBe(0);
  });
});

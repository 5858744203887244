import { jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type Io } from "../../src/cli/bottomline.js";
import { makeRepo } from "../helpers/git-repo.js";

// Each test runs git and whole reviews in temporary repositories: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const long = "const x = " + "1 + ".repeat(40) + "1;";

/** An "origin" with history on main and a feature branch, served over file:// so shallow clones are real. */
function originWithFeature() {
  const origin = makeRepo({ lineLimit: 120 });
  for (let i = 1; i <= 5; i++) {
    origin.write(`src/m${i}.ts`, `export const m${i} = ${i};\n`);
    origin.commit(`main ${i} #1`);
  }
  origin.git("checkout", "-q", "-b", "feature");
  origin.write("src/f.ts", `export const f = 1;\n${long}\n`);
  origin.commit("feature one #2");
  origin.write("src/g.ts", "export const g = 2;\n");
  const head = origin.commit("feature two #2");
  origin.git("checkout", "-q", "main");
  origin.write("src/m6.ts", "export const m6 = 6;\n");
  const mainTip = origin.commit("main 6 #1");
  // GitHub serves any reachable commit by SHA; a plain git daemon needs this to do the same.
  origin.git("config", "uploadpack.allowAnySHA1InWant", "true");
  return { origin, head, mainTip };
}

function shallowClone(originDir: string, ...args: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), "bottomline-clone-")), "repo");
  execFileSync("git", ["clone", "-q", "--depth=1", ...args, `file://${originDir}`, dir]);
  return dir;
}

describe("bottomline review in a CI clone", () => {
  it("in a depth-1 clone of main, fetches HEAD's parent and reviews the last commit, never 'the root commit'", async () => {
    const { origin } = originWithFeature();
    const clone = shallowClone(origin.dir);
    const { code, stdout, stderr } = await run(["review", "--format", "text"], clone);
    expect(code).toBe(0);
    expect(stdout).not.toContain("root commit");
    expect(stdout).toContain("HEAD~1...HEAD (the last commit");
    expect(stdout).toContain(": 1 files, 1 commits");
    expect(stderr).toContain("git fetch --deepen=1 origin");
  });

  it("without a reachable origin, says exactly what to set instead of reviewing HEAD as the root commit", async () => {
    const { origin } = originWithFeature();
    const clone = shallowClone(origin.dir);
    execFileSync("git", ["remote", "set-url", "origin", "file:///nonexistent/repo"], { cwd: clone });
    const { code, stdout, stderr } = await run(["review"], clone);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("this is a shallow clone");
    expect(stderr).toContain("set `fetch-depth: 0` on actions/checkout");
    expect(stderr).toContain("git fetch --unshallow");
  });

  it("in a pull_request workflow, reviews the pull request's base...head from the event, deepening as far as needed", async () => {
    const { origin, head, mainTip } = originWithFeature();
    const clone = shallowClone(origin.dir);
    const eventPath = join(mkdtempSync(join(tmpdir(), "bottomline-event-")), "event.json");
    writeFileSync(eventPath, JSON.stringify({ action: "opened", pull_request: { number: 7, commits: 1, base: { sha: mainTip }, head: { sha: head } } }));
    const env = { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: "pull_request" };
    const { code, stdout, stderr } = await run(["review", "--format", "json"], clone, env);
    expect(stderr).toContain("git fetch");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // Exactly the two feature commits and their two files, though `commits: 1` undersold the range.
    expect(report.findings.filter((f: { line?: number }) => f.line).map((f: { path: string; line: number }) => [f.path, f.line])).toEqual([["src/f.ts", 2]]);
    const text = await run(["review"], clone, env);
    expect(text.stdout).toContain(`pull request #7 (${mainTip.slice(0, 7)}...${head.slice(0, 7)}): 2 files, 2 commits`);
  });

  it("in a complete clone without the pull request's head, fetches it and stays complete", async () => {
    const { origin, head, mainTip } = originWithFeature();
    const dir = join(mkdtempSync(join(tmpdir(), "bottomline-clone-")), "repo");
    execFileSync("git", ["clone", "-q", "--single-branch", "--branch", "main", `file://${origin.dir}`, dir]);
    const eventPath = join(dir, "..", "event.json");
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 8, commits: 2, base: { sha: mainTip }, head: { sha: head } } }));
    const { code, stdout } = await run(["review"], dir, { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: "pull_request" });
    expect(code).toBe(0);
    expect(stdout).toContain("pull request #8");
    expect(stdout).toContain(": 2 files, 2 commits");
    expect(execFileSync("git", ["rev-parse", "--is-shallow-repository"], { cwd: dir }).toString().trim()).toBe("false");
  });

  it("with --base in a shallow clone, deepens until the merge-base is there", async () => {
    const { origin } = originWithFeature();
    const clone = shallowClone(origin.dir, "--branch", "feature", "--no-single-branch");
    const { code, stdout } = await run(["review", "--base", "origin/main"], clone);
    expect(code).toBe(0);
    expect(stdout).toContain("origin/main...HEAD: 2 files, 2 commits");
  });

  it("reports a reversed range and the way round it, never 'everything passes'", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("one #1");
    repo.git("checkout", "-q", "-b", "old");
    repo.git("checkout", "-q", "main");
    repo.write("a.ts", "a\nb\n");
    repo.commit("two #1");
    const { code, stdout, stderr } = await run(["review", "--base", "main", "--head", "old"], repo.dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("nothing to review: old is already part of main");
    expect(stderr).toContain("did you mean --base old --head main?");
  });

  it("says when uncommitted work is left out, and reviews it with --staged or --working-tree", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.ts", "a\n");
    repo.commit("one #1");
    repo.write("a.ts", "a\nb\n");
    repo.commit("two #1");
    repo.write("staged.ts", `${long}\n`);
    repo.git("add", "staged.ts");
    repo.write("untracked.py", `x = 1\n${long.replace("x", "y")}\n`);
    const committed = await run(["review"], repo.dir);
    expect(committed.stderr).toContain("2 files with uncommitted changes not reviewed; add --working-tree (or --staged)");

    const staged = await run(["review", "--staged", "--format", "json"], repo.dir);
    expect(JSON.parse(staged.stdout).findings.map((f: { path?: string; line?: number }) => [f.path, f.line])).toEqual([["staged.ts", 1]]);

    const tree = await run(["review", "--working-tree", "--format", "json"], repo.dir);
    const paths = JSON.parse(tree.stdout).findings.map((f: { path?: string; line?: number }) => [f.path, f.line]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["staged.ts", 1],
        ["untracked.py", 2],
      ]),
    );

    expect((await run(["review", "--staged", "--base", "main"], repo.dir)).stderr).toContain("--staged reviews uncommitted work against HEAD");
    repo.commit("three #1");
    repo.git("clean", "-fdq");
    const nothing = await run(["review", "--staged"], repo.dir);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("nothing to review: the staged changes (index against HEAD) shows no changes");
  });
});

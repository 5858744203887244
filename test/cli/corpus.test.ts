import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusMain } from "../../src/cli/corpus.js";
import type { Io } from "../../src/cli/bottomline.js";
import { makeRepo } from "../helpers/git-repo.js";

function run(argv: string[], cwd = process.cwd()) {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false };
  return corpusMain(argv, io).then((code) => ({ code, stdout, stderr }));
}

const long = (name: string) => `const ${name} = ${"1 + ".repeat(35)}1;`;
const lines = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `const ${prefix}${i} = ${i};`);

/** root → long line in a.ts → a merge of a branch that adds b.ts → long line in c.py. */
function history() {
  const repo = makeRepo({ lineLimit: 120 });
  repo.write("a.ts", lines(10, "a").join("\n") + "\n");
  repo.commit("root: adds a long line nobody reviews " + long("r"));
  repo.write("a.ts", [...lines(5, "a"), long("first"), ...lines(5, "b")].join("\n") + "\n");
  const first = repo.commit("first #1");
  repo.git("checkout", "-q", "-b", "side");
  repo.write("b.ts", long("merged") + "\n");
  repo.commit("side #2");
  repo.git("checkout", "-q", "main");
  repo.git("merge", "-q", "--no-ff", "-m", "merge side #2", "side");
  repo.write("c.py", `x = 1\ny = ${"x + ".repeat(35)}x\n`);
  const last = repo.commit("last #3");
  return { repo, first, last };
}

describe("npm run corpus", () => {
  it("reviews each first-parent commit against its parent, skipping merges and the root, and writes Markdown and JSONL", async () => {
    const { repo, first, last } = history();
    const out = mkdtempSync(join(tmpdir(), "corpus-out-"));
    const r = await run([repo.dir, "--rules", "max-line-length", "--out", join(out, "c.md"), "--out", join(out, "c.jsonl")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 commits reviewed");
    expect(r.stdout).toMatch(/max-line-length\s+2\n/);

    const md = readFileSync(join(out, "c.md"), "utf8");
    expect(md).toContain("| max-line-length | 2 |");
    expect(md).not.toContain("b.ts"); // the merge's change is the side branch's, reviewed there
    expect(md).toContain("## 1. max-line-length (warning) — `c.py:2`");
    expect(md).toContain(`Commit \`${last.slice(0, 10)}\` last #3`);
    expect(md).toContain("## 2. max-line-length (warning) — `a.ts:6`");
    // ±3 lines of the file at that commit, the finding's line marked.
    expect(md).toContain(
      [
        "```",
        "  3 | const a2 = 2;",
        "  4 | const a3 = 3;",
        "  5 | const a4 = 4;",
        `> 6 | ${long("first")}`,
        "  7 | const b0 = 0;",
        "  8 | const b1 = 1;",
        "  9 | const b2 = 2;",
        "```",
      ].join("\n"),
    );
    expect(md.match(/^verdict: $/gm)).toHaveLength(2);

    const jsonl = readFileSync(join(out, "c.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(jsonl.map((f) => [f.n, f.rule, f.commit, f.path, f.line])).toEqual([
      [1, "max-line-length", last, "c.py", 2],
      [2, "max-line-length", first, "a.ts", 6],
    ]);
    expect(jsonl[1].context).toHaveLength(7);
    expect(jsonl[1].verdict).toBeNull();
  });

  it("reads a bare git directory and leaves the repository as it was", async () => {
    const { repo } = history();
    const bare = join(mkdtempSync(join(tmpdir(), "corpus-bare-")), "repo");
    execFileSync("git", ["clone", "-q", "--bare", repo.dir, bare]);
    const before = execFileSync("git", ["for-each-ref"], { cwd: bare }).toString() + execFileSync("find", [".", "-newer", "HEAD"], { cwd: bare }).toString();
    const out = join(mkdtempSync(join(tmpdir(), "corpus-out-")), "bare.jsonl");
    const r = await run([bare, "--commits", "1", "--rules", "max-line-length,max-function-length", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 commit reviewed");
    expect(r.stdout).toMatch(/max-line-length\s+1\n\s+max-function-length\s+0\n/); // a rule that ran and found nothing shows 0
    expect(
      readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).path),
    ).toEqual(["c.py"]);
    const after = execFileSync("git", ["for-each-ref"], { cwd: bare }).toString() + execFileSync("find", [".", "-newer", "HEAD"], { cwd: bare }).toString();
    expect(after).toBe(before);
  });

  it("lists a commit git cannot diff (a snapshot missing a blob) as not reviewed, and reviews the others", async () => {
    const { repo, last } = history();
    const blob = repo.git("rev-parse", `${last}:c.py`).trim();
    rmSync(join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
    const out = join(mkdtempSync(join(tmpdir(), "corpus-out-")), "m.md");
    const r = await run([repo.dir, "--rules", "max-line-length", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 commit reviewed");
    expect(r.stdout).toContain(`commit ${last.slice(0, 10)} not reviewed: git diff`);
    const md = readFileSync(out, "utf8");
    expect(md).toContain("a.ts:6");
    expect(md).toMatch(new RegExp(`## Not reviewed\\n\\n- \`${last.slice(0, 10)}\` the whole commit: git diff .*unable to read ${blob}`));
  });

  it("uses --config, and --rules leaves out the other rules, in overrides too", async () => {
    const { repo } = history();
    const dir = mkdtempSync(join(tmpdir(), "corpus-config-"));
    writeFileSync(
      join(dir, "rules.yml"),
      [
        "rules:\n  max-line-length: { max: 200 }\n  tests-required: off",
        "overrides:",
        "  - files: ['**/*.py']\n    rules: { max-line-length: { max: 100 } }",
        "  - files: ['**/*.ts']\n    rules: { tests-required: failure }\n",
      ].join("\n"),
    );
    const out = join(dir, "c.jsonl");
    const r = await run([repo.dir, "--config", "rules.yml", "--rules", "max-line-length", "--out", out], dir);
    expect(r.code).toBe(0);
    // Only the Python file's long line is over its override's 100; tests-required, on for a.ts by an override, is left out.
    expect(
      readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => [JSON.parse(l).rule, JSON.parse(l).path]),
    ).toEqual([["max-line-length", "c.py"]]);
  });

  it("fences code that contains backticks with a longer fence", async () => {
    const repo = makeRepo({ lineLimit: 120 });
    repo.write("a.md.ts", "x\n");
    repo.commit("root");
    repo.write("a.md.ts", "x\n// ```js\n" + long("fenced") + "\n");
    repo.commit("fenced #1");
    const out = join(mkdtempSync(join(tmpdir(), "corpus-out-")), "f.md");
    await run([repo.dir, "--rules", "max-line-length", "--out", out]);
    expect(readFileSync(out, "utf8")).toContain("````\n  1 | x\n  2 | // ```js\n> 3 |");
  });

  it.each([
    [["--commits", "0", "."], /--commits must be a whole number of 1 or more \(got "0"\)/],
    [[], /give exactly one repository directory/],
    [[".", "--rules", "max-line-lenght"], /unknown rule "max-line-lenght". Did you mean "max-line-length"\?/],
    [[".", "--out", "x.txt"], /name the file \.md \(Markdown\) or \.jsonl/],
    [[".", "--config", "nope.yml"], /config file not found/],
    [[".", "--frobnicate"], /Unknown option '--frobnicate'/],
  ])("explains bad arguments %j", async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage:");
  });

  it("explains a directory that is not a repository", async () => {
    const r = await run([mkdtempSync(join(tmpdir(), "corpus-empty-"))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no commit at HEAD; pass a git repository/);
  });
});

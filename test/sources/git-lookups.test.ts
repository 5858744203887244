import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gitLookups, readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { makeRepo } from "../helpers/git-repo.js";

const noNeeds = { issues: [], fileContents: [], baseContents: [] };

/** A repository with a base commit on main and a branch that edits, renames, adds and deletes files. */
function branchRepo() {
  const repo = makeRepo();
  repo.write("src/a.ts", "export const a = 1;\n");
  repo.write("src/old.ts", "export function kept() {\n  return 1;\n}\n");
  repo.write("src/gone.ts", "gone\n");
  repo.write("logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  repo.write("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
  repo.write("dir/inner.ts", "x\n");
  const base = repo.commit("base");
  repo.git("checkout", "-q", "-b", "feature");
  repo.write("src/a.ts", "export const a = 2;\n");
  repo.git("mv", "src/old.ts", "src/new.ts");
  repo.git("rm", "-q", "src/gone.ts");
  repo.write("src/added.ts", "export const b = 1;\n");
  const head = repo.commit("feature");
  return { repo, base, head };
}

describe("gitLookups: file texts at base and head", () => {
  it("reads base texts keyed by the path at base, head texts by the path at head", async () => {
    const { repo, base, head } = branchRepo();
    const found = await gitLookups(repo.dir, { baseSha: base, headSha: head })({
      issues: [],
      fileContents: ["src/a.ts", "src/new.ts"],
      baseContents: ["src/a.ts", "src/old.ts", "src/gone.ts"],
    });
    expect(Object.fromEntries(found.fileContents)).toEqual({ "src/a.ts": "export const a = 2;\n", "src/new.ts": "export function kept() {\n  return 1;\n}\n" });
    expect(Object.fromEntries(found.baseContents!)).toEqual({
      "src/a.ts": "export const a = 1;\n",
      "src/old.ts": "export function kept() {\n  return 1;\n}\n",
      "src/gone.ts": "gone\n",
    });
  });

  it("leaves out files missing at base, binary files, directories and unnamable paths; decodes non-UTF-8 leniently", async () => {
    const { repo, base, head } = branchRepo();
    const found = await gitLookups(repo.dir, { baseSha: base, headSha: head })({
      ...noNeeds,
      baseContents: ["src/added.ts", "logo.png", "dir", "latin1.txt", "line\nbreak.ts", "src/a.ts"],
    });
    expect([...found.baseContents!.keys()]).toEqual(["latin1.txt", "src/a.ts"]);
    expect(found.baseContents!.get("latin1.txt")).toBe("caf\uFFFD\n");
  });

  it("finds no base text at a root commit (the base is the empty tree)", async () => {
    const repo = makeRepo();
    repo.write("a.ts", "x\n");
    const head = repo.commit("root");
    const range = resolveRange(repo.dir, { head });
    const found = await gitLookups(repo.dir, range)({ ...noNeeds, fileContents: ["a.ts"], baseContents: ["a.ts"] });
    expect(found.fileContents.get("a.ts")).toBe("x\n");
    expect(found.baseContents!.size).toBe(0);
  });

  it("runs one git process for every head and base text, however many files", async () => {
    const { repo, base, head } = branchRepo();
    // A `git` first on PATH that logs its arguments, then runs the real one.
    const bin = mkdtempSync(join(tmpdir(), "bottomline-gitlog-"));
    const log = join(bin, "calls.log");
    const real = process.env.PATH!;
    writeFileSync(join(bin, "git"), `#!/bin/sh\necho "$*" >> "${log}"\nPATH="${real}" exec git "$@"\n`);
    chmodSync(join(bin, "git"), 0o755);
    process.env.PATH = `${bin}:${real}`;
    try {
      const paths = ["src/a.ts", "src/new.ts", "src/added.ts", "latin1.txt"];
      const found = await gitLookups(repo.dir, { baseSha: base, headSha: head })({ issues: [], fileContents: paths, baseContents: ["src/a.ts", "src/old.ts"] });
      expect(found.fileContents.size).toBe(4);
      expect(found.baseContents!.size).toBe(2);
      expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["-c core.quotepath=off cat-file --batch"]);
    } finally {
      process.env.PATH = real;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it("runs no git process when no text is needed", async () => {
    const found = await gitLookups("/nonexistent", { baseSha: "b", headSha: "h" })(noNeeds);
    expect(found.fileContents.size + found.baseContents!.size).toBe(0);
  });
});

describe("readGitChange: the base commit", () => {
  it("is the merge base with the default branch, even after main moved on", () => {
    const { repo, base } = branchRepo();
    repo.git("checkout", "-q", "main");
    repo.write("src/a.ts", "export const a = 3;\n");
    repo.commit("main moves on");
    repo.git("checkout", "-q", "feature");
    const change = readGitChange(repo.dir, resolveRange(repo.dir, {}));
    expect(change.baseSha).toBe(base);
    expect(change.files.find((f) => f.path === "src/new.ts")).toMatchObject({ status: "renamed", previousPath: "src/old.ts" });
  });

  it("is the merge base with an explicit --base", () => {
    const { repo, base, head } = branchRepo();
    expect(readGitChange(repo.dir, resolveRange(repo.dir, { base: "main", head })).baseSha).toBe(base);
  });
});

describe("resolveRange: the refs resolved in one git process, or one by one when one does not name a commit", () => {
  it("gives the same range for branch names, shas and HEAD", () => {
    const { repo, base, head } = branchRepo();
    expect(resolveRange(repo.dir, { base: "main", head: "feature" })).toEqual({ baseSha: base, headSha: head, description: "main...feature" });
    expect(resolveRange(repo.dir, { base })).toEqual({ baseSha: base, headSha: head, description: `${base}...HEAD` });
  });

  it("names the bad ref when a ref is a range, a negation, an option or unknown", () => {
    const { repo, base } = branchRepo();
    expect(() => resolveRange(repo.dir, { base: `${base}..feature` })).toThrow(`--base ${base}..feature is not a commit in this repository`);
    expect(() => resolveRange(repo.dir, { base: "^main" })).toThrow("^main and HEAD share no history");
    expect(() => resolveRange(repo.dir, { base: "--all" })).toThrow("--base --all is not a commit in this repository");
    expect(() => resolveRange(repo.dir, { base: "main", head: "nosuch" })).toThrow("--head nosuch is not a commit in this repository");
  });
});

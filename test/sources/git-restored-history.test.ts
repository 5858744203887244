import { execFileSync } from "node:child_process";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { isRestored } from "../../src/model/restored-lines.js";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { HISTORY_COMMITS } from "../../src/sources/git/restored-history.js";
import { makeRepo } from "../helpers/git-repo.js";

/** `n` empty commits on main in one `git fast-import` (hundreds of `git commit`s are slow). */
function emptyCommits({ dir, git }: ReturnType<typeof makeRepo>, n: number) {
  const head = git("rev-parse", "HEAD").trim();
  const stream = Array.from(
    { length: n },
    (_, i) => `commit refs/heads/main\ncommitter Dev <dev@example.com> ${1700000000 + i} +0000\ndata 10\nUnrelated\n${i === 0 ? `from ${head}\n` : ""}\n`,
  );
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: stream.join("") });
}

const adapter = Array.from({ length: 20 }, (_, i) => `    $line${i} = compute(${i});`);
const php = (body: string[]) => ["<?php", "class Adapter {", "  function listContents() {", ...body, "  }", "}"].join("\n") + "\n";

/** A repository whose history deleted `src/Adapter.php`, and the change (last commit) that follows. */
function history(readd: (r: ReturnType<typeof makeRepo>) => void, between = 2) {
  const r = makeRepo();
  r.write("README.md", "x\n");
  r.write("src/Adapter.php", php(adapter));
  r.commit("Add the adapter");
  r.git("rm", "-q", "src/Adapter.php");
  r.commit("Removed all external adapters");
  emptyCommits(r, between);
  const base = r.git("rev-parse", "HEAD").trim();
  readd(r);
  r.commit("Added back the adapters");
  return readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
}

describe("the git source marks code the change put back from history (#10)", () => {
  it("a file deleted some commits before and added again unchanged is restored, and no rule reads it as the change's code", () => {
    const change = history((r) => r.write("src/Adapter.php", php(adapter)));
    const file = change.files.find((f) => f.path === "src/Adapter.php")!;
    expect(file.restoredFrom).toMatch(/^deleted in [0-9a-f]{10}$/);
    expect(file.restoredLines).toHaveLength(25);
    expect(isRestored(file)).toBe(true);
    expect(notAuthored(file.path, change)).toMatch(/not written in this change/);
  });

  it("a re-add with one line in ten edited is still restored; its edited line stays the change's", () => {
    const edited = [...adapter.slice(0, 19), "    $line19 = computeDifferently(19);"];
    const file = history((r) => r.write("src/Adapter.php", php(edited))).files[0];
    expect(isRestored(file)).toBe(true);
    expect(file.restoredLines).not.toContain(23);
  });

  it("a file at the deleted path with mostly new code is the change's own", () => {
    const rewritten = adapter.map((l, i) => (i < 5 ? l : `    $other${i} = fresh(${i});`));
    const change = history((r) => r.write("src/Adapter.php", php(rewritten)));
    expect(isRestored(change.files[0])).toBe(false);
    expect(notAuthored("src/Adapter.php", change)).toBeUndefined();
  });

  it("the same blob added back under another path (a move undone) is restored", () => {
    const change = history((r) => r.write("lib/Adapter.php", php(adapter)));
    expect(isRestored(change.files.find((f) => f.path === "lib/Adapter.php")!)).toBe(true);
  });

  it("a file moved back under another folder, lightly edited (a guard dropped), is restored from the deleted file of its name (#11)", () => {
    // commandline bb31ed842e: the tests deleted from `src/libcmdline/` one commit before, added under `src/tests/`.
    const moved = [...adapter.slice(0, 19), "    $line19 = computeDifferently(19);"];
    const change = history((r) => r.write("tests/Adapter.php", php(moved)));
    const file = change.files.find((f) => f.path === "tests/Adapter.php")!;
    expect(file.restoredFrom).toMatch(/^moved from src\/Adapter\.php, deleted in [0-9a-f]{10}$/);
    expect(isRestored(file)).toBe(true);
    expect(file.restoredLines).not.toContain(23);
  });

  it("a new file of a deleted file's name with mostly new code, or of another name, is the change's own (#11)", () => {
    const rewritten = adapter.map((l, i) => (i < 5 ? l : `    $other${i} = fresh(${i});`));
    const change = history((r) => {
      r.write("tests/Adapter.php", php(rewritten));
      r.write("tests/Other.php", php([...adapter.slice(0, 19), "    $line19 = computeDifferently(19);"]));
    });
    expect(change.files.find((f) => f.path === "tests/Adapter.php")!.restoredLines).toBeUndefined();
    expect(change.files.find((f) => f.path === "tests/Other.php")!.restoredLines).toBeUndefined();
  });

  it(`a deletion more than ${HISTORY_COMMITS} commits back is not searched; one within them is`, () => {
    expect(isRestored(history((r) => r.write("src/Adapter.php", php(adapter)), HISTORY_COMMITS - 2).files[0])).toBe(true);
    const change = history((r) => r.write("src/Adapter.php", php(adapter)), HISTORY_COMMITS + 1);
    expect(change.files[0].restoredLines).toBeUndefined();
  });

  it("a revert commit restores what the reverted commit deleted, in an edited file", () => {
    const r = makeRepo();
    r.write("src/a.py", ["def keep():", "    return 1", "", "def gone():", "    x = 1", "    y = 2", "    return x + y"].join("\n") + "\n");
    r.commit("root");
    r.write("src/a.py", "def keep():\n    return 1\n");
    const removal = r.commit("Drop gone()");
    const base = r.git("rev-parse", "HEAD").trim();
    r.git("revert", "--no-edit", removal);
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    const file = change.files[0];
    expect(file.restoredFrom).toBe(`what ${removal.slice(0, 10)} deleted, reverted`);
    expect(file.restoredLines).toEqual([4, 5, 6, 7]);
    expect(notAuthored("src/a.py", change)).toMatch(/not written in this change/);
  });

  it("a message naming a commit the base does not hold restores nothing (the author's words alone cannot)", () => {
    const r = makeRepo();
    r.write("src/a.py", "def keep():\n    return 1\n");
    const base = r.commit("root");
    r.write("src/a.py", "def keep():\n    return 1\n\ndef new():\n    return 2\n");
    const own = r.commit("Add new()");
    r.write("src/a.py", "def keep():\n    return 1\n");
    r.commit("Drop new()");
    r.write("src/a.py", "def keep():\n    return 1\n\ndef new():\n    return 3\n");
    r.commit(`Add new() again\n\nThis reverts commit ${own}.`);
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    expect(change.files[0].restoredLines).toBeUndefined();
  });

  it("a revert whose named commit a rebase renamed is found by the title it quotes, when its diff undoes that commit (spdx-licenses, set 44)", () => {
    const loop = ["def parse(s):", "    out = []", "    for c in s:", "        if c:", "            out.append(c)", "    return out"];
    const regex = ["def parse(s):", "    return re.findall('.', s)"];
    const r = makeRepo();
    r.write("src/a.py", loop.join("\n") + "\n");
    r.commit("root");
    r.write("src/a.py", regex.join("\n") + "\n");
    r.commit("apply a regex solution instead of tokenizer");
    const base = r.git("rev-parse", "HEAD").trim();
    r.write("src/a.py", loop.join("\n") + "\n");
    r.commit(`Revert "apply a regex solution instead of tokenizer"\n\nThis reverts commit 33a7305e22c8d4e2ce38586855fd3d4b7b2af3dd.`);
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    expect(change.files[0].restoredFrom).toBe(`what ${base.slice(0, 10)} deleted, reverted`);
    expect(change.verifiedReverts).toEqual([change.commits[0].sha]);
    // The same title over different code is new work: the quoted commit's diff is not undone.
    r.write(
      "src/a.py",
      ["def parse(s):", "    seen = {}", "    for c in s:", "        if c not in seen:", "            seen[c] = 1", "    return list(seen)"].join("\n") + "\n",
    );
    const second = r.git("rev-parse", "HEAD").trim();
    r.commit(`Revert "apply a regex solution instead of tokenizer"`);
    const own = readGitChange(r.dir, resolveRange(r.dir, { base: second, head: "HEAD" }));
    expect(own.files[0].restoredLines).toBeUndefined();
    expect(own.verifiedReverts).toBeUndefined();
  });

  it("an ordinary change with new files and no deletions in history marks nothing", () => {
    const r = makeRepo();
    const base = r.commit("root");
    r.write("src/new.py", "x = 1\n");
    r.commit("Add new.py");
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    expect(change.files[0].restoredLines).toBeUndefined();
  });

  it("a new file that copies a same-named file of another folder at base (95% of its lines) is not the change's code; a rewrite is", () => {
    const r = makeRepo();
    r.write("tests/unit/MultipartFormDataTests.cs", php(adapter));
    const base = r.commit("root");
    r.write("tests/integration/MultipartFormDataTests.cs", php(adapter));
    r.write("tests/integration/Other.cs", php(adapter.map((l) => l.replace("compute", "other"))));
    r.commit("Integration tests");
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    const copy = change.files.find((f) => f.path === "tests/integration/MultipartFormDataTests.cs")!;
    expect(copy.restoredFrom).toBe("a copy of tests/unit/MultipartFormDataTests.cs at base");
    expect(isRestored(copy)).toBe(true);
    expect(change.files.find((f) => f.path === "tests/integration/Other.cs")!.restoredLines).toBeUndefined();
  });

  it("a new file that ports a same-named base file (60% of its lines verbatim) has its old lines, verbatim or edited, marked; its new lines are the change's", () => {
    const r = makeRepo();
    const old = adapter.map((l, i) => (i % 4 === 0 ? l.replace(/compute\((\d+)\)/, "compute(t!($1))") : l));
    r.write("tests/replace.rs", php(old));
    const base = r.commit("root");
    const edited = old.map((l) => l.replace(/t!\((\d+)\)/, "$1"));
    r.write("newtests/replace.rs", php([...edited, ...Array.from({ length: 4 }, (_, i) => `    brandNew${i}(alpha, beta, gamma);`)]));
    r.commit("Cut over to the new tests");
    const port = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" })).files[0];
    expect(port.restoredFrom).toBe("ported from tests/replace.rs at base");
    const lineOf = (text: string) => port.addedLines.find((l) => l.text === text)!.line;
    expect(port.restoredLines).toEqual(expect.arrayContaining([lineOf(edited[0]), lineOf(edited[1])]));
    expect(port.restoredLines).not.toContain(lineOf("    brandNew0(alpha, beta, gamma);"));
  });

  it("a new file beside its original, named with a target framework's suffix and a line changed (serilog's LogEvent-net40.cs), is a copy", () => {
    const r = makeRepo();
    r.write("src/Events/LogEvent.cs", php(adapter));
    const base = r.commit("root");
    r.write("src/Events/LogEvent-net40.cs", php([...adapter.slice(0, 19), "    $dictionary = new Dictionary();"]));
    r.write("src/Events/Other-net40.cs", php(adapter.map((l) => l.replace("compute", "other"))));
    r.commit("Support .NET 4.0");
    const change = readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" }));
    const copy = change.files.find((f) => f.path === "src/Events/LogEvent-net40.cs")!;
    expect(copy.restoredFrom).toBe("a copy of src/Events/LogEvent.cs at base");
    expect(change.files.find((f) => f.path === "src/Events/Other-net40.cs")!.restoredLines).toBeUndefined();
  });

  it("small files alike by nature (an __init__.py) are not copies", () => {
    const r = makeRepo();
    r.write("a/__init__.py", "from .x import y\n");
    const base = r.commit("root");
    r.write("b/__init__.py", "from .x import y\n");
    r.commit("Add b");
    expect(readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" })).files[0].restoredLines).toBeUndefined();
  });
});

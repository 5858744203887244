import { INITIAL_FILES, markImportedCode, MIN_IMPORTED_LINES, MIN_PROJECT_LINES, NEAR_EMPTY_BASE } from "../../src/analysis/imported-code.js";
import { prefetchProject } from "../../src/analysis/upstream-code.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { isRestored } from "../../src/model/restored-lines.js";
import type { ChangedFile } from "../../src/model/change.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

const code = (n: number, tag = "x") => Array.from({ length: n }, (_, i) => `let ${tag}${i} = compute(${i});`);
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

describe("markImportedCode: a package imported whole (#10)", () => {
  /** A crate as regex c79c40a39e brought regex-automata in: manifest, licence, README, thousands of lines. */
  const crate = (dir: string, lines = MIN_IMPORTED_LINES, extra: string[] = ["LICENSE-MIT", "README.md"]) => [
    added(`${dir}/Cargo.toml`, ["[package]", `name = "${dir}"`]),
    ...extra.map((name) => added(`${dir}/${name}`, ["Permission is hereby granted"])),
    added(`${dir}/src/dfa/search.rs`, code(lines, dir.replace(/-/g, "_"))),
  ];
  const review = (files: ChangedFile[], message: string) => {
    const c = change(files, { title: message.split("\n")[0], commits: [commit(message)] });
    markImportedCode(c);
    return c;
  };

  it("is not authored when the message names the package it imports, with a crate brought in with it", () => {
    const c = review(
      [...crate("regex-automata"), ...crate("regex-cli", 3000, ["LICENSE-APACHE"]), added("src/lib.rs", code(20))],
      "impl: initial import of regex-automata",
    );
    expect(notAuthored("regex-automata/src/dfa/search.rs", c)).toMatch(/imported whole with regex-automata/);
    expect(notAuthored("regex-cli/src/dfa/search.rs", c)).toMatch(/imported whole with regex-automata/);
    expect(notAuthored("src/lib.rs", c)).toBeUndefined();
  });

  it.each([
    ["Import SwiftPoet", "swiftpoet"],
    ["Vendor idna v2.1", "idna"],
    ["Move flow-next into this repository", "flow-next"],
    ["Merge the regex_lite crate into the workspace", "regex_lite"],
  ])("reads %j as importing %s", (message, dir) => {
    const c = review(crate(dir), message);
    expect(isRestored(c.files[c.files.length - 1])).toBe(true);
  });

  it("needs the message, the package's name in it, its manifest, its licence or README, its size and only new files", () => {
    const unnamed = review(crate("regex-automata"), "Add a new DFA engine");
    const other = review(crate("regex-automata"), "Import the DFA tests");
    const small = review(crate("regex-automata", MIN_IMPORTED_LINES - 10), "initial import of regex-automata");
    const noManifest = review(crate("regex-automata").slice(1), "initial import of regex-automata");
    const bare = review(crate("regex-automata", MIN_IMPORTED_LINES, []), "initial import of regex-automata");
    const edited = review(
      [...crate("regex-automata"), addedFile("regex-automata/src/lib.rs", ["x"], 1, { status: "modified" })],
      "initial import of regex-automata",
    );
    for (const c of [unnamed, other, small, noManifest, bare, edited]) expect(c.files.some(isRestored)).toBe(false);
  });

  it("a package alongside the imported one needs a licence of its own: a README alone is the project's new package", () => {
    const c = review([...crate("regex-automata"), ...crate("regex-test", 3000, ["README.md"])], "initial import of regex-automata");
    expect(notAuthored("regex-test/src/dfa/search.rs", c)).toBeUndefined();
  });
});

describe("markImportedCode: an existing body of code added in a folder of its own (#10)", () => {
  const avalon = (lines = MIN_IMPORTED_LINES) => [
    added("src/java/org/apache/commons/cli/avalon/CLArgsParser.java", code(lines - 500, "p")),
    added("src/test/org/apache/commons/cli/avalon/ClutilTestCase.java", code(500, "t")),
  ];
  const review = (files: ChangedFile[], message: string) => {
    const c = change(files, { title: message, commits: [commit(message)] });
    markImportedCode(c);
    return c;
  };

  it("is not authored when the message names the old code the folder holds (commons-cli 107ea069b9)", () => {
    const c = review(avalon(), "Added the old Avalon Excalibur CLI package Submitted by: Sebb Issue: 34672");
    expect(notAuthored("src/java/org/apache/commons/cli/avalon/CLArgsParser.java", c)).toMatch(/existing code added whole in avalon\//);
    expect(c.files.every(isRestored)).toBe(true);
  });

  it("needs words that say the code existed, a folder they name, its size and only new files there", () => {
    const fresh = review(avalon(), "Add an Avalon CLI package");
    const unnamed = review(avalon(), "Added the old Excalibur CLI package");
    const small = review(avalon(MIN_IMPORTED_LINES - 10), "Added the old Avalon Excalibur CLI package");
    const edited = review(
      [...avalon(), addedFile("src/java/org/apache/commons/cli/avalon/Token.java", ["x"], 1, { status: "modified" })],
      "Added the old Avalon Excalibur CLI package",
    );
    for (const c of [fresh, unnamed, small, edited]) expect(c.files.some(isRestored)).toBe(false);
  });
});

describe("markImportedCode: a component the message says it moves in (set 42)", () => {
  // symfony/string 190fea9707, "[String] Move Inflector in String": the split repository shows the move as new files.
  const inflector = (lines = 500) => [
    added("Inflector/EnglishInflector.php", code(lines - 30, "e")),
    added("Inflector/InflectorInterface.php", code(30, "i")),
    added("Tests/EnglishInflectorTest.php", code(300, "t")),
  ];
  const review = (files: ChangedFile[], message: string) => {
    const c = change(files, { title: message, commits: [commit(message)] });
    markImportedCode(c);
    return c;
  };

  it("is not authored: the new folder the message names (symfony/string 190fea9707)", () => {
    const c = review(inflector(), "[String] Move Inflector in String");
    expect(notAuthored("Inflector/EnglishInflector.php", c)).toMatch(/existing code added whole in Inflector\//);
    expect(notAuthored("Tests/EnglishInflectorTest.php", c)).toBeUndefined();
  });

  it("needs the folder named, new files only there, and a component's size", () => {
    const unnamed = review(inflector(), "[String] Add an English inflector");
    const lower = review(inflector(), "move inflector in string");
    const small = review(inflector(150), "[String] Move Inflector in String");
    const edited = review([...inflector(), addedFile("Inflector/Rules.php", ["x"], 1, { status: "modified" })], "Move Inflector into String");
    for (const c of [unnamed, lower, small, edited]) expect(notAuthored("Inflector/EnglishInflector.php", c)).toBeUndefined();
  });
});

describe("markImportedCode: a separate project added whole (#10)", () => {
  /** A site with its own manifest and lockfile, as formik a36670d06e brought `website2/` (a Next.js site from a template). */
  const site = (dir: string, lines = MIN_PROJECT_LINES, lockfile = "yarn.lock") => [
    added(`${dir}/package.json`, ['{ "name": "site" }']),
    ...(lockfile ? [added(`${dir}/${lockfile}`, ["# yarn lockfile v1"])] : []),
    added(`${dir}/src/lib/notion/getTableData.ts`, code(lines / 2, "a")),
    added(`${dir}/src/pages/index.tsx`, code(lines / 2, "b")),
    added(`${dir}/src/pages/docs/tutorial.md`, ["# Tutorial"]),
  ];
  const review = (files: ChangedFile[]) => {
    const c = change(files, { title: "New docs", commits: [commit("New docs")] });
    markImportedCode(c);
    return c;
  };

  it("is not authored: a folder added whole with its own manifest and lockfile, and thousands of lines of code", () => {
    const c = review([...site("website2"), added("now.json", ["{}"])]);
    expect(notAuthored("website2/src/lib/notion/getTableData.ts", c)).toMatch(/a separate project added whole in website2\//);
    expect(notAuthored("now.json", c)).toBeUndefined();
  });

  it("needs the lockfile (a workspace's new package shares the root's), the size, and only new files", () => {
    const workspacePackage = review(site("packages/new-lib", MIN_PROJECT_LINES, ""));
    const small = review(site("website2", MIN_PROJECT_LINES - 10));
    const edited = review([...site("website2"), addedFile("website2/src/old.ts", ["x"], 1, { status: "modified" })]);
    for (const c of [workspacePackage, small, edited]) expect(c.files.some(isRestored)).toBe(false);
  });
});

describe("markImportedCode: files the message names as imported from another project (#10)", () => {
  const files = () => [
    added("moshi/src/JsonReader.java", code(40)),
    added("moshi/src/JsonWriter.java", code(40, "w")),
    added("moshi/src/JsonReaderTest.java", code(40, "t")),
  ];
  const review = (title: string) => {
    const c = change(files(), { title, commits: [commit(title)], repository: { owner: "square", name: "moshi" } });
    markImportedCode(c);
    return c;
  };

  it("marks the named files only, not their tests", () => {
    const c = review("Import JsonReader and JsonWriter from Gson.");
    expect(notAuthored("moshi/src/JsonReader.java", c)).toMatch(/imported from another project/);
    expect(notAuthored("moshi/src/JsonWriter.java", c)).toMatch(/imported from another project/);
    expect(notAuthored("moshi/src/JsonReaderTest.java", c)).toBeUndefined();
  });

  it.each([["Import JsonReader from moshi's old branch"], ["Import JsonReader from master"], ["Add JsonReader"], ["Use `import JsonReader from 'gson'`"]])(
    "%j imports nothing from another project",
    (title) => expect(review(title).files.some(isRestored)).toBe(false),
  );
});

describe("markImportedCode: the same file added at two paths (#10)", () => {
  const tool = code(40, "flow");
  const review = (files: ChangedFile[]) => {
    const c = change(files);
    markImportedCode(c);
    return c;
  };

  it("judges one copy: the longer, then the first by path", () => {
    const c = review([added("android/src/Codec.kt", code(30)), added("jvm/src/Codec.kt", [...code(30), "// jvm"])]);
    expect(notAuthored("jvm/src/Codec.kt", c)).toBeUndefined();
    expect(notAuthored("android/src/Codec.kt", c)).toMatch(/a copy of jvm\/src\/Codec.kt, added in the same change/);
    const same = review([added("b/util.py", code(30)), added("a/helpers.py", code(30))]);
    expect(notAuthored("a/helpers.py", same)).toBeUndefined();
    expect(notAuthored("b/util.py", same)).toMatch(/a copy of a\/helpers.py/);
  });

  it("judges none when one copy is tooling in a root dot-folder, nor the new folder the copy is most of", () => {
    const c = review([
      added(".flow/bin/flowctl.py", tool),
      added("scripts/ralph/flowctl.py", tool.slice(1)),
      added("scripts/ralph/hooks/ralph-guard.py", code(12, "guard")),
      added("scripts/other.py", code(12, "mine")),
    ]);
    expect(notAuthored("scripts/ralph/flowctl.py", c)).toMatch(/a copy of \.flow\/bin\/flowctl.py/);
    expect(notAuthored("scripts/ralph/hooks/ralph-guard.py", c)).toMatch(/installed with/);
    expect(notAuthored("scripts/other.py", c)).toBeUndefined();
  });

  it("a folder that was there already, or one the copy is less than half of, keeps its other files judged", () => {
    const existing = review([
      added(".flow/bin/flowctl.py", tool),
      added("scripts/flowctl.py", tool),
      addedFile("scripts/build.py", ["x = 1"], 1, { status: "modified" }),
    ]);
    expect(notAuthored("scripts/flowctl.py", existing)).toMatch(/a copy/);
    const mostlyOwn = review([added(".flow/bin/flowctl.py", tool), added("tools/flowctl.py", tool), added("tools/release.py", code(60, "rel"))]);
    expect(notAuthored("tools/release.py", mostlyOwn)).toBeUndefined();
  });

  it("files that only share some lines, or small ones, are each judged", () => {
    const c = review([
      added("a/Codec.kt", code(30)),
      added("b/Codec.kt", [...code(20), ...code(10, "other")]),
      added("a/__init__.py", code(3)),
      added("b/__init__.py", code(3)),
    ]);
    for (const f of c.files) expect(isRestored(f)).toBe(false);
  });
});

describe("markImportedCode: an initial import (#10)", () => {
  const project = (base: string[]) => ({ basePaths: () => base, texts: () => new Map<string, string>() });
  /** A project brought in whole: `n` files of `lines` lines each. */
  const projectFiles = (n: number, lines: number) => Array.from({ length: n }, (_, i) => added(`src/Module${i}.cs`, code(lines, `m${i}`)));
  const review = (files: ChangedFile[], base: string[], title = "Initial files") => {
    const c = change(files, { title, commits: [commit(title)] });
    markImportedCode(c, undefined, project(base));
    return c;
  };

  it("a project brought into a near-empty repository (README, LICENSE, .gitignore) is not the change's code", () => {
    const c = review(
      [...projectFiles(INITIAL_FILES, 100), addedFile("README.md", ["# Acme", "More"], 1, { status: "modified" })],
      ["README.md", "LICENSE", ".gitignore"],
    );
    expect(notAuthored("src/Module0.cs", c)).toMatch(/an initial import: 20 files brought into a repository of 3 files/);
  });

  it("a root commit (git's empty tree as base) is an initial import too, whatever its message", () => {
    const c = review(projectFiles(30, 100), [], "Add everything");
    expect(c.files.every(isRestored)).toBe(true);
    expect(notAuthored("src/Module0.cs", c)).toMatch(/a repository of no files/);
  });

  it("needs a near-empty base, a project's size, and few edits", () => {
    const grown = review(
      projectFiles(30, 100),
      Array.from({ length: NEAR_EMPTY_BASE + 1 }, (_, i) => `src/Old${i}.cs`),
    );
    const fewFiles = review(projectFiles(INITIAL_FILES - 1, 200), [], "Add the parser");
    const fewLines = review(projectFiles(30, 10), []);
    const edits = review(
      [...projectFiles(30, 100), ...Array.from({ length: 6 }, (_, i) => addedFile(`src/Old${i}.cs`, ["x"], 1, { status: "modified" }))],
      ["README.md"],
    );
    for (const c of [grown, fewFiles, fewLines, edits]) expect(c.files.some(isRestored)).toBe(false);
  });

  it('a CVS-converted message whose subject follows a blank line says it too ("Initial check in for Commons Validator.")', () => {
    const cvs = (message: string) => {
      const c = change(projectFiles(16, 250), { title: "", commits: [commit(message)] });
      markImportedCode(c, undefined, project(["build.xml", "README"]));
      return c;
    };
    expect(notAuthored("src/Module0.cs", cvs("\nInitial check in for Commons Validator.  Need to switch logging.\n"))).toMatch(/an initial import: 16 files/);
    expect(cvs("\nAdd the validator engine.\n").files.some(isRestored)).toBe(false);
  });

  it('fewer files are enough when the change says it is the import (gorilla/mux\'s "Initial files": 8 files, 2,500 lines)', () => {
    const announced = review(projectFiles(8, 320), ["README.md"]);
    expect(notAuthored("src/Module0.cs", announced)).toMatch(/an initial import: 8 files/);
    const two = review(projectFiles(2, 1300), ["README.md"]);
    const unannounced = review(projectFiles(8, 320), ["README.md"], "Add the router");
    for (const c of [two, unannounced]) expect(c.files.some(isRestored)).toBe(false);
  });

  it("fewer lines are enough when the change says they were moved from another project (pluggy d52233200b, 1,500 lines from pytest)", () => {
    const moved = review(projectFiles(4, 380), ["README.rst"], "initial commit (code, tests moved from pytest and adapted)");
    expect(moved.files.every(isRestored)).toBe(true);
    const own = review(projectFiles(4, 380), ["README.rst"], "initial commit");
    const fromBranch = review(projectFiles(4, 380), ["README.rst"], "initial commit (tests moved from master)");
    const tiny = review(projectFiles(4, 100), ["README.rst"], "initial commit (code moved from pytest)");
    for (const c of [own, fromBranch, tiny]) expect(c.files.some(isRestored)).toBe(false);
  });

  it("fewer lines are enough when the subject names the host the project lived on (i18n 63848e3533: 23 files, 1,150 lines from rubyforge)", () => {
    const hosted = review(projectFiles(23, 50), ["README"], "imported the old i18n project from rubyforge, written by the Ruby i18n team.");
    const svn = review(projectFiles(6, 100), ["README"], "Import of the parser from svn");
    for (const c of [hosted, svn]) expect(c.files.every(isRestored)).toBe(true);
    const ownWords = review(projectFiles(23, 50), ["README"], "imported the parser from the old branch");
    const notImport = review(projectFiles(23, 50), ["README"], "Add docs about the move from rubyforge");
    for (const c of [ownWords, notImport]) expect(c.files.some(isRestored)).toBe(false);
  });

  it("the GitHub App reads the tree for a candidate only, and nothing more when the base is not near-empty", async () => {
    const candidate = change(projectFiles(30, 100), { commits: [commit("Initial files")] });
    let trees = 0;
    let reads = 0;
    const tree = (paths: string[]) => async () => (trees++, paths);
    const texts = async (): Promise<[Map<string, string>, Map<string, string>]> => (reads++, [new Map(), new Map()]);
    expect(await prefetchProject(change(projectFiles(3, 10)), tree([]), texts)).toBeUndefined();
    expect(trees).toBe(0);
    expect(await prefetchProject(candidate, tree(Array.from({ length: 50 }, (_, i) => `src/Old${i}.cs`)), texts)).toBeUndefined();
    expect(reads).toBe(0);
    const near = await prefetchProject(candidate, tree(["README.md"]), texts);
    expect(near?.basePaths()).toEqual(["README.md"]);
  });
});

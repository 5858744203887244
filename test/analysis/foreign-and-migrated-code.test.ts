import { markImportedCode } from "../../src/analysis/imported-code.js";
import { MIN_FOREIGN_LINES } from "../../src/analysis/foreign-tool-folder.js";
import { migratedFrom } from "../../src/analysis/migrated-code.js";
import { copyNotice } from "../../src/analysis/not-authored.js";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { prefetchProject } from "../../src/analysis/upstream-code.js";
import type { ChangedFile } from "../../src/model/change.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

const code = (n: number, tag = "x") => Array.from({ length: n }, (_, i) => `${tag}${i} = compute(${i})`);
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });
const modified = (path: string, lines: string[]) => addedFile(path, lines, 10, { status: "modified" });
const project = (base: string[], head: Record<string, string> = {}) => ({
  basePaths: () => base,
  texts: (side: "base" | "head", paths: string[]) => new Map(side === "head" ? paths.flatMap((p) => (p in head ? [[p, head[p]] as const] : [])) : []),
});
const review = (files: ChangedFile[], message: string, base: string[], head: Record<string, string> = {}) => {
  const c = change(files, { title: message.split("\n")[0], commits: [commit(message)] });
  markImportedCode(c, undefined, project(base, head));
  return c;
};

describe("markImportedCode: a tool in another language under a root lib/ or tools/ folder (#10)", () => {
  const goRepo = ["uuid/uuid.go", "uuid/node.go", "uuid/time.go", "uuid/hash.go", "Makefile", "README"];

  it.each([
    ["a Python tool in a Go repository's lib/", "lib/codereview/codereview.py", goRepo],
    ["a Ruby tool in a Rust repository's tools/", "tools/release/release.rb", ["src/lib.rs", "src/main.rs", "src/walk.rs", "Cargo.toml"]],
    ["a JavaScript tool in a Java repository's extern/", "extern/highlight/highlight.js", ["src/main/A.java", "src/main/B.java", "src/test/ATest.java"]],
    ["a Go tool in a Python repository's tools/", "tools/gen/main.go", ["src/pkg/a.py", "src/pkg/b.py", "tests/test_a.py"]],
  ])("%s is not the project's code", (_, path, base) => {
    const c = review([added(path, code(MIN_FOREIGN_LINES))], "source re-organization", base);
    expect(notAuthored(path, c)).toMatch(/a tool in another language/);
  });

  it.each([
    ["Ruby's lib/ in a Ruby gem", "lib/i18n/backend.rb", ["lib/i18n.rb", "spec/a_spec.rb", "spec/b_spec.rb", "Rakefile"]],
    ["JavaScript in the lib/ of a TypeScript project", "lib/cli.js", ["src/a.ts", "src/b.ts", "src/c.tsx"]],
    ["Java in the tools/ of a Kotlin project", "tools/Shim.java", ["src/A.kt", "src/B.kt", "src/C.kt"]],
    ["a repository whose only code is its lib/", "lib/index.js", ["README.md", "package.json"]],
    ["Python in a src/ folder, not a tool folder", "src/codereview.py", goRepo],
  ])("%s stays the project's", (_, path, base) => {
    const c = review([added(path, code(MIN_FOREIGN_LINES))], "add it", base);
    expect(notAuthored(path, c)).toBeUndefined();
  });

  it("a helper script smaller than a program stays the team's to be judged", () => {
    const c = review([added("tools/gen.py", code(MIN_FOREIGN_LINES - 1))], "add a generator", goRepo);
    expect(notAuthored("tools/gen.py", c)).toBeUndefined();
  });

  it("the GitHub App reads the tree for such a file", async () => {
    const c = change([added("lib/codereview/codereview.py", code(MIN_FOREIGN_LINES))], { title: "move" });
    const reader = await prefetchProject(
      c,
      async () => goRepo,
      async () => [new Map(), new Map()],
    );
    expect(reader?.basePaths()).toEqual(goRepo);
  });
});

describe("migratedFrom: a message that says the code came over from another project (#10)", () => {
  const words = new Set(["src", "main", "utils", "diff"]);
  const said = (message: string, repository = { owner: "apache", name: "commons-text" }) =>
    migratedFrom(change([], { title: message, commits: [commit(message)], repository }), words);

  it("a name the repository's own begins is its own older version", () => {
    expect(said("Porting response parsing from Guzzle3", { owner: "guzzle", name: "guzzle" })).toBeUndefined();
  });

  it("an issue key of the repository's own tracker, by its name or its folders, is no other project", () => {
    expect(said("Applying Brian Egge's fix and unit test from CLI-13", { owner: "apache", name: "commons-cli" })).toBeUndefined();
    expect(said("Applying Brian Egge's fix and unit test from CLI-13", { owner: "someone", name: "mirror" })).toBe("CLI-13");
    expect(migratedFrom(change([], { title: "Applying the fix from CLI-13", commits: [] }), new Set(["org", "apache", "commons", "cli"]))).toBeUndefined();
  });

  it.each([
    ["Migrating Myers algorithm from [collections]", "[collections]"],
    ["feat(diff): migrate the Myers diff from [collections]", "[collections]"],
    ["TEXT-26: adding JaroWinkler changes from LUCENE-1297", "LUCENE-1297"],
    ["Ported the tokenizer from CPython", "CPython"],
    ["Port fix from KOTLIN-1234", "KOTLIN-1234"],
    ["Adapted the matcher from google-diff-match-patch", "google-diff-match-patch"],
    ["Migrate the ordered dict from Werkzeug", "Werkzeug"],
  ])("%j: from %s", (message, source) => {
    expect(said(message)).toBe(source);
  });

  it.each([
    "Migrate from Travis to GitHub Actions",
    "Migrating tests from JUnit 4 to JUnit 5",
    "Port helpers from utils",
    "TEXT-30: apply fix from TEXT-29",
    "Adding changes from review",
    "Add the option from Click",
    "migrate from scratch",
    "Moved code from main",
    "Migrating StrBuilder from [text]",
    "Import JsonReader and JsonWriter from Gson",
    "Merge pull request #646 from DDAN-17/master",
    "Merge pull request from GHSA-93gm-qmq6-w238",
    "Migrate from Black, isort, flake8, autoflake, pyupgrade to Ruff",
    "Migrate away from Kotlin JS plugin",
    "Remove `KeyGenerator` implementation ported from Rails 4.x.",
    "Fix distribution name normalization\n\nAdapted the check from PEP-0503's [examples](https://peps.python.org)",
    "Read Port From Environment",
  ])("%j names no other project", (message) => {
    expect(said(message)).toBeUndefined();
  });
});

describe("markImportedCode: code migrated from another project (#10)", () => {
  const base = ["src/main/java/org/apache/commons/text/StrBuilder.java", "pom.xml"];

  it("marks the code files the change adds, not its tests", () => {
    const c = review(
      [
        added("src/main/java/org/apache/commons/text/diff/StringsComparator.java", code(300)),
        added("src/test/java/org/apache/commons/text/diff/StringsComparatorTest.java", code(100)),
      ],
      "Migrating Myers algorithm from [collections]",
      base,
    );
    expect(notAuthored("src/main/java/org/apache/commons/text/diff/StringsComparator.java", c)).toMatch(/migrated from \[collections\]/);
    expect(notAuthored("src/test/java/org/apache/commons/text/diff/StringsComparatorTest.java", c)).toBeUndefined();
  });

  it.each([
    ["Java", "src/Distance.java", "/**\n * This code has been adapted from Apache Commons Lang 3.3.\n */\npublic class Distance {}"],
    ["Python", "pkg/distance.py", '"""Ported from jellyfish\'s jaro module."""\n\ndef matches(a, b):\n    pass'],
    ["Go", "distance.go", "// Adapted from github.com/xrash/smetrics.\npackage distance"],
  ])("marks the lines added to a %s file whose header says it is adapted from another work", (_, path, text) => {
    const c = review([modified(path, code(40))], "TEXT-26: adding JaroWinkler changes from LUCENE-1297", base, { [path]: text });
    expect(notAuthored(path, c)).toMatch(/migrated from LUCENE-1297/);
  });

  it("leaves an edited file without such a notice to the change, and everything when the message names no other project", () => {
    const edited = review([modified("src/Distance.java", code(40))], "TEXT-26: adding JaroWinkler changes from LUCENE-1297", base, {
      "src/Distance.java": "/** A distance. */\npublic class Distance {}",
    });
    expect(notAuthored("src/Distance.java", edited)).toBeUndefined();
    const own = review([added("src/main/java/Diff.java", code(300))], "TEXT-12: add a diff", base);
    expect(notAuthored("src/main/java/Diff.java", own)).toBeUndefined();
  });
});

describe("copyNotice: a class doc that says the code has been adapted (#10)", () => {
  it.each([" * This code has been adapted from Apache Commons Lang 3.3.", "# The module has been adapted from Werkzeug."])("%j", (line) => {
    expect(copyNotice(line)).not.toBeNull();
  });
});

describe("markImportedCode reads the repository's file list only when a change may need it (#13)", () => {
  // `bottomline report` reviews a thousand changes: a `git ls-tree` for each one made it five times slower.
  const untouchable = {
    basePaths: (): string[] => {
      throw new Error("the file list was read");
    },
    texts: () => new Map<string, string>(),
  };

  it.each([
    ["an ordinary change", "src/walk.py", "Fix the symlink loop (#12)"],
    ["a subject that names no source", "src/walk.py", "Refactor the walker"],
  ])("%s: no file list", (_, path, message) => {
    const c = change([modified(path, code(5))], { title: message, commits: [commit(message)] });
    expect(() => markImportedCode(c, undefined, untouchable)).not.toThrow();
    expect(notAuthored(path, c)).toBeUndefined();
  });

  it("a subject that says where the code came from reads it", () => {
    const message = "Migrate the diff algorithm from Collections";
    const c = change([added("src/diff/Myers.java", code(50))], { title: message, commits: [commit(message)] });
    expect(() => markImportedCode(c, undefined, untouchable)).toThrow("the file list was read");
  });
});

import { packagesTestedByScript, scriptTestsPackage, TEST_SCRIPT } from "../../src/analysis/tests-run-script.js";
import { addedFile } from "../helpers/make-change.js";

const script = (path: string, lines: string[], added: number[]) => ({
  file: addedFile(path, [], 1, { addedLines: added.map((l) => ({ line: l, text: lines[l - 1] })) }),
  text: lines.join("\n"),
});

describe("TEST_SCRIPT", () => {
  it("knows shell and PowerShell scripts, Makefiles and justfiles", () => {
    for (const p of ["ci/miri.sh", "scripts/test.bash", "build/test.ps1", "Makefile", "sub/GNUmakefile", "justfile"]) expect(TEST_SCRIPT.test(p)).toBe(true);
    for (const p of ["src/lib.rs", "ci/config.yml", "README.md"]) expect(TEST_SCRIPT.test(p)).toBe(false);
  });
});

describe("packagesTestedByScript", () => {
  const miri = [
    "#!/bin/bash",
    "case $group in",
    "  others)",
    "    cargo miri test --all-features \\",
    "        -p crossbeam-queue \\",
    "        -p crossbeam-epoch \\",
    "        -p crossbeam 2>&1 | ts -i '%.s  '",
    "    # Tree Borrows for skiplist",
    '    MIRIFLAGS="-Zmiri-tree-borrows" \\',
    "        cargo miri test -p crossbeam-skiplist",
    "    ;;",
    "esac",
  ];
  it("names the packages of a test command the change edits, across `\\` continuations", () => {
    const { file, text } = script("ci/miri.sh", miri, [5]);
    const named = packagesTestedByScript(file, text);
    expect([...named.names].sort()).toEqual(["crossbeam", "crossbeam-epoch", "crossbeam-queue"]);
    expect(scriptTestsPackage("crossbeam-epoch", named)).toBe(true);
    expect(scriptTestsPackage("crossbeam-skiplist", named)).toBe(false);
  });
  it("names nothing for an edit outside a test command, or a comment", () => {
    const { file, text } = script("ci/miri.sh", miri, [1, 8]);
    const named = packagesTestedByScript(file, text);
    expect(named.names.size + named.paths.size).toBe(0);
  });
  it("reads paths into a package (`go test ./internal/cache/...`) and matches the package's folder", () => {
    const { file, text } = script("scripts/test.sh", ["set -e", "go test -race ./internal/cache/..."], [2]);
    const named = packagesTestedByScript(file, text);
    expect(scriptTestsPackage("internal/cache", named)).toBe(true);
    expect(scriptTestsPackage("internal", named)).toBe(true);
    expect(scriptTestsPackage("internal/store", named)).toBe(false);
  });
  it("a command for the whole workspace names no package", () => {
    const { file, text } = script("ci/test.sh", ["cargo test --workspace --all-features"], [1]);
    const named = packagesTestedByScript(file, text);
    expect(scriptTestsPackage("crossbeam-epoch", named)).toBe(false);
  });
});

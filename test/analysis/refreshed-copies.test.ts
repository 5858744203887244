import { refreshesCopiedFolder } from "../../src/analysis/initial-import.js";
import { addedFile, change, commit } from "../helpers/make-change.js";

// BurntSushi/toml 45e7e490be "Update toml-test" and 21961ea9d5 "Update toml-test from upstream" (judged set 16):
// internal/toml-test/ is the toml-test suite's runner, refreshed from its own repository.
describe("refreshesCopiedFolder", () => {
  const file = addedFile("internal/toml-test/runner.go", ["package tomltest"], 1, { status: "modified" });
  const by = (subject: string) => change([file], { title: subject, commits: [commit(subject)] });

  it.each(["Update toml-test", "Update toml-test from upstream", "sync toml-test", "Bump vendored toml-test to 1.5"])("%s: upstream's copy", (subject) => {
    expect(refreshesCopiedFolder(file.path, by(subject))).toBe(true);
  });

  it("a plain folder name needs the word upstream", () => {
    const own = addedFile("src/parser/lexer.go", ["package parser"], 1, { status: "modified" });
    expect(refreshesCopiedFolder(own.path, change([own], { title: "Update parser", commits: [commit("Update parser")] }))).toBe(false);
    expect(refreshesCopiedFolder(own.path, change([own], { title: "Update parser from upstream", commits: [commit("Update parser from upstream")] }))).toBe(
      true,
    );
  });

  it.each(["Update the runner", "Add toml-test", "Fix toml-test runner output", "Update toml"])("%s: the project's own work", (subject) => {
    expect(refreshesCopiedFolder(file.path, by(subject))).toBe(false);
  });
});

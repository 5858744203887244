import { samplePaths, practiceTexts, SAMPLE_FILES } from "../../src/analysis/practice-sample.js";
import { addedFile, change } from "../helpers/make-change.js";
import { modifiedFile } from "../helpers/base-head.js";
import type { ChangedFile } from "../../src/model/change.js";

// The project's own code near a changed file, shared by max-line-length (kept-width.ts) and the structure rules
// (function-practice.ts): untouched files of its extension, nearest folder first, bounded.

describe("samplePaths", () => {
  const tree = ["src/cmd/a.go", "src/cmd/b.go", "src/cmd/new.go", "src/other.go", "lib/far.go", "src/cmd/readme.md"];

  it("takes untouched files of the same extension, the same folder's before its parent's and others", () => {
    const c = change([addedFile("src/cmd/new.go", ["package cmd"])]);
    expect(samplePaths(c, [...tree], c.files)).toEqual(["src/cmd/a.go", "src/cmd/b.go", "src/other.go", "lib/far.go"]);
  });

  it("never samples a path the change touches: a pull request cannot make its own practice", () => {
    const c = change([addedFile("src/cmd/new.go", ["package cmd"]), addedFile("src/cmd/a.go", ["package cmd"])]);
    expect(samplePaths(c, [...tree], c.files.slice(0, 1))).not.toContain("src/cmd/a.go");
  });

  it("is bounded per changed file", () => {
    const many = Array.from({ length: 40 }, (_, i) => `src/cmd/f${i}.go`);
    const c = change([addedFile("src/cmd/new.go", ["package cmd"])]);
    expect(samplePaths(c, many, c.files)).toHaveLength(SAMPLE_FILES);
  });

  it("gives nothing for a file without an extension", () => {
    const c = change([addedFile("Makefile", ["all:"])]);
    expect(samplePaths(c, ["Makefile", "src/a.go"], c.files)).toEqual([]);
  });
});

describe("practiceTexts", () => {
  it("reads the sample's texts and the changed file's own base text, not its head", () => {
    const { file, lookups } = modifiedFile("src/cmd/run.go", "package cmd // base", "package cmd // head");
    const c = change([file as ChangedFile]);
    lookups.fileContents.set("src/cmd/a.go", "package cmd // sibling");
    const texts = practiceTexts(c, file, { ...lookups, fileTree: ["src/cmd/run.go", "src/cmd/a.go"] });
    expect(texts).toEqual(["package cmd // sibling", "package cmd // base"]);
  });

  it("is empty without the tree", () => {
    const { file, lookups } = modifiedFile("src/cmd/run.go", "package cmd", "package cmd\n");
    expect(practiceTexts(change([file]), file, lookups)).toEqual([]);
  });
});

import { extensionOf, isCodeFile, languageOf } from "../../src/text/languages.js";

describe("languageOf", () => {
  it.each([
    ["src/a.ts", "c-like"],
    ["src/A.java", "c-like"],
    ["main.go", "go"],
    ["src/lib.rs", "rust"],
    ["app/a.py", "python"],
    ["Rakefile", "ruby"],
    ["lib/a.rb", "ruby"],
    ["src/A.php", "php"],
    ["run.sh", "shell"],
    ["README.md", "unknown"],
    ["Makefile", "unknown"],
    // A file named for an Object member is no language (the table's own keys only).
    ["src/a.constructor", "unknown"],
    ["lib/b.__proto__", "unknown"],
  ])("%s is %s", (path, lang) => expect(languageOf(path)).toBe(lang));

  it("reads extensions case-insensitively and ignores dotfiles", () => {
    expect(extensionOf("src/A.TS")).toBe("ts");
    expect(extensionOf(".env")).toBe("");
  });

  it("treats shell scripts and unknown files as not code for the code-only rules", () => {
    expect(isCodeFile("run.sh")).toBe(false);
    expect(isCodeFile("config.yml")).toBe(false);
    expect(isCodeFile("src/a.kt")).toBe(true);
  });
});

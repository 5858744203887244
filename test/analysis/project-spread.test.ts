import { spreadOf, SPREAD_FILES } from "../../src/analysis/project-spread.js";
import { fileTemplateLines } from "../../src/analysis/macro-templates.js";
import { addedFile, change } from "../helpers/make-change.js";

// The project at large, read for its practice beside the nearest files (kept-width.ts): spread over the tree, bounded.

describe("spreadOf", () => {
  const c = change([addedFile("src/a/new.kt", ["package a"])]);

  it("spreads its picks evenly over the sorted files of the extension, at most SPREAD_FILES", () => {
    const tree = Array.from({ length: 80 }, (_, i) => `src/m${String(i).padStart(2, "0")}/F.kt`);
    const picked = spreadOf(c, "src/a/new.kt", tree);
    expect(picked).toHaveLength(SPREAD_FILES);
    expect(picked[0]).toBe("src/m05/F.kt");
    expect(picked[SPREAD_FILES - 1]).toBe("src/m75/F.kt");
  });

  it("leaves out tests, other extensions and the change's own paths", () => {
    const tree = ["src/a/new.kt", "src/b/Main.kt", "src/test/kotlin/MainTest.kt", "src/b/main.java", "README.md"];
    expect(spreadOf(c, "src/a/new.kt", tree)).toEqual(["src/b/Main.kt"]);
  });

  it("gives nothing for a file without an extension", () => {
    expect(spreadOf(change([addedFile("Makefile", ["all:"])]), "Makefile", ["Makefile", "b/Makefile"])).toEqual([]);
  });
});

describe("fileTemplateLines", () => {
  const lines = ["fn f() {", "    quote! {", "        fn g() {}", "    }", "    let x = 1;", "}"];

  it("gives the lines inside a Rust file's quote! template", () => {
    expect([...fileTemplateLines("src/lib.rs", lines)]).toEqual([3, 4]);
  });

  it("gives none in another language", () => {
    expect(fileTemplateLines("src/lib.kt", lines).size).toBe(0);
  });
});

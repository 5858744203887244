import { createMasker, maskAddedLines } from "../../src/text/mask-code.js";

describe("createMasker", () => {
  it.each([
    ["c-like", 'console.log("a // b"); // real comment', 'console.log("      ");', [" real comment"]],
    ["c-like", "const s = 'it\\'s'; /* c */ x()", "const s = '     ';         x()", [" c "]],
    ["c-like", "const t = `console.log(${x})`;", "const t = `" + " ".repeat(17) + "`;", []],
    ["python", 'print("# not a comment")  # TODO: x', 'print("               ")', [" TODO: x"]],
    ["ruby", "puts 'a' # note", "puts ' '", [" note"]],
    ["go", "s := `raw // not comment` // yes", "s := `" + " ".repeat(18) + "`", [" yes"]],
    ["rust", 'let r: &\'a str = "x"; // c', 'let r: &\'a str = " ";', [" c"]],
    ["php", "#[Attribute] $a = 1; # c", "#[Attribute] $a = 1;", [" c"]],
    // Code between openers is skipped in one jump; an escaped quote does not close a string, an escaped backslash does not escape the quote after it.
    ["c-like", 'a = "x\\"y" + b; c = \'d\' // e', "a = \"    \" + b; c = ' '", [" e"]],
    ["python", "x = 'a\\\\' + \"b\"  # c", "x = '   ' + \" \"", [" c"]],
  ] as const)("%s: %s", (lang, input, code, comments) => {
    const m = createMasker(lang).mask(input);
    expect(m.code.trimEnd()).toBe(code);
    expect(m.comments).toEqual(comments);
    expect(m.code.length).toBe(input.length);
  });

  it("carries block comments and multi-line strings across consecutive lines", () => {
    const lines = ["/* start", "console.log(1)", "end */ debugger;", "const q = `", "console.log(2)", "`;"].map((text, i) => ({ line: i + 1, text }));
    const masked = maskAddedLines("c-like", lines);
    expect(masked.map((m) => m.code.trim())).toEqual(["", "", "debugger;", "const q = `", "", "`;"]);
    expect(masked[4].allString).toBe(true);
    expect(masked[1].comments).toEqual(["console.log(1)"]);
  });

  it("resets its state where added lines are not consecutive", () => {
    const masked = maskAddedLines("c-like", [
      { line: 1, text: "/* never closed" },
      { line: 9, text: "debugger;" },
    ]);
    expect(masked[1].code).toBe("debugger;");
  });

  it("handles Python triple-quoted docstrings", () => {
    const masked = maskAddedLines(
      "python",
      ['"""Docs', "print('x')", '"""', "print(1)"].map((text, i) => ({ line: i + 1, text })),
    );
    expect(masked.map((m) => m.code.trim())).toEqual(['"""', "", '"""', "print(1)"]);
  });
});

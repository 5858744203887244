import { linesOf } from "../../src/text/text-lines.js";

describe("linesOf: a text's lines, shared by the checks that read it in turn (#10)", () => {
  it.each([
    ["empty", ""],
    ["one line", "a"],
    ["a final newline", "a\nb\n"],
    ["CRLF kept on each line", "a\r\nb\r\n"],
    ["blank lines", "\n\na\n\n"],
  ])("%s: what split gives", (_name, text) => {
    expect(linesOf(text)).toEqual(text.split("\n"));
  });

  it("the same text gives the same lines; other texts, their own", () => {
    const text = ["def a():", "    return 1"].join("\n");
    const first = linesOf(text);
    expect(linesOf(text)).toBe(first);
    // A text of the same length but other content is not taken for it.
    expect(linesOf("def b():\n    return 1")).toEqual(["def b():", "    return 1"]);
    expect(linesOf(text)).toBe(first);
  });

  it("the oldest text is let go after a few others: memory does not grow with the change", () => {
    const texts = Array.from({ length: 6 }, (_, i) => `line ${i}\nnext`);
    const first = linesOf(texts[0]);
    for (const t of texts.slice(1)) linesOf(t);
    const again = linesOf(texts[0]);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("the shared lines cannot be changed by one reader under another", () => {
    const lines = linesOf("x\ny");
    expect(() => lines.push("z")).toThrow(TypeError);
    expect(() => {
      lines[0] = "changed";
    }).toThrow(TypeError);
    expect(linesOf("x\ny")).toEqual(["x", "y"]);
  });
});

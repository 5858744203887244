import { indentWidth } from "../../src/text/indent-width.js";

/** What indentWidth measured with a pattern before it read characters: each line must give the same. */
const byPattern = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, "    ").length;

describe("indentWidth", () => {
  it.each([
    ["no indent", "def f():"],
    ["spaces", "    return x"],
    ["tabs", "\t\tif (a) {"],
    ["tabs and spaces", " \t  \tx"],
    ["blank", "   "],
    ["empty", ""],
    ["every kind of whitespace", "\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u000b\u000c\rx"],
    ["not whitespace", "\u200b\u0085 x"],
    ["a surrogate pair first", "😀  x"],
  ])("%s", (_name, line) => {
    expect(indentWidth(line)).toBe(byPattern(line));
  });
});

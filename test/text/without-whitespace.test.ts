import { withoutWhitespace } from "../../src/text/without-whitespace.js";

/** Long texts take the buffer path; each must equal what the regular expression gives. */
const long = (unit: string) => unit.repeat(Math.ceil(5_000 / unit.length));

describe("withoutWhitespace", () => {
  it.each([
    ["short", "  const x = 1;\t// y\r\n"],
    ["long TODO run", long("TODO ")],
    ["long code line", long("if (a && b) { f(x, y); }\t")],
    ["every kind of whitespace", long("a\u00a0b\u1680c\u2000d\u200ae\u2028f\u2029g\u202fh\u205fi\u3000j\ufeffk\u000bl\u000cm\n")],
    ["not whitespace", long("\u200b\u0085é𝄞x ")],
    ["surrogate pairs", long("😀 𝄞\t")],
    ["a lone surrogate", long("ab \ud800 cd \udc00 ")],
    ["only whitespace", long(" \t\n")],
  ])("%s", (_name, text) => {
    expect(withoutWhitespace(text)).toBe(text.replace(/\s+/g, ""));
  });
});

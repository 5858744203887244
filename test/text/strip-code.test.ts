import { stripFences, stripInlineCode, stripMarkdownCode } from "../../src/text/strip-code.js";

describe("stripInlineCode", () => {
  it.each([
    ["use `#12` here", "use   here"],
    ["a ``x ` y`` b", "a   b"],
    ["unclosed ` #5", "unclosed ` #5"],
    ["`a` and `b`", "  and  "],
    ["``", "``"],
    ["```x``", "```x``"],
  ])("%j → %j", (input, expected) => {
    expect(stripInlineCode(input)).toBe(expected);
  });

  it("a run of 200,000 backticks with no closer is plain text (this was cubic, #9)", () => {
    const text = "`".repeat(200_000) + " #1";
    expect(stripInlineCode(text)).toBe(text);
  });

  it("alternating run lengths pair each run with the next of the same length", () => {
    expect(stripInlineCode("` `` x ` y `` z")).toBe("  y `` z");
  });
});

describe("stripFences", () => {
  it("removes a fenced block up to its closing fence", () => {
    expect(stripFences("a\n```\ngit log #12\n```\nb #3")).toBe("a\n \nb #3");
  });
  it("an unclosed fence runs to the end", () => {
    expect(stripFences("a\n~~~\n#12")).toBe("a\n ");
  });
});

describe("stripMarkdownCode", () => {
  it.each([
    // Without a backtick only a ~~~ fence can go; the text is otherwise returned as written.
    ["Fix #1\n\n~~~\n#2\n~~~\n\nRefs #3", "Fix #1\n\n \n\nRefs #3"],
    ["Plain message (#4)\n\nBody, #5 and #6", "Plain message (#4)\n\nBody, #5 and #6"],
    // With one, spans close within a paragraph only.
    ["Use `#7`\n\nand ` here #8\n\n` there", "Use  \n\nand ` here #8\n\n` there"],
  ])("%j → %j", (input, expected) => {
    expect(stripMarkdownCode(input)).toBe(expected);
  });
});

import { code, escapeMarkdown } from "../../src/report/markdown.js";

describe("escapeMarkdown", () => {
  it("neutralises HTML, table pipes, @mentions and newlines, and keeps entities", () => {
    expect(escapeMarkdown("<b>x</b> | @alice &amp; a & b\nnext")).toBe("&lt;b&gt;x&lt;/b&gt; \\| @&#8203;alice &amp; a &amp; b next");
  });
});

describe("code", () => {
  it("uses a longer fence when the text holds a backtick", () => {
    expect(code("a.ts:3")).toBe("`a.ts:3`");
    expect(code("a`b")).toBe("`` a`b ``");
  });
});

import { parsePatch } from "../../src/model/parse-patch.js";

describe("parsePatch", () => {
  it("numbers added lines on the new side across hunks", () => {
    const patch = ["@@ -1,3 +1,4 @@", " a", "-b", "+B", "+C", " d", "@@ -10,2 +11,3 @@ function x() {", " k", "+added", " m"].join("\n");
    const p = parsePatch(patch);
    expect(p.problem).toBeUndefined();
    expect(p.addedLines).toEqual([
      { line: 2, text: "B" },
      { line: 3, text: "C" },
      { line: 12, text: "added" },
    ]);
    expect(p.hunks).toEqual([
      { start: 1, length: 4 },
      { start: 11, length: 3 },
    ]);
    expect(p.removed).toBe(1);
  });

  it("strips CRLF line ends", () => {
    const p = parsePatch("@@ -0,0 +1,2 @@\r\n+one\r\n+two\r\n");
    expect(p.addedLines).toEqual([
      { line: 1, text: "one" },
      { line: 2, text: "two" },
    ]);
  });

  it("accepts hunk headers without counts and 'no newline' markers", () => {
    const p = parsePatch("@@ -1 +1 @@\n-old\n+new\n\\ No newline at end of file");
    expect(p.problem).toBeUndefined();
    expect(p.addedLines).toEqual([{ line: 1, text: "new" }]);
  });

  it("skips git file headers before the first hunk", () => {
    const p = parsePatch("diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+hello\n");
    expect(p.addedLines).toEqual([{ line: 1, text: "hello" }]);
  });

  it("reports a malformed hunk header and keeps what parsed before it", () => {
    const p = parsePatch("@@ -1 +1 @@\n+ok\n-x\n@@ garbage @@\n+lost");
    expect(p.problem).toMatch(/malformed hunk header/);
    expect(p.addedLines).toEqual([{ line: 1, text: "ok" }]);
  });

  it("reports a truncated hunk", () => {
    const p = parsePatch("@@ -1,5 +1,5 @@\n+only one");
    expect(p.problem).toMatch(/shorter than its header/);
    expect(p.addedLines).toEqual([{ line: 1, text: "only one" }]);
  });

  it("reports a line that is not a diff line", () => {
    const p = parsePatch("@@ -1,2 +1,2 @@\n+a\n?weird");
    expect(p.problem).toMatch(/unexpected "\?weird"/);
  });

  it("returns nothing for an empty patch", () => {
    expect(parsePatch("")).toEqual({ addedLines: [], hunks: [], removed: 0, deletedLines: [], deletedHunks: [] });
  });

  it("keeps the text of each deleted line (what provenance.ts compares added lines with)", () => {
    expect(parsePatch("@@ -1,3 +1,2 @@\n-old();\n keep();\n-gone();\n+new();\n").deletedLines).toEqual(["old();", "gone();"]);
  });
});

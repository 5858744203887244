import { planInlineComments } from "../../src/report/inline-comments.js";
import type { Finding } from "../../src/engine/rule.js";
import { renderSummary } from "../../src/report/summary.js";
import { addedFile, change } from "../helpers/make-change.js";

const warn = (line: number, rule = "max-line-length", severity: Finding["severity"] = "warning"): Finding => ({
  rule,
  severity,
  message: `m${line}`,
  path: "a.ts",
  line,
});

describe("planInlineComments", () => {
  const file = addedFile("a.ts", ["one", "two", "three", "four"], 10);
  const ch = change([file]);

  it("only comments on lines inside the diff", () => {
    const plan = planInlineComments([warn(11), warn(3), { ...warn(12), path: "other.ts" }], ch, 20, new Set());
    expect(plan.toPost.map((c) => c.line)).toEqual([11]);
  });

  it("puts failures first within the budget", () => {
    const plan = planInlineComments([warn(10), warn(11), warn(12, "no-secrets", "failure")], ch, 2, new Set());
    expect(plan.toPost.map((c) => [c.line, c.findings[0].severity])).toEqual([
      [12, "failure"],
      [10, "warning"],
    ]);
  });

  it("skips fingerprints already posted and reports them as such", () => {
    const first = planInlineComments([warn(11)], ch, 20, new Set());
    const moved = change([addedFile("a.ts", ["x", "two"], 20)]);
    const again = planInlineComments([warn(21)], moved, 20, new Set([first.toPost[0].fingerprint]));
    expect(again.toPost).toEqual([]);
    expect(again.alreadyPosted).toHaveLength(1);
  });

  it("links each comment and summary entry to its rule's doc when BOTTOMLINE_DOCS_URL is set", () => {
    process.env.BOTTOMLINE_DOCS_URL = "https://bottomline.example.com/bottomline/rules/";
    try {
      const plan = planInlineComments([warn(11)], ch, 20, new Set());
      expect(plan.toPost[0].body).toContain("[`max-line-length`](https://bottomline.example.com/bottomline/rules/max-line-length.md)");
      expect(plan.toPost[0].body).toMatch(/<!-- bottomline:fp=[0-9a-f]{10} -->$/);
    } finally {
      delete process.env.BOTTOMLINE_DOCS_URL;
    }
  });
});

describe("summary links", () => {
  it("link rule ids to their docs", () => {
    process.env.BOTTOMLINE_DOCS_URL = "https://docs.example/rules";
    try {
      const md = renderSummary({
        conclusion: "neutral",
        findings: [warn(1)],
        rules: [{ id: "max-line-length", description: "d", category: "readability", severity: "warning", findings: 1 }],
        gaps: [],
        notes: {},
        suppressed: {},
        filesReviewed: 1,
        commitsReviewed: 1,
      });
      expect(md).toContain("- ⚠️ `a.ts:1` m1 ([`max-line-length`](https://docs.example/rules/max-line-length.md))");
    } finally {
      delete process.env.BOTTOMLINE_DOCS_URL;
    }
  });
});

describe("one comment per line", () => {
  const file = addedFile("a.ts", ["one", "two"], 10);
  const ch = change([file]);
  const long: Finding = { rule: "max-line-length", severity: "warning", message: "Line is 130 characters long (max 100).", path: "a.ts", line: 10 };
  const complex: Finding = { rule: "max-complexity", severity: "failure", message: "`decide` has complexity 14 (max 10).", path: "a.ts", line: 10 };

  it("holds both rules' findings, the most severe first, under one entry", () => {
    const plan = planInlineComments([long, complex, warn(11)], ch, 20, new Set());
    expect(plan.toPost.map((c) => c.line)).toEqual([10, 11]);
    const [both] = plan.toPost;
    expect(both.findings.map((f) => f.rule)).toEqual(["max-complexity", "max-line-length"]);
    expect(both.fingerprint).toMatch(/^[0-9a-f]{10}\+[0-9a-f]{10}$/);
    expect(both.body.indexOf("max-complexity")).toBeLessThan(both.body.indexOf("max-line-length"));
    expect(both.body).toContain("Line is 130 characters long (max 100).");
    expect(both.body).toMatch(new RegExp(`<!-- bottomline:fp=${both.fingerprint.replace("+", "\\+")} -->$`));
  });

  it("holds two findings of one rule on one line, and shows a repeated one once", () => {
    const other = { ...long, message: "Another finding on this line." };
    const plan = planInlineComments([long, other, { ...long }], ch, 20, new Set());
    expect(plan.toPost).toHaveLength(1);
    expect(plan.toPost[0].findings.map((f) => f.message)).toEqual([long.message, other.message]);
  });

  it("counts one comment against the budget, however many findings it holds", () => {
    const plan = planInlineComments([long, complex, warn(11)], ch, 1, new Set());
    expect(plan.toPost.map((c) => c.findings.length)).toEqual([2]);
  });

  it("posts nothing again when the same pair is found on a later push", () => {
    const first = planInlineComments([long, complex], ch, 20, new Set());
    const again = planInlineComments([long, complex], ch, 20, new Set([first.toPost[0].fingerprint]));
    expect(again).toEqual({ toPost: [], toUpdate: [], alreadyPosted: [long, complex] });
  });

  it("edits the comment when one of its findings is no longer reported", () => {
    const first = planInlineComments([long, complex], ch, 20, new Set());
    const entry = first.toPost[0].fingerprint;
    const later = planInlineComments([long], ch, 20, new Set([entry]), "c0ffee1234");
    expect(later.toPost).toEqual([]);
    expect(later.alreadyPosted).toEqual([]);
    expect(later.toUpdate).toHaveLength(1);
    const [u] = later.toUpdate;
    expect(u.previous).toBe(entry);
    expect(u.fingerprint).toBe(first.toPost[0].fingerprint.split("+")[1]);
    expect(u.findings).toEqual([long]);
    expect(u.body).not.toContain("max-complexity");
    expect(u.body).toContain("_1 earlier finding on this line is no longer reported at `c0ffee1`._");
  });

  it("adds a new finding to the comment already on its line instead of posting a second one", () => {
    const first = planInlineComments([long], ch, 20, new Set());
    const later = planInlineComments([long, complex], ch, 20, new Set([first.toPost[0].fingerprint]));
    expect(later.toPost).toEqual([]);
    expect(later.toUpdate.map((u) => [u.previous, u.findings.map((f) => f.rule)])).toEqual([
      [first.toPost[0].fingerprint, ["max-complexity", "max-line-length"]],
    ]);
    expect(later.toUpdate[0].body).not.toContain("no longer reported");
  });

  it("leaves a comment whose findings all went away as it was", () => {
    const first = planInlineComments([long, complex], ch, 20, new Set());
    expect(planInlineComments([], ch, 20, new Set([first.toPost[0].fingerprint]))).toEqual({ toPost: [], toUpdate: [], alreadyPosted: [] });
  });

  it("keeps two single comments an older version posted on one line as they are", () => {
    const a = planInlineComments([long], ch, 20, new Set()).toPost[0].fingerprint;
    const b = planInlineComments([complex], ch, 20, new Set()).toPost[0].fingerprint;
    expect(planInlineComments([long, complex], ch, 20, new Set([a, b]))).toEqual({ toPost: [], toUpdate: [], alreadyPosted: [long, complex] });
  });

  it("keeps edits within the budget; a cut edit keeps its entry and posts nothing in its place", () => {
    const ch2 = change([addedFile("a.ts", ["one", "two", "three"], 10)]);
    const at = (f: Finding, line: number) => ({ ...f, line });
    const first = planInlineComments([long, at(long, 11), at(long, 12)], ch2, 20, new Set());
    const entries = new Set(first.toPost.map((c) => c.fingerprint));
    // A failure joins each of the three lines; only one edit fits, the rest wait for the next push.
    const later = planInlineComments([long, at(long, 11), at(long, 12), complex, at(complex, 11), at(complex, 12)], ch2, 1, entries);
    expect(later.toUpdate).toHaveLength(1);
    expect(later.toPost).toEqual([]);
    expect(later.alreadyPosted).toEqual([at(long, 11), at(long, 12)]);
  });
});

describe("noise per push", () => {
  const complexity = (path: string, line: number): Finding => ({
    rule: "max-complexity",
    severity: "warning",
    message: `\`f${line}\` has complexity 14 (max 10).`,
    path,
    line,
  });
  const lines = Array.from({ length: 12 }, (_, i) => `function f${i + 1}() {}`);
  const ch = change([addedFile("big.ts", lines), addedFile("a.ts", ["x", "y"])]);
  const many = lines.map((_, i) => complexity("big.ts", i + 1));
  const secret: Finding = { rule: "no-secrets", severity: "failure", message: "An AWS key.", path: "a.ts", line: 1 };
  const long: Finding = { rule: "max-line-length", severity: "warning", message: "Too long.", path: "a.ts", line: 2 };

  it("caps one rule's comments per push, so the other rules still get theirs", () => {
    const plan = planInlineComments([...many, secret, long], ch, { total: 20, perRule: 5 }, new Set());
    expect(plan.toPost.map((c) => c.findings[0].rule)).toEqual(["no-secrets", ...Array(5).fill("max-complexity"), "max-line-length"]);
    // The rule's first findings (in the change's order) are the ones commented on.
    expect(plan.toPost.filter((c) => c.findings[0].rule === "max-complexity").map((c) => c.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it("applies the total budget after the per-rule cap, failures first", () => {
    const plan = planInlineComments([...many, long, secret], ch, { total: 3, perRule: 5 }, new Set());
    expect(plan.toPost.map((c) => c.findings[0].rule)).toEqual(["no-secrets", "max-complexity", "max-complexity"]);
  });

  it("has no per-rule cap at 0", () => {
    const plan = planInlineComments(many, ch, { total: 20, perRule: 0 }, new Set());
    expect(plan.toPost).toHaveLength(12);
  });

  describe("findings alike", () => {
    const tests = ["a_test.go", "b_test.go", "c_test.go", "d_test.go", "e_test.go"];
    const printCh = change(tests.map((p) => addedFile(p, ["func TestX(t *testing.T) {", "\tprintln(code)", "}"])));
    const print = (path: string): Finding => ({
      rule: "no-debug-statements",
      severity: "warning",
      message: "`println` looks like a debugging leftover.",
      path,
      line: 2,
    });

    it("one comment names the other places of the same finding on the same line text", () => {
      const plan = planInlineComments(tests.map(print), printCh, { total: 20, perRule: 5 }, new Set());
      expect(plan.toPost).toHaveLength(1);
      const [c] = plan.toPost;
      expect(c.path).toBe("a_test.go");
      expect(c.alike.map((f) => f.path)).toEqual(tests.slice(1));
      expect(c.body).toContain("_…and 4 more like this: `b_test.go:2`, `c_test.go:2`, `d_test.go:2` and `e_test.go:2`._");
      expect(c.alikeEntries).toHaveLength(4);
      expect(c.alikeEntries.every((e) => /^~[0-9a-f]{10}$/.test(e))).toBe(true);
      // The comment's own entry is unchanged: it is still found by it on a later push.
      expect(c.body).toMatch(new RegExp(`<!-- bottomline:fp=${c.fingerprint} -->$`));
      expect(c.fingerprint).toMatch(/^[0-9a-f]{10}$/);
    });

    it("a later push posts nothing again for the comment or the places it named", () => {
      const first = planInlineComments(tests.map(print), printCh, 20, new Set()).toPost[0];
      const again = planInlineComments(tests.map(print), printCh, 20, new Set([first.fingerprint, ...first.alikeEntries]));
      expect(again).toEqual({ toPost: [], toUpdate: [], alreadyPosted: tests.map(print) });
    });

    it("a new finding of another rule on a named line gets a comment of its own", () => {
      const first = planInlineComments(tests.map(print), printCh, 20, new Set()).toPost[0];
      const other: Finding = { rule: "max-line-length", severity: "warning", message: "Too long.", path: "c_test.go", line: 2 };
      const later = planInlineComments([...tests.map(print), other], printCh, 20, new Set([first.fingerprint, ...first.alikeEntries]));
      expect(later.toUpdate).toEqual([]);
      expect(later.toPost.map((c) => [c.path, c.findings])).toEqual([["c_test.go", [other]]]);
    });

    it("keeps findings on different lines apart: the same message on other code is its own comment", () => {
      const differentCode = change(tests.map((p, i) => addedFile(p, ["func TestX(t *testing.T) {", `\tprintln(code${i})`, "}"])));
      expect(planInlineComments(tests.map(print), differentCode, 20, new Set()).toPost).toHaveLength(5);
    });

    it("collapses the same TODO text in several files, and counts the comment once against the rule's cap", () => {
      const todoCh = change(tests.map((p) => addedFile(p, ["// TODO: remove once the API is stable"])));
      const todo = (path: string): Finding => ({
        rule: "todo-issue-reference",
        severity: "warning",
        message: "This TODO has no issue reference.",
        path,
        line: 1,
      });
      const plan = planInlineComments(tests.map(todo), todoCh, { total: 20, perRule: 1 }, new Set());
      expect(plan.toPost).toHaveLength(1);
      expect(plan.toPost[0].alike).toHaveLength(4);
    });
  });
});

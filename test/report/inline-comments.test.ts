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

import MarkdownIt from "markdown-it";
import type { ReviewResult } from "../../src/engine/review-result.js";
import type { Finding } from "../../src/engine/rule.js";
import { ruleDocUrl } from "../../src/report/markdown.js";
import { renderSummary } from "../../src/report/summary.js";
import { escapes, HOSTILE } from "../helpers/markdown-safety.js";

/** A pull request with 12 findings over 4 rules, as a demanding reader gets it. */
const HEAD = "3f2c9e1a7b4d5e6f708192a3b4c5d6e7f8091a2b";
const BLOB = `https://github.com/acme/api/blob/${HEAD}`;
const repository = { owner: "acme", name: "api" };
const WHY = "Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.";
const long = (path: string, line: number, n = 100 + line): Finding => ({
  rule: "max-line-length",
  severity: "warning",
  message: `Line is ${n} characters long (max 100). ${WHY}`,
  path,
  line,
});
const untested = (path: string): Finding => ({
  rule: "tests-required",
  severity: "failure",
  message: `\`${path}\` changed without a change to its tests. Untested changes are where regressions hide; add or update \`test/${path}\`.`,
  path,
});
const complex = (path: string, line: number, fn: string): Finding => ({
  rule: "max-complexity",
  severity: "warning",
  message: `Function \`${fn}\` has a cognitive complexity of 19 (max 15): its nested branches and loops are hard to follow. Move a nested block into a function of its own, or return early.`,
  path,
  line,
});
const debug = (path: string, line: number): Finding => ({
  rule: "no-debug-statements",
  severity: "warning",
  message: "`console.log` looks like a debugging leftover: it clutters output and logs in production. Remove it, or use the project's logger.",
  path,
  line,
});

function review(findings: Finding[]): ReviewResult {
  const ids = ["tests-required", "max-line-length", "max-complexity", "no-debug-statements"];
  const category = (id: string) => (id === "tests-required" ? "tests" : "readability");
  return {
    conclusion: "failure",
    findings,
    rules: ids.map((id) => ({
      id,
      description: `${id} holds.`,
      category: category(id),
      severity: "warning",
      findings: findings.filter((f) => f.rule === id).length,
    })),
    gaps: [],
    notes: {},
    suppressed: {},
    filesReviewed: 4,
    commitsReviewed: 2,
  } as ReviewResult;
}

const findings: Finding[] = [
  long("src/server.ts", 88),
  debug("src/client.ts", 57),
  long("src/client.ts", 41),
  complex("src/retry.ts", 30, "handleRetry"),
  untested("src/retry.ts"),
  long("src/retry.ts", 12),
  {
    ...debug("src/server.ts", 17),
    message:
      "`console.log` looks like a debugging leftover, and 2 more like it in this file: they clutter output and logs in production. Remove them, or use the project's logger.",
  },
  untested("src/server.ts"),
  long("src/client.ts", 9),
  complex("src/server.ts", 150, "route"),
  long("src/server.ts", 203),
  long("src/retry.ts", 77),
];

describe("a summary of 12 findings over 4 rules", () => {
  const md = renderSummary(review(findings), { headSha: HEAD, repository });

  it("says what to fix first, in full, with the file's name as its link", () => {
    const fixFirst = md.split("\n\n")[2];
    expect(fixFirst.split("\n")).toEqual([
      "**Fix first:**",
      `- ❌ [\`src/retry.ts\`](${BLOB}/src/retry.ts) changed without a change to its tests. Untested changes are where regressions hide; add or update \`test/src/retry.ts\`. ([\`tests-required\`](${ruleDocUrl("tests-required")}))`,
      expect.stringMatching(/^- ❌ \[`src\/server\.ts`\]\(.*\/src\/server\.ts\) changed without a change to its tests\./),
    ]);
  });

  it("links every finding exactly once, and repeats nothing from Fix first", () => {
    for (const f of findings) {
      const url = `${BLOB}/${f.path}${f.line ? `#L${f.line}` : ""})`;
      expect(md.split(url).length - 1).toBe(1);
    }
    expect(md).not.toContain("### Tests");
  });

  it("says a rule's shared rationale once, beside the rule", () => {
    expect(md.split(WHY).length - 1).toBe(1);
    expect(md).toMatch(new RegExp(`^\\*\\*\\[\`max-line-length\`\\]\\([^)]+\\)\\*\\* · ${WHY.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    expect(md).toContain(`- ⚠️ [\`src/client.ts:9\`](${BLOB}/src/client.ts#L9) Line is 109 characters long (max 100).\n`);
    // Different rationales ("Remove it" / "Remove them") or none in common: each message stays whole.
    expect(md).toContain("it clutters output and logs in production. Remove it, or use the project's logger.");
  });

  it("orders rules as the checklist table does, and each rule's findings by file and line", () => {
    const rules = [...md.matchAll(/^\*\*\[`([a-z-]+)`\]/gm)].map((m) => m[1]);
    expect(rules).toEqual(["max-line-length", "max-complexity", "no-debug-statements"]);
    const places = [...md.matchAll(/^- ⚠️ \[`([^`]+)`\]/gm)].map((m) => m[1]);
    expect(places.slice(0, 6)).toEqual(["src/client.ts:9", "src/client.ts:41", "src/retry.ts:12", "src/retry.ts:77", "src/server.ts:88", "src/server.ts:203"]);
  });

  it("takes what to fix first one rule at a time, so long lines do not hide a complex function", () => {
    const warnings = [long("a.go", 1), long("a.go", 2), long("a.go", 3), complex("tree.go", 825, "findPath")];
    const out = renderSummary(review(warnings), { headSha: HEAD, repository });
    const fixFirst = out.split("\n\n")[2].split("\n");
    expect(fixFirst[0]).toBe("**Fix first (and 1 more below):**");
    expect(fixFirst.slice(1).map((l) => /\[`([^`]+)`\]\(https:\/\/github\.com\/acme/.exec(l)![1])).toEqual(["a.go:1", "tree.go:825", "a.go:2"]);
  });

  it("puts the rules with failures first in the checklist table, and in the list", () => {
    const withFailure = findings
      .filter((f) => f.rule !== "tests-required")
      .map((f) => (f.rule === "no-debug-statements" ? { ...f, severity: "failure" as const } : f));
    const out = renderSummary(review(withFailure), { headSha: HEAD, repository });
    const rows = [...out.matchAll(/^\| (\S+) \| \w+ \| \[`([a-z-]+)`\]/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(["❌ no-debug-statements", "⚠️ max-line-length", "⚠️ max-complexity"]);
    // Both failures are under Fix first; the list then starts with the warnings, in the table's order.
    expect([...out.matchAll(/^\*\*\[`([a-z-]+)`\]/gm)].map((m) => m[1])).toEqual(["max-line-length", "max-complexity"]);
  });

  it("lists six findings of a rule in full, and folds the rest of a longer list", () => {
    expect(md).not.toContain("more findings of this rule");
    const more = renderSummary(review([...findings, long("src/z.ts", 1), long("src/z.ts", 2)]), { headSha: HEAD, repository });
    const html = new MarkdownIt({ html: true }).render(more);
    expect(more).toContain("<details><summary>3 more findings of this rule</summary>");
    // The folded findings render as a list inside the <details> block, not as literal text.
    const folded = html.slice(html.indexOf("3 more findings of this rule"), html.indexOf("</details>"));
    expect(folded.match(/<li>/g)).toHaveLength(3);
    expect(folded).toContain('<a href="https://github.com/acme/api/blob/3f2c9e1a7b4d5e6f708192a3b4c5d6e7f8091a2b/src/z.ts#L2">');
  });

  it("keeps a hostile file name inert where the message's name becomes the link", () => {
    const hostile = Object.values(HOSTILE).map((p) => untested(p));
    const out = renderSummary(review(hostile), { headSha: HEAD, repository });
    expect(escapes(out).filter((e) => !e.startsWith(`link: ${BLOB}/`))).toEqual([]);
    expect(out).not.toContain("<!--");
  });
});

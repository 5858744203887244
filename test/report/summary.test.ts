import MarkdownIt from "markdown-it";
import { renderSummary } from "../../src/report/summary.js";
import type { ReviewResult } from "../../src/engine/review-result.js";
import type { Finding } from "../../src/engine/rule.js";

const base: ReviewResult = {
  conclusion: "neutral",
  findings: [],
  rules: [{ id: "max-line-length", description: "Added lines stay within a maximum length.", category: "readability", severity: "warning", findings: 0 }],
  gaps: [],
  notes: {},
  suppressed: {},
  filesReviewed: 2,
  commitsReviewed: 1,
};

describe("renderSummary", () => {
  it("says once that everything passes", () => {
    const md = renderSummary({ ...base, conclusion: "success" }, { headSha: "abcdef1234" });
    expect(md).toContain("## ✅ Bottomline: everything on the checklist passes");
    expect(md).toContain("Reviewed 2 files and 1 commit at `abcdef1`.");
    // Passing rules fold away; the table is only for what needs doing.
    expect(md).not.toContain("| Checklist |");
    expect(md).toMatch(
      /<details><summary>1 rule passed<\/summary>\n\n- ✅ Readability: \[`max-line-length`\]\(https:\/\/github\.com\/.*\/rules\/max-line-length\.md\) Added lines stay within a maximum length\./,
    );
  });

  it("shows a rule whose finding was folded into another's as failing, with its own severity", () => {
    const rule = (id: string, severity: "warning" | "failure") => ({
      id,
      description: `${id} holds.`,
      category: "readability" as const,
      severity,
      findings: 1,
    });
    const f: Finding = {
      rule: "max-function-length",
      severity: "failure",
      path: "src/a.ts",
      line: 3,
      message: "`parse` is long. It also has a cognitive complexity of 20 (max 15: `max-complexity`).",
      also: [{ rule: "max-complexity", severity: "warning", message: "`parse` is complex." }],
    };
    const md = renderSummary({ ...base, findings: [f], rules: [rule("max-complexity", "warning"), rule("max-function-length", "failure")] });
    const rows = md.split("\n").filter((l) => l.startsWith("| ") && l.includes("max-"));
    expect(rows[0]).toMatch(/^\| ❌ .*max-function-length.*\| 1 finding \|$/);
    // Its part folded into the failure, max-complexity still shows as a warning, not a notice.
    expect(rows[1]).toMatch(/^\| ⚠️ .*max-complexity.*\| 1 finding \|$/);
  });

  it("keeps HTML and @mentions from commit subjects inert, and code spans intact", () => {
    const f: Finding = {
      rule: "issue-reference",
      severity: "failure",
      message: "Commit “<script>x</script> | ping @octocat” lacks `Refs #N`",
      commit: "abcdef1",
    };
    const md = renderSummary({ ...base, findings: [f] });
    expect(md).toContain("&lt;script&gt;x&lt;/script&gt; \\| ping &#64;&#8203;octocat” lacks `Refs #N`");
    expect(md).not.toContain("<script>");
  });

  it("stays under GitHub's 65,535-character limit with thousands of findings, saying how many were left out", () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      rule: "max-line-length",
      severity: "warning",
      message: `Line ${i + 1} is too long. `.repeat(3),
      path: `src/file-${i}.ts`,
      line: i + 1,
    }));
    const md = renderSummary({ ...base, findings, rules: [{ ...base.rules[0], findings: 5000 }] });
    expect(md.length).toBeLessThan(65_535);
    expect(md).toMatch(/_\d+ more findings did not fit in this summary/);
  });

  it("keeps long lists of long file names from crowding the findings out", () => {
    const long = (i: number) => `src/${"d/".repeat(1_000)}${i}.lock`;
    const gaps = Array.from({ length: 40 }, (_, i) => ({ kind: "ignored" as const, path: long(i), message: "matches an ignore glob" }));
    const notes = { "tests-required": Array.from({ length: 40 }, (_, i) => `\`${long(i)}\` ← \`test/${i}.test.ts\``) };
    const md = renderSummary({
      ...base,
      gaps,
      notes,
      findings: [{ rule: "max-line-length", severity: "warning", message: "Too long.", path: "a.ts", line: 1 }],
    });
    expect(md.length).toBeLessThan(20_000);
    expect(md).toContain("- ⚠️ `a.ts:1` Too long.");
    expect(md).toMatch(/- …and \d+ more\n<\/details>/);
  });

  it("lists what was not reviewed and what was ignored", () => {
    const md = renderSummary({
      ...base,
      gaps: [
        { kind: "files-cap", message: "500 of 3500 changed files were not reviewed" },
        { kind: "ignored", path: "package-lock.json", message: "matches an ignore glob" },
      ],
    });
    expect(md).toContain("### ⚠️ Not reviewed");
    expect(md).toContain("- 500 of 3500 changed files were not reviewed");
    expect(md).toContain("1 file skipped as ignored or generated");
  });

  it("counts suppressions", () => {
    expect(renderSummary({ ...base, suppressed: { "max-line-length": 2 } })).toContain(
      "2 findings suppressed by `bottomline-disable` comments: `max-line-length` 2.",
    );
  });
});

describe("renderSummary checklist icons", () => {
  it("show a rule's worst actual finding, not its configured severity", () => {
    const rules = [{ id: "issue-reference", description: "Refs.", category: "traceability" as const, severity: "failure" as const, findings: 1 }];
    const md = renderSummary({ ...base, rules, findings: [{ rule: "issue-reference", severity: "notice", message: "Could not verify" }] });
    expect(md).toMatch(/\| ℹ️ \| Traceability \| \[`issue-reference`\]\([^)]*rules\/issue-reference\.md\) Refs\. \| 1 finding \|/);
  });
});

describe("renderSummary on a change with many findings alike", () => {
  const print = (path: string): Finding => ({
    rule: "no-debug-statements",
    severity: "warning",
    message: "`println(code)` looks like a debugging leftover.",
    path,
    line: 3,
  });
  const complexity = (i: number): Finding => ({
    rule: "max-complexity",
    severity: "warning",
    message: `\`f${i}\` has complexity ${12 + (i % 3)} (max 10).`,
    path: `src/m${i % 7}.ts`,
    line: i + 1,
  });
  const secret: Finding = { rule: "no-secrets", severity: "failure", message: "An AWS access key.", path: "src/keys.ts", line: 1 };
  const rules: ReviewResult["rules"] = [
    { id: "no-secrets", description: "No credentials.", category: "readability", severity: "failure", findings: 1 },
    { id: "no-debug-statements", description: "No debug leftovers.", category: "readability", severity: "warning", findings: 5 },
    { id: "max-complexity", description: "Simple functions.", category: "readability", severity: "warning", findings: 20 },
  ];
  const prints = ["a_test.go", "b_test.go", "c_test.go", "d_test.go", "e_test.go"].map(print);
  const findings = [secret, ...prints, ...Array.from({ length: 20 }, (_, i) => complexity(i))];
  const md = renderSummary({ ...base, conclusion: "failure", rules, findings }, { headSha: "c".repeat(40), repository: { owner: "acme", name: "api" } });
  const html = new MarkdownIt({ html: true }).render(md);

  it("lists the same finding in five files as one item naming (and linking) every place", () => {
    const items = md.split("\n").filter((l) => l.includes("`println(code)`"));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^- ⚠️ \[`a_test\.go:3`\]\([^)]+a_test\.go#L3\) `println\(code\)` looks like a debugging leftover\. _…and 4 more like this: /);
    for (const p of ["b_test.go", "c_test.go", "d_test.go", "e_test.go"])
      expect(items[0]).toContain(`[\`${p}:3\`](https://github.com/acme/api/blob/${"c".repeat(40)}/${p}#L3)`);
    expect(html).toContain("<em>…and 4 more like this: <a href=");
  });

  it("keeps findings whose messages differ (another function, another number) as items of their own", () => {
    expect(md.match(/has complexity/g)).toHaveLength(20);
  });

  it("says first what to fix: the failure, then the rule with the most findings", () => {
    const [, , fixFirst, most] = md.split("\n\n");
    expect(fixFirst).toMatch(/^\*\*Fix first:\*\*\n- ❌ \[`src\/keys\.ts:1`\]/);
    expect(most).toMatch(/^\*\*Most findings:\*\* \[`max-complexity`\]\([^)]+\), 20 findings in 7 files\.$/);
    // The table: failures first, then the rule with the most findings.
    const rows = md.split("\n").filter((l) => /^\| (❌|⚠️) \|/.test(l));
    expect(rows.map((r) => /`([a-z-]+)`/.exec(r)![1])).toEqual(["no-secrets", "max-complexity", "no-debug-statements"]);
  });

  it("names no busiest rule when two rules tie or none has a few findings", () => {
    const tie = renderSummary({ ...base, rules, findings: [...prints, ...Array.from({ length: 5 }, (_, i) => complexity(i))] });
    expect(tie).not.toContain("Most findings");
    const few = renderSummary({ ...base, rules, findings: prints.slice(0, 3) });
    expect(few).not.toContain("Most findings");
  });

  it("names no busiest rule when Fix first already names every one of its findings", () => {
    const todo: Finding = { rule: "max-complexity", severity: "warning", message: "`g` has complexity 11 (max 10).", path: "g.ts", line: 1 };
    const md2 = renderSummary({ ...base, rules, findings: [...prints, todo] });
    expect(md2).toMatch(
      /\*\*Fix first:\*\*\n- ⚠️ `a_test\.go:3` .*_…and 4 more like this: `b_test\.go:3`, `c_test\.go:3`, `d_test\.go:3` and `e_test\.go:3`_\n- ⚠️ `g\.ts:1`/,
    );
    expect(md2).not.toContain("Most findings");
  });

  it("without failures, starts Fix first with the rule that has the most findings", () => {
    const warningsOnly = renderSummary({ ...base, rules, findings: [...prints, ...Array.from({ length: 20 }, (_, i) => complexity(i))] });
    const fixFirst = warningsOnly.split("\n\n")[2].split("\n");
    expect(fixFirst[1]).toContain("has complexity");
    expect(fixFirst[2]).toContain("println(code)");
  });
});

describe("renderSummary on findings alike without a line", () => {
  it("names commits by their short sha, and a finding about the whole change in words", () => {
    const rules: ReviewResult["rules"] = [{ id: "issue-reference", description: "Refs.", category: "traceability", severity: "warning", findings: 4 }];
    const f = (commit?: string): Finding => ({
      rule: "issue-reference",
      severity: "notice",
      message: "Could not verify the issue.",
      ...(commit ? { commit } : {}),
    });
    const md = renderSummary({ ...base, rules, findings: [f("1111111aaaa"), f("2222222bbbb"), f(), f("3333333cccc")] });
    expect(md).toContain("_…and 3 more like this: `2222222`, the change as a whole and `3333333`_");
  });
});

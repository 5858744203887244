import type { ReviewResult } from "../../src/engine/review-result.js";
import type { Finding } from "../../src/engine/rule.js";
import { checkRunForConfigErrors, checkRunForError, checkRunForResult } from "../../src/report/check-run.js";
import { planInlineComments } from "../../src/report/inline-comments.js";
import { renderSummary } from "../../src/report/summary.js";
import { addedFile, change } from "../helpers/make-change.js";
import { escapes, HOSTILE, visibleText } from "../helpers/markdown-safety.js";

/**
 * Everything Bottomline posts, built from a pull request whose every name is hostile, rendered by
 * a real Markdown renderer: no HTML, link, image or live mention may come out.
 */
const paths = Object.values(HOSTILE);
const findings: Finding[] = [
  ...paths.map((p, i) => ({
    rule: "max-line-length",
    severity: "warning" as const,
    message: `Line is 130 characters long (max 100) in \`${p}\`.`,
    path: p,
    line: i + 1,
  })),
  ...paths.map((p) => ({ rule: "tests-required", severity: "warning" as const, message: `\`${p}\` changed without a change to its tests.`, path: p })),
  ...paths.map((s) => ({
    rule: "issue-reference",
    severity: "failure" as const,
    message: `Commit abcdef1 “${s}” references no issue. Add \`Refs #N\`.`,
    commit: "abcdef1234",
  })),
];
const result: ReviewResult = {
  conclusion: "failure",
  findings,
  rules: [
    { id: "max-line-length", description: "Added lines stay short.", category: "readability", severity: "warning", findings: paths.length },
    { id: "issue-reference", description: "Every commit references an issue.", category: "traceability", severity: "failure", findings: paths.length },
  ],
  gaps: [
    ...paths.map((p) => ({ kind: "ignored" as const, path: p, message: "matches an ignore glob" })),
    ...paths.map((p) => ({ kind: "binary" as const, path: p, message: `binary file \`${p}\`: no lines to review` })),
  ],
  notes: { "tests-required": paths.map((p) => `\`${p}\` ← \`test/${p}\``) },
  suppressed: { "max-line-length": 1 },
  filesReviewed: paths.length,
  commitsReviewed: paths.length,
};

describe("a summary built from hostile names", () => {
  const summary = renderSummary(result, { headSha: "a".repeat(40) });

  it("renders no HTML, link, image or mention", () => {
    expect(escapes(summary)).toEqual([]);
  });

  it("never contains a comment opener that could pass for a marker", () => {
    expect(summary).not.toContain("<!--");
  });

  it("renders inert where findings alike are listed as one item naming every (linked) place", () => {
    const alike = paths.map((p) => ({
      rule: "max-line-length",
      severity: "warning" as const,
      message: "Line is 130 characters long (max 100).",
      path: p,
      line: 1,
    }));
    const linked = renderSummary({ ...result, findings: alike }, { headSha: "a".repeat(40), repository: { owner: "acme", name: "api" } });
    expect(linked.match(/more like this/g)).toHaveLength(1);
    // The only links are the places' own, on the repository's blob URLs (markdown-safety's link check).
    const blob = `link: https://github.com/acme/api/blob/${"a".repeat(40)}/`;
    expect(escapes(linked).filter((e) => !e.startsWith(blob))).toEqual([]);
    expect(escapes(linked).length).toBeGreaterThan(0);
    expect(linked).not.toContain("<!--");
  });

  it("keeps its own structure: its headings and its collapsible sections", () => {
    expect(summary.match(/^### .*$/gm)).toEqual(["### Traceability", "### Readability", "### ⚠️ Not reviewed"]);
    expect(summary.match(/^<details><summary>.*$/gm)).toEqual([
      "<details><summary>3 more findings of this rule</summary>",
      "<details><summary>3 more findings of this rule</summary>",
      `<details><summary>Tests that cover the changed files (${paths.length})</summary>`,
      `<details><summary>${paths.length} files skipped as ignored or generated</summary>`,
    ]);
  });
});

describe("check-run output built from hostile names", () => {
  it("the summary, a config-error summary and a failure summary render inert", () => {
    const out = checkRunForResult(result, renderSummary(result));
    expect(escapes(out.summary)).toEqual([]);
    const config = checkRunForConfigErrors(
      paths.map((p) => ({ file: ".github/rules.yml", line: 1, column: 1, message: `unknown rule "${p}"` })),
      ".github/rules.yml",
      true,
    );
    expect(escapes(config.summary)).toEqual([]);
    expect(escapes(checkRunForError(`GitHub answered 502 while reading ${HOSTILE.breakoutPath}.`).summary)).toEqual([]);
  });
});

describe("inline comments on hostile files", () => {
  it("render inert", () => {
    // Each file's line differs, so no finding is alike another: each gets its own comment.
    const files = paths.map((p, i) => addedFile(p, [`const a${i} = "${HOSTILE.imgTitle}";`]));
    const plan = planInlineComments(
      paths.map((p) => ({
        rule: "no-debug-statements",
        severity: "warning",
        message: `Remove \`${HOSTILE.breakoutPath}\` ${HOSTILE.teamMention}`,
        path: p,
        line: 1,
      })),
      change(files),
      100,
      new Set(),
    );
    expect(plan.toPost).toHaveLength(paths.length);
    for (const c of plan.toPost) {
      expect(escapes(c.body.replace(/<!-- bottomline:fp=[0-9a-f]{10} -->$/, ""))).toEqual([]);
      expect(c.body.match(/<!--/g)).toHaveLength(1);
    }
  });

  it("render inert when one comment names the hostile places of the findings alike it", () => {
    const files = paths.map((p) => addedFile(p, [`const a = "${HOSTILE.imgTitle}";`]));
    const found = paths.map((p) => ({ rule: "no-debug-statements", severity: "warning" as const, message: "Remove it, @octocat.", path: p, line: 1 }));
    const plan = planInlineComments(found, change(files), 100, new Set());
    expect(plan.toPost).toHaveLength(1);
    expect(plan.toPost[0].alike).toHaveLength(paths.length - 1);
    expect(escapes(plan.toPost[0].body.replace(/<!-- bottomline:fp=[0-9a-f]{10} -->$/, ""))).toEqual([]);
    expect(plan.toPost[0].body.match(/<!--/g)).toHaveLength(1);
    // With the repository known, each place links to its line; nothing else becomes a link.
    const head = "c".repeat(40);
    const linked = planInlineComments(found, change(files, { repository: { owner: "acme", name: "api" }, headSha: head }), 100, new Set()).toPost[0];
    const body = linked.body.replace(/<!-- bottomline:fp=[0-9a-f]{10} -->$/, "");
    const blob = `link: https://github.com/acme/api/blob/${head}/`;
    expect(escapes(body).filter((e) => !e.startsWith(blob))).toEqual([]);
    expect(escapes(body).length).toBeGreaterThan(0);
    expect(linked.body.match(/<!--/g)).toHaveLength(1);
  });

  it("render inert when several findings share a line, each message escaped once", () => {
    const message = `Remove \`${HOSTILE.breakoutPath}\` ${HOSTILE.teamMention} ${HOSTILE.details}`;
    const findings = ["no-debug-statements", "max-line-length"].map((rule) => ({ rule, severity: "warning" as const, message, path: "a.ts", line: 1 }));
    const [c] = planInlineComments(findings, change([addedFile("a.ts", ["x"])]), 100, new Set()).toPost;
    const body = c.body.replace(/<!-- bottomline:fp=[0-9a-f+]+ -->$/, "");
    expect(escapes(body)).toEqual([]);
    const messages = body.split("\n\n").filter((p) => p && !p.includes("**warning**"));
    const shown = `Remove ${HOSTILE.breakoutPath} ${HOSTILE.teamMention} ${HOSTILE.details}`;
    expect(messages.map(visibleText)).toEqual([shown, shown]);
  });
});

/**
 * The text that may give a skipped test's reason: the comment or decorator just above its first
 * line, the line itself (`@Ignore("Need to fix #1545")`, `it.skip("… #12")`) and the next one
 * (`@Disabled(…)` under `@Test`, `t.Skip("…")` as the body's first statement).
 */
export function skipReason(lines: string[], start: number): string {
  return lines.slice(Math.max(0, start - 3), start + 1).join("\n");
}

/**
 * Whether a reason points at where the skip is tracked: an issue or pull request number (`#1545`,
 * `GH-12`, `gh-12`), a tracker key (`JIRA-123`), or a link.
 */
const ISSUE_REFERENCE = /(^|[\s("'(\[])#\d+\b|\b(gh|GH)-\d+\b|\b[A-Z][A-Z0-9]+-\d+\b|https?:\/\/\S+|\bissues?\/\d+/;

export function citesIssue(reason: string): boolean {
  return ISSUE_REFERENCE.test(reason);
}

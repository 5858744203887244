import type { CodeChange } from "./code-change.js";

/**
 * Share of a file's added code lines that the change must remove for it to count as a rewrite:
 * 3 removed for every 10 added. Calibrated on the judged tests-required findings of sets 11-17
 * (session 18): rewrites of a source with no test of its own were judged noise 11 times out of
 * 14 (a refactor, a port, a performance rewrite whose behaviour the project's other tests run).
 */
export const REWRITE_SHARE = 0.3;

/**
 * Whether the change rewrites the file's code (removes at least REWRITE_SHARE of what it adds)
 * while the rule can name no existing test of it (`namesItsTest`: the finding names a test file of
 * the source to update, see suggestedTests). Without a test of its own to update, asking for one on
 * a rewrite asks the author to start a suite for code the change did not add.
 */
export function rewritesUntestedSource(change: Pick<CodeChange, "addedCodeLines" | "removedCode">, namesItsTest: boolean): boolean {
  if (namesItsTest) return false;
  const added = change.addedCodeLines.length;
  let removed = 0;
  for (const n of change.removedCode.values()) removed += n;
  return added > 0 && removed >= REWRITE_SHARE * added;
}

import type { Rule } from "../src/engine/rule.js";
import issueReference from "./issue-reference.js";
import maxLineLength from "./max-line-length.js";
import testsRequired from "./tests-required.js";

/**
 * The explicit registry: every rule Bottomline knows, in the order the summary lists them.
 * A test checks that each entry's id matches its file name and has a doc beside it.
 */
export const rules: Record<string, Rule<any>> = {
  [issueReference.meta.id]: issueReference,
  [testsRequired.meta.id]: testsRequired,
  [maxLineLength.meta.id]: maxLineLength,
};

export const ruleIds = Object.keys(rules);

import type { Rule } from "../src/engine/rule.js";
import issueReference from "./issue-reference.js";
import maxComplexity from "./max-complexity.js";
import maxFunctionLength from "./max-function-length.js";
import maxLineLength from "./max-line-length.js";
import maxNestingDepth from "./max-nesting-depth.js";
import noCommentedOutCode from "./no-commented-out-code.js";
import noDebugStatements from "./no-debug-statements.js";
import noSecrets from "./no-secrets.js";
import prSize from "./pr-size.js";
import testsRequired from "./tests-required.js";
import todoIssueReference from "./todo-issue-reference.js";

/**
 * The explicit registry: every rule Bottomline knows, in the order the summary lists them.
 * A test checks that each entry's id matches its file name and has a doc beside it.
 */
export const rules: Record<string, Rule<any>> = {
  [issueReference.meta.id]: issueReference,
  [testsRequired.meta.id]: testsRequired,
  [noSecrets.meta.id]: noSecrets,
  [maxLineLength.meta.id]: maxLineLength,
  [maxFunctionLength.meta.id]: maxFunctionLength,
  [maxNestingDepth.meta.id]: maxNestingDepth,
  [maxComplexity.meta.id]: maxComplexity,
  [noDebugStatements.meta.id]: noDebugStatements,
  [todoIssueReference.meta.id]: todoIssueReference,
  [noCommentedOutCode.meta.id]: noCommentedOutCode,
  [prSize.meta.id]: prSize,
};

export const ruleIds = Object.keys(rules);

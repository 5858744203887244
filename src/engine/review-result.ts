import type { PatchCoverage } from "../coverage/patch-coverage.js";
import type { Gap } from "../model/change.js";
import type { ActiveSeverity, Category, Finding, Severity } from "./rule.js";

export type Conclusion = "success" | "neutral" | "failure";

export interface RuleOutcome {
  id: string;
  description: string;
  category: Category;
  /** The strongest severity the rule ran at anywhere in the change ("off" when it never ran). */
  severity: Severity;
  findings: number;
}

export interface ReviewResult {
  conclusion: Conclusion;
  findings: Finding[];
  rules: RuleOutcome[];
  gaps: Gap[];
  /** Information rules give besides findings (e.g. which tests cover which files), per rule. */
  notes: Record<string, string[]>;
  /** Findings silenced by bottomline-disable comments, per rule. */
  suppressed: Record<string, number>;
  /** Patch coverage when a coverage report was given (#14). */
  coverage?: PatchCoverage;
  filesReviewed: number;
  commitsReviewed: number;
}

/** Failure-level findings fail the check; warnings make it neutral; notices alone still pass. */
export function conclude(findings: Finding[]): Conclusion {
  let worst: ActiveSeverity | undefined;
  for (const f of findings) {
    if (f.severity === "failure") return "failure";
    if (f.severity === "warning") worst = "warning";
  }
  return worst === "warning" ? "neutral" : "success";
}

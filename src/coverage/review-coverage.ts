import type { Lookups } from "../engine/rule.js";
import type { Change } from "../model/change.js";
import { coverageVerdicts, type CoverageOptions } from "./coverage-verdicts.js";
import type { PatchCoverage } from "./patch-coverage.js";

interface Run {
  rule: { meta: { id: string } };
  options: object;
  change: Change;
  base: boolean;
  /** The part of the lookups the run's rule sees (run-review's giveViews). */
  found?: Lookups;
}

/**
 * The figures for the summary's coverage table: the same join tests-required made, for the files
 * its base setting judges. Undefined without a report or when the rule is off.
 */
export function reviewCoverage(runs: Run[], found: Lookups): PatchCoverage | undefined {
  if (!found.coverage) return undefined;
  const run = runs.find((r) => r.rule.meta.id === "tests-required" && r.base);
  if (!run) return undefined;
  const options = (run.options as { coverage: CoverageOptions }).coverage;
  return coverageVerdicts(run.change, found.coverage, options, run.found ?? found).coverage;
}

import { testRule, type InvalidCase, type ValidCase } from "./rule-tester.js";

/**
 * The options that turn session 18's calibrated defaults off (#10, #11): the tables written before them test one
 * shape each, and keep testing that shape, not the coarser default that now leaves some of their cases unsaid.
 * tests-required reported every verdict on added tests, asked about new code that decides nothing and about
 * rewrites of sources with no test of their own; tests-required-calibrated and -test-checks test the new defaults.
 */
export const BEFORE_CALIBRATION: Record<string, Record<string, unknown>> = {
  "tests-required": { test_checks: ["focused", "asserts_nothing", "only_skipped"], min_new_decisions: 0, untested_rewrites: true, new_cases_cover: false },
  "no-commented-out-code": { report_lone_lines_in_new_files: true },
  "no-debug-statements": { report_captured_test_output: true, report_in_printing_files: true },
  // Session 26: nesting is judged only in functions that decide a lot (min_decisions 15); the tables' functions are short.
  "max-nesting-depth": { min_decisions: 0 },
};

/** testRule with the options of the rule's behaviour before the calibration, under the table's own defaults. */
export function testRuleBeforeCalibration(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }, defaults?: Record<string, unknown>): void {
  testRule(id, cases, { ...BEFORE_CALIBRATION[id], ...defaults });
}

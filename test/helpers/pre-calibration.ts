import { testRule, type InvalidCase, type ValidCase } from "./rule-tester.js";

/**
 * The options that turn session 18's calibrated defaults off (#10, #11): the tables written before them test one
 * shape each, and keep testing that shape, not the coarser default that now leaves some of their cases unsaid.
 */
export const BEFORE_CALIBRATION: Record<string, Record<string, unknown>> = {
  "no-commented-out-code": { report_lone_lines_in_new_files: true },
  "no-debug-statements": { report_captured_test_output: true, report_in_printing_files: true },
};

/** testRule with the options of the rule's behaviour before the calibration. */
export function testRuleBeforeCalibration(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  testRule(id, cases, BEFORE_CALIBRATION[id]);
}

import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 16 (#11): date-fns keeps each function's tests in a file named only `test.ts` beside its
 * `index.ts` (`src/clamp/`). Judged set 16 called "changed without a change to its tests" wrong on
 * the commit that added both; the same source without its test.ts is still asked about.
 */
const clamp = [
  "export function clamp(date: Date, interval: { start: Date; end: Date }): Date {",
  "  if (date < interval.start) return interval.start;",
  "  if (date > interval.end) return interval.end;",
  "  return date;",
  "}",
];
const clampTest = ["import { clamp } from './index';", "it('clamps', () => {", "  expect(clamp(a, b)).toEqual(b);", "});"];

testRule("tests-required", {
  valid: [
    {
      name: "TS: src/clamp/index.ts added with src/clamp/test.ts",
      change: change([addedFile("src/clamp/index.ts", clamp, 1, { status: "added" }), addedFile("src/clamp/test.ts", clampTest, 1, { status: "added" })]),
    },
    {
      name: "JS: lib/clamp/index.js added with lib/clamp/spec.js",
      change: change([
        addedFile(
          "lib/clamp/index.js",
          clamp.map((l) => l.replace(/: \{[^}]*\}|: Date/g, "")),
          1,
          { status: "added" },
        ),
        addedFile("lib/clamp/spec.js", clampTest, 1, { status: "added" }),
      ]),
    },
  ],
  invalid: [
    {
      name: "TS: src/clamp/index.ts added alone",
      change: change([addedFile("src/clamp/index.ts", clamp, 1, { status: "added" })]),
      findings: [{ path: "src/clamp/index.ts", messageId: "missingTests" }],
    },
  ],
});

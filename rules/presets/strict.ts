import type { RawConfig } from "../../src/config/schema.js";

/** For teams that gate merging on the checklist: readability problems fail the check too. */
export const strict: RawConfig = {
  extends: "recommended",
  rules: {
    "tests-required": "failure",
    "max-line-length": { severity: "failure", max: 100, comments: true },
    "max-function-length": { severity: "failure", max: 40, min_growth: 10, margin: 10 },
    "max-nesting-depth": { severity: "failure", max: 3 },
    "max-complexity": { severity: "failure", max: 10, shallow_margin: 0 },
    "no-debug-statements": "failure",
    "todo-issue-reference": "failure",
    "no-commented-out-code": "failure",
  },
};

import { addedFile, change } from "../helpers/make-change.js";
import { nestedGo } from "../helpers/nested-go.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Set 25 (#10): go-redis' `osscluster_test.go` and `maintnotifications/e2e/config_parser_test.go`, networknt's
// `BaseSuiteJsonSchemaTest.java`: nesting in test code, judged "not worth saying" (every nesting finding in a test
// file on sets 21–25 was). Test files are left alone by default, as max-complexity and max-function-length leave them.
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const deep = nestedGo("cluster", 6);

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [
    { name: "Go: six levels in a _test.go file", change: added("osscluster_test.go", deep) },
    { name: "Go: six levels in an e2e test", change: added("maintnotifications/e2e/config_parser_test.go", deep) },
  ],
  invalid: [
    { name: "Go: the same function in library code", change: added("osscluster.go", deep), findings: [{ messageId: "tooDeep" }] },
    {
      name: "Go: a test file with `check_tests: true`",
      change: added("osscluster_test.go", deep),
      options: { check_tests: true },
      findings: [{ messageId: "tooDeep" }],
    },
  ],
});

import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 36 (#11): minijinja 24891e10c2 changes its Go port's `filters.go` beside new cases in `minijinja/tests/inputs/filters.txt`,
// the case file both ports' suites run (judged *wrong*: asked for `filters_test.go`). Test inputs named for the source cover it.
const f = (path: string, lines: string[]) => addedFile(path, lines, 1);
const SOURCE = "minijinja-go/filters/filters.go";
const go = [
  "package filters",
  "",
  "func indent(s string, kwargs map[string]any) string {",
  "\twidth := 4",
  '\tif v, ok := kwargs["width"]; ok {',
  "\t\twidth = v.(int)",
  "\t}",
  "\tout := make([]string, 0)",
  '\tfor _, line := range strings.Split(s, "\\n") {',
  '\t\tif line == "" {',
  "\t\t\tout = append(out, line)",
  "\t\t\tcontinue",
  "\t\t}",
  '\t\tout = append(out, strings.Repeat(" ", width)+line)',
  "\t}",
  '\treturn strings.Join(out, "\\n")',
  "}",
];
const lookups = {
  ...emptyLookups(),
  fileTree: [
    SOURCE,
    "minijinja-go/go.mod",
    "minijinja/Cargo.toml",
    "minijinja/tests/test_filters.rs",
    "minijinja-go/minijinja_test.go",
    "minijinja/tests/inputs/filters.txt",
    "minijinja/tests/inputs/loops.txt",
    "minijinja/src/filters.rs",
  ],
};
const CASES = ["{}", "---", "{{ 'foo\\nbar'|indent(width=2) }}"];

testRule("tests-required", {
  valid: [
    {
      name: "Go: the shared inputs named for the file, changed with it (minijinja 24891e10c2)",
      change: change([f(SOURCE, go), f("minijinja/tests/inputs/filters.txt", CASES)]),
      lookups,
    },
  ],
  invalid: [
    {
      name: "Go: no test and no input changed",
      change: change([f(SOURCE, go)]),
      lookups,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Go: inputs named for another file do not cover it",
      change: change([f(SOURCE, go), f("minijinja/tests/inputs/loops.txt", CASES)]),
      lookups,
      findings: [{ messageId: "missingTests" }],
    },
    {
      name: "Go: a test input of a name too common to say which file it is about",
      change: change([
        f(
          "minijinja-go/config/config.go",
          go.map((l) => l.replace("package filters", "package config")),
        ),
        f("minijinja/tests/inputs/config.txt", CASES),
      ]),
      lookups: { ...lookups, fileTree: [...lookups.fileTree, "minijinja-go/config/config.go"] },
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

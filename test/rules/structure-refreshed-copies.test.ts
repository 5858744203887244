import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 16 (#10): "Update toml-test" refreshes another project's copy (BurntSushi/toml's internal/toml-test/,
// judged set 16); its functions are upstream's. The same function under another subject is the project's own.
const deep = [
  "package tomltest",
  "",
  "func walk(groups [][]string) int {",
  "\tn := 0",
  "\tfor _, g := range groups {",
  "\t\tif len(g) > 0 {",
  "\t\t\tfor i := 0; i < len(g); i++ {",
  '\t\t\t\tif g[i] != "" {',
  "\t\t\t\t\tswitch g[i][0] {",
  "\t\t\t\t\tcase 'a':",
  "\t\t\t\t\t\tif i > 2 {",
  "\t\t\t\t\t\t\tn++",
  "\t\t\t\t\t\t}",
  "\t\t\t\t\t}",
  "\t\t\t\t}",
  "\t\t\t}",
  "\t\t}",
  "\t}",
  "\treturn n",
  "}",
];
const by = (subject: string) =>
  change([addedFile("internal/toml-test/runner.go", deep, 1, { status: "added" })], { title: subject, commits: [commit(subject)] });

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [{ name: "Go: a refreshed copy of toml-test", change: by("Update toml-test from upstream") }],
  invalid: [{ name: "Go: the same function in the project's own change", change: by("Walk groups in the runner"), findings: [{ messageId: "tooDeep" }] }],
});

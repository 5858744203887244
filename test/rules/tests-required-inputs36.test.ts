import { emptyLookups } from "../../src/engine/rule.js";
import { inFolderOf } from "../../src/analysis/tests-changed-elsewhere.js";
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

// Set 37: ApprovalTests.Java 7a919dc65c changes `InlineOptions.java` beside a Kotlin test of the same package in the test
// module (`src/test/kotlin/org/approvaltests/inline/`), and was told to add one in `src/test/java/…/inline/` (judged *wrong*).
const OPTIONS = "approvaltests/src/main/java/org/approvaltests/inline/InlineOptions.java";
const java = [
  "public interface InlineOptions {",
  "  static InlineOptions automatic() {",
  "    if (isKotlin()) {",
  "      return new KotlinOptions();",
  "    }",
  "    return new JavaOptions();",
  "  }",
  "  private static boolean isKotlin() {",
  '    return StackTraceReflectionUtils.getClassName().endsWith("Kt");',
  "  }",
  "}",
];
const jvmTree = {
  ...emptyLookups(),
  fileTree: [
    OPTIONS,
    "approvaltests/pom.xml",
    "approvaltests-tests/pom.xml",
    // The module's tests live in approvaltests-tests/, mirroring its packages; a few (the namers') beside the module.
    ...["inline/CodeParts", "core/Options", "reporters/Reporter", "scrubbers/Scrubber", "writers/Writer"].flatMap((c) => [
      `approvaltests/src/main/java/org/approvaltests/${c}.java`,
      `approvaltests-tests/src/test/java/org/approvaltests/${c}Test.java`,
    ]),
    "approvaltests/src/test/java/org/approvaltests/namer/JUnit4StackTraceNamerTest.java",
    // A family of tests named nearly for it, in the package's folder: "where its tests are".
    "approvaltests-tests/src/test/java/org/approvaltests/inline/InlineApprovalsTest.java",
    "approvaltests-tests/src/test/java/org/approvaltests/inline/InlineComparatorTest.java",
    "approvaltests-tests/src/test/java/org/approvaltests/inline/InlineWriterTest.java",
    "approvaltests-tests/src/test/kotlin/org/approvaltests/inline/KotlinInlineApprovalsTest.kt",
    "approvaltests-util-tests/pom.xml",
    "approvaltests-util-tests/src/test/kotlin/org/approvaltests/other/OtherTest.kt",
  ],
};
const kotlinTest = ["class KotlinInlineApprovalsTest {", "  @Test", "  fun inline() {", '    Approvals.verify("x", InlineOptions.automatic())', "  }", "}"];

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
      name: "Java: a Kotlin test of another package in another module does not cover it",
      change: change([f(OPTIONS, java), f("approvaltests-util-tests/src/test/kotlin/org/approvaltests/other/OtherTest.kt", kotlinTest)]),
      lookups: jvmTree,
      findings: [{ messageId: "missingTests" }],
    },
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

describe("a changed test in the folder a finding would name, Java and Kotlin roots alike (set 37)", () => {
  const folder = "approvaltests-tests/src/test/java/org/approvaltests/inline";
  it.each([
    ["approvaltests-tests/src/test/kotlin/org/approvaltests/inline/KotlinInlineApprovalsTest.kt", true],
    ["approvaltests-tests/src/test/java/org/approvaltests/inline/InlineApprovalsTest.java", true],
    ["approvaltests-tests/src/test/groovy/org/approvaltests/inline/deep/SpockTest.groovy", true],
    ["approvaltests-tests/src/test/kotlin/org/approvaltests/other/OtherTest.kt", false],
    ["approvaltests-tests/src/main/kotlin/org/approvaltests/inline/Helper.kt", false],
    ["other-tests/src/test/kotlin/org/approvaltests/inline/KotlinInlineApprovalsTest.kt", false],
  ])("%s: %s", (test, inside) => {
    expect(inFolderOf(test, folder, OPTIONS)).toBe(inside);
  });
});

// Set 40: referencing dc62987658 moves its `suite` submodule (the shared referencing-suite) to the commit with the cases
// for its fix (judged *wrong* as untested). As git and GitHub show it, the submodule's one added line is its new commit.
const REF_SOURCE = "referencing/jsonschema.py";
const py = [
  "def _legacy_id(contents):",
  '    if "$ref" in contents:',
  "        return None",
  '    id = contents.get("id")',
  '    if id is not None and not id.startswith("#"):',
  "        return id",
  "    return None",
];
const submodule = (path: string) => ({
  ...addedFile(path, ["Subproject commit 06bc9d63789a2f455bfccbef5c60718bae80696a"], 1),
  deletedLines: ["Subproject commit 514a1132b6fde686bf6a8f2d678ac0cc667bbb35"],
});
const refTree = { ...emptyLookups(), fileTree: [REF_SOURCE, "referencing/tests/test_jsonschema.py", "suite", "docs/conf.py"] };

testRule("tests-required", {
  valid: [
    {
      name: "Python: the shared suite's submodule moved with the fix (referencing dc62987658)",
      change: change([f(REF_SOURCE, py), submodule("suite")]),
      lookups: refTree,
    },
  ],
  invalid: [
    {
      name: "Python: another submodule moved with it (a theme's)",
      change: change([f(REF_SOURCE, py), submodule("docs/theme")]),
      lookups: { ...refTree, fileTree: [...refTree.fileTree, "docs/theme"] },
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

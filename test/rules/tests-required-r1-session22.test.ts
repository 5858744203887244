import rule from "../../rules/tests-required.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";
import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRule } from "../helpers/rule-tester.js";
import type { Change, ChangedFile } from "../../src/model/change.js";

// Session 22 (#11): Kotlin Multiplatform test source sets are tests; and a rewrite already covered
// by tests that call it is told apart from a behaviour change by its decisions, not by its title.

// ---- Kotlin Multiplatform: a helper in commonTest is part of the change's tests ----

const parser = "lib/src/commonMain/kotlin/x/Parser.kt";
const parserCode = [
  "package x",
  "",
  "fun parse(text: String): Int {",
  "    if (text.isEmpty()) return 0",
  '    return if (text.startsWith("-")) -text.length else text.length',
  "}",
];
const helperCode = ["package x", "", "fun sample(n: Int): String {", '    if (n < 0) return "-".repeat(-n)', '    return "a".repeat(n)', "}"];
const tree = ["lib/build.gradle.kts", "lib/src/commonTest/kotlin/x/LexerTest.kt", "lib/src/commonMain/kotlin/x/Lexer.kt"];

function kmp(helperPath: string): { change: Change; lookups: Lookups } {
  const files: ChangedFile[] = [addedFile(parser, parserCode, 1, { status: "added" }), addedFile(helperPath, helperCode, 1, { status: "added" })];
  return {
    change: change(files),
    lookups: {
      ...emptyLookups(),
      fileContents: new Map([
        [parser, parserCode.join("\n")],
        [helperPath, helperCode.join("\n")],
      ]),
      fileTree: [...tree, parser, helperPath],
    },
  };
}

// ---- Go: a comparison rewritten (go-version's `equalSegments`, judged set 21) ----

const compareBase = [
  "package version",
  "",
  'import "reflect"',
  "",
  "func (v *Version) Compare(other *Version) int {",
  "\ta := v.Segments()",
  "\tb := other.Segments()",
  "\tif reflect.DeepEqual(a, b) {",
  "\t\treturn 0",
  "\t}",
  "\treturn v.order(other)",
  "}",
];
const compareTest = ["package version", "", "func TestVersionCompare(t *testing.T) {", "\tif v1.Compare(v2) != -1 {", '\t\tt.Fatal("order")', "\t}", "}"];
const tests = { "version_test.go": compareTest };
// Only the names change: no decision, no signature, no literal, no call the file did not have.
const renamedLocals = compareBase.map((l) => l.replace(/\ba\b/g, "mine").replace(/\bb\b/g, "theirs"));
// The library call in the condition replaced by a helper of its own, with a loop and two branches.
const ownHelper = [
  ...compareBase.slice(0, 2),
  ...compareBase.slice(4, 7),
  "\tif v.equalSegments(other) {",
  ...compareBase.slice(8),
  "",
  "func (v *Version) equalSegments(other *Version) bool {",
  "\ta, b := v.Segments(), other.Segments()",
  "\tif len(a) != len(b) {",
  "\t\treturn false",
  "\t}",
  "\tfor i := range a {",
  "\t\tif a[i] != b[i] {",
  "\t\t\treturn false",
  "\t\t}",
  "\t}",
  "\treturn true",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a multiplatform source with a new helper in its module's commonTest (no Test in its name)",
      ...kmp("lib/src/commonTest/kotlin/x/Inputs.kt"),
    },
    {
      name: "Kotlin: the helper in jvmTest, another test source set of the module",
      ...kmp("lib/src/jvmTest/kotlin/x/Inputs.kt"),
    },
    {
      name: "Go: a rewrite that adds no decision, keeps the signature and is called by the existing version_test.go",
      ...rewriteInTree("version.go", compareBase, renamedLocals, [], tests),
    },
  ],
  invalid: [
    {
      // A helper in a main source set is a source: it covers nothing, and is asked for tests with the file it serves.
      name: "Kotlin: the same helper in commonMain is no test: both files are asked for theirs",
      ...kmp("lib/src/commonMain/kotlin/x/Inputs.kt"),
      findings: [{ messageId: "missingTestsGroup" }],
    },
    {
      // A removed call in a branch, replaced by new decisions: the brief's behaviour-change shape, asked whatever the title says.
      name: "Go: the library call in a condition replaced by a helper that decides (new loop and branches)",
      ...rewriteInTree("version.go", compareBase, ownHelper, [], tests),
      findings: [{ messageId: "missingTests", path: "version.go" }],
    },
  ],
});

describe("tests-required: where a multiplatform source's test goes (#11)", () => {
  beforeAll(() => loadAllGrammars());
  it("names a test in the module's commonTest, named as a class", () => {
    const c = kmp("lib/src/commonMain/kotlin/x/Inputs.kt");
    const [finding] = rule.check(c.change, rule.options.parse({}) as Parameters<typeof rule.check>[1], c.lookups).filter((f) => !f.info);
    expect(String(finding.data?.expected)).toContain("lib/src/commonTest/kotlin/x/");
    expect(String(finding.data?.expected)).not.toContain("jvmTest");
  });
});

import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Session 26 (#11), from sets 21-25's verdicts: tests the same commit changed, in places the rule did not know.
// - apollo-kotlin 7add14909c changed `ExtensionsMerger.kt` with new cases in `libraries/apollo-ast/test-fixtures/merger/`
//   (a `.graphql` input and its `.expected.graphql`), judged *wrong*: the folder is `test-fixtures/`, not `fixtures/`.
// - AutoFixture 5662e605c6 changed `FrozenAttribute.cs` with 48 lines of scenarios in `AutoFixture.xUnit.net.UnitTest/Scenario.cs`,
//   judged *wrong*: the test project's suffix is the singular `.UnitTest`.
const f = (path: string, lines: string[]) => addedFile(path, lines, 1);
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });
const kt = [
  "internal class ExtensionsMerger {",
  "    fun merge(a: String, b: String?): String {",
  "        if (b == null) return a",
  "        val out = StringBuilder(a)",
  "        for (c in b) if (c != ' ') out.append(c)",
  "        return out.toString()",
  "    }",
  "}",
];
const KT = "libraries/apollo-ast/src/commonMain/kotlin/com/apollographql/apollo/ast/internal/ExtensionsMerger.kt";
const FIXTURE = "libraries/apollo-ast/test-fixtures/merger/merge-descriptions-and-default-values.graphql";
const ktLayout = tree(KT, "libraries/apollo-ast/src/jvmTest/kotlin/test/MergerTest.kt", FIXTURE);
const cs = [
  "namespace AutoFixture.Xunit",
  "{",
  "    public class FrozenAttribute",
  "    {",
  "        public object Freeze(string name)",
  "        {",
  "            if (name == null) throw new System.ArgumentNullException(nameof(name));",
  "            foreach (var c in name) { if (c == ' ') return null; }",
  "            return name;",
  "        }",
  "    }",
  "}",
];
const CS = "Src/AutoFixture.xUnit.net/FrozenAttribute.cs";
const SCENARIO = "Src/AutoFixture.xUnit.net.UnitTest/Scenario.cs";
const csLayout = tree(CS, SCENARIO, "Src/AutoFixture.xUnit.net.UnitTest/FrozenAttributeTest.cs");
const scenario = [
  "public class Scenario",
  "{",
  "    [Theory, AutoData]",
  "    public void FreezeByName([Frozen] string p, string q)",
  "    {",
  "        Assert.Equal(p, q);",
  "    }",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: the project's `test-fixtures/` cases changed with the source cover it (apollo-kotlin 7add14909c)",
      change: change([f(KT, kt), f(FIXTURE, ["type Query {", '  "a description"', "  field(arg: Int = 1): String", "}"])]),
      lookups: ktLayout,
    },
    {
      name: "C#: scenarios in the `.UnitTest` project named for the source's cover it (AutoFixture 5662e605c6)",
      change: change([f(CS, cs), f(SCENARIO, scenario)]),
      lookups: csLayout,
    },
  ],
  invalid: [
    {
      name: "Kotlin: the same source with no test and no fixture changed",
      change: change([f(KT, kt)]),
      lookups: ktLayout,
      findings: [{ messageId: "missingTests" }],
    },
    { name: "C#: the same source with no test changed", change: change([f(CS, cs)]), lookups: csLayout, findings: [{ messageId: "missingTests" }] },
  ],
});

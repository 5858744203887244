import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 25 (#11): google/ksp bf3b337e56 changes `ResolverAAImpl.kt` with the cases its data-driven tests run,
// `kotlin-analysis-api/testData/locations.kt` and `test-utils/testData/api/deferredJavaSymbols.kt` (judged *wrong*:
// "the rule didn't count those as test changes"). JetBrains projects spell the folder `testData/`.
const f = (path: string, lines: string[]) => addedFile(path, lines, 1);
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });
const kt = [
  "class ResolverAAImpl {",
  "    fun symbolsWithAnnotation(name: String): List<String> {",
  "        if (name.isEmpty()) return emptyList()",
  "        val out = mutableListOf<String>()",
  "        for (c in name) out.add(c.toString())",
  "        return out",
  "    }",
  "}",
];
const SOURCE = "kotlin-analysis-api/src/main/kotlin/com/google/devtools/ksp/impl/ResolverAAImpl.kt";
const layout = tree(
  SOURCE,
  "kotlin-analysis-api/src/test/kotlin/com/google/devtools/ksp/test/KSPAATest.kt",
  "kotlin-analysis-api/testData/locations.kt",
  "test-utils/testData/api/deferredJavaSymbols.kt",
);

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: the project's `testData/` cases changed with the source cover it (ksp bf3b337e56)",
      change: change([f(SOURCE, kt), f("kotlin-analysis-api/testData/locations.kt", ["// TEST PROCESSOR: LocationsProcessor", "// EXPECTED:", "// symbol:3"])]),
      lookups: layout,
    },
  ],
  invalid: [
    {
      name: "Kotlin: the same source with no test and no test data changed",
      change: change([f(SOURCE, kt)]),
      lookups: layout,
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

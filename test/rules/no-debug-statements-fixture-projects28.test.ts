import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Sets 24 and 28 (#11): projects kept inside a test tree as the input of its tests. kover's functional tests build
// sample projects (`src/functionalTest/templates/builds/counters/src/main/java/TryFinally.java`), dokka's integration
// tests document one (`dokka-integration-tests/gradle/projects/it-kotlin-multiplatform/src/jvmMain/kotlin/jvmFn.kt`,
// judged wrong eight times), and spotbugs' analyser reads `spotbugsTestCases/src/java/…`: their prints are placeholder
// bodies. A module named for tests keeps its own tests and helpers, where a print is still a leftover.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const JAVA = ["class TryFinally {", "  void run() {", '    System.out.println("try");', "  }", "}"];
const KOTLIN = ["fun jvmFn(a: CommonClass) {", '    println("jvm")', "}"];

const valid: ValidCase[] = [
  {
    name: "Java: a sample build under a functional test's templates",
    change: one("kover-gradle-plugin/src/functionalTest/templates/builds/counters/src/main/java/TryFinally.java", JAVA),
  },
  { name: "Kotlin: sources of a template without src/", change: one("src/functionalTest/templates/sources/verification/main/kotlin/FirstClasses.kt", KOTLIN) },
  {
    name: "Kotlin: a multiplatform source set of an integration-test project",
    change: one("dokka-integration-tests/gradle/projects/it-kotlin-multiplatform/src/jvmMain/kotlin/jvmFn.kt", KOTLIN),
  },
  {
    name: "Kotlin: a processor project under a test source set's resources",
    change: one("integration-tests/src/test/resources/playground-mpp/test-processor/src/main/kotlin/TestProcessor.kt", KOTLIN),
  },
  { name: "Java: a static analyser's input program", change: one("spotbugsTestCases/src/java/ghIssues/Issue3886.java", JAVA) },
  // helix cd6a852c9e: the sources its indentation tests re-indent, one per language.
  { name: "Java: a test tree's sample named for its language", change: one("tests/indent/java.java", JAVA) },
  { name: "Ruby: a test tree's sample named for its language", change: one("tests/indent/ruby.rb", ["def f", '  puts "x"', "end"]) },
];

const invalid: InvalidCase[] = [
  {
    name: "Java: a module named for tests keeps its own code in src/main",
    change: one("app-tests/src/main/java/TryFinally.java", JAVA),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Ruby: a test helper named for something else",
    change: one("tests/indent/helper.rb", ["def f", '  puts "x"', "end"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "Kotlin: product code in a multiplatform source set",
    change: one("library/src/jvmMain/kotlin/jvmFn.kt", KOTLIN),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "Java: a folder named for test cases with no prefix is not an analyser's input",
    change: one("src/main/java/testcases/Runner.java", JAVA),
    findings: [{ messageId: "debug", line: 3 }],
  },
];

testRule("no-debug-statements", { valid, invalid });

// Their authors still wrote them: a stray `//collection3.keySet();` in a new spotbugs case is said (judged agree twice, set 28).
testRule("no-commented-out-code", {
  valid: [{ name: "Java: an analyser's input program without commented-out code", change: one("spotbugsTestCases/src/java/A.java", JAVA) }],
  invalid: [
    {
      name: "Java: commented-out code in an analyser's new input program",
      change: one("spotbugsTestCases/src/java/synchronizationLocks/SafeSync.java", [
        "class SafeSync {",
        "  private final Map<Object, Object> collection3 = new TreeMap<>();",
        "  //collection3.keySet();",
        "  private final Map<Object, Object> view3 = Collections.synchronizedMap(collection3);",
        "}",
      ]),
      findings: [{ messageId: "commentedOutLine", line: 3 }],
    },
  ],
});

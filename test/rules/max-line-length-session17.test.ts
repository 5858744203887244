import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 17 (#11): what set 16's judges found not worth saying. A line of one token cannot be wrapped; Spotless in
// the root build's top level does not format a subproject's files; a row of literals under a name is a data row.

const configs = (files: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(Object.entries(files)) });

// mockito's root build.gradle before 2024: google-java-format through a top-level spotless block.
const SPOTLESS = "spotless {\n    java {\n        custom 'google-java-format', { source ->\n            return source\n        }\n    }\n}\n";
const ROOT_ONLY = configs({ "build.gradle": `allprojects { proj ->\n    repositories {\n        google()\n    }\n}\n\n${SPOTLESS}` });
const EVERY_PROJECT = configs({ "build.gradle": `allprojects { proj ->\n    apply plugin: 'com.diffplug.spotless'\n    ${SPOTLESS}}\n` });
const GJF_POM = configs({ "pom.xml": "<plugin><googleJavaFormat><version>1.22</version></googleJavaFormat></plugin>" });
const EDITOR_80 = configs({ ".editorconfig": "root = true\n[*]\nmax_line_length = 80\n" });
const PRETTIER = configs({ ".prettierrc": "{}\n" });

/** A Java statement of `n` characters with arguments to wrap. */
const javaCall = (n: number) => "        assertThat(" + "value, ".repeat(n).slice(0, n - 22) + "x);";

// mockito 917352266b, DoNotMockTest.java:120 (110 against google-java-format's 100).
const TEST_NAME = "            can_not_statically_mock_subclass_with_unmockable_interface_that_extends_non_mockable_interface() {";

testRule("max-line-length", {
  valid: [
    {
      name: "Java: a test name alone on its line below `public void` (google-java-format's layout) cannot be wrapped",
      change: change([addedFile("src/test/java/org/mockitousage/DoNotMockTest.java", ["    @Test", "    public void", TEST_NAME])]),
      lookups: GJF_POM,
    },
    {
      name: "Java: the name alone with its opening parenthesis, the parameters below",
      change: change([
        addedFile("src/main/java/A.java", [
          "    public static void",
          "            registerEveryMockMakerThatTheConfigurationFileOfThisModuleNamesInTheOrderItNamesThemInAfterLoading(",
        ]),
      ]),
      lookups: GJF_POM,
    },
    {
      name: "TypeScript: a lone qualified name in an argument list, past an 80 ruler",
      change: change([addedFile("src/a.ts", ["                  configuration.defaults.locale.formatDistanceStrict.roundingMethodForTheLastUnit,"])]),
      lookups: EDITOR_80,
    },
    {
      name: "Kotlin: a backticked test name alone on its line",
      change: change([
        addedFile("src/test/kotlin/ATest.kt", ["        `returns the first element of the flow when the collector is cancelled early on by its own scope`()"]),
      ]),
      lookups: EDITOR_80,
    },
    {
      name: "Python: a lone string continuing a concatenation, past an 80 ruler",
      change: change([addedFile("src/a.py", ['                                                    + "is not one of the accepted values"'])]),
      lookups: EDITOR_80,
    },
    {
      // mockito 02d63565aa: subprojects/inline was not formatted by the root's top-level spotless block.
      name: "Java: a subproject's file is outside the root build's top-level spotless block",
      change: change([addedFile("subprojects/inline/src/test/java/org/mockitoinline/InOrderVerificationTest.java", [javaCall(110)])]),
      lookups: ROOT_ONLY,
    },
    {
      name: "Java: the same in a Kotlin build script",
      change: change([addedFile("subprojects/errorprone/src/main/java/A.java", [javaCall(120)])]),
      lookups: configs({ "build.gradle.kts": `plugins { id("com.diffplug.spotless") }\n\nspotless {\n    java { googleJavaFormat().aosp() }\n}\n` }),
    },
    {
      // date-fns 0b8729810f: a locale's day names under Prettier's default 80.
      name: "JavaScript: a row of literals under a name (a locale's day names) reads best whole",
      change: change([
        addedFile("src/locale/pt-BR/_lib/localize/index.js", [
          "  wide: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado']",
        ]),
      ]),
      lookups: PRETTIER,
    },
    {
      name: "Python: a list of literals assigned to a name under Black's default",
      change: change([
        addedFile("src/locale.py", [
          "MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro']",
        ]),
      ]),
      lookups: configs({ "pyproject.toml": "[tool.black]\n" }),
    },
  ],
  invalid: [
    {
      name: "Java: a test name with parameters can be wrapped",
      change: change([
        addedFile("src/test/java/org/mockitousage/DoNotMockTest.java", [
          "    public void can_not_statically_mock_subclass_with_unmockable_interface(MockSettings settings, Answer<?> answer) {",
        ]),
      ]),
      lookups: GJF_POM,
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "google-java-format, per pom.xml" } }],
    },
    {
      name: "TypeScript: two names in an argument list can be wrapped",
      change: change([addedFile("src/a.ts", ["                  configuration.defaults.locale, formatDistanceStrict.roundingMethod,"])]),
      lookups: EDITOR_80,
      findings: [{ messageId: "tooLongForFormatter", data: { max: 80, from: ".editorconfig" } }],
    },
    {
      name: "Java: the root project's own file is formatted by its top-level spotless block",
      change: change([addedFile("src/main/java/org/mockito/A.java", [javaCall(110)])]),
      lookups: ROOT_ONLY,
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "google-java-format, per build.gradle" } }],
    },
    {
      name: "Java: spotless configured in allprojects reaches a subproject's file",
      change: change([addedFile("subprojects/inline/src/test/java/A.java", [javaCall(110)])]),
      lookups: EVERY_PROJECT,
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "google-java-format, per build.gradle" } }],
    },
    {
      name: "Java: a top-level spotless block whose target names the subprojects' files reaches them",
      change: change([addedFile("subprojects/inline/src/test/java/A.java", [javaCall(110)])]),
      lookups: configs({ "build.gradle": SPOTLESS.replace("java {", "java {\n        target 'src/**/*.java', 'subprojects/*/src/**/*.java'") }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "google-java-format, per build.gradle" } }],
    },
    {
      name: "JavaScript: a row of literals under a name 1.5× past Prettier's default is said",
      change: change([
        addedFile("src/locale/xx/index.js", [
          "  wide: ['domingo-feira', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado-feira']",
        ]),
      ]),
      lookups: PRETTIER,
      findings: [{ messageId: "tooLongForFormatter", data: { length: 120, max: 80 } }],
    },
  ],
});

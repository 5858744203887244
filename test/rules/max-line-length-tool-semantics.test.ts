import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 17, round 2 (#11): the width is measured as the project's own tool measures it. ktlint with
// `ktlint_ignore_back_ticked_identifier = true` leaves back-ticked names out of a line's length.

const configs = (files: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(Object.entries(files)) });

// pinterest/ktlint's own .editorconfig: the width for every file, the back-tick setting in the Kotlin section.
const KTLINT_REPO = configs({
  ".editorconfig":
    "root = true\n\n[*]\nindent_size = 2\nmax_line_length = 140\n\n[*.{kt,kts}]\nktlint_code_style = ktlint_official\nktlint_ignore_back_ticked_identifier = true\n",
});
const KTLINT_DEFAULT = configs({ ".editorconfig": "root = true\n\n[*]\nmax_line_length = 140\n\n[*.{kt,kts}]\nktlint_code_style = ktlint_official\n" });

// ktlint 0b575a0516, KtLintRuleEngineTest.kt:667 (155 against 140).
const TEST_NAME =
  "        fun `Issue 2747 - Given some code with crlf separators instead of lfs, but not containing any lint error, then do no reformat the line separators`(";
// ktlint b39d63c5f5, ChainWrappingRuleTest.kt:277 (146 against 140).
const NESTED_CLASS =
  "    inner class `Issue 2297 - Given an && starting on new line should not result in malformed AST which causes NPE in multiline-expression rule` {";
const params = (n: number) => Array.from({ length: n }, (_, i) => `argument${i}: Int`).join(", ");

testRule("max-line-length", {
  valid: [
    {
      name: "Kotlin: a back-ticked test name whose parameters follow on the next lines, ktlint told to ignore back-ticked names",
      change: change([addedFile("ktlint-api-consumer/src/test/kotlin/KtLintRuleEngineTest.kt", ["    @Test", TEST_NAME, "        @TempDir"])]),
      lookups: KTLINT_REPO,
    },
    {
      name: "Kotlin: a back-ticked @Nested inner class name",
      change: change([addedFile("src/test/kotlin/ChainWrappingRuleTest.kt", ["    @Nested", NESTED_CLASS])]),
      lookups: KTLINT_REPO,
    },
    {
      name: "Kotlin: a back-ticked name in main code, with a short parameter list",
      change: change([
        addedFile("src/main/kotlin/Dsl.kt", [
          "    fun `a function named by a sentence that runs on and on, longer than the whole width of one hundred and forty`(x: Int) = x",
        ]),
      ]),
      lookups: KTLINT_REPO,
    },
  ],
  invalid: [
    {
      name: "Kotlin: the same test name under ktlint's default (the setting unset) counts like any other text",
      change: change([addedFile("src/test/kotlin/KtLintRuleEngineTest.kt", ["    @Test", TEST_NAME, "        @TempDir"])]),
      lookups: KTLINT_DEFAULT,
      findings: [{ messageId: "tooLongForFormatter", data: { length: 155, max: 140, from: ".editorconfig" } }],
    },
    {
      name: "Kotlin: a back-ticked name whose parameters alone pass the width",
      change: change([addedFile("src/main/kotlin/Dsl.kt", [`    fun \`short name\`(${params(10)}) = Unit`])]),
      lookups: KTLINT_REPO,
      findings: [{ messageId: "tooLongForFormatter", data: { max: 140, from: ".editorconfig" } }],
    },
    {
      name: "Kotlin: the setting in a section for other files does not reach a Kotlin file",
      change: change([addedFile("src/test/kotlin/A.kt", ["    @Test", TEST_NAME, "        @TempDir"])]),
      lookups: configs({
        ".editorconfig": "root = true\n\n[*]\nmax_line_length = 140\n\n[*.java]\nktlint_ignore_back_ticked_identifier = true\n\n[*.kt]\nktlint_code_style = ktlint_official\n",
      }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 155, max: 140, from: ".editorconfig" } }],
    },
  ],
});

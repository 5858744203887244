import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 32 (#11): hoplite 61ff729984 fixes `ParameterMapper.kt` in hoplite-core and tests it with a new kotest StringSpec
// case in hoplite-yaml (`"should support trailing numbers" { … shouldBe … }`), judged *wrong* as untested: the string
// called with a body is a case, and `shouldBe` written infix is its assertion.
const SOURCE = "hoplite-core/src/main/kotlin/com/sksamuel/hoplite/ParameterMapper.kt";
const TEST = "hoplite-yaml/src/test/kotlin/com/sksamuel/hoplite/yaml/KebabCaseTest.kt";
const MAPPER = [
  "package com.sksamuel.hoplite",
  "",
  "object KebabCaseParamMapper : ParameterMapper {",
  "  override fun map(name: String): Set<String> {",
  '    val parts = name.split(Regex("(?=[A-Z0-9])"))',
  "    if (parts.size == 1) return setOf(name)",
  '    val kebab = parts.joinToString("-") { it.lowercase() }',
  '    val joined = if (name.last().isDigit()) kebab.replace(Regex("-(\\\\d+)$"), "$1") else kebab',
  "    return setOf(kebab, joined)",
  "  }",
  "}",
];
const kebabTest = (body: string, name = "should support trailing numbers as components") => [
  "package com.sksamuel.hoplite.yaml",
  "",
  "import io.kotest.core.spec.style.StringSpec",
  "import io.kotest.matchers.shouldBe",
  "",
  "class KebabCaseTest : StringSpec({",
  `  "${name}" {`,
  "    data class Foo(val myServer1: String)",
  `    ${body}`,
  "  }",
  "})",
];
/** Two Gradle modules, each with its sources and tests: a module's tests are its own project's. */
const TREE = [
  "settings.gradle.kts",
  ...["hoplite-core/src/main/kotlin/com/sksamuel/hoplite", "hoplite-yaml/src/main/kotlin/com/sksamuel/hoplite/yaml"].flatMap((dir) => {
    const module = dir.slice(0, dir.indexOf("/"));
    const test = dir.replace("/main/", "/test/");
    return [`${module}/build.gradle.kts`, ...["Loader", "Source", "Decoder"].flatMap((n) => [`${dir}/${n}.kt`, `${test}/${n}Test.kt`])];
  }),
];
const fix = (body: string, name?: string) => ({
  change: change([addedFile(SOURCE, MAPPER.slice(4, 9), 5), addedFile(TEST, kebabTest(body, name), 1, { status: "added" })]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[SOURCE, MAPPER.join("\n")]]),
    baseContents: new Map([[SOURCE, [...MAPPER.slice(0, 4), "    return setOf(name)", ...MAPPER.slice(9)].join("\n")]]),
    fileTree: [SOURCE, TEST, ...TREE],
  },
});

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: a new StringSpec case in another module, asserting with infix `shouldBe`",
      ...fix('ConfigLoader().loadConfigOrThrow<Foo>("/kebab.yml") shouldBe Foo(myServer1 = "a")'),
    },
  ],
  invalid: [
    {
      // A disabled case (`"!…"`) does not count as the change's tests.
      name: "Kotlin: a new StringSpec case disabled by its `!`",
      ...fix('ConfigLoader().loadConfigOrThrow<Foo>("/kebab.yml") shouldBe Foo(myServer1 = "a")', "!should support trailing numbers"),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

// Set 32: postcss be364fd838 fixes `lib/parser.js` and bumps `postcss-parser-tests`, the shared suite its parse tests run,
// whose new release holds the case (judged *wrong* as untested). A bump of another dependency tests nothing.
const PARSER = "lib/parser.js";
const PARSER_TEXT = [
  "class Parser {",
  "  decl(tokens) {",
  "    let node = new Declaration()",
  "    let last = tokens[tokens.length - 1]",
  "    if (last[0] === ';') {",
  "      this.semicolon = true",
  "      tokens.pop()",
  "    }",
  "    node.source.end = this.getPosition(last[3] || last[2] || findLastWithPosition(tokens))",
  "    if (node.prop[0] === '-' && node.prop[1] === '-' && tokens.length === 0) {",
  "      node.source.end = this.getPosition(last[3] || last[2])",
  "      node.value = ''",
  "    }",
  "    return node",
  "  }",
  "}",
];
const bump = (dependency: string) => ({
  change: change([addedFile(PARSER, PARSER_TEXT.slice(9, 13), 10), addedFile("package.json", [`    "${dependency}": "^8.5.1",`], 96, { deletions: 1 })]),
  lookups: {
    ...emptyLookups(),
    fileContents: new Map([[PARSER, PARSER_TEXT.join("\n")]]),
    baseContents: new Map([[PARSER, [...PARSER_TEXT.slice(0, 9), ...PARSER_TEXT.slice(13)].join("\n")]]),
    fileTree: [PARSER, "package.json", "lib/node.js", "test/parse.test.ts", "test/node.test.ts"],
  },
});

testRule("tests-required", {
  valid: [{ name: "JavaScript: the shared parser test suite's package bumped beside the fix", ...bump("postcss-parser-tests") }],
  invalid: [{ name: "JavaScript: another dependency bumped beside the fix", ...bump("nanospy"), findings: [{ messageId: "missingTests" }] }],
});

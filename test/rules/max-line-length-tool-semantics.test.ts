import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { modifiedFile } from "../helpers/base-head.js";

// Session 17, round 2 (#11): the width is measured as the project's own tool measures it. ktlint with
// `ktlint_ignore_back_ticked_identifier = true` leaves back-ticked names out of a line's length; flake8 with E501 is
// a Python project's gate, before Black's default; Black never splits a one-line statement ending in
// `# type: ignore`, and a trailing pragma is left out of a guide's margins. A soft limit no tool checks (PSR-2's
// through php-cs-fixer) is not held where the files the change edits already run far past it (composer). A file
// whose indentation Prettier at its config's tabWidth cannot have written is not held to that Prettier's width (mobx).

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
const BLACK_HOOK = "repos:\n- repo: https://github.com/psf/black.git\n  rev: 23.9.1\n  hooks:\n  - id: black\n";
// scrapy 5807970a22: flake8 at 119 beside Black's pre-commit hook.
const SCRAPY = configs({
  ".flake8":
    "[flake8]\n\nmax-line-length = 119\nignore = W503, E203\n\nexclude =\n    docs/conf.py\n\nper-file-ignores =\n    scrapy/__init__.py:E402\n    tests/*:E501,F401\n",
  ".pre-commit-config.yaml": BLACK_HOOK,
});
// aiohttp: flake8 ignores E501 (its max-line-length checks nothing), Black at its default.
const AIOHTTP = configs({
  ".flake8": "[flake8]\nextend-select =\n  B950,\n  # NIC001\n  NIC001,\nignore = N801,E203,E226,E501,E704,W503\nmax-line-length = 88\n",
  ".pre-commit-config.yaml": BLACK_HOOK,
  "pyproject.toml": '[tool.black]\ntarget-version = ["py39"]\n',
});
const RUFF_ONLY = configs({ "pyproject.toml": '[tool.ruff]\ntarget-version = "py39"\n' });
const SCRAPY_UPDATE = "    def update(self, seq: Union[Mapping[AnyStr, Any], Iterable[Tuple[AnyStr, Any]]]) -> None:  # type: ignore[override]";
const AUTOSPEC =
  "    return mock.create_autospec(Server[BaseRequest], request_handler=mock.Mock(), request_factory=mock.Mock(), instance=True)  # type: ignore[no-any-return]";
const CONTINUED = [
  "    return mock.create_autospec(",
  "        Server[BaseRequest], request_handler=mock.Mock(), request_factory=mock.Mock(), instance=True, spec_set=True, name=x  # type: ignore[misc]",
  "    )",
];
/** A Python call of `n` characters with arguments to wrap. */
const pyCall = (n: number) => "    result = compute(" + "value, ".repeat(n).slice(0, n - 22) + "x)";
// composer's .php-cs-fixer.php: `@PSR2`, no line-length fixer.
const CS_FIXER = "<?php\nreturn $config->setRules([\n    '@PSR2' => true,\n    'binary_operator_spaces' => true,\n]);\n";
const PHPCS = '<?xml version="1.0"?>\n<ruleset name="x">\n  <rule ref="PSR2"/>\n</ruleset>\n';
// composer e8ff2daa60, FilterListPoolFilter.php:91 (208 against 120).
const COLLECT =
  "        return $this->filterListAuditor->collectFilterLists($packagesForFilter, $providerSet, $this->policyConfig->getActiveFilterListNames('block'), $this->policyConfig->ignoreUnreachable->update)['filter'];";
const longCall = (i: number) =>
  `        $this->io->writeError('<warning>' . sprintf('Package %s is abandoned, you should avoid using it. Use %s instead.', $package${i}->getPrettyName(), $replacement) . '</warning>');`;
/** A change adding COLLECT to a new file and one line to a file whose base holds `long` lines far past 138. */
function composerChange(long: number, config: Record<string, string>) {
  const baseLines = ["<?php", "class Installer", "{", ...Array.from({ length: long }, (_, i) => longCall(i)), "}"];
  const edited = modifiedFile("src/Composer/Installer.php", baseLines.join("\n"), [...baseLines.slice(0, -1), "        $this->x = 1;", "}"].join("\n"));
  const added = addedFile("src/Composer/DependencyResolver/FilterListPoolFilter.php", ["<?php", "    {", COLLECT, "    }"]);
  return {
    change: change([added, edited.file]),
    lookups: { ...edited.lookups, fileContents: new Map([...edited.lookups.fileContents, ...Object.entries(config)]) },
  };
}
// mobx's root .prettierrc: tabWidth 4, printWidth 100.
const MOBX_PRETTIER = '{\n    "printWidth": 100,\n    "semi": false,\n    "tabWidth": 4,\n    "singleQuote": false\n}\n';
// mobx 2426373f03, missing-make-observable.js:11 (121 against 100).
const FIND_CLASS = "      const clazz = findAncestor(decorator, node => node.type === 'ClassDeclaration' || node.type === 'ClassExpression');";
/** A JavaScript file indented by `unit` spaces, with `line` at its middle. */
function jsFile(unit: number, line: string): string[] {
  const pad = (depth: number) => " ".repeat(unit * depth);
  const body = Array.from({ length: 12 }, (_, i) => [`${pad(1)}if (node${i}.kind === "x") {`, `${pad(2)}report(node${i})`, `${pad(1)}}`]).flat();
  return ["function create(context) {", ...body.slice(0, 18), line, ...body.slice(18), "}"];
}
/** A case for one new JavaScript file whose text at head is `lines`, under `config`. */
function jsCase(path: string, lines: string[], config: Record<string, string>) {
  return { change: change([addedFile(path, lines)]), lookups: configs({ ...config, [path]: lines.join("\n") + "\n" }) };
}
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
    {
      name: "Python: flake8's max-line-length is the gate, not Black's default (a 119-character line at 119)",
      change: change([addedFile("scrapy/utils/datatypes.py", [SCRAPY_UPDATE])]),
      lookups: SCRAPY,
    },
    {
      name: "Python: a line 92 characters of code and a trailing `# type: ignore[…]`, under Black's default",
      change: change([
        addedFile("aiohttp/cookiejar.py", [
          '        morsel.__setstate__({"key": cookie.key, "value": value, "coded_value": coded_value})  # type: ignore[attr-defined]',
        ]),
      ]),
      lookups: AIOHTTP,
    },
    {
      name: "Python: under Ruff's formatter too, the margin measures the code before a trailing pragma",
      change: change([
        addedFile("pkg/cookiejar.py", ['        morsel.__setstate__({"key": cookie.key, "value": value, "coded_value": coded_value})  # noqa: SLF001']),
      ]),
      lookups: RUFF_ONLY,
    },
    {
      name: "Python: Black never splits a one-line statement ending in `# type: ignore[…]`",
      change: change([addedFile("aiohttp/web_protocol.py", ["def dummy_manager() -> Server[BaseRequest]:", AUTOSPEC])]),
      lookups: AIOHTTP,
    },
    {
      name: "Python: flake8's per-file-ignores drop E501 for tests: Black's default is a guide there",
      change: change([addedFile("tests/test_a.py", [pyCall(125)])]),
      lookups: SCRAPY,
    },
    {
      name: "PHP: PSR-2's soft limit through php-cs-fixer, where a file the change edits holds 10 lines far past it at base",
      options: { soft_limits: true },
      ...composerChange(10, { ".php-cs-fixer.php": CS_FIXER }),
    },
    {
      name: "JavaScript: a two-space file under a .prettierrc with tabWidth 4 is not that Prettier's",
      ...jsCase("packages/eslint-plugin-mobx/src/missing-make-observable.js", jsFile(2, FIND_CLASS), { ".prettierrc": MOBX_PRETTIER }),
    },
    {
      name: "TypeScript: a four-space file under Prettier's default tabWidth 2 is not Prettier's either",
      ...jsCase("src/a.ts", jsFile(4, "        " + FIND_CLASS.trim() + " && node.id !== undefined && node.id.name !== 'x')"), { ".prettierrc": "{}\n" }),
    },
  ],
  invalid: [
    {
      name: "JavaScript: the same line in a file indented by four, as that .prettierrc formats it",
      ...jsCase("packages/mobx/src/a.js", jsFile(4, "        " + FIND_CLASS.trim()), { ".prettierrc": MOBX_PRETTIER }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100 } }],
    },
    {
      name: "JavaScript: a two-space file not Prettier's keeps `default_max`",
      ...jsCase("packages/eslint-plugin-mobx/src/missing-make-observable.js", jsFile(2, FIND_CLASS), { ".prettierrc": MOBX_PRETTIER }),
      options: { default_max: 100 },
      findings: [{ messageId: "tooLong", data: { max: 100 } }],
    },
    {
      name: "PHP: the same with 9 such lines at base: the guide holds, and a 208-character call is far past it",
      options: { soft_limits: true },
      ...composerChange(9, { ".php-cs-fixer.php": CS_FIXER }),
      findings: [{ messageId: "tooLongForFormatter", path: "src/Composer/DependencyResolver/FilterListPoolFilter.php", data: { length: 208, max: 120 } }],
    },
    {
      name: "PHP: phpcs checks PSR-2's limit: the edited files' long lines do not lift it",
      ...composerChange(10, { "phpcs.xml.dist": PHPCS }),
      findings: [{ messageId: "tooLongForFormatter", path: "src/Composer/DependencyResolver/FilterListPoolFilter.php", data: { length: 208, max: 120 } }],
    },
    {
      name: "Python: a line past flake8's max-line-length is said as written, though within Black's guide",
      change: change([addedFile("scrapy/a.py", [pyCall(126)])]),
      lookups: SCRAPY,
      findings: [{ messageId: "tooLongForFormatter", data: { length: 127, max: 119, from: ".flake8" } }],
    },
    {
      name: "Python: flake8's limit in setup.cfg, E501 selected",
      change: change([addedFile("pkg/a.py", [pyCall(108)])]),
      lookups: configs({ "setup.cfg": "[metadata]\nname = pkg\n\n[flake8]\nselect = E,W,F\nmax_line_length = 100\n", ".pre-commit-config.yaml": BLACK_HOOK }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 109, max: 100, from: "setup.cfg" } }],
    },
    {
      name: "Python: Ruff's formatter leaves the pragma out of the width but splits the code before it",
      change: change([addedFile("aiohttp/web_protocol.py", ["def dummy_manager() -> Server[BaseRequest]:", AUTOSPEC])]),
      lookups: RUFF_ONLY,
      findings: [{ messageId: "tooLongForFormatter", data: { length: 156, max: 88 } }],
    },
    {
      name: "Python: a line inside brackets the line above opened is not a whole statement for Black",
      change: change([addedFile("aiohttp/web_protocol.py", CONTINUED)]),
      lookups: { ...AIOHTTP, fileContents: new Map([...AIOHTTP.fileContents, ["aiohttp/web_protocol.py", CONTINUED.join("\n") + "\n"]]) },
      findings: [{ messageId: "tooLongForFormatter", data: { max: 88 } }],
    },
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
        ".editorconfig":
          "root = true\n\n[*]\nmax_line_length = 140\n\n[*.java]\nktlint_ignore_back_ticked_identifier = true\n\n[*.kt]\nktlint_code_style = ktlint_official\n",
      }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 155, max: 140, from: ".editorconfig" } }],
    },
  ],
});

import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { loadConfig } from "../../src/config/load-config.js";

// Session 14 (#11): the gates the judged findings of sets 11 and 13 call for. Comment prose is not judged by default;
// `.editorconfig`'s width beside detekt's MaxLineLength switched off is a guide; a test's line has a margin under an
// editor's ruler; a file maven-checkstyle-plugin excludes has no checkstyle limit; a sweep's edit far past a guide is said.

/** A line of `n` characters a person could wrap (words with spaces between). */
const long = (n: number, prefix = "x") => (prefix + " yy".repeat(n)).slice(0, n - 1) + "z";
const words = (n: number, indent = "") => long(n - indent.length, indent + "x");
/** `n` characters of an argument list: where a formatter would break the line. */
const commas = (n: number, indent = "    ") => indent + "f(" + "a, ".repeat(n).slice(0, n - 3 - indent.length) + ")";
/** `n` characters of nested calls (`f(g(h(a, a, …)))`): dense, a line worth wrapping under a guide too. */
const nested = (n: number) => "f(g(h(" + "a, ".repeat(n).slice(0, n - 9) + ")))";
const configs = (files: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(Object.entries(files)) });
const texts = (head: Record<string, string>, base: Record<string, string>) => ({
  issues: new Map(),
  fileContents: new Map(Object.entries(head)),
  baseContents: new Map(Object.entries(base)),
});

const EDITOR_130 = "root = true\n[*]\nindent_style = space\n[*.cs]\nmax_line_length = 130\n";
const EDITOR_150 = "root = true\n[*]\nmax_line_length = 150\n";
const EDITOR_80 = "root = true\n[*]\nmax_line_length = 80\n";
// Exposed's detekt.yml: the width rule there but switched off.
const DETEKT_OFF = "style:\n    MaxLineLength:\n        active: false\n        maxLineLength: 166\n";
const KOTLIN_GUIDE = configs({ ".editorconfig": EDITOR_150, "detekt.yml": DETEKT_OFF });
// handlebars.java's root pom: checkstyle runs, but not on the parboiled grammar.
const POM_EXCLUDES = (excludes: string) =>
  `<project><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId><configuration><configLocation>checkstyle.xml</configLocation><excludes>${excludes}</excludes></configuration></plugin><plugin><artifactId>maven-surefire-plugin</artifactId><configuration><excludes><exclude>**/Parser*</exclude></excludes></configuration></plugin></plugins></build></project>`;
const CHECKSTYLE_100 =
  '<module name="Checker"><module name="TreeWalker"><module name="LineLength"><property name="max" value="100"/></module></module></module>';
const THROW_117 = `              throw new ActionException("a cycle was detected, partial '" + partialPath + "' was loaded previously, x" + y);`;

// Exposed da82e389a4: `functionName = if (a is X || b is Y) "CEIL" else "CEILING",` grown by a new condition to 212.
const CEIL_BEFORE = `    functionName = if (currentDialectIfAvailable is SQLiteDialect || currentDialectIfAvailable is OracleDialect) "CEIL" else "CEILING",`;
const CEIL_AFTER = `    functionName = if (currentDialectIfAvailable is SQLiteDialect || currentDialectIfAvailable is OracleDialect || currentDialectIfAvailable?.h2Mode == H2Dialect.H2CompatibilityMode.Oracle) "CEIL" else "CEILING",`;
const ceiling = (line: string) => `class CeilingFunction(e: E) : CustomFunction(\n${line}\n    expr = arrayOf(e)\n)\n`;
/** The edit in place, in a change of 12 files: a sweep by its size. */
const ceilSweep = () =>
  change([
    addedFile("exposed-core/src/main/kotlin/MathFunctions.kt", [CEIL_AFTER], 2),
    ...Array.from({ length: 11 }, (_, i) => addedFile(`exposed-core/src/main/kotlin/F${i}.kt`, ["val x = 1"])),
  ]);

// fluentassertions 6ecd349909: a row of test data, 153 against the .editorconfig's 130.
const DATA_ROW = `                subjectTable.Rows.Add(new Guid("95c69371-b924-6fe3-7c38-98b7dd200bc1"), "1509870614", 505401118, true, new DateTime(623130841631129390));`;

testRule("max-line-length", {
  valid: [
    {
      // fluentassertions ae620add07 (set 11): XML doc prose 9–24 characters over .editorconfig's 130.
      name: "C#: a `///` doc-comment line over .editorconfig's width is not judged by default",
      change: change([addedFile("Src/FluentAssertions/Specialized/JsonNodeAssertions.cs", [`    /// ${words(140)}`])]),
      lookups: configs({ ".editorconfig": EDITOR_130 }),
    },
    {
      // Exposed 98df06d48c (set 13): a one-line KDoc comment at 185.
      name: "Kotlin: a one-line KDoc comment is not judged by default",
      change: change([addedFile("src/main/kotlin/A.kt", [`    /** ${words(180)} */`])]),
      lookups: configs({ ".editorconfig": EDITOR_150 }),
    },
    {
      // superstruct 5b27128322 (set 13): JSDoc prose at 114 against .editorconfig's 80.
      name: "TypeScript: a JSDoc line inside a block comment is not judged by default",
      change: change([addedFile("src/structs/refinements.ts", ["/**", ` * ${words(114)}`, " */", "export const x = 1"])]),
      lookups: configs({ ".editorconfig": EDITOR_80 }),
    },
    {
      name: "Python: a `#` comment over Ruff's E501 width is not judged by default",
      change: change([addedFile("src/a.py", [`# ${words(120)}`])]),
      lookups: configs({ "pyproject.toml": '[tool.ruff]\nline-length = 79\n[tool.ruff.lint]\nselect = ["E501"]\n' }),
    },
    {
      name: "Go: short code whose trailing comment alone passes the limit is not judged by default",
      options: { max: 100 },
      change: change([addedFile("a.go", [`\tx := compute(a, b) // ${words(110)}`])]),
    },
    {
      // Exposed da82e389a4 (set 13): a `when` branch at 170 against 150, detekt's MaxLineLength inactive.
      name: "Kotlin: code 13% past .editorconfig's width is a guide's overrun when detekt's MaxLineLength is inactive",
      change: change([addedFile("exposed-jdbc/src/main/kotlin/Meta.kt", [commas(170)])]),
      lookups: KOTLIN_GUIDE,
    },
    {
      // Exposed 47672c7007 (set 13): a test's call at 182 against 150.
      name: "Kotlin: a test's line 21% past that guide is not said (a test's lines need 1.5×)",
      change: change([addedFile("exposed-tests/src/test/kotlin/ReplaceTests.kt", [nested(182)])]),
      lookups: KOTLIN_GUIDE,
    },
    {
      // handlebars.java 8126c52f0b (set 13): `<excludes>**/Parser*,**/Parboiled*,**/HbsServer*</excludes>`.
      name: "Java: a file maven-checkstyle-plugin's <excludes> leaves out has no checkstyle limit",
      change: change([addedFile("handlebars/src/main/java/com/github/jknack/handlebars/internal/Parser.java", [THROW_117])]),
      lookups: configs({ "pom.xml": POM_EXCLUDES("**/Parser*,**/Parboiled*,**/HbsServer*"), "checkstyle.xml": CHECKSTYLE_100 }),
    },
    {
      name: "C#: a test's row of data 18% past .editorconfig's width, which no linter reads",
      change: change([addedFile("Tests/FluentAssertions.Specs/DataRowSpecs.cs", ["                var x = 1;", "", "", DATA_ROW])]),
      lookups: configs({ ".editorconfig": EDITOR_130 }),
    },
    {
      name: "TypeScript: a test's call 8% past .editorconfig's width",
      change: change([addedFile("test/a.test.ts", [commas(86, "  ")])]),
      lookups: configs({ ".editorconfig": EDITOR_80 }),
    },
  ],
  invalid: [
    {
      name: "comments: true judges a `///` doc-comment line again",
      options: { comments: true },
      change: change([addedFile("Src/A.cs", [`    /// ${words(140)}`])]),
      lookups: configs({ ".editorconfig": EDITOR_130 }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 148, max: 130, from: ".editorconfig" } }],
    },
    {
      name: "Kotlin: code past .editorconfig's width with a comment after it is still code",
      change: change([addedFile("src/main/kotlin/A.kt", [`${commas(160)} // why`])]),
      lookups: configs({ ".editorconfig": EDITOR_150 }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 167, max: 150, from: ".editorconfig" } }],
    },
    {
      // Exposed 47672c7007 (set 13): a `filter { … }` chain collapsed into 209 characters, agreed.
      name: "Kotlin: code far past that guide is said, naming the guide",
      change: change([addedFile("exposed-core/src/main/kotlin/BatchReplaceStatement.kt", [`        ${nested(201)}`])]),
      lookups: KOTLIN_GUIDE,
      findings: [{ messageId: "tooLongForFormatter", data: { length: 209, max: 150, from: ".editorconfig, a guide: detekt's MaxLineLength is inactive" } }],
    },
    {
      name: "Kotlin: where ktlint runs, it checks .editorconfig's width whatever detekt says",
      change: change([addedFile("src/main/kotlin/Meta.kt", [commas(170)])]),
      lookups: configs({ ".editorconfig": `${EDITOR_150}ktlint_code_style = ktlint_official\n`, "detekt.yml": DETEKT_OFF }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 170, max: 150, from: ".editorconfig" } }],
    },
    {
      name: "Kotlin: an active detekt MaxLineLength sets the limit as written",
      change: change([addedFile("src/main/kotlin/Meta.kt", [commas(180)])]),
      lookups: configs({ ".editorconfig": EDITOR_150, "detekt.yml": DETEKT_OFF.replace("false", "true") }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 180, max: 166, from: "detekt.yml" } }],
    },
    {
      // Exposed da82e389a4 (set 13, agreed): 47 files, a condition added in place took 135 characters to 212.
      name: "Kotlin: a sweep's edit in place that takes a line far past the guide is said",
      change: ceilSweep(),
      lookups: texts(
        { ".editorconfig": EDITOR_150, "detekt.yml": DETEKT_OFF, "exposed-core/src/main/kotlin/MathFunctions.kt": ceiling(CEIL_AFTER) },
        { "exposed-core/src/main/kotlin/MathFunctions.kt": ceiling(CEIL_BEFORE) },
      ),
      findings: [{ messageId: "tooLongForFormatter", path: "exposed-core/src/main/kotlin/MathFunctions.kt", line: 2, data: { length: 212 } }],
    },
    {
      // handlebars.java 966c4525bd (set 13, agreed): only HbsServer is excluded there.
      name: "Java: a file the <excludes> patterns do not match keeps checkstyle's limit",
      change: change([addedFile("handlebars/src/main/java/com/github/jknack/handlebars/internal/HbsParserFactory.java", [THROW_117])]),
      lookups: configs({ "pom.xml": POM_EXCLUDES("**/HbsServer*"), "checkstyle.xml": CHECKSTYLE_100 }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "checkstyle.xml" } }],
    },
    {
      name: "C#: a test's line more than 20% past .editorconfig's width is said",
      change: change([addedFile("Tests/Specs/ASpecs.cs", [commas(160)])]),
      lookups: configs({ ".editorconfig": EDITOR_130 }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 160, max: 130 } }],
    },
    {
      // fluentassertions c7fe3e6eb4 (set 11, agreed): a new signature 6 characters over 130.
      name: "C#: code keeps .editorconfig's width as written",
      change: change([addedFile("Src/FluentAssertions/Primitives/HttpResponseMessageAssertions.cs", [commas(137)])]),
      lookups: configs({ ".editorconfig": EDITOR_130 }),
      findings: [{ messageId: "tooLongForFormatter", data: { length: 137, max: 130 } }],
    },
  ],
});

describe("max-line-length in the strict preset", () => {
  it("judges comment lines", () => {
    const { config } = loadConfig("extends: strict\n", "rules.yml");
    expect(config!.rules["max-line-length"].options).toMatchObject({ max: 100, comments: true });
  });
});

import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

/**
 * A file the project's linter keeps out of its line-length check has no limit from that linter
 * (#11, session 14): handlebars.java's pom excludes `**\/Parser*` from checkstyle, and three
 * findings citing checkstyle's limit on its Parser.java were judged wrong.
 */
const configs = (files: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(Object.entries(files)) });
const code = (n: number) => `        String m = compute(${"alpha, ".repeat(Math.ceil(n / 7))}beta);`.slice(0, n - 2) + ");";
const kotlin = (n: number) => `        val m = compute(${"alpha, ".repeat(Math.ceil(n / 7))}beta)`.slice(0, n - 1) + ")";
const goLine = (n: number) => `\tm := compute(${"alpha, ".repeat(Math.ceil(n / 7))}beta)`.slice(0, n - 1) + ")";

const CHECKSTYLE = '<module name="Checker"><module name="TreeWalker"><module name="LineLength"><property name="max" value="100"/></module></module></module>';
const pom = (configuration: string) =>
  `<project><build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-checkstyle-plugin</artifactId><configuration>${configuration}</configuration></plugin></plugins></build></project>`;
/** A case: one long line added to `path`, with these config files at head. */
const oneLine = (name: string, path: string, line: string, files: Record<string, string>): ValidCase => ({
  name,
  change: change([addedFile(path, [line])]),
  lookups: configs(files),
});
/** The same, said as `findings`. */
const saidOf = (name: string, path: string, line: string, files: Record<string, string>, findings: InvalidCase["findings"]): InvalidCase => ({
  ...oneLine(name, path, line, files),
  findings,
});
/** Said at checkstyle's 100. */
const AT_CHECKSTYLES_100 = [{ messageId: "tooLongForFormatter", data: { max: 100 } }];
const PARSER = "handlebars/src/main/java/com/github/jknack/handlebars/internal/Parser.java";
const FACTORY = "handlebars/src/main/java/com/github/jknack/handlebars/internal/HbsParserFactory.java";

testRule("max-line-length", {
  valid: [
    oneLine("Java: the root pom's <excludes>**/Parser*</excludes> keeps a module's Parser.java out of checkstyle", PARSER, code(117), {
      "checkstyle.xml": CHECKSTYLE,
      "pom.xml": pom("<configLocation>checkstyle.xml</configLocation><excludes>**/Parser*,**/Parboiled*,**/HbsServer*</excludes>"),
      "handlebars/pom.xml": "<project><artifactId>handlebars</artifactId></project>",
    }),
    oneLine("Java: a suppressions file the checkstyle config names suppresses LineLength on the file", "src/main/java/com/acme/gen/Tokens.java", code(130), {
      "config/checkstyle/checkstyle.xml": `${CHECKSTYLE}<module name="SuppressionFilter"><property name="file" value="\${config_loc}/suppressions.xml"/></module>`,
      "config/checkstyle/suppressions.xml": '<?xml version="1.0"?><suppressions><suppress checks="LineLength" files="[/\\\\]gen[/\\\\]"/></suppressions>',
    }),
    oneLine("Kotlin: detekt's MaxLineLength excludes the tests", "core/src/test/kotlin/ATest.kt", kotlin(140), {
      "detekt.yml": "style:\n  MaxLineLength:\n    active: true\n    maxLineLength: 120\n    excludes: ['**/test/**']\n",
    }),
    oneLine("Kotlin: detekt's config under detekt/detekt-config.yml (Exposed's) is read too", "core/src/main/kotlin/A.kt", kotlin(140), {
      "detekt/detekt-config.yml": "style:\n  MaxLineLength:\n    active: true\n    maxLineLength: 166\n",
    }),
    oneLine("Kotlin: within detekt-formatting's MaximumLineLength (166), a line over .editorconfig's 150 is fine", "core/src/main/kotlin/A.kt", kotlin(160), {
      ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
      "detekt.yml": "formatting:\n  MaximumLineLength:\n    maxLineLength: 166\n",
    }),
    oneLine("Go: golangci's exclude-dirs keep lll off a folder", "internal/gen/a.go", goLine(140), {
      ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-dirs:\n    - internal/gen\n",
    }),
    oneLine("Go: an exclude-rules entry for lll on the tests", "pkg/a_test.go", goLine(140), {
      ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-rules:\n    - path: _test\\.go\n      linters:\n        - lll\n",
    }),
  ],
  invalid: [
    saidOf(
      "Kotlin: detekt-formatting's MaximumLineLength (ktlint's, run by detekt) sets the limit where style's MaxLineLength is off (Exposed's 166)",
      "core/src/main/kotlin/A.kt",
      kotlin(200),
      {
        ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
        "detekt.yml":
          "formatting:\n    MaximumLineLength:\n        maxLineLength: 166\nstyle:\n    MaxLineLength:\n        active: false\n        maxLineLength: 166\n",
      },
      [{ messageId: "tooLongForFormatter", data: { max: 166, from: "detekt.yml" } }],
    ),
    saidOf(
      "Kotlin: detekt-formatting's MaximumLineLength switched off leaves .editorconfig's width",
      "core/src/main/kotlin/A.kt",
      kotlin(160),
      {
        ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
        "detekt.yml": "formatting:\n  MaximumLineLength:\n    active: false\n    maxLineLength: 166\n",
      },
      [{ messageId: "tooLongForFormatter", data: { max: 150, from: ".editorconfig" } }],
    ),
    saidOf(
      "Java: a file the excludes do not match stays under checkstyle's limit (handlebars.java's HbsParserFactory, agreed)",
      FACTORY,
      code(117),
      { "checkstyle.xml": CHECKSTYLE, "pom.xml": pom("<excludes>**/Parser*,**/HbsServer*</excludes>") },
      [{ messageId: "tooLongForFormatter", data: { max: 100, from: "checkstyle.xml" } }],
    ),
    saidOf(
      "Java: a suppressions file nothing names is not read",
      "src/main/java/com/acme/gen/Tokens.java",
      code(130),
      { "checkstyle.xml": CHECKSTYLE, "suppressions.xml": '<suppressions><suppress checks=".*" files=".*"/></suppressions>' },
      AT_CHECKSTYLES_100,
    ),
    saidOf(
      "Java: a suppression limited to some lines does not cover the file",
      "src/main/java/com/acme/gen/Tokens.java",
      code(130),
      {
        "checkstyle.xml": CHECKSTYLE,
        "pom.xml": pom("<suppressionsLocation>suppressions.xml</suppressionsLocation>"),
        "suppressions.xml": '<suppressions><suppress checks="LineLength" files="Tokens" lines="1-5"/></suppressions>',
      },
      AT_CHECKSTYLES_100,
    ),
    saidOf(
      "Java: an unreadable pom keeps nothing out",
      PARSER,
      code(117),
      { "checkstyle.xml": CHECKSTYLE, "pom.xml": "<project><artifactId>maven-checkstyle-plugin</artifactId><excludes>**/Parser*</excludes>" },
      AT_CHECKSTYLES_100,
    ),
    saidOf(
      "Go: an exclude-rules entry for another linter leaves lll on",
      "pkg/a_test.go",
      goLine(140),
      { ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-rules:\n    - path: _test\\.go\n      linters: [funlen]\n" },
      [{ messageId: "tooLongForFormatter", data: { max: 120 } }],
    ),
  ],
});

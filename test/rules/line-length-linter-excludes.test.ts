import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

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
const PARSER = "handlebars/src/main/java/com/github/jknack/handlebars/internal/Parser.java";
const FACTORY = "handlebars/src/main/java/com/github/jknack/handlebars/internal/HbsParserFactory.java";

testRule("max-line-length", {
  valid: [
    {
      name: "Java: the root pom's <excludes>**/Parser*</excludes> keeps a module's Parser.java out of checkstyle",
      change: change([addedFile(PARSER, [code(117)])]),
      lookups: configs({
        "checkstyle.xml": CHECKSTYLE,
        "pom.xml": pom("<configLocation>checkstyle.xml</configLocation><excludes>**/Parser*,**/Parboiled*,**/HbsServer*</excludes>"),
        "handlebars/pom.xml": "<project><artifactId>handlebars</artifactId></project>",
      }),
    },
    {
      name: "Java: a suppressions file the checkstyle config names suppresses LineLength on the file",
      change: change([addedFile("src/main/java/com/acme/gen/Tokens.java", [code(130)])]),
      lookups: configs({
        "config/checkstyle/checkstyle.xml": `${CHECKSTYLE}<module name="SuppressionFilter"><property name="file" value="\${config_loc}/suppressions.xml"/></module>`,
        "config/checkstyle/suppressions.xml": '<?xml version="1.0"?><suppressions><suppress checks="LineLength" files="[/\\\\]gen[/\\\\]"/></suppressions>',
      }),
    },
    {
      name: "Kotlin: detekt's MaxLineLength excludes the tests",
      change: change([addedFile("core/src/test/kotlin/ATest.kt", [kotlin(140)])]),
      lookups: configs({ "detekt.yml": "style:\n  MaxLineLength:\n    active: true\n    maxLineLength: 120\n    excludes: ['**/test/**']\n" }),
    },
    {
      name: "Kotlin: detekt's config under detekt/detekt-config.yml (Exposed's) is read too",
      change: change([addedFile("core/src/main/kotlin/A.kt", [kotlin(140)])]),
      lookups: configs({ "detekt/detekt-config.yml": "style:\n  MaxLineLength:\n    active: true\n    maxLineLength: 166\n" }),
    },
    {
      name: "Kotlin: within detekt-formatting's MaximumLineLength (166), a line over .editorconfig's 150 is fine",
      change: change([addedFile("core/src/main/kotlin/A.kt", [kotlin(160)])]),
      lookups: configs({
        ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
        "detekt.yml": "formatting:\n  MaximumLineLength:\n    maxLineLength: 166\n",
      }),
    },
    {
      name: "Go: golangci's exclude-dirs keep lll off a folder",
      change: change([addedFile("internal/gen/a.go", [goLine(140)])]),
      lookups: configs({ ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-dirs:\n    - internal/gen\n" }),
    },
    {
      name: "Go: an exclude-rules entry for lll on the tests",
      change: change([addedFile("pkg/a_test.go", [goLine(140)])]),
      lookups: configs({ ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-rules:\n    - path: _test\\.go\n      linters:\n        - lll\n" }),
    },
  ],
  invalid: [
    {
      name: "Kotlin: detekt-formatting's MaximumLineLength (ktlint's, run by detekt) sets the limit where style's MaxLineLength is off (Exposed's 166)",
      change: change([addedFile("core/src/main/kotlin/A.kt", [kotlin(200)])]),
      lookups: configs({
        ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
        "detekt.yml":
          "formatting:\n    MaximumLineLength:\n        maxLineLength: 166\nstyle:\n    MaxLineLength:\n        active: false\n        maxLineLength: 166\n",
      }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 166, from: "detekt.yml" } }],
    },
    {
      name: "Kotlin: detekt-formatting's MaximumLineLength switched off leaves .editorconfig's width",
      change: change([addedFile("core/src/main/kotlin/A.kt", [kotlin(160)])]),
      lookups: configs({
        ".editorconfig": "root = true\n[*]\nmax_line_length = 150\n",
        "detekt.yml": "formatting:\n  MaximumLineLength:\n    active: false\n    maxLineLength: 166\n",
      }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 150, from: ".editorconfig" } }],
    },
    {
      name: "Java: a file the excludes do not match stays under checkstyle's limit (handlebars.java's HbsParserFactory, agreed)",
      change: change([addedFile(FACTORY, [code(117)])]),
      lookups: configs({ "checkstyle.xml": CHECKSTYLE, "pom.xml": pom("<excludes>**/Parser*,**/HbsServer*</excludes>") }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100, from: "checkstyle.xml" } }],
    },
    {
      name: "Java: a suppressions file nothing names is not read",
      change: change([addedFile("src/main/java/com/acme/gen/Tokens.java", [code(130)])]),
      lookups: configs({ "checkstyle.xml": CHECKSTYLE, "suppressions.xml": '<suppressions><suppress checks=".*" files=".*"/></suppressions>' }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100 } }],
    },
    {
      name: "Java: a suppression limited to some lines does not cover the file",
      change: change([addedFile("src/main/java/com/acme/gen/Tokens.java", [code(130)])]),
      lookups: configs({
        "checkstyle.xml": CHECKSTYLE,
        "pom.xml": pom("<suppressionsLocation>suppressions.xml</suppressionsLocation>"),
        "suppressions.xml": '<suppressions><suppress checks="LineLength" files="Tokens" lines="1-5"/></suppressions>',
      }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100 } }],
    },
    {
      name: "Java: an unreadable pom keeps nothing out",
      change: change([addedFile(PARSER, [code(117)])]),
      lookups: configs({ "checkstyle.xml": CHECKSTYLE, "pom.xml": "<project><artifactId>maven-checkstyle-plugin</artifactId><excludes>**/Parser*</excludes>" }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 100 } }],
    },
    {
      name: "Go: an exclude-rules entry for another linter leaves lll on",
      change: change([addedFile("pkg/a_test.go", [goLine(140)])]),
      lookups: configs({ ".golangci.yml": "linters:\n  enable: [lll]\nissues:\n  exclude-rules:\n    - path: _test\\.go\n      linters: [funlen]\n" }),
      findings: [{ messageId: "tooLongForFormatter", data: { max: 120 } }],
    },
  ],
});

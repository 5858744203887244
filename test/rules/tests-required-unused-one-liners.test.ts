import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 10 (#11): one-line package-private predicates nothing calls yet (commons-csv's `isDelimiter`
// family added to `Lexer` before `CSVLexer` uses them) ask for no test; public ones, used ones,
// longer ones and ones beside new decisions still do.

/** A source rewritten from `base` to `head`, in a tree with one existing test of it. */
const rewrite = (path: string, base: string[], head: string[], test: string) => rewriteInTree(path, base, head, [test]);

const javaBase = [
  "abstract class Lexer {",
  "    private final char delimiter;",
  "    Lexer(char d) {",
  "        this.delimiter = d;",
  "    }",
  "    abstract Token next();",
  "}",
];
const javaPredicates = (modifier: string) => [
  ...javaBase.slice(0, 6),
  `    ${modifier}boolean isDelimiter(int c) {`,
  "        return c == delimiter;",
  "    }",
  "",
  `    ${modifier}boolean isEscape(int c) {`,
  "        return escaping && c == escape;",
  "    }",
  "}",
];
const javaTest = "src/test/java/a/LexerTest.java";

const csBase = [
  "namespace A",
  "{",
  "    public class Lexer",
  "    {",
  "        private char delimiter;",
  "        public Token Next()",
  "        {",
  "            return null;",
  "        }",
  "    }",
  "}",
];
const csPredicates = (modifier: string) => [
  ...csBase.slice(0, 9),
  `        ${modifier}bool IsDelimiter(int c)`,
  "        {",
  "            return c == delimiter;",
  "        }",
  `        ${modifier}bool IsEscape(int c)`,
  "        {",
  "            return escaping && c == escape;",
  "        }",
  "    }",
  "}",
];

testRule("tests-required", {
  valid: [
    { name: "Java: package-private one-line predicates nothing calls", ...rewrite("src/main/java/a/Lexer.java", javaBase, javaPredicates(""), javaTest) },
    { name: "Java: private ones too", ...rewrite("src/main/java/a/Lexer.java", javaBase, javaPredicates("private "), javaTest) },
    { name: "C#: internal one-liners nothing calls", ...rewrite("src/Lib/Lexer.cs", csBase, csPredicates("internal "), "test/Lib.Tests/LexerTests.cs") },
  ],
  invalid: [
    {
      name: "Java: public one-liners are API a user calls",
      ...rewrite("src/main/java/a/Lexer.java", javaBase, javaPredicates("public "), javaTest),
      findings: [{ messageId: "missingTests", path: "src/main/java/a/Lexer.java" }],
    },
    {
      name: "Java: a predicate the change already calls is behaviour",
      ...rewrite(
        "src/main/java/a/Lexer.java",
        javaBase,
        [
          ...javaPredicates("").slice(0, -1),
          "    Token read(int c) {",
          "        if (isDelimiter(c)) {",
          "            return Token.END;",
          "        }",
          "        return isEscape(c) ? Token.ESC : next();",
          "    }",
          "}",
        ],
        javaTest,
      ),
      findings: [{ messageId: "missingTests", path: "src/main/java/a/Lexer.java" }],
    },
    {
      name: "C#: public one-liners are API",
      ...rewrite("src/Lib/Lexer.cs", csBase, csPredicates("public "), "test/Lib.Tests/LexerTests.cs"),
      findings: [{ messageId: "missingTests", path: "src/Lib/Lexer.cs" }],
    },
  ],
});

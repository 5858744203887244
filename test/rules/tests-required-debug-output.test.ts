import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 10 (#11): a debug description's format tweaked (commons-csv's `CSVFormat.toString()` with a
// space for a comma and two more labelled flags) is cosmetic; a toString that renders the value
// itself, or other new logic beside it, still asks for a test.

/** A source rewritten from `base` to `head`, in a tree with one existing test of it. */
const rewrite = (path: string, base: string[], head: string[], test: string) => rewriteInTree(path, base, head, [test]);

const javaToString = (sep: string, extra: string[]) => [
  "public class CSVFormat {",
  "    public String toString() {",
  "        StringBuilder sb = new StringBuilder();",
  "        sb.append(\"Delimiter=<\").append(delimiter).append('>');",
  "        if (isEscaping()) {",
  `            sb.append('${sep}');`,
  "            sb.append(\"Escape=<\").append(escape).append('>');",
  "        }",
  ...extra,
  "        return sb.toString();",
  "    }",
  "}",
];
const javaExtra = [
  "        if (isEmptyLinesIgnored()) {",
  '            sb.append(" EmptyLines:ignored");',
  "        }",
  "        if (isSurroundingSpacesIgnored()) {",
  '            sb.append(" SurroundingSpaces:ignored");',
  "        }",
];

const pyBase = ["class Signer:", "    def __repr__(self):", '        return f"<Signer salt={self.salt!r}>"'];
const pyHead = [
  "class Signer:",
  "    def __repr__(self):",
  "        if self.digest is None:",
  '            return f"<Signer salt={self.salt!r}>"',
  "        if self.sep:",
  '            return f"<Signer salt={self.salt!r} sep={self.sep!r} digest={self.digest!r}>"',
  '        return f"<Signer salt={self.salt!r} digest={self.digest!r}>"',
];

const versionBase = ["public class Version {", "    public String toString() {", '        return major + "." + minor;', "    }", "}"];
const versionHead = [
  "public class Version {",
  "    public String toString() {",
  "        if (pre == null && build == null) {",
  '            return major + "." + minor;',
  "        }",
  '        String s = major + "." + minor + (pre == null ? "" : "-" + pre);',
  '        return build == null ? s : s + "+" + build;',
  "    }",
  "}",
];

testRule("tests-required", {
  valid: [
    {
      name: "Java: CSVFormat.toString gets a space and two labelled flags",
      ...rewrite("src/main/java/a/CSVFormat.java", javaToString(",", []), javaToString(" ", javaExtra), "src/test/java/a/CSVFormatTest.java"),
    },
    { name: "Python: __repr__ names more fields", ...rewrite("pkg/signer.py", pyBase, pyHead, "tests/test_signer.py") },
  ],
  invalid: [
    {
      name: "Java: a version's toString renders the value itself",
      ...rewrite("src/main/java/a/Version.java", versionBase, versionHead, "src/test/java/a/VersionTest.java"),
      findings: [{ messageId: "missingTests", path: "src/main/java/a/Version.java" }],
    },
    {
      name: "Java: new logic beside the toString tweak still asks",
      ...rewrite(
        "src/main/java/a/CSVFormat.java",
        javaToString(",", []),
        [
          ...javaToString(" ", javaExtra).slice(0, -1),
          "    public boolean isQuoted(String s) {",
          "        if (s.isEmpty()) {",
          "            return false;",
          "        }",
          "        return s.charAt(0) == encapsulator && s.charAt(s.length() - 1) == encapsulator;",
          "    }",
          "}",
        ],
        "src/test/java/a/CSVFormatTest.java",
      ),
      findings: [{ messageId: "missingTests", path: "src/main/java/a/CSVFormat.java" }],
    },
  ],
});

import type { Lookups } from "../../src/engine/rule.js";
import { modifiedFile } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 11, round 2 (#10): sample input rows in a comment, a C reference line beside its port, and a commented line a
// move rewrote with its neighbours. Each kept case has a twin that is still a finding.
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const invalid: InvalidCase[] = [];
const valid: ValidCase[] = [];

// ---- 1. rows of sample data in a block comment ----
// commons-csv ca7bbae40e CSVLexerTest: `/* file: a;'b and \' more / ' / !comment;;;; / ;; */` over the test's input string.
const LEXER_TEST = (rows: string[]) => [
  "public class LexerTest {",
  "    public void testNextToken6() throws IOException {",
  "        /* file: a;'b and \\' more",
  ...rows.map((r) => `        *       ${r}`),
  "        */",
  "        String code = \"a;'b and '' more\\n'\\n!comment;;;;\\n;;\";",
  "        assertTokenEquals(TOKEN, code);",
  "    }",
  "}",
];
valid.push(
  { name: "Java: CSV rows in a block comment are the test's input", change: added("src/test/LexerTest.java", LEXER_TEST(["'", "!comment;;;;", ";;"])) },
  {
    name: "JavaScript: semicolon-delimited rows in a comment are sample data",
    change: added("test/reader.test.js", ["test('reads', () => {", "  // name;age;;city", "  // bob;42;;paris", "  expect(read(DATA)).toEqual(ROWS);", "});"]),
  },
);
invalid.push(
  {
    name: "Java: statements in a block comment are code",
    change: added("src/test/LexerTest.java", [
      "public class LexerTest {",
      "    public void testNextToken6() throws IOException {",
      "        /*",
      "        lexer.reset(code);",
      "        assertTokenEquals(EOF, lexer.next());",
      "        */",
      "        assertTokenEquals(TOKEN, code);",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "commentedOut", line: 4, data: { count: 2 } }],
  },
  {
    name: "Python: a commented call with delimited arguments is code, not a row",
    change: added("tests/test_reader.py", ["def test_read():", "    # self.assertTrue(read(a, b, c))", "    assert read(DATA)"]),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
);

// ---- 2. a line of C beside its translation ----
// addressable 20a457ff11 idna.rb: RFC 3492's `memmove(output + i + 1, output + i, (out - i) * sizeof *output)` over its Ruby line.
const PORT_RB = (note: string) => [
  "module IDNA",
  "  def self.insert(output, i, out, n)",
  `    #${note}`,
  "    output[i + 1, out - i] = output[i, out - i]",
  "    output[i] = n",
  "  end",
  "end",
];
valid.push(
  {
    name: "Ruby: a C memmove over its Ruby translation is a port note",
    change: added("lib/idna.rb", PORT_RB("memmove(output + i + 1, output + i, (out - i) * sizeof *output)")),
  },
  {
    name: "JavaScript: a C memcpy over its translation is a port note",
    change: added("lib/punycode.js", [
      "function insert(out, i, n) {",
      "  // memcpy(out + i, src, n);",
      "  out.set(src.subarray(0, n), i);",
      "}",
      "module.exports = insert;",
    ]),
  },
  {
    name: "Python: sizeof in a comment is C, not Python",
    change: added("pkg/buf.py", ["def grow(buf, n):", "    # buf = realloc(buf, n * sizeof(int))", "    buf.extend([0] * n)", "    return buf"]),
  },
);
invalid.push(
  {
    name: "Ruby: the Ruby line itself commented out is dead code",
    change: added("lib/idna.rb", PORT_RB("output.insert(i + 1, output[i])")),
    findings: [{ messageId: "commentedOutPlaceholderLine", line: 3 }],
  },
  {
    name: "C#: sizeof in a C# file is that file's dead code",
    change: added("src/Buffer.cs", [
      "class Buffer",
      "{",
      "    void Grow(int n)",
      "    {",
      "        // int size = n * sizeof(int);",
      "        Resize(n);",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
  {
    name: "Python: a binding's ctypes.sizeof is Python code",
    change: added("pkg/buf.py", [
      "import ctypes",
      "def grow(buf, n):",
      "    # buf = (ctypes.c_int * (n * ctypes.sizeof(ctypes.c_int)))()",
      "    buf.extend([0] * n)",
      "    return buf",
    ]),
    findings: [{ messageId: "commentedOutLine", line: 3 }],
  },
);

// ---- 3. a commented line moved into a new file and rewritten with its neighbours ----
// commons-csv ca7bbae40e: the lexer's tests left CSVParserTest for CSVLexerTest; every assertion was rewritten to the
// new API, the one commented out since 2006 with them.
const OLD_TEST = [
  "public class ParserTest {",
  "    public void testNextToken4() throws IOException {",
  '        assertEquals(TOKEN + ";a;", parser.testNextToken());',
  '        assertEquals(TOKEN + "; foo ;", parser.testNextToken());',
  '//     assertEquals(EORECORD + ";b;", parser.testNextToken());',
  '        assertEquals(EOF + ";b;", parser.testNextToken());',
  "    }",
  "}",
];
const NEW_TEST = (commented: string) => [
  "public class LexerTest {",
  "    public void testNextToken4() throws IOException {",
  '        assertTokenEquals(TOKEN, "a", parser.nextToken(new Token()));',
  '        assertTokenEquals(TOKEN, " foo ", parser.nextToken(new Token()));',
  commented,
  '        assertTokenEquals(EOF, "b", parser.nextToken(new Token()));',
  "    }",
  "}",
];
function moved(commented: string): { change: ReturnType<typeof change>; lookups: Lookups } {
  const from = modifiedFile("src/test/ParserTest.java", OLD_TEST.join("\n"), ["public class ParserTest {", "}"].join("\n"));
  from.file.deletions = OLD_TEST.length - 2;
  const to = modifiedFile("src/test/LexerTest.java", undefined, NEW_TEST(commented).join("\n"));
  return {
    change: change([from.file, to.file]),
    lookups: { issues: new Map(), fileContents: from.lookups.fileContents, baseContents: from.lookups.baseContents },
  };
}
valid.push({
  name: "Java: a commented assertion moved into a new file and rewritten with its neighbours is old",
  ...moved('//      assertTokenEquals(EORECORD, "b", parser.nextToken(new Token()));'),
});
invalid.push({
  name: "Java: a commented line of other names in the same place is new",
  ...moved("//      assertTokenEquals(lexer.reset(reader.skipWhitespace()));"),
  findings: [{ messageId: "commentedOutLine", line: 5 }],
});

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });

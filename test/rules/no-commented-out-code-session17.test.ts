import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 17 (#10): a test's switch for how a failure shows what it compares. BurntSushi/toml 2004196ede
// error_test.go:211 keeps `// have = strings.ReplaceAll(have, " ", "·")` and `// tt.err = strings.ReplaceAll(tt.err, …)`
// over `if have != tt.err { t.Fatalf(…) }` (judged not worth saying): uncommented, they make the spaces visible.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const GO = (commented: string[], compare: string) => [
  "package toml",
  "",
  "func TestErr(t *testing.T) {",
  "\ttt.err = prep(tt.err)",
  "\thave := pErr.ErrorWithUsage()",
  "",
  ...commented,
  compare,
  '\t\tt.Fatalf("\\nwant:\\n%s\\nhave:\\n%s", tt.err, have)',
  "\t}",
  "}",
];
const SPACES = ['\t// have = strings.ReplaceAll(have, " ", "·")', '\t// tt.err = strings.ReplaceAll(tt.err, " ", "·")'];
valid.push(
  { name: "Go: the compared values' spaces made visible, switched off", change: one("error_test.go", GO(SPACES, "\tif have != tt.err {")) },
  {
    name: "Python: a value reshaped from itself over the assertion on it",
    change: one("tests/test_render.py", [
      "def test_render():",
      "    got = render(doc)",
      '    # got = got.replace(" ", "·")',
      '    # want = want.replace(" ", "·")',
      "    assert got == want",
    ]),
  },
  {
    name: "JS: expect() on a value reshaped by a helper",
    change: one("test/render.test.js", [
      "it('renders', () => {",
      "  let out = render(doc);",
      "  // out = visible(out);",
      "  // want = visible(want);",
      "  expect(out).toBe(want);",
      "});",
    ]),
  },
);
invalid.push(
  {
    name: "Go: a commented line that sets a compared value from something else is code",
    change: one("error_test.go", GO(["\t// have = pErr.Error()", '\t// tt.err = strings.ReplaceAll(tt.err, " ", "·")'], "\tif have != tt.err {")),
    findings: [{ messageId: "commentedOut", line: 7 }],
  },
  {
    name: "Go: the reshaped value is not what the next line compares",
    change: one("error_test.go", GO(['\t// a = strings.ReplaceAll(a, " ", "·")', '\t// b = strings.ReplaceAll(b, " ", "·")'], "\tif have != tt.err {")),
    findings: [{ messageId: "commentedOut", line: 7 }],
  },
  {
    name: "Go: outside a test it is still said",
    change: one("error.go", GO(SPACES, "\tif have != tt.err {")),
    findings: [{ messageId: "commentedOut", line: 7 }],
  },
);

testRule("no-commented-out-code", { valid, invalid });

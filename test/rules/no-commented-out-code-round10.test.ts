import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 10 (#10): text only re-wrapped is not new, and a legend of names is prose. Each kept case has a twin that is still a finding.
const file = (path: string, lines: string[], base: string) => changed(path, base, lines.join("\n"));
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. line breaks restored (or a formatter's re-wrap): the same text was at base ----
const TEST_CASE = [
  "public class CommandLineTestCase extends TestCase {",
  "    public final void testGetSwitch() {",
  "        assertSame(Boolean.FALSE, writeable.getSwitch(start));",
  "    }",
  "",
  "    //    public final void testLooksLikeOption() {",
  "    //        final Option option = new PropertyOption();",
  '    //        assertTrue(commandLine.looksLikeOption("-D"));',
  "    //    }",
  "    public final void testGetOptions_Order() {",
  "        final Option help = DefaultOptionTest.buildHelpOption();",
  "    }",
  "}",
];
valid.push({
  // commons-cli ca1e681ac7: an earlier commit collapsed every file onto one line; the revert puts the line breaks back.
  name: "Java: a commented-out test the base had on its one collapsed line, its line breaks restored",
  ...file("src/test/CommandLineTestCase.java", TEST_CASE, TEST_CASE.join("")),
});
invalid.push({
  name: "Java: the same file restored, but the commented-out test was not in the collapsed line: it is new",
  ...file("src/test/CommandLineTestCase.java", TEST_CASE, [...TEST_CASE.slice(0, 5), ...TEST_CASE.slice(9)].join("")),
  findings: [{ messageId: "commentedOut", line: 6, data: { count: 4 } }],
});
invalid.push({
  // The base text does read, live and re-wrapped, but `//` is the change's: it commented the code out.
  name: "Java: live code the change commented out and re-wrapped is still commented-out code",
  ...file(
    "src/Main.java",
    ["class Main {", "    void run() {", "        // helper.configure(options,", "        //     defaults);", "        start();", "    }", "}"],
    ["class Main {", "    void run() {", "        helper.configure(options, defaults);", "        start();", "    }", "}"].join("\n"),
  ),
  findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
});

// ---- 2. a legend of the names the code uses ----
valid.push(
  {
    // redux 85e2368ea9: flow-typed's legend of type-parameter names.
    name: "Flow: a block comment that spells out type-parameter names (`S = State`, `A = Action`) is prose",
    ...file(
      "flow-typed/redux.js",
      [
        "declare module 'redux' {",
        "  /*",
        "",
        "    S = State",
        "    A = Action",
        "    OP = OwnProps",
        "",
        "  */",
        "  declare type Dispatch<A: { type: string }> = (action: A) => A;",
        "}",
      ],
      "",
    ),
  },
  {
    name: "TypeScript: a legend on one line (`K = Key, V = Value`) is prose",
    ...file("src/map.ts", ["// K = Key, V = Value", "export type Entry<K, V> = [K, V];"], ""),
  },
);
invalid.push({
  name: "TypeScript: assignments of computed values are code, though the names are short",
  ...file("src/map.ts", ["export function f() {", "  // S = State.from(store);", "  // A = Action.next(S);", "  return 1;", "}"], ""),
  findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
});

// ---- 3. an option of a Python module's demo block, though a string in it holds lines at the margin ----
const DEMO = (opener: string[]) => [
  "def render():",
  "    return 1",
  "",
  "",
  ...opener,
  '    CODE = r"""',
  "def __init__(self):",
  "    self.b = self.",
  '"""',
  "    syntax = Syntax.from_path(",
  '        "rich/segment.py",',
  "        # line_range=(190, 300),",
  "        highlight_lines={194},",
  "    )",
];
valid.push({
  // rich 33361e1d85: `if __name__ == "__main__":` over a raw string whose lines start at the margin.
  name: "Python: a commented option in the `__main__` block, past a string whose lines sit at the margin",
  ...file("rich/syntax.py", DEMO(['if __name__ == "__main__":  # pragma: no cover']), "def render():\n    return 1\n"),
});
invalid.push({
  name: "Python: the same option in a function after the `__main__` block is commented-out code",
  ...file("rich/syntax.py", DEMO(['if __name__ == "__main__":', "    render()", "", "def demo():"]), "def render():\n    return 1\n"),
  findings: [{ messageId: "commentedOutLine", line: 15 }],
});

// ---- 4. the alternative a live line rules out, with the reason over that line ----
const UNDERFLOW = (over: string) => [
  "class ReaderInputStreamTest {",
  "    @Test",
  "    void testCodingErrorAction() throws Exception {",
  "        try (final ReaderInputStream in = open()) {",
  `            ${over}`,
  "            assertDoesNotThrow(() -> in.read());",
  "            // assertThrows(IllegalStateException.class, () -> in.read());",
  "        }",
  "    }",
  "}",
];
valid.push({
  // commons-io 7ecca22f17: the reason, the live assertion, then the assertion it rules out.
  name: "Java: a commented assertion under the live one it was replaced by, the reason over that one",
  ...file("src/test/java/ReaderInputStreamTest.java", UNDERFLOW("// Does not throw an exception because the input is an underflow and not an error"), ""),
});
invalid.push({
  name: "Java: the same commented assertion with no reason over the live one is commented-out code",
  ...file("src/test/java/ReaderInputStreamTest.java", UNDERFLOW("in.mark(0);"), ""),
  findings: [{ messageId: "commentedOutLine", line: 7 }],
});

// ---- 5. a task note elsewhere in the file that names what the code computes ----
const NFA = (note: string) => [
  "impl NFA {",
  "    pub fn len(&self) -> usize {",
  "        self.0.len",
  "    }",
  "",
  `    // ${note}`,
  "    // release. If you need this, please file an issue.",
  "    pub fn look_set_prefix_any(&self) -> LookSet {",
  "        self.0.look_set_prefix_any",
  "    }",
  "",
  "    fn set_look_sets(&mut self) {",
  "        let mut prefix_any = LookSet::empty();",
  "        // let mut prefix_all = LookSet::full();",
  "        self.look_set_prefix_any = prefix_any;",
  "    }",
  "}",
];
valid.push({
  // regex 7636ba84e1: the FIXME says why `look_set_prefix_all` went; its computation stays commented out.
  name: "Rust: a FIXME elsewhere in the file that names the computation the commented line belongs to",
  ...file("src/nfa.rs", NFA("FIXME: The `look_set_prefix_all` computation was not correct, so I removed it in the run up to the"), ""),
});
invalid.push({
  name: "Rust: a FIXME that names something else leaves the commented line a leftover",
  ...file("src/nfa.rs", NFA("FIXME: The `look_set_suffix_any` computation is slow, and could be cached in the run up to the"), ""),
  findings: [{ messageId: "commentedOutLine", line: 14 }],
});

testRule("no-commented-out-code", { valid, invalid });

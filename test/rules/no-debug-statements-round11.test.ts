import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 10, round 3 (#11): a script that reads its command line, a function that asks the user, a fixture folder
// by any spelling, and one finding per file for one kind of print. Each kept case has a twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a script whose top-level code reads its command line ----
const WALK = (source: string) => [
  "import os",
  "import sys",
  "",
  `for dirpath, dirnames, filenames in os.walk(${source}):`,
  "    for n in filenames:",
  "        print(os.path.join(dirpath, n))",
];
valid.push(
  {
    // walkdir daf1ee1f24 compare/walk.py: a benchmark's script; printing the paths is its whole output.
    name: "Python: a script that walks the folder its command line names prints as its job",
    change: one("tools/walk.py", WALK("sys.argv[1]")),
  },
  {
    name: "Python: a script that parses its arguments at the top level",
    change: one("tools/count.py", ["import argparse", "parser = argparse.ArgumentParser()", "args = parser.parse_args()", "print(len(args.files))"]),
  },
  {
    name: "Ruby: a script that reads ARGV at the top level",
    change: one("compare/walk.rb", ["Dir.glob(File.join(ARGV[0], '**', '*')).each do |path|", "  puts path", "end"]),
  },
);
invalid.push(
  {
    // Not in `compare/` (a folder of stand-alone scripts, round 12): a tool's folder says nothing of its own.
    name: "Python: the same loop over a fixed folder is no program's output",
    change: one("tools/walk.py", WALK('"."')),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Python: a library reads sys.argv inside a function only; its print is still a leftover",
    change: one("lib/walk.py", ["import sys", "", "def target():", "    print(sys.argv)", "    return sys.argv[1]"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: 'Python: a library that looks up one flag (`"--debug" in sys.argv`) is no program',
    change: one("lib/walk.py", ["import sys", "", 'DEBUG = "--debug" in sys.argv', "", "def walk(root):", "    print(root)"]),
    findings: [{ messageId: "debug", line: 6 }],
  },
);

// ---- 2. a function that reads what the user types prints its menu or prompt on purpose ----
const CHOOSE = (ask: string) => [
  "Command.prototype.choose = function(list, fn){",
  "  var self = this;",
  "  list.forEach(function(item, i){",
  "    console.log('  %d) %s', i + 1, item);",
  "  });",
  "  function again() {",
  `    ${ask}(function(val){`,
  "      fn(parseInt(val, 10) - 1);",
  "    });",
  "  }",
  "  again();",
  "};",
];
valid.push(
  {
    // commander e7cdf10d0d: `choose()` prints a numbered menu, then prompts for the choice.
    name: "JavaScript: a function that prints a menu and then prompts for the choice",
    change: one("lib/commander.js", CHOOSE("self.prompt('  : ', ")),
  },
  {
    name: "JavaScript: a function that prints and reads process.stdin",
    change: one("lib/ask.js", CHOOSE("process.stdin.once('data', ")),
  },
  {
    name: "Python: a function that prints a menu and calls input()",
    change: one("lib/menu.py", [
      "def choose(items):",
      "    for i, item in enumerate(items):",
      '        print(f"{i + 1}) {item}")',
      '    return items[int(input(": ")) - 1]',
    ]),
  },
  {
    name: "C#: a method that writes a prompt and reads Console.ReadLine",
    change: one("src/Menu.cs", ["class Menu {", "  public string Ask() {", '    Console.Write("Name: ");', "    return Console.ReadLine();", "  }", "}"]),
  },
  {
    name: "Java: a method that prints a prompt and reads a Scanner on System.in",
    change: one("src/main/java/Menu.java", [
      "class Menu {",
      "  String ask() {",
      '    System.out.print("Name: ");',
      "    return new Scanner(System.in).nextLine();",
      "  }",
      "}",
    ]),
  },
  {
    name: "Go: a function that prints a prompt and reads os.Stdin",
    change: one("menu/menu.go", [
      "package menu",
      "",
      "func Ask() string {",
      '\tfmt.Print("Name: ")',
      "\tline, _ := bufio.NewReader(os.Stdin).ReadString('\\n')",
      "\treturn line",
      "}",
    ]),
  },
);
invalid.push(
  {
    name: "JavaScript: the same menu in a function that asks nothing is a leftover",
    change: one("lib/commander.js", CHOOSE("setImmediate")),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    // s20-speed: the raw line is tested before its comment is blanked; a commented-out prompt still asks nothing.
    name: "JavaScript: a prompt commented out with // asks nothing",
    change: one("lib/commander.js", [...CHOOSE("setImmediate").slice(0, 6), "    // self.prompt('  : ', fn);", ...CHOOSE("setImmediate").slice(6)]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Python: an input() commented out with # asks nothing",
    change: one("lib/parse.py", ["def first(f):", "    line = f.readline()", "    print(line)", '    # line = input(": ")', "    return line"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Java: a Scanner on System.in in a Javadoc line asks nothing",
    change: one("src/main/java/Menu.java", [
      "class Menu {",
      "  String ask() {",
      '    System.out.print("Name: ");',
      "    /*",
      "     * new Scanner(System.in).nextLine();",
      "     */",
      '    return "x";',
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Python: a file read with .readline() is no user's input",
    change: one("lib/parse.py", ["def first(f):", "    line = f.readline()", "    print(line)", "    return line"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Java: a file read with reader.readLine() is no user's input",
    change: one("src/main/java/Parse.java", [
      "class Parse {",
      "  String first(BufferedReader reader) {",
      "    String line = reader.readLine();",
      "    System.out.println(line);",
      "    return line;",
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "JavaScript: a print in another function of the module that prompts is still a leftover",
    change: one("lib/commander.js", [...CHOOSE("self.prompt('  : ', "), "", "function pad(str) {", "  console.log(str);", "  return str + ' ';", "}"]),
    findings: [{ messageId: "debug", line: 15 }],
  },
);

// ---- 3. a fixture folder by any spelling ----
for (const folder of ["tests/fixtures-extensions", "test/fixtures_cli", "test/cli-fixtures"]) {
  valid.push({
    // commander a28a89b9c3: the fixture's stdout, 'found .cjs', is what the test asserts on.
    name: `JavaScript: a fixture script under ${folder}/ prints what its test checks`,
    change: one(`${folder}/pm-try-cjs.cjs`, ["console.log('found .cjs');"]),
  });
}
invalid.push({
  name: "JavaScript: a folder named for something else (prefixtures/) is no fixture folder",
  // (A module, so neither a placeholder file nor a smoke script: session 13 keeps those quiet anywhere.)
  change: one("test/prefixtures/pm-try-cjs.cjs", ["module.exports = () => {", "  console.log(found);", "  return found;", "};"]),
  findings: [{ messageId: "debug", line: 2 }],
});
valid.push({
  name: "JavaScript: the same module under fixtures/ is a fixture",
  change: one("test/fixtures/pm-try-cjs.cjs", ["module.exports = () => {", "  console.log(found);", "  return found;", "};"]),
});

// ---- 4. one finding per file for one kind of print ----
invalid.push(
  {
    // commons-text 676a1a7055: `System.out.print` and `System.out.println` were two findings.
    name: "Java: System.out.print and System.out.println in one test are one finding",
    change: one("src/test/java/LcsTest.java", [
      "public class LcsTest {",
      "    @Test",
      "    public void testLcs() {",
      '        System.out.println("retVal: " + retVal);',
      "        for (int n = 0; n < retVal.length(); n++) {",
      '            System.out.print("isISOControl: " + Character.isISOControl(retVal.charAt(n)));',
      "            System.out.println(retVal.charAt(n));",
      "        }",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debugMany", line: 4, data: { what: "System.out.println", more: 2, lines: "6, 7" } }],
  },
  {
    name: "Ruby: puts and p in one file are one finding",
    change: one("lib/thing.rb", ["def go(x)", "  puts x", "  p x.size", "  x", "end"]),
    findings: [{ messageId: "debugMany", line: 2, data: { what: "puts", more: 1, lines: "3" } }],
  },
  {
    name: "Go: fmt.Printf and fmt.Println in one file are one finding",
    change: one("walk.go", ["package walk", "", "func Walk(p string) {", '\tfmt.Printf("%v\\n", p)', "\tfmt.Println(p)", "}"]),
    findings: [{ messageId: "debugMany", line: 4, data: { what: "fmt.Printf", more: 1, lines: "5" } }],
  },
  {
    name: "Java: System.out and System.err are two kinds, two findings",
    change: one("src/main/java/Walk.java", ["class Walk {", "  void go(String p) {", "    System.out.println(p);", "    System.err.println(p);", "  }", "}"]),
    findings: [
      { messageId: "debug", line: 3, data: { what: "System.out.println" } },
      { messageId: "debug", line: 4, data: { what: "System.err.println" } },
    ],
  },
);

// ---- 5. a test file's convention: it printed this way several times at base ----
const HELP_TEST = (n: number) => [
  "        [Test]",
  `        public void Help${n}()`,
  "        {",
  `            var help${n} = HelpText.Render(options);`,
  `            Console.WriteLine(help${n});`,
  `            Assert.AreEqual("Usage:", help${n}.Split('\\n')[0]);`,
  "        }",
];
const FIXTURE = (tests: number) => ["public class HelpTextFixture", "{", ...Array.from({ length: tests }, (_, i) => HELP_TEST(i)).flat(), "}"];
valid.push({
  // commandline 69147900e2: HelpTextFixture prints each rendered help text before asserting its lines, three times at base.
  name: "C#: a new test prints its rendered help as the file's three tests already do",
  ...changed("src/tests/Text/HelpTextFixture.cs", FIXTURE(3).join("\n"), FIXTURE(4).join("\n")),
});
invalid.push({
  // Session 19's calibrated default quiets any file that printed twice at base; with it off, the test's own habit rule
  // (three of a kind) is what this case checks.
  name: "C#: two prints at base are no convention yet: the new one is a leftover",
  options: { report_in_printing_files: true },
  ...changed("src/tests/Text/HelpTextFixture.cs", FIXTURE(2).join("\n"), FIXTURE(3).join("\n")),
  findings: [{ messageId: "debug", line: 21 }],
});

testRule("no-debug-statements", { valid, invalid });

import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 11 (#11): a stand-alone script that shows something off prints as its job, in every language where the
// shape exists. Each kept case has a twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// structlog 48677379a7 show_off.py: run for the README's screenshot; no `__main__` guard, a class and a function.
const SHOW_OFF = [
  '"""Show how console logging looks like."""',
  "import structlog",
  "",
  "class SomeClass:",
  "    x: int",
  "",
  'log = structlog.get_logger("some_logger")',
  'log.info("informative!", some_key="some_value")',
  "",
  "def make_call_stack_more_impressive():",
  "    try:",
  '        print(SomeClass(d["y"], "foo"))',
  "    except Exception:",
  '        log.exception("poor me")',
  "",
  "make_call_stack_more_impressive()",
];
valid.push(
  {
    name: "Python: a show-off script at the root runs at its top level; its print is its output",
    change: one("show_off.py", SHOW_OFF),
  },
  {
    name: "Python: a demo script in a folder of comparisons",
    change: one("compare/speed.py", ["import time", "", "def run():", "    print(time.time())", "", "run()"]),
  },
  {
    name: "JavaScript: a demo script that runs its example at the top level",
    change: one("demo.js", [
      "const lib = require('./lib');",
      "",
      "function double(x) {",
      "  console.log(lib.format(x));",
      "  return 2 * x;",
      "}",
      "",
      "double(42);",
    ]),
  },
  {
    name: "Ruby: a try-out script calls the library at its top level",
    change: one("try_parser.rb", ["require 'parser'", "", "def parse(x)", "  puts Parser.parse(x)", "end", "", "Parser.configure { |c| c.strict = true }"]),
  },
  {
    name: "C#: a program of top-level statements prints as its job",
    change: one("tools/Report/Report.cs", [
      "using System;",
      "",
      "var total = Sum(args);",
      "Console.WriteLine(total);",
      "",
      "static int Sum(string[] a) => a.Length;",
    ]),
  },
);
invalid.push(
  {
    name: "Python: the same code in a library module is a leftover",
    change: one("structlog/show.py", SHOW_OFF),
    findings: [{ messageId: "debug", line: 12 }],
  },
  {
    name: "Python: a demo-named module that only defines functions is a module of helpers",
    change: one("demo_helpers.py", ["import time", "", "def run():", "    print(time.time())"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Python: a sample as a suffix names what the module computes",
    change: one("stats/random_sample.py", ["import random", "", "def pick(xs):", "    print(xs)", "    return random.choice(xs)", "", "random.seed(1)"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "JavaScript: a demo-named module that exports is loaded by others",
    change: one("demo.js", ["function double(x) {", "  console.log(x);", "  return 2 * x;", "}", "double(42);", "module.exports = double;"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "C#: a file of classes is no program of top-level statements",
    change: one("src/Report.cs", [
      "using System;",
      "",
      "public class Report",
      "{",
      "    public int Sum(string[] a)",
      "    {",
      "        Console.WriteLine(a);",
      "        return a.Length;",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 7 }],
  },
);

testRule("no-debug-statements", { valid, invalid });

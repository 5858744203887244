import { oneFileCases } from "../helpers/one-file-cases.js";
import { addedFile, change } from "../helpers/make-change.js";
import { type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 17, round 2 (#11): a line the project's debug lint is told to let through, a debugger import that is the
// feature, output that is a class's job, a print that says why a test skips, and prints NUnit and libtest capture.
// Each kept shape has a twin that is still said.
const { kept, said } = oneFileCases("debug");
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. the project's print/debugger lint silenced for the line ----
// scrapy d24e5ae807 tests/test_commands.py:5 (`import pdb  # noqa: T100`, judged wrong).
const PY = (print: string) => ["def run(x):", print, "    return x", ""];
const JS = (above: string[], print: string) => ["export function run(x) {", ...above, print, "  return x;", "}"];
valid.push(
  kept("Python: print with `# noqa: T201`", "src/app/run.py", PY("    print(x)  # noqa: T201")),
  kept("JS: console.log with eslint-disable-line no-console", "src/run.js", JS([], "  console.log(x); // eslint-disable-line no-console")),
  kept("TS: eslint-disable-next-line no-console over the print", "src/run.ts", JS(["  // eslint-disable-next-line no-console"], "  console.log(x);")),
  kept(
    "TS: biome-ignore lint/suspicious/noConsole over the print",
    "src/run.ts",
    JS(["  // biome-ignore lint/suspicious/noConsole: CLI output"], "  console.log(x);"),
  ),
  kept("JS: the file switches no-console off at its top", "src/cli.js", ["/* eslint-disable no-console */", ...JS([], "  console.log(x);")]),
  kept("Ruby: puts with rubocop:disable Rails/Output", "lib/task.rb", ["def run(x)", "  puts x # rubocop:disable Rails/Output", "end"]),
  kept("Go: fmt.Println with //nolint:forbidigo", "cmd/run.go", ["package main", "", "func run(x int) {", "\tfmt.Println(x) //nolint:forbidigo", "}"]),
  kept("Rust: #[allow(clippy::dbg_macro)] over dbg!", "src/lib.rs", [
    "pub fn run(x: u32) -> u32 {",
    "    #[allow(clippy::dbg_macro)]",
    "    dbg!(x);",
    "    x",
    "}",
  ]),
);
invalid.push(
  said("Python: a noqa for another check is no decision about the print", "src/app/run.py", PY("    print(x)  # noqa: E501"), 2),
  // A breakpoint stops the program at a prompt, whatever the linter is told: a PR cannot silence it with a comment.
  said("Python: breakpoint() with `# noqa: T100`", "src/app/run.py", PY("    breakpoint()  # noqa: T100"), 2, "stops"),
  said("JS: debugger with eslint-disable-line no-debugger", "src/run.js", JS([], "  debugger; // eslint-disable-line no-debugger"), 2, "stops"),
  said("JS: eslint-disable-line for another rule", "src/run.js", JS([], "  console.log(x); // eslint-disable-line no-unused-vars"), 2),
  said(
    "JS: after the file switches no-console back on",
    "src/cli.js",
    ["/* eslint-disable no-console */", "/* eslint-enable no-console */", ...JS([], "  console.log(x);")],
    4,
  ),
);

// ---- 2. a debugger module imported, not called ----
// scrapy d24e5ae807 scrapy/commands/__init__.py:160 (`import ipdb` swapped in for `--pdb`, judged wrong).
valid.push(
  kept("Python: ipdb imported to stand in for pdb", "scrapy/commands/base.py", [
    "def run(opts):",
    "    if opts.pdb:",
    "        try:",
    "            import ipdb",
    "        except ImportError:",
    "            pass",
    "        else:",
    '            sys.modules["pdb"] = ipdb',
    "",
  ]),
  kept("Python: a test imports pdb to monkeypatch it", "tests/test_commands.py", [
    "import pdb",
    "",
    "def test_pdb(monkeypatch):",
    '    monkeypatch.setattr(pdb, "post_mortem", hook)',
    "",
  ]),
);
invalid.push(
  said(
    "Python: `import pdb; pdb.post_mortem()` still stops at a prompt",
    "src/app/run.py",
    ["def run():", "    try:", "        main()", "    except Exception:", "        import pdb; pdb.post_mortem()", ""],
    5,
    "stops",
  ),
);

// ---- 3. output that is a class's or a function's job ----
// dbal 432e2f7192 EchoSQLLogger.php:50 (var_dump in a logger "that logs using echo/var_dump"), puma 5e6e0737fc
// test/helper.rb:207 (`puts ''` among a reporter's `io.puts`), all judged wrong.
const PHP = (cls: string) => ["<?php", `class ${cls}`, "{", "    public function startQuery($sql, $types)", "    {", "        var_dump($types);", "    }", "}"];
const RUBY = (header: string, write: string) => [header, '  io.puts "", "Skips:"', `  ${write} "  #{name}"`, "  puts ''", "end"];
valid.push(
  kept("PHP: var_dump in a class named a logger", "lib/Logging/EchoSQLLogger.php", PHP("EchoSQLLogger implements SQLLogger")),
  kept("Ruby: a bare puts among the writes to the io the method is handed", "test/helper.rb", RUBY("def aggregated_results(io)", "io.puts")),
  kept("Python: print among writes to the stream a function is handed", "src/report.py", [
    "def report(rows, out):",
    '    out.write("rows:\\n")',
    "    for r in rows:",
    '        out.write(f"{r}\\n")',
    "    print()",
    "",
  ]),
);
invalid.push(
  said("PHP: the same var_dump in a connection class", "lib/Connection.php", PHP("Connection"), 6),
  said("Ruby: a handed request is no output stream", "lib/handler.rb", ["def handle(req)", "  req.puts 'a'", "  req.puts 'b'", "  puts req.path", "end"], 4),
);

// ---- 4. a test's print that says why it skips ----
// hono e6913190b7 src/router/common.case.test.ts:34 (`console.log(`Skip: ${reason}`)` then `skipTask()`, judged wrong).
const SKIP = (next: string) => [
  "beforeEach(({ task, skip: skipTask }) => {",
  "  const isSkip = skips.find((s) => s.tests.includes(task.name))",
  "  if (isSkip) {",
  "    console.log(`Skip: ${isSkip.reason}`)",
  `    ${next}`,
  "    return",
  "  }",
  "})",
];
for (const call of ["skipTask()", "this.skip()", "ctx.skip()"])
  valid.push(kept(`TS: a print before the runner's ${call}`, "src/router/common.case.test.ts", SKIP(call)));
invalid.push(said("TS: the same print before ordinary code", "src/router/common.case.test.ts", SKIP("reset()"), 4));

// ---- 5. prints a test runner captures, and a test file's dbg! habit ----
// scriban 53bf0970ac, 2c3d345e14 (Console.WriteLine under NUnit): judged not worth saying. Under xUnit the output is
// dropped (command-line-api, agreed). rustls c18c486cdc io.rs:2004: the file had four dbg! at base.
const CS = (using: string, attribute: string) => [
  using,
  "public class RuntimeTests",
  "{",
  `    ${attribute}`,
  "    public void TestThrows()",
  "    {",
  "        var exception = Assert.Throws<ScriptRuntimeException>(() => Render());",
  "        Console.WriteLine(exception);",
  '        Assert.AreEqual("bad", exception.OriginalMessage);',
  "    }",
  "}",
];
valid.push(
  kept("C#: Console.WriteLine in an NUnit test", "src/Scriban.Tests/TestRuntime.cs", CS("using NUnit.Framework;", "[Test]")),
  kept("C#: Console.WriteLine in an MSTest test", "src/Lib.Tests/TestRuntime.cs", CS("using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]")),
);
invalid.push(
  said("C#: the same print under xUnit", "src/Lib.Tests/TestRuntime.cs", CS("using Xunit;", "[Fact]"), 8),
  said(
    "Rust: dbg! in library code",
    "src/split.rs",
    ["pub fn exchange(recv: &mut Conn, inp: &mut [u8]) -> usize {", "    dbg!(recv.read(inp).unwrap())", "}"],
    2,
  ),
);

// ---- 6. a native extension's mkmf script prints the build log ----
// puma 23720fe838 ext/puma_http11/extconf.rb:19 (`puts '──── Using OpenSSL pkgconfig ────'`, judged wrong). A value
// printed there is build log as well: the twin prints one, as a sentence is said nowhere.
const MKMF = ["require 'mkmf'", "if found_ssl", "  puts ssl_h", "end"];
valid.push(kept("Ruby: puts in a native extension's extconf.rb", "ext/puma_http11/extconf.rb", MKMF));
invalid.push(said("Ruby: the same puts in the library", "lib/puma/ssl.rb", MKMF, 3));

const RS_BASE = ["fn check(limit: usize) {", "    dbg!(limit);", "    dbg!(sent);", "    dbg!(received);", "}"];
const RS_HEAD = [...RS_BASE, "fn check_split(plaintext_limit: usize) {", "    dbg!(plaintext_limit);", "}"];
const rustHabit = (base: string[]): ValidCase | InvalidCase => ({
  name: "",
  change: change([addedFile("rustls-test/tests/api/io.rs", RS_HEAD.slice(5), 6)]),
  lookups: {
    issues: new Map(),
    fileContents: new Map([["rustls-test/tests/api/io.rs", RS_HEAD.join("\n")]]),
    baseContents: new Map([["rustls-test/tests/api/io.rs", base.join("\n")]]),
  },
});
valid.push({ ...rustHabit(RS_BASE), name: "Rust: a dbg! in a test file that had three at base" });
invalid.push({
  ...rustHabit(["fn check(limit: usize) {", "    dbg!(limit);", "    assert!(limit > 0);", "    assert!(sent > 0);", "}"]),
  name: "Rust: a dbg! in a test file that had one at base",
  findings: [{ messageId: "debug", line: 7 }],
});

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });

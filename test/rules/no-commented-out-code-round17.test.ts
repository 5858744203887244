import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 15 (#10): what a reviewer would not say (set 14): work its author says is unfinished, a change that avoids
// something for now, and a commented debugger-attach hook. Each kept case has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const withMessage = (c: ReturnType<typeof one>, message: string) => ({ ...c, title: message.split("\n")[0], commits: [commit(message)] });
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. work its author says is unfinished: a draft ----
// hcl f340e2e557 "compiles, all tests failing"; slf4j 25add49cdf "This is an intermediary commit (the test case does
// not pass). Complete fix to follow."; slf4j e737f6057b "On going work … To be continued...."; Dapper 8152f2c718
// "WIP: Lib updates …"; Dapper 1797a3c0d9 "Initial test setup for #461; note that this does not repro".
const GO = [
  "func decode(fields []string) error {",
  "\t//usedKeys := make(map[string]struct{})",
  "\tdecoded := make([]string, 0, len(fields))",
  "\treturn nil",
  "}",
];
const JAVA = [
  "public class XLoggerTest {",
  "  public void testExiting() {",
  "    logger.exit();",
  '    // assertEquals("exit", logMessage);',
  "    // logger.exit(0);",
  "  }",
  "}",
];
const CS = ["public void Issue461() {", "    // SqlMapper.AddTypeHandler(new Handler());", '    connection.Execute("CREATE TABLE t");', "}"];
const unfinished: Array<[string, string, string[], string]> = [
  ["Go", "decoder.go", GO, "compiles, all tests failing"],
  [
    "Java",
    "src/test/java/XLoggerTest.java",
    JAVA,
    "- adding test cases as requested in bug 104\n\n  This is an intermediary commit (the test case does not pass). Complete fix\n  to follow.",
  ],
  ["Java", "src/main/java/ConverterFrame.java", JAVA, "On going work introducing Swing user interface. To be continued...."],
  ["C#", "Tests/Constructors.cs", CS, "Initial test setup for #461; note that this does not repro, due to running on SQL-Server"],
  ["C#", "Perf/Config.cs", CS, "WIP: Lib updates and prepare for Microsoft.Data.SqlClient (#1313)"],
  ["Python", "lib/export.py", ["def write(row):", "    # rows.append(row)", "    save(row)"], "[WIP] export writer"],
];
for (const [lang, path, lines, message] of unfinished)
  valid.push({
    name: `${lang}: the head commit says it is unfinished (${message.split("\n")[0].slice(0, 40)})`,
    change: withMessage(one(path, lines), message),
  });
// The same code in a commit that says nothing of the kind, or that fixes a failing test, or that is in progress but
// says neither that it fails nor that a later commit finishes it (boltons 60e37d29b8, judged agree in set 11).
const finished: Array<[string, string, string[], string, number, number]> = [
  ["Go", "decoder.go", GO, "Port the decoder to the new AST", 2, 1],
  ["Java", "src/test/java/XLoggerTest.java", JAVA, "Fix unit tests failing because of the bugged fixture", 4, 2],
  ["C#", "Tests/Constructors.cs", CS, "Fix: the handler does not work with DateTimeOffset", 2, 1],
  ["Python", "lib/export.py", ["def write(row):", "    # rows.append(row)", "    save(row)"], "in progress commit of the export writer", 2, 1],
  ["Go", "decoder.go", GO, "Make the decoder easier to follow", 2, 1],
];
for (const [lang, path, lines, message, line, count] of finished)
  invalid.push({
    name: `${lang}: a finished change is judged (${message.slice(0, 40)})`,
    change: withMessage(one(path, lines), message),
    findings: [count === 1 ? { messageId: "commentedOutLine", line } : { messageId: "commentedOut", line, data: { count } }],
  });
// A WIP commit inside a longer range is finished by the commits after it: only the head's message counts.
invalid.push({
  name: "Go: a WIP commit followed by the one that finishes it",
  change: { ...one("decoder.go", GO), title: "Port the decoder", commits: [commit("WIP: port the decoder"), commit("Port the decoder")] },
  findings: [{ messageId: "commentedOutLine", line: 2 }],
});

// ---- 2. a change that avoids something for now ----
// jotai e7749470e9 "fix(tests): avoid using fake timers for now (#1676)" over the commented-out `jest.useFakeTimers()` hooks.
const HOOKS = ["const FAKE_TIMEOUT = 50", "// beforeEach(() => {", "//   jest.useFakeTimers()", "// })", "it('works', () => {})"];
valid.push(
  {
    name: "TS: the subject avoids fake timers for now",
    change: withMessage(one("tests/observable.test.tsx", HOOKS), "fix(tests): avoid using fake timers for now (#1676)"),
  },
  {
    name: "Kotlin: the subject stops the cache until the fix lands",
    change: withMessage(
      one("src/Cache.kt", ["fun load() {", "    // cache.warm(keys)", "    read()", "}"]),
      "Stop warming the cache until the eviction fix lands",
    ),
  },
);
invalid.push({
  name: "TS: avoiding with no 'for now' is said",
  change: withMessage(one("tests/observable.test.tsx", HOOKS), "fix(tests): avoid using fake timers"),
  findings: [{ messageId: "commentedOut", line: 2, data: { count: 3 } }],
});

// ---- 3. a commented debugger-attach hook ----
// command-line-api 313d87d3fe / 8f280ecd20: `// Debugger.Launch();` in a Roslyn source generator's `Initialize`.
const GENERATOR = (hook: string[]) => [
  "public void Initialize(GeneratorInitializationContext context)",
  "{",
  ...hook,
  "    context.RegisterForSyntaxNotifications(() => new SyntaxReceiver());",
  "}",
];
for (const hook of [
  ["    // Debugger.Launch();"],
  ["    //System.Diagnostics.Debugger.Launch();"],
  ["    // while (!Debugger.IsAttached)", "    //     Thread.Sleep(500);"],
])
  valid.push({ name: `C#: \`${hook[0].trim()}\` is the generator's opt-in debugger hook`, change: one("src/Generator/HandlerGenerator.cs", GENERATOR(hook)) });
const WORKER = (hook: string[]) => ["def serve():", ...hook, "    app.run()"];
for (const hook of [["    # debugpy.listen(5678)", "    # debugpy.wait_for_client()"], ["    # import pydevd; pydevd.settrace('localhost', port=5678)"]])
  valid.push({ name: `Python: \`${hook[0].trim()}\` attaches a debugger to the worker`, change: one("worker/serve.py", WORKER(hook)) });
valid.push({
  name: "JS: `// inspector.open()` opens the inspector",
  change: one("src/worker.js", ["function start() {", "  // inspector.open()", "  run()", "}"]),
});
// A breakpoint stops a process already under the developer's hand: a leftover, still said; so is the hook with code.
invalid.push(
  {
    name: "Python: a commented breakpoint is a leftover",
    change: one("worker/serve.py", WORKER(["    # breakpoint()"])),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
  {
    name: "C#: the hook with a line of real code",
    change: one("src/Generator/HandlerGenerator.cs", GENERATOR(["    // Debugger.Launch();", "    // context.RegisterForPostInitialization(Emit);"])),
    findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
  },
  {
    name: "C#: a wait loop's sleep alone is no hook",
    change: one("src/Generator/HandlerGenerator.cs", GENERATOR(["    // Thread.Sleep(500);"])),
    findings: [{ messageId: "commentedOutLine", line: 3 }],
  },
);

testRule("no-commented-out-code", { valid, invalid });

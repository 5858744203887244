import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

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
  ["C#", "Data/Constructors.cs", CS, "Fix: the handler does not work with DateTimeOffset", 2, 1],
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

// A commit's words speak for that commit's lines only (session 22 trust audit): the last commit of a longer range
// saying "to follow" does not hide what the commits before it commented out; a WIP title (the pull request's state) does.
invalid.push({
  name: "Go: an unfinished head commit after another commit that commented code out",
  change: { ...one("decoder.go", GO), title: "Port the decoder", commits: [commit("Port the decoder"), commit("Tidy up. Complete fix to follow.")] },
  findings: [{ messageId: "commentedOutLine", line: 2 }],
});
valid.push({
  name: "Go: a pull request titled WIP, whatever its commits say",
  change: { ...one("decoder.go", GO), title: "WIP: port the decoder", commits: [commit("Port the decoder"), commit("Tidy up")] },
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

// ---- 4. another organisation's file, under its copyright, in its package ----
// slf4j 3749a85218 log4j-over-slf4j adds `package org.apache.log4j.spi;` under "Copyright 1999-2005 The Apache Software
// Foundation" with log4j's own `//void categoryCreationEvent(Category cat);`; slf4j's LICENSE is QOS.ch's.
const APACHE = [
  "/*",
  " * Copyright 1999-2005 The Apache Software Foundation.",
  " *",
  ' * Licensed under the Apache License, Version 2.0 (the "License");',
  " */",
];
const LISTENER = (pkg: string, semicolon = ";") => [
  ...APACHE,
  "",
  `package ${pkg}${semicolon}`,
  "",
  "public interface HierarchyEventListener {",
  "  //public",
  "  //void categoryCreationEvent(Category cat);",
  "  public void addAppenderEvent(Category cat, Appender appender);",
  "}",
];
const texts = (path: string, lines: string[], licence?: string) => ({
  issues: new Map(),
  fileContents: new Map([[path, lines.join("\n")]]),
  baseContents: new Map(licence === undefined ? [] : [["LICENSE.txt", licence]]),
});
const QOS = "Copyright (c) 2004-2008 QOS.ch\nAll rights reserved.\n\nPermission is hereby granted, free of charge, …";
const SPI = "log4j-over-slf4j/src/main/java/org/apache/log4j/spi/HierarchyEventListener.java";
valid.push(
  {
    name: "Java: log4j's file in log4j's package, in QOS.ch's project",
    change: one(SPI, LISTENER("org.apache.log4j.spi")),
    lookups: texts(SPI, LISTENER("org.apache.log4j.spi"), QOS),
  },
  {
    name: "Kotlin: the organisation's file in a repository known to be another's",
    change: { ...one("src/main/kotlin/org/apache/log4j/Listener.kt", LISTENER("org.apache.log4j", "")), repository: { owner: "qos-ch", name: "slf4j" } },
    lookups: texts("src/main/kotlin/org/apache/log4j/Listener.kt", LISTENER("org.apache.log4j", "")),
  },
);
invalid.push(
  {
    name: "Java: Apache's header over the project's own package is the project's code",
    change: one("src/main/java/org/slf4j/Listener.java", LISTENER("org.slf4j.spi")),
    lookups: texts("src/main/java/org/slf4j/Listener.java", LISTENER("org.slf4j.spi"), QOS),
    findings: [{ messageId: "commentedOut", line: 10, data: { count: 2 } }],
  },
  {
    name: "Java: the organisation's own repository (its licence names it)",
    change: one(SPI, LISTENER("org.apache.log4j.spi")),
    lookups: texts(SPI, LISTENER("org.apache.log4j.spi"), "Copyright 1999-2005 The Apache Software Foundation\n\nLicensed under …"),
    findings: [{ messageId: "commentedOut", line: 10, data: { count: 2 } }],
  },
  {
    name: "Java: knowing only the change's authors, nothing says whose the project is",
    change: one(SPI, LISTENER("org.apache.log4j.spi")),
    lookups: texts(SPI, LISTENER("org.apache.log4j.spi")),
    findings: [{ messageId: "commentedOut", line: 10, data: { count: 2 } }],
  },
);

// ---- 5. the update of someone else's code: "pulled latest from Rob" ----
// Dapper 7de4722187 "amended massive test so it is not hackey ... pulled latest from Rob" comments out a block of
// Rob Conery's Massive in `Massive/Massive.cs`, a copy with no header.
const MASSIVE = [
  'public DynamicModel(string name = "") {',
  '    _factory = DbProviderFactories.GetFactory("System.Data.SqlClient");',
  "    /*",
  '    TableName = name == "" ? GetType().Name : name;',
  "    _connectionString = ConfigurationManager.ConnectionStrings[name].ConnectionString;",
  "    */",
  "}",
];
const RUBY = ["def fetch(url)", "  # @cache.store(url, get(url))", "  get(url)", "end"];
valid.push(
  {
    name: "C#: the message pulls the latest of the file it names from someone else",
    change: withMessage(one("Massive/Massive.cs", MASSIVE), "amended massive test so it is not hackey ... pulled latest from Rob"),
  },
  { name: "Ruby: synced the latest from a named project", change: withMessage(one("lib/fetcher.rb", RUBY), "Synced the latest fetcher from Faraday") },
);
invalid.push(
  {
    name: "C#: pulled the latest from a branch",
    change: withMessage(one("Massive/Massive.cs", MASSIVE), "amended massive test; pulled latest from master"),
    findings: [{ messageId: "commentedOut", line: 4, data: { count: 2 } }],
  },
  {
    name: "Ruby: the update names another file",
    change: withMessage(one("lib/fetcher.rb", RUBY), "Synced the latest parser from Faraday"),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
);

// ---- 6. a reason elsewhere in the test, naming what the code calls ----
// jotai 5171badc89: "rAF does not repro, so schedule update intentionally in render" in the test's Child, and
// `// requestAnimationFrame(() => setCount(2))` in its Parent.
const REPRO = (note: string) => [
  "it('set atom right after useEffect', async () => {",
  "  const Child = () => {",
  `    // ${note}`,
  "    if (count === 1) Promise.resolve().then(() => setCount(2))",
  "    return null",
  "  }",
  "  const Parent = () => {",
  "    useEffect(() => {",
  "      setCount(1)",
  "      // requestAnimationFrame(() => setCount(2))",
  "    }, [setCount])",
  "  }",
  "})",
];
valid.push(
  {
    name: "TS: the test says rAF does not repro",
    change: one("tests/basic.test.tsx", REPRO("rAF does not repro, so schedule update intentionally in render")),
  },
  {
    name: "TS: the test names the call whole",
    change: one("tests/basic.test.tsx", REPRO("requestAnimationFrame is not enough here, because it runs after the commit")),
  },
);
const PY_TEST = (note: string) => [
  "def test_reconnect(client):",
  `    # ${note}`,
  "    client.connect()",
  "    client.drop()",
  "    # assert_true(client.wait_for_reconnect(timeout=5))",
  "    assert client.connected",
];
valid.push({
  name: "Python: the test says why it does not wait",
  change: one("tests/test_client.py", PY_TEST("wait_for_reconnect never returns on CI, so poll instead")),
});
// Session 16: one parked line in a test that is no assertion is too small to raise, reason or not.
valid.push({ name: "TS: a label of the test that gives no reason", change: one("tests/basic.test.tsx", REPRO("schedule update intentionally in render")) });
invalid.push({
  name: "Python: a reason about something else",
  change: one("tests/test_client.py", PY_TEST("the server does not keep sessions, so connect first")),
  findings: [{ messageId: "commentedOutLine", line: 5 }],
});

// ---- 7. a statement of one name the file never uses: a label ----
// morgan 03765069ec: `// parse basic credentials`, then `// return username` over `return credentials ? credentials.name : undefined`.
const TOKEN = (label: string) => [
  "morgan.token('remote-user', function getRemoteUserToken(req) {",
  "  // parse basic credentials",
  "  var credentials = auth(req)",
  "",
  `  ${label}`,
  "  return credentials",
  "    ? credentials.name",
  "    : undefined",
  "})",
];
valid.push(
  { name: "JS: `// return username` names nothing in the file", change: one("index.js", TOKEN("// return username")) },
  {
    name: "Python: `# return total` names nothing in the file",
    change: one("stats.py", ["def size(items):", "    # return total", "    return sum(len(i) for i in items)"]),
  },
);
invalid.push(
  {
    name: "JS: `// return req` names the function's parameter",
    change: one("index.js", TOKEN("// return req")),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
  { name: "JS: `// return null` is a value", change: one("index.js", TOKEN("// return null")), findings: [{ messageId: "commentedOutLine", line: 5 }] },
  {
    name: "Python: `# return cached` where the file has `cached`",
    change: one("stats.py", ["def size(items, cached=None):", "    # return cached", "    return sum(len(i) for i in items)"]),
    findings: [{ messageId: "commentedOutLine", line: 2 }],
  },
);

// ---- 8. a benchmark's report, switched off ----
// slf4j fce926e467 BogoPerf.java: `System.nanoTime()` around the loop, then `// System.out.println(bogoIPS + " bogoIPS");`.
const BOGO = (clock: string) => [
  "public class BogoPerf {",
  "  private static double computeBogoIPS(int n) {",
  `    long begin = ${clock};`,
  "    for (int i = 0; i < n; i++) bogoInstruction();",
  "    double avg = (System.nanoTime() - begin) / (double) n;",
  '    // System.out.println(avg + " nanos per instruction");',
  "    return NANOS_IN_ONE_SECOND / avg;",
  "  }",
  "}",
];
const PY_BENCH = (clock: string) => [
  "def measure(fn, n):",
  `    start = ${clock}`,
  "    for _ in range(n):",
  "        fn()",
  "    elapsed = time.perf_counter() - start",
  '    # print(f"{elapsed / n * 1e9:.0f} ns per call")',
  "    return elapsed / n",
];
const GO_BENCH = [
  "func measure(n int) time.Duration {",
  "	start := time.Now()",
  "	for i := 0; i < n; i++ {",
  "		work()",
  "	}",
  "	d := time.Since(start) / time.Duration(n)",
  '	// fmt.Printf("%v per op\\n", d)',
  "	return d",
  "}",
];
valid.push(
  { name: "Java: a commented report of what the test helper times", change: one("src/test/java/org/slf4j/helpers/BogoPerf.java", BOGO("System.nanoTime()")) },
  { name: "Python: a commented report of a timing helper in tests", change: one("tests/bench_util.py", PY_BENCH("time.perf_counter()")) },
  { name: "Go: a commented report of a timing helper in a test", change: one("pool_test.go", GO_BENCH) },
);
invalid.push({
  name: "Java: the same print in production code",
  change: one("src/main/java/org/slf4j/helpers/BogoPerf.java", BOGO("System.nanoTime()")),
  findings: [{ messageId: "commentedOutPrint", line: 6 }],
});
// Session 16: in test code one commented line is too small to raise whatever it is, unless it is a test's assertion.
valid.push(
  {
    name: "Python: a test helper that measures nothing",
    change: one("tests/bench_util.py", [...PY_BENCH("0").slice(0, 4), "    elapsed = n", ...PY_BENCH("0").slice(5)]),
  },
  {
    name: "Go: a commented call of real logic beside the clock",
    change: one("pool_test.go", [...GO_BENCH.slice(0, 6), "	// pool.Reset()", ...GO_BENCH.slice(7)]),
  },
);

// ---- 9. a reason over the setup line it brings in, naming the code under it ----
// jotai e7749470e9: "// Avoid using fake timers for now: https://github.com/pmndrs/jotai/issues/1498", then
// `const FAKE_TIMEOUT = 50`, then the commented-out `jest.useFakeTimers()` hooks (whatever the title says).
const TIMERS = (reason: string, gap: string[] = []) => [reason, ...gap, "const FAKE_TIMEOUT = 50", ...HOOKS.slice(1)];
const PY_CACHE = (reason: string) => [reason, "CACHE_SIZE = 0", "# slow_cache.warm(keys)", "def test_lookup():", "    assert lookup(1)"];
valid.push(
  {
    name: "TS: the reason and its issue over the setup line",
    change: one("tests/observable.test.tsx", TIMERS("// Avoid using fake timers for now: https://github.com/pmndrs/jotai/issues/1498")),
  },
  {
    name: "Python: the reason over the setup line names the cache",
    change: one("tests/test_cache.py", PY_CACHE("# The slow cache hangs on CI (https://github.com/o/r/issues/12)")),
  },
);
invalid.push(
  {
    name: "TS: a blank line between the reason and the setup",
    change: one("tests/observable.test.tsx", TIMERS("// Avoid using fake timers for now: https://github.com/pmndrs/jotai/issues/1498", [""])),
    findings: [{ messageId: "commentedOut", line: 4, data: { count: 3 } }],
  },
  {
    name: "TS: a label with no reason",
    change: one("tests/observable.test.tsx", TIMERS("// Fake timers setup")),
    findings: [{ messageId: "commentedOut", line: 3, data: { count: 3 } }],
  },
  {
    // mail 9213fd39e2 (judged agree, set 13): the doc comment of `parse_message` over the parked lines of its body.
    name: "Ruby: a function's doc comment is no reason for code in its body",
    change: one("lib/mail/message.rb", [
      "    # Additionally, I allow for the case where someone might have put whitespace on the header gap line,",
      "    # because the header is parsed for now",
      "    def parse_message",
      "      header_part, body_part = raw_source.split(GAP, 2)",
      "#      self.header = (index) ? header_part[0,index] : nil",
      "      self.header = header_part",
      "    end",
    ]),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
  {
    // fsnotify 24f7c1a98e (judged agree, set 15): the sentence over the sleep shares words with the parked
    // assertion's message, not with any name the parked code calls.
    name: "Go: words of the parked code's string are not names it calls",
    change: one("fsnotify_test.go", [
      "func TestDirOnly(t *testing.T) {",
      "\t// We expect this event to be received almost immediately, but let's wait 500 ms to be sure",
      "\ttime.Sleep(500e6) // 500 ms",
      "//\tif createReceived == 0 {",
      '//\t\tt.Fatal("fsnotify create events have not been received after 500 ms")',
      "//\t}",
      "}",
    ]),
    findings: [{ messageId: "commentedOut", line: 4, data: { count: 3 } }],
  },
  {
    name: "Python: a reason about something the code does not call",
    change: one("lib/cache_setup.py", PY_CACHE("# The index server hangs on CI (https://github.com/o/r/issues/12)")),
    findings: [{ messageId: "commentedOutLine", line: 3 }],
  },
);

// ---- 10. a playground `main` that prints samples ----
// mordant 7007f8c095 (set 12): the scratch `fun main` at the end of `main.kt` prints a nesting sample, and the change
// comments out the previous samples.
const KT_MAIN = (commented: string[]) => [
  "fun main(args: Array<String>) {",
  "    val t = TermColors()",
  "    with(t) {",
  ...commented,
  '        println((white on green)("outer with ${(black on gray)("inner")}"))',
  "    }",
  "}",
];
const GO_MAIN = (commented: string) => ["func main() {", "	c := color.New()", `	${commented}`, '	fmt.Println(c.Red("nested"))', "}"];
valid.push(
  {
    name: "Kotlin: earlier samples of a printing playground main",
    change: one(
      "src/main/kotlin/termcolors/main.kt",
      KT_MAIN(['//        println(red("wow"))', "//        for (i in 0..100) {", '//            print(gray(i * 0.01).bg(" "))', "//        }"]),
    ),
  },
  { name: "Go: an earlier sample of a printing main", change: one("cmd/colors/main.go", GO_MAIN('// fmt.Println(c.Blue("plain"))')) },
);
invalid.push(
  {
    name: "Kotlin: commented code that prints nothing",
    change: one("src/main/kotlin/termcolors/main.kt", KT_MAIN(["//        t.reset()"])),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
  {
    name: "Go: a main that prints nothing live",
    change: one("cmd/server/main.go", ["func main() {", "	srv := server.New()", '	// fmt.Println("starting")', "	srv.Run()", "}"]),
    findings: [{ messageId: "commentedOutPrint", line: 3 }],
  },
);

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });

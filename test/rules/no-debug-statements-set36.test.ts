import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 36 (#11): output judged *wrong* as a leftover, each beside the leftover it must still be told from.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

// kotlinx-cli fc436445c3: `--help` prints the usage, then exits. Kotlin spells the exit `exitProcess`, Rust `process::exit`.
const HELP = [
  "class ArgParser {",
  "    fun parse(args: Array<String>) {",
  "        for (arg in args) {",
  '            if (arg == "--help") {',
  "                println(makeUsage())",
  "                exitProcess(0)",
  "            }",
  "            save(arg)",
  "        }",
  "    }",
  "}",
];
const RUST_EXIT = [
  "pub fn run(args: &[String]) {",
  "    if args.is_empty() {",
  '        println!("{}", usage());',
  "        std::process::exit(2);",
  "    }",
  "}",
];

// concurrently e99e6f4545: a test helper relays each line the child writes to stderr, to show why a run failed.
const RELAY = [
  "function run(cmd, opts) {",
  "    const child = spawn(cmd, { shell: true });",
  "    readLines(child, opts.onOutputLine, 'stdout');",
  "    readLines(child, (l) => { console.log(l); }, 'stderr');",
  "    return child;",
  "}",
];

// pipx 8b7e35f9f9: a command module of a command-line program answers with print.
const PURGE = [
  "def print_cache_dir(venv_container):",
  "    print(venv_container)",
  "    return EXIT_CODE_OK",
  "",
  "def purge_cache(venv_container):",
  "    removed = 0",
  "    for venv_dir in venv_container.iter_venv_dirs():",
  "        rmdir(venv_dir)",
  "        removed += 1",
  '    print(f"Removed {removed} cached environments.")',
  "    return EXIT_CODE_OK",
];
const DUMPED = PURGE.map((l) => l.replace('f"Removed {removed} cached environments."', "venv_dir, removed"));
// jqwik 3f1693ead7: an experiments folder's property prints the values it is given, for whoever runs it by hand.
const EXPERIMENT = [
  "class KotlinExperiments {",
  "    @Property",
  "    fun `filter arbitraries`(@ForAll tuple: Tuple2<Int, Int>) {",
  "        println(tuple)",
  "    }",
  "}",
];

testRule("no-debug-statements", {
  valid: [
    { name: "Kotlin: the usage printed, then exitProcess (kotlinx-cli fc436445c3)", change: one("core/commonMain/src/ArgParser.kt", HELP) },
    { name: "Rust: the usage printed, then std::process::exit", change: one("src/run.rs", RUST_EXIT) },
    { name: "JavaScript: a stderr reader's callback relays each line (concurrently e99e6f4545)", change: one("test/utils.js", RELAY) },
    { name: "Python: a command module's answer (pipx 8b7e35f9f9)", change: one("src/pipx/commands/cache.py", PURGE) },
    { name: "Python: a command module's values printed", change: one("src/pipx/commands/cache.py", DUMPED) },
    { name: "Go: a command module's answer", change: one("commands/server.go", ["package commands", "", "func serve() {", '\tfmt.Println("Listening")', "}"]) },
    { name: "Kotlin: an experiments folder (jqwik 3f1693ead7)", change: one("kotlin/src/main/kotlin/experiments/KotlinExperiments.kt", EXPERIMENT) },
  ],
  invalid: [
    {
      name: "Kotlin: a value printed on its way to saving it, no exit after",
      change: one("core/commonMain/src/ArgParser.kt", [...HELP.slice(0, 7), "            println(arg)", ...HELP.slice(7)]),
      findings: [{ messageId: "debug", line: 8 }],
    },
    {
      name: "JavaScript: a stderr reader's callback that prints something else than the line it is handed",
      change: one("test/utils.js", [...RELAY.slice(0, 3), "    readLines(child, (l) => { console.log(opts); }, 'stderr');", ...RELAY.slice(4)]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "Python: the same print in the package's own module, not a command's",
      change: one("src/pipx/cache.py", DUMPED),
      findings: [{ messageId: "debug", line: 10 }],
    },
    {
      name: "TypeScript: an editor extension's commands folder is no command-line program's",
      change: one("src/commands/format.ts", ["export function format(doc: Doc) {", "  console.log(doc);", "  return doc.text;", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
  ],
});

// Set 37 (#11): spring-shell's fixture command, annotated (`@Command void hi() { System.out.println("Hello world!"); }`,
// judged *wrong* ×3: the tests only check which beans are set up); invoke's `integration/_support/` tasks its tests run.
const FIXTURE = [
  "class NonInteractiveShellAutoConfigurationTests {",
  "    @Test",
  "    void runsNonInteractively() {",
  "        assertThat(context).hasSingleBean(ShellRunner.class);",
  "    }",
  "",
  "    static class App {",
  "        @Command",
  "        public void hi() {",
  '            System.out.println("Hello world!");',
  "        }",
  "    }",
  "}",
];
const TEST = "spring-shell-core-autoconfigure/src/test/java/org/springframework/shell/NonInteractiveShellAutoConfigurationTests.java";

testRule("no-debug-statements", {
  valid: [
    { name: "Java: an annotated fixture method whose whole body prints (spring-shell 643c635f05)", change: one(TEST, FIXTURE) },
    {
      name: "Python: a task in a `_support/` folder that an integration test runs (invoke 849cb23ecf)",
      change: one("integration/_support/parsing.py", [
        "@task",
        "def use_remainder(c, known, optional=False):",
        '    print(f"{known=}, {optional=}, remainder={c.remainder!r}")',
      ]),
    },
  ],
  invalid: [
    {
      name: "Java: the same print in a method that goes on after it",
      change: one(TEST, [...FIXTURE.slice(0, 10), "            run();", ...FIXTURE.slice(10)]),
      findings: [{ messageId: "debug", line: 10 }],
    },
    {
      name: "Java: a value printed among a test's own lines",
      change: one(TEST, [...FIXTURE.slice(0, 3), "        System.out.println(context);", ...FIXTURE.slice(3)]),
      findings: [{ messageId: "debug", line: 4 }],
    },
  ],
});

// Set 38 (#11): sade, a command-line framework, answers `--help` and `--version` with console.log (judged *wrong* twice);
// typeprof's `scenario/` programs are what its analyser reads in tests, never run.
const SADE = [
  "class Sade {",
  "  parse(arr) {",
  "    const argv = mri(arr.slice(2));",
  "    if (argv.help) {",
  "      const txt = require('./help')(argv._.length > 0 && this.name);",
  "      return console.log(txt);",
  "    }",
  "    return argv;",
  "  }",
  "  _version() {",
  "    console.log(`${this.bin}, ${this.ver}`);",
  "  }",
  "}",
];

testRule("no-debug-statements", {
  valid: [
    { name: "JavaScript: the help text under `if (argv.help)`, and a `_version()` method's line (sade)", change: one("index.js", SADE) },
    {
      name: "Ruby: a program in typeprof's top-level scenario/",
      change: one("scenario/definitions/definition.rb", ["module Animal", "  class Cat", "    def call", '      puts "meow"', "    end", "  end", "end"]),
    },
  ],
  invalid: [
    {
      name: "JavaScript: a value printed under another flag, and by a method only named for versions",
      change: one("index.js", [
        ...SADE.slice(0, 3),
        "    if (argv.strict) {",
        "      console.log(argv);",
        "    }",
        "    return argv;",
        "  }",
        "  checkVersion() {",
        "    console.log(this.ver);",
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debugMany", line: 5 }],
    },
    {
      name: "Ruby: the same program in a library's own scenarios folder",
      change: one("lib/zoo/scenario/definition.rb", ["module Animal", "  def self.call(cat)", "    pp cat", "  end", "end"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
  ],
});

// Set 40 (#11). SKIE b51dc06452: a build script with a template placeholder that
// tree-sitter-kotlin cannot read (`@targets@`), after which it lost the comments; its commented-out dumps were said as leftovers.
const BUILD = [
  "plugins {",
  '    id("skie.runtime")',
  "}",
  "",
  "kotlin {",
  "    jvmToolchain(17)",
  "",
  "    @targets@",
  "",
  "//     jvm()",
  "//     js {",
  "//     }",
  "}",
  "",
  "// afterEvaluate {",
  '//     println("Components:")',
  "//     components.forEach {",
  '//         println("\\t${it.name}")',
  "//     }",
  "// }",
];
// ConsoleAppFramework 815cad8c25: the test captures the console and asserts on it; the print is the code under test.
const CAPTURED = (assertion: string) => [
  "public class SingleCommandTest",
  "{",
  "    [Fact]",
  "    public void IntArguments()",
  "    {",
  "        using var console = new CaptureConsoleOutput();",
  "        var args = \"--foo 1,2,3\".Split(' ');",
  "        ConsoleApp.RunAsync(args, (string[] foo) =>",
  "        {",
  "            foreach (var item in foo)",
  "            {",
  "                Console.WriteLine(item);",
  "            }",
  "        });",
  `        ${assertion}`,
  "    }",
  "}",
];
const CS_TEST = "tests/ConsoleAppFramework.Tests/Integration/SingleCommandTest.cs";

testRule("no-debug-statements", {
  valid: [
    {
      name: "Kotlin: commented-out prints below a construct the parser could not read (SKIE b51dc06452)",
      change: one("configuration/impl/configure.main.kts", BUILD),
    },
    {
      name: "C#: a print in a test that captures the console and asserts on it (ConsoleAppFramework 815cad8c25)",
      change: one(CS_TEST, CAPTURED('console.Output.Should().Be("1\\n2\\n3\\n");')),
    },
    {
      name: "JavaScript: a guide's runnable example (enquirer 5f731323db)",
      change: one("guide/lib/prompts/form/getting-started.js", ["prompt.run()", "  .then(answers => console.log(answers))", "  .catch(console.error);"]),
    },
  ],
  invalid: [
    {
      // (A Kotlin script that is no Gradle build script: Gradle's are allow_output_in since set 42.)
      name: "Kotlin: the same script's live print",
      change: one("configuration/impl/configure.main.kts", [...BUILD.slice(0, 13), "println(components.map { it.name })"]),
      findings: [{ messageId: "debug", line: 14 }],
    },
    {
      name: "C#: the same print when the test asserts nothing on what it captured",
      change: one(CS_TEST, CAPTURED("Assert.True(true);")),
      findings: [{ messageId: "debug", line: 12 }],
    },
  ],
});

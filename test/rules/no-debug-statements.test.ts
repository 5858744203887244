import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
/** A modified file: `added` lines at `at`, with the whole file at head (and other files) in the lookups. */
const modified = (path: string, text: string[], at: number, added: number, others: Record<string, string> = {}) => ({
  change: change([addedFile(path, text.slice(at - 1, at - 1 + added), at, { status: "modified" })]),
  lookups: { issues: new Map(), fileContents: new Map([[path, text.join("\n")], ...Object.entries(others)]) },
});

// Dapper 9fbba78da0: a test setup's environment banner, at head and at base.
const BANNER = [
  "static TestBase()",
  "{",
  '    Console.WriteLine("Dapper: " + typeof(SqlMapper).AssemblyQualifiedName);',
  "    var provider = DatabaseProvider<TProvider>.Instance;",
  '    Console.WriteLine("Using Connectionstring: {0}", provider.GetConnectionString());',
  "    var factory = provider.Factory;",
  '    Console.WriteLine("Using Provider: {0}", factory.GetType().FullName);',
  '    Console.WriteLine("CoreCLR (netcoreapp1.0)");',
  "}",
];
const BANNER_BASE = [BANNER[0], BANNER[1], BANNER[2], '    Console.WriteLine("Using Connectionstring: {0}", ConnectionString);', BANNER[7], BANNER[8]];

const COPIED = ["public class T {", "  public void A() {", "    var content = Get();", "    Console.WriteLine(content);", "  }", "}"];

testRuleBeforeCalibration("no-debug-statements", {
  valid: [
    // Round 2 of session 7 (#11): deliberate output the set-5 judges named.
    {
      // commons-lang 1c05980f3d: a note on why a test's assumption skips it, then the assumption.
      name: "Java: a print that explains the assumption right after it",
      change: one("src/test/java/org/a/LocaleProblems.java", [
        "static void assumeLocaleSupported(Locale locale, Exception e) {",
        "    if (!supported) {",
        '        System.out.printf("Failing test assumption for locale %s.%n", locale);',
        "        if (e != null) {",
        '            System.out.printf("\\t%s%n", e);',
        "        }",
        "    }",
        "    assumeTrue(supported);",
        "}",
      ]),
    },
    {
      name: "Go: a print before t.Skip",
      change: one("a_test.go", [
        "package a",
        "func TestA(t *testing.T) {",
        "\tif err != errNoDB {",
        "\t\tfmt.Println(err)",
        "\t}",
        '\tt.Skip("no database")',
        "}",
      ]),
    },
    {
      // rake 50f22491d0: a fixture's print is the output the test captures with capture_io and asserts.
      name: "Ruby: a fixed text printed by a fixture of a test that captures stdout",
      change: one("test/test_rake_dsl.rb", [
        "class TestRakeDsl < Rake::TestCase",
        "  class Foo",
        "    def initialize",
        "      task :a => :b do",
        '        print "a"',
        "      end",
        "    end",
        "  end",
        "  def test_deprecated_object_dsl",
        "    out, err = capture_io do",
        "      Foo.new",
        "    end",
        '    assert_equal("ba", out)',
        "  end",
        "end",
      ]),
    },
    {
      name: "Python: a fixed text printed by a helper of a test that uses capsys",
      change: one("tests/test_cli.py", [
        "def greet():",
        '    print("hello")',
        "def test_greet(capsys):",
        "    greet()",
        '    assert capsys.readouterr().out == "hello\\n"',
      ]),
    },
    {
      // Dapper 0a8fcd9806: a benchmark runner prints its results; Dapper.Tests.Performance is a perf project.
      name: "C#: a benchmark runner in a *.Performance project",
      change: one("Dapper.Tests.Performance/LegacyTests.cs", ["class Tests {", "  void Run() {", "    Console.Write(ms);", "  }", "}"]),
    },
    { name: "Rust: a *_bench file prints its results", change: one("src/parse_bench.rs", ["fn main() {", '    println!("{}", elapsed);', "}"]) },
    { name: "JS: a perf-testing script prints its report", change: one("perf-testing/read-profile.js", ["console.log(version, total)"]) },
    {
      // leakcanary d650eff225: an anonymous Logger that sends the library's logs to stdout, in a test.
      name: "Kotlin: println in an object implementing Logger",
      change: one("shark-android/src/test/java/shark/LegacyHprofTest.kt", [
        "class LegacyHprofTest {",
        "  private fun analyzeHprof(hprofFile: File) {",
        "    SharkLog.logger = object : Logger {",
        "      override fun d(message: String) {",
        "        println(message)",
        "      }",
        "    }",
        "  }",
        "}",
      ]),
    },
    {
      name: "C#: Console.WriteLine in a class implementing ILogger",
      change: one("tests/Helpers/TestOutput.cs", [
        "public class TestOutput : ILogger",
        "{",
        "    public void Log(string text)",
        "    {",
        "        Console.WriteLine(text);",
        "    }",
        "}",
      ]),
    },
    {
      // Dapper 60b7807260: extends the test setup's "Loading native assemblies...(from: x)...done." progress message.
      name: "C#: a progress message that ends in '...'",
      change: one("Dapper.Tests/Helpers/SqlServerTypesLoader.cs", [
        "if (!loaded)",
        "{",
        '    Console.Write("(from: " + nativeBinaryPath + ")...");',
        "    Load(nativeBinaryPath);",
        "}",
      ]),
    },
    {
      // Dapper a4bb66de59: "failed." in a catch whose brace sits on its own line, next to Console.Error.
      name: "C#: a print in a catch block with Allman braces",
      change: one("Dapper.Tests/Tests.cs", [
        "static TestSuite()",
        "{",
        '    Console.Write("Loading native assemblies...");',
        "    try {",
        "        Load();",
        '        Console.WriteLine("done.");',
        "    } catch(Exception ex)",
        "    {",
        '        Console.WriteLine("failed.");',
        "        Console.Error.WriteLine(ex.Message);",
        "    }",
        "}",
      ]),
    },
    {
      name: "Python: 'done.' that closes a progress message",
      change: one("tests/conftest.py", ["def setup_db():", '    print("Creating the test database...", end="")', "    create()", '    print("done.")']),
    },
    {
      // Dapper 9fbba78da0: the setup's environment banner; one line's argument edited, one line added.
      name: "C#: a test setup's banner gains a line and an edited argument",
      change: change([addedFile("Dapper.Tests/TestBase.cs", BANNER.slice(3, 7), 4)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["Dapper.Tests/TestBase.cs", BANNER.join("\n")]]),
        baseContents: new Map([["Dapper.Tests/TestBase.cs", BANNER_BASE.join("\n")]]),
      },
    },
    // Round 2 of set 3 (#11): deliberate output the judges named.
    {
      // tracing 049ad730c1: a release build's warning, compiled in only where debug builds panic instead.
      name: "Rust: eprintln! under #[cfg(not(debug_assertions))]",
      change: one("src/fmt/layer.rs", [
        "fn with_ansi() {",
        "    #[cfg(debug_assertions)]",
        '    panic!("{}", ERROR);',
        "    #[cfg(not(debug_assertions))]",
        '    eprintln!("{}", ERROR);',
        "}",
      ]),
    },
    {
      // tracing a14ff8dcd0: the filter warns the user about levels compiled out; the message is built as "warning: …" above.
      name: "Rust: eprintln! of a message assembled from a 'warning:' label",
      change: one("src/filter/env/mod.rs", ["let warn = |msg: &str| {", '    let msg = format!("warning: {}", msg);', '    eprintln!("{}", msg);', "};"]),
    },
    {
      // tracing 084d0971bb: dbg! inside assert_eq! shows the checked value when the assertion fails.
      name: "Rust: dbg! as the value an assert_eq! checks",
      change: one("src/layer/tests.rs", ["#[test]", "fn hint() {", "    assert_eq!(dbg!(subscriber).max_level_hint(), None);", "}"]),
    },
    {
      // tracing 084d0971bb: the layer tests dbg! the subscriber they assert on, again and again: a habit, the binding ones included.
      name: "Rust: dbg! in a file whose assertions dbg! their values time and again",
      change: one("src/layer/tests.rs", [
        "fn a() { assert_eq!(dbg!(s).hint(), None); }",
        "fn b() { assert_eq!(dbg!(s).hint(), None); }",
        "fn c() { assert_eq!(dbg!(s).hint(), None); }",
        "fn d() {",
        "    let s = dbg!(registry().with(layer));",
        "    assert!(s.ok());",
        "}",
      ]),
    },
    {
      // tracing 7dda7f5e90: the println! and its if/else are the repro of a lint bug, under a note that says so.
      name: "Rust: println! in a function that reproduces a bug, per the note over it",
      change: one("tracing-attributes/tests/async_fn.rs", [
        "// Reproduces https://github.com/tokio-rs/tracing/issues/1613",
        "#[instrument]",
        "#[rustfmt::skip]",
        "async fn case_1613(var: bool) {",
        "    println!(",
        '        "{}",',
        '        if var { "true" } else { "false" }',
        "    );",
        "}",
      ]),
    },
    {
      // koin sample-compose: a sample app prints its lifecycle on purpose.
      name: "Kotlin: println in a sample app folder (sample-compose/)",
      change: one("compose/sample-compose/src/main/java/org/koin/sample/MyScoped.kt", [
        "class MyScoped {",
        "    init {",
        "        println(\"$this created '$id'\")",
        "    }",
        "}",
      ]),
    },
    {
      // koin 5e902be3c3: a helper whose contract is to print its message with the timing.
      name: "Kotlin: a short helper that prints its `message: String` parameter",
      change: one("core/src/main/kotlin/org/koin/core/time/Measure.kt", [
        "@UseExperimental(ExperimentalTime::class)",
        "fun measureDuration(message: String, code: () -> Unit) {",
        "    val time = measureDuration(code)",
        '    println("$message - $time ms")',
        "}",
      ]),
    },
    {
      // koin e43405008d: Verification.kt is split out of VerifyModule.kt, which the change edits: its trace prints are not new.
      name: "Kotlin: a print moved into a new file from the file beside it that the change edits",
      change: change([
        addedFile(
          "core/koin-test/src/jvmMain/kotlin/org/koin/test/verify/Verification.kt",
          ["fun verify(d: Def) {", '    println("|-> $beanDefinition")', '    println("| bound types : $types")', "    println(\"|- '$ctorParamClass'\")", "}"],
          1,
          {
            status: "added",
          },
        ),
        addedFile("core/koin-test/src/jvmMain/kotlin/org/koin/test/verify/VerifyModule.kt", ["// split"], 3, { status: "modified" }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([
          [
            "core/koin-test/src/jvmMain/kotlin/org/koin/test/verify/VerifyModule.kt",
            'fun verify() {\n    println("|-> $beanDefinition")\n    println("| bound types : $allTypes")\n}\n',
          ],
        ]),
      },
    },
    // Only unmistakable leftovers are said (#11): a print that talks to a reader, is switched on, captured or reports a failure is output.
    {
      // axios 2579728384: the sandbox's server logs each request; that is its output.
      name: "JS: the access log of a dev server that listens",
      change: one("sandbox/index.js", [
        "var server = http.createServer(function (req, res) {",
        "  var pathname = url.parse(req.url, true).pathname;",
        "  console.log('[' + new Date() + ']', req.method, pathname);",
        "});",
        "server.listen(3000);",
      ]),
    },
    {
      // axios a3ff99b59d: a labelled diagnostic of a test helper server, next to its console.warn.
      name: "JS: a labelled 'Server warning:' diagnostic in a test helper server",
      change: one("test/helpers/server.js", [
        "function start() {",
        "  stream.pipeline(streams, (err) => {",
        "    err && console.log('Server warning: ' + err.message)",
        "  });",
        "}",
      ]),
    },
    {
      // axios bdf493cf8b: test/typescript/axios.ts is only type-checked; console.log consumes the typed values.
      name: "TS: a type test under test/typescript/ uses console.log to consume typed values",
      change: one("test/typescript/axios.ts", ["axios.get('/user').then((response: AxiosResponse) => {", "  console.log(response.data);", "});"]),
    },
    {
      // axios 6486929f: a typings package that only runs `tsc --noEmit`.
      name: "TS: a typings test nested under test/ (test/module/typings/esm/index.ts)",
      change: one("test/module/typings/esm/index.ts", ["for (const [header, value] of headers) {", "  console.log(header, value);", "}"]),
    },
    { name: "TS: a tsd type test (*.test-d.ts)", change: one("source/index.test-d.ts", ["const result = await ky.get('x').json();", "console.log(result);"]) },
    {
      // flysystem ba611d59df: index_sftp.php tinkers with the adapter; the file, not its lines, is the question.
      name: "PHP: a scratch script at the repository root that dumps what it does",
      change: one("index_sftp.php", [
        "<?php",
        "include __DIR__ . '/vendor/autoload.php';",
        "$filesystem = new Filesystem(new SftpFilesystem($provider));",
        "var_dump($filesystem->fileExists('path.txt'));",
        "var_dump($filesystem->read('path.txt'));",
      ]),
    },
    { name: "Java: printStackTrace() in a catch reports the error", change: one("src/main/java/A.java", ["} catch (IOException e) { e.printStackTrace(); }"]) },
    {
      name: "JS: console.log under `if (that.log)` in a test server",
      change: one("tests/server.js", ["function h(req) {", "  if (that.log) {", "    console.log('returning garbage')", "  }", "}"]),
    },
    { name: "Python: print under `if verbose:`", change: one("pkg/sync.py", ["def run(items, verbose=False):", "    if verbose:", "        print(items)"]) },
    { name: "Ruby: puts under `if debug`", change: one("lib/a.rb", ["def f(x)", "  if @debug", "    p x", "  end", "end"]) },
    { name: "JS: `verbose && console.log(x)`", change: one("src/a.js", ["verbose && console.log(state);"]) },
    {
      name: "Go: the flag error printed before help and return in a CLI library",
      change: one("app.go", [
        "func (a *App) Run() error {",
        "	if nerr != nil {",
        "		fmt.Println(nerr)",
        '		fmt.Println("")',
        "		ShowAppHelp(c)",
        "		return nerr",
        "	}",
        "}",
      ]),
    },
    {
      name: "Go: help text, a sentence for the user",
      change: one("help.go", ["func help() {", '	fmt.Printf("The most commonly used %v commands are:\n", Name)', "}"]),
    },
    { name: "Python: print then sys.exit", change: one("pkg/config.py", ["def load(p):", "    print(p)", "    sys.exit(2)"]) },
    {
      name: "PHP: var_dump captured with ob_start",
      change: one("src/Utils.php", [
        "<?php",
        "function describe($x) {",
        "    \\ob_start();",
        "    \\var_dump($x);",
        "    return \\rtrim(\\ob_get_clean());",
        "}",
      ]),
    },
    {
      name: "Python: print inside redirect_stdout",
      change: one("pkg/a.py", ["def render(x):", "    with redirect_stdout(buf):", "        print(x)", "    return buf.getvalue()"]),
    },
    {
      name: "Python: a comment above explains the print",
      change: one("tests/test_db.py", ["def setUpModule():", "    # Emit the database configuration for CI visibility", "    print(database_url)"]),
    },
    { name: "Python: a sentence with a value", change: one("tests/test_db.py", ['    print(f"\\n[InstallationStore/SQLAlchemy] Database: {database_url}")']) },
    { name: "JS: a sentence for the reader", change: one("src/a.ts", ['console.log("Server is listening on port", port);']) },
    { name: "Rust: a sentence for the reader", change: one("src/lib.rs", ['    println!("invalid filter, ignoring it: {}", e);']) },
    { name: "Java: a sentence for the reader", change: one("src/main/java/A.java", ['System.out.println("Could not load the file " + f);']) },
    { name: "a print with no argument writes a blank line", change: one("src/a.py", ["def f():", "    print()"]) },

    { name: "JS: console.log inside a string", change: one("src/a.ts", ['const help = "call console.log(x) to debug";']) },
    { name: "JS: console.log in a comment", change: one("src/a.js", ["// console.log(value)", "/* debugger; */"]) },
    { name: "JS: a logger, not console", change: one("src/a.ts", ["logger.log('ready');", "myconsole.log(1);"]) },
    { name: "JS: console.log in a CLI", change: one("src/cli/main.ts", ["console.log(result);"]) },
    { name: "JS: console.error is an intended error path", change: one("src/a.ts", ["console.error(err);"]) },
    { name: "Python: print in a script", change: one("scripts/migrate.py", ["print('done')"]) },
    { name: "Python: print in a string and a method named print", change: one("app/a.py", ['msg = "print(x)"', "doc.print()", "# print(x)"]) },
    { name: "Java: a logger", change: one("src/main/java/A.java", ['log.info("x");']) },
    { name: "Rust: dbg in a comment", change: one("src/lib.rs", ["// dbg!(x)"]) },
    { name: "PHP: a method called dump", change: one("src/A.php", ["$this->dump($x);", "$obj->var_dump();"]) },
    { name: "Ruby: a string mentioning binding.pry", change: one("lib/a.rb", ["raise 'binding.pry'"]) },
    { name: "Python: print in a docstring", change: one("app/a.py", ["def f():", '    """Call it like:', "", "    print(f())", '    """']) },
    { name: "JS: console.log on a later line of a template literal", change: one("src/a.ts", ["const help = `", "  console.log(x);", "`;"]) },
    { name: "Ruby: binding.pry in a heredoc", change: one("lib/a.rb", ["DOC = <<~EOS", "  binding.pry", "EOS"]) },
    { name: "Java: System.out.println in a text block", change: one("A.java", ['String s = """', "  System.out.println(x);", '  """;']) },
    { name: "Kotlin: System.out in a block comment", change: one("A.kt", ["/*", "System.out.println(x)", "*/"]) },
    { name: "PHP: var_dump in a comment", change: one("src/A.php", ["<?php", "// var_dump($x);", "# dd($y);"]) },
    {
      name: "an added line inside a template literal that the change did not open (whole file parsed)",
      change: change([addedFile("src/a.ts", ["  console.log(x);"], 2)]),
      lookups: { issues: new Map(), fileContents: new Map([["src/a.ts", ["const s = `", "  console.log(x);", "`;"].join("\n")]]) },
    },
    { name: "Markdown is not code", change: one("README.md", ["console.log(x)"]) },
    // Entry points and CLIs (#11)
    {
      name: "Python: a docs_src tutorial's print is the documented output",
      change: one("docs_src/arguments/help/tutorial004_an.py", ["def main(name: str):", '    print(f"Hello {name}")']),
    },
    {
      name: "Python: a test fixture CLI (tests/assets/) prints what the test checks",
      change: one("tests/assets/cli/sample.py", ["def main(name: str):", "    print(name)"]),
    },
    {
      name: "Python: a module whose __main__ block runs its own app object (`app()`)",
      change: one("tests/test_completion/completion_option_then_argument.py", [
        "import typer",
        "app = typer.Typer()",
        "@app.command()",
        "def main(name: str, target: str):",
        "    print(name, target)  # pragma: no cover",
        "",
        'if __name__ == "__main__":',
        "    app()",
      ]),
    },
    {
      name: "Python: a module whose __main__ block passes its own function (`typer.run(main)`)",
      change: one("pkg/hello.py", ["import typer", "def main(name: str):", "    print(name)", "", 'if __name__ == "__main__":', "    typer.run(main)"]),
    },
    {
      name: "Python: a test's inline CLI command prints its output for the runner to check",
      change: one("tests/test_others.py", [
        "def test_callback():",
        "    app = typer.Typer()",
        "",
        "    @app.command()",
        "    def cmd(value: int):",
        "        print(value)",
        "",
        "    result = runner.invoke(app, ['2'])",
      ]),
    },
    {
      // RestSharp ab591f2c: a test project duplicated under a new folder name.
      name: "C#: a new file that is a copy of a file at base (a duplicated project folder)",
      change: change([
        addedFile("Tests1/MultipartFormDataTests.cs", COPIED, 1, { status: "added" }),
        addedFile("Tests/Helpers/Server.cs", ["x"], 3, { status: "modified" }),
      ]),
      lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["Tests/MultipartFormDataTests.cs", COPIED.join("\r\n")]]) },
    },
    {
      name: "C#: a new file in a folder copied under a suffixed name, judged on its own",
      change: change([addedFile("RestSharp.IntegrationTests1/MultipartFormDataTests.cs", COPIED, 1, { status: "added" })]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["RestSharp.IntegrationTests/MultipartFormDataTests.cs", COPIED.join("\n")]]),
      },
    },
    { name: "JS: a root dist/ bundle is built output", change: one("dist/axios.js", ["  console.log(config);"]) },
    { name: "JS: a root build/ AMD bundle is built output", change: one("build/lib.amd.js", ["  console.log(config);"]) },
    { name: "Python: print inside the __main__ block", change: one("pkg/tool.py", ["import sys", "", 'if __name__ == "__main__":', "    print(sys.argv)"]) },
    {
      name: "Python: a module whose __main__ block calls its own main() (python -m requests.help)",
      ...modified(
        "requests/help.py",
        [
          "import json",
          "def info():",
          "    return {}",
          "def main():",
          "    print(json.dumps(info(), indent=2))",
          "",
          "if __name__ == '__main__':",
          "    main()",
        ],
        5,
        1,
      ),
    },
    { name: "Python: def print is a declaration", change: one("pkg/a.py", ["def print(self, x):", "    return x"]) },
    { name: "Python: print in __main__.py", change: one("pkg/__main__.py", ["print(1)"]) },
    {
      name: "Go: fmt.Println in package main",
      ...modified("tool/main.go", ["package main", "", 'import "fmt"', "func run() {", "\tfmt.Println(1)", "}"], 5, 1),
    },
    { name: "Go: fmt.Println in cmd/", change: one("cmd/app/run.go", ["package app", "func f() { fmt.Println(1) }"]) },
    {
      name: "Go: an Example test prints its output",
      change: one("a_test.go", ["package a", "func ExampleRun() {", "\tfmt.Println(Run())", "\t// Output: 1", "}"]),
    },
    { name: "Go: fmt.Fprintln to a writer", change: one("a.go", ["package a", "func f(w io.Writer) { fmt.Fprintln(w, 1) }"]) },
    {
      name: "Go: func println is a declaration",
      change: one("a.go", ["package a", "func println(x int) {}", "func (p *P) println(x int) {}", "func f() { print(1) }"]),
    },
    { name: "Rust: println! in src/main.rs", change: one("src/main.rs", ['fn run() { println!("{}", 1); }']) },
    { name: "Rust: println! in src/bin/", change: one("src/bin/tool.rs", ['fn run() { println!("{}", 1); }']) },
    { name: "Rust: cargo directives in build.rs", change: one("build.rs", ['fn main() { println!("cargo:rerun-if-changed=x"); }']) },
    {
      name: "Rust: eprintln! in a module of a binary crate (main.rs at its root, no lib.rs)",
      ...modified("crates/core/messages.rs", ["fn warn() {", '    eprintln!("warning");', "}"], 2, 1, { "crates/core/main.rs": "mod messages;" }),
    },
    { name: "Ruby: puts in bin/", change: one("bin/tool.rb", ["puts 'hi'"]) },
    { name: "Ruby: puts in a gem executable (exe/)", change: one("exe/tool.rb", ["puts 'hi'"]) },
    { name: "Ruby: puts in a rake task", change: one("lib/tasks/db.rake", ["task :x do", "  puts 'done'", "end"]) },
    { name: "Ruby: a script guarded by __FILE__ == $0", change: one("lib/tool.rb", ["if __FILE__ == $0", "  puts ARGV.inspect", "end"]) },
    {
      name: "Ruby: p and print as variables and methods",
      change: one("lib/a.rb", ["p = point", "p.x", "x = p[0] + p", "obj.puts 'x'", "def print(io)", "end"]),
    },
    { name: "Ruby: a script with a shebang", change: one("tools/gen.rb", ["#!/usr/bin/env ruby", "puts 1"]) },
    { name: "JS: a script with a shebang", change: one("tools/gen.js", ["#!/usr/bin/env node", "console.log(1);"]) },
    { name: "JS: require.main === module", change: one("lib/gen.js", ["if (require.main === module) {", "  console.log(run());", "}"]) },
    {
      name: "Java: System.out in a class with main",
      change: one("src/main/java/Tool.java", ["class Tool {", "  public static void main(String[] args) {", '    System.out.println("x");', "  }", "}"]),
    },
    { name: "Kotlin: println in fun main", change: one("src/Tool.kt", ["fun main() {", '    println("x")', "}"]) },
    { name: "C#: Console.WriteLine in Program.cs", change: one("src/App/Program.cs", ['Console.WriteLine("hi");']) },
    {
      // AutoMapper b47c1f22: an `[Test, Explicit]` micro-benchmark prints its timings; that is its job.
      name: "C#: Console.WriteLine in an NUnit [Test, Explicit] timing test",
      change: one("src/UnitTests/Internal/DelegateFactoryTests.cs", [
        "public class DelegateFactoryTests {",
        "  [Test, Explicit]",
        "  public void WhatIsFaster() {",
        "    var start = DateTime.Now;",
        '    Console.WriteLine("Raw:" + span.Ticks);',
        "  }",
        "}",
      ]),
    },
    {
      name: 'C#: a [Category("Performance")] test',
      change: one("src/Tests/MapTests.cs", [
        "public class MapTests {",
        "  [Test]",
        '  [Category("Performance")]',
        "  public void Maps() {",
        "    Console.WriteLine(elapsed);",
        "  }",
        "}",
      ]),
    },
    {
      name: "Java: a JMH @Benchmark method",
      change: one("src/jmh/java/Codec.java", ["class Codec {", "  @Benchmark", "  public void encode() {", "    System.out.println(result);", "  }", "}"]),
    },
    {
      name: "Go: a Benchmark function reports its figures",
      change: one("codec_test.go", ["package codec", "func BenchmarkEncode(b *testing.B) {", "\tfmt.Println(b.N)", "}"]),
    },
    {
      name: "Python: a test named for the performance it measures",
      change: one("tests/test_parse.py", ["def test_parse_performance():", "    elapsed = run()", "    print(elapsed)"]),
    },
    {
      // Newtonsoft 64f6fd7b: a test's ITraceWriter writes its traces to the console; that is its job.
      name: "C#: Console.WriteLine inside a trace writer's Trace method",
      change: one("Src/Tests/Issues/Issue1461.cs", [
        "class W : ITraceWriter {",
        "  public void Trace(TraceLevel level, string message, Exception ex) {",
        "    Console.WriteLine(message);",
        "  }",
        "}",
      ]),
    },
    {
      name: "C#: a performance test file",
      change: one("Src/Newtonsoft.Json.Tests/PerformanceTests.cs", ["class P {", "  void Run() {", "    Console.WriteLine(timer.Elapsed);", "  }", "}"]),
    },
    {
      name: "C#: a benchmark suite's folder",
      change: one("src/Benchmark/BenchEngine.cs", ["class B {", "  void Run() {", '    Console.WriteLine("{0}: {1}", name, timer.Duration);', "  }", "}"]),
    },
    {
      name: "C#: Console.WriteLine in static Main",
      change: one("src/App/Entry.cs", ["class E {", "  static void Main() {", '    Console.WriteLine("hi");', "  }", "}"]),
    },
    { name: "C#: Console.WriteLine in documentation samples", change: one("Src/Lib.Tests/Documentation/Samples/Linq/Query.cs", ["Console.WriteLine(name);"]) },
    {
      name: "JS: output switched on by an environment variable",
      change: one("test/a.test.ts", ["if (process.env.REPORT_MEMORY) console.log(`peak ${peak}`);"]),
    },
    { name: "Python: output switched on by an environment variable", change: one("pkg/a.py", ["if os.environ.get('DEBUG_SQL'): print(sql)"]) },
    { name: "PHP: print_r returning its text", change: one("src/A.php", ["<?php", "$s = print_r($x, true);"]) },
    // Intended output and statements already there (#11)
    {
      name: "Rust: a logger's own warning about a bad spec (a message for the user)",
      change: one("env/src/lib.rs", ["fn parse(spec: &str) {", "    println!(\"warning: invalid logging spec '{}', ignoring it\", spec);", "}"]),
    },
    { name: "Python: a deprecation notice", change: one("app/a.py", ["def old():", '    print("DeprecationWarning: old() is going away, use new()")']) },
    { name: "Kotlin: a usage line", change: one("src/main/kotlin/A.kt", ["fun run(args: Array<String>) {", '  println("Usage: tool <file>")', "}"]) },
    { name: "Python: a sentence to stderr", change: one("app/a.py", ["def f():", '    print("Could not read the config file", file=sys.stderr)']) },
    {
      name: "Ruby: print inside a helper whose job is echoing output",
      change: one("test/integration_start_helper.rb", [
        "def echo_output(read_io)",
        "  Thread.new do",
        "    loop { print read_io.readpartial(8192) }",
        "  end",
        "end",
      ]),
    },
    {
      // viper's public Debug(): printing the configuration is what it is for.
      name: "Go: a library's Debug() and DebugState() print on purpose",
      change: one("viper.go", [
        "func (v *Viper) Debug() {",
        '\tfmt.Printf("Aliases:\\n%#v\\n", v.aliases)',
        "}",
        "func DebugState(s *State) {",
        "\tfmt.Println(s.items)",
        "}",
      ]),
    },
    {
      // rust-lang/regex: `verbose()` prints a report only when REGEX_TEST_VERBOSE=1 is set.
      name: "Rust: a test suite's verbose() report prints on purpose",
      change: one("tests/lib.rs", ["fn verbose(results: &Results) {", '    println!("{} tests passed", results.passed);', "}"]),
    },
    {
      name: "TS: a test's diagnostics in its catch block",
      change: one("test/e2e/e2e.test.ts", [
        "it('runs', async () => {",
        "  try {",
        "    await run();",
        "  } catch (error) {",
        "    console.log(proc.stderr);",
        "    throw error;",
        "  }",
        "});",
      ]),
    },
    {
      name: "C#: a doc sample's print with its expected output beneath",
      change: one("Src/Json.Tests/LinqTests.cs", ["public void Query()", "{", "    Console.WriteLine(packages.Count);", "    // 1", "}"]),
    },
    { name: "C#: a demo file", change: one("Src/Json.Tests/DemoTests.cs", ["    Console.WriteLine(json);"]) },
    { name: "TS: a test project checking the package installs", change: one("testProjects/bun/index.ts", ["  console.log('Caught StripeError');"]) },
    { name: "JS: an e2e fixture app", change: one("test/e2e/hello-world.mjs", ["export default (app) => {", '  console.log("issue comment created");', "};"]) },
    {
      name: "Python: a print only re-indented (present at base)",
      change: change([addedFile("tests/test_helpers.py", ["        with pytest.raises(NotFound):", "            print(flask.safe_join(*args))"], 5)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["tests/test_helpers.py", "def test_x():\n    with pytest.raises(NotFound):\n        print(flask.safe_join(*args))\n"]]),
      },
    },
    {
      name: "Python: a print reformatted by Black (quotes swapped)",
      change: change([addedFile("tests/test_requests.py", ['            print(r.headers["WWW-Authenticate"])'], 3)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["tests/test_requests.py", "x\n            print(r.headers['WWW-Authenticate'])"]]),
      },
    },
    {
      name: "TS: a print rewritten, no more of them than at base",
      ...(() => {
        const head = ["try {", "} catch (e) {", "  console.log(awaited.stdout);", "}"];
        return {
          change: change([addedFile("src/run.ts", [head[2]], 3)]),
          lookups: {
            issues: new Map(),
            fileContents: new Map([["src/run.ts", head.join("\n")]]),
            baseContents: new Map([["src/run.ts", "try {\n} catch (e) {\n  console.log((await proc).stdout);\n}"]]),
          },
        };
      })(),
    },
    // Round 2 of #11: output that is the program's, and prints the change only moved.
    {
      // thor 07663392b9: a Thor command (declared with `desc`) tells its user what it does.
      name: "Ruby: puts in a Thor command declared with desc",
      change: one("lib/thor/runner.rb", [
        "class Runner < Thor",
        '  desc "uninstall NAME", "Uninstall a named Thor module"',
        "  def uninstall(name)",
        '    puts "Uninstalling #{name}."',
        "  end",
        "end",
      ]),
    },
    {
      // thor dc24fa4552: verbose mode shows the command it runs.
      name: "Ruby: puts behind a trailing `if options.verbose?`",
      change: one("lib/thor/tasks/spec.rb", ["def run", "  puts cmd if instance.options.verbose?", "  system(cmd)", "end"]),
    },
    {
      // wire 8c640f15f2: the console logger's println is its logging.
      name: "Kotlin: println inside a console logger class",
      change: one("wire-compiler/src/main/java/com/squareup/wire/ConsoleWireLogger.kt", [
        "class ConsoleWireLogger : WireLogger {",
        "  override fun artifact(outputPath: Path, filePath: String) {",
        '    println("Writing $filePath to $outputPath")',
        "  }",
        "}",
      ]),
    },
    {
      // starlette 554b9e21f6: a test's logging middleware prints as its stand-in for a log.
      name: "Python: print in a logging class defined in a test",
      change: one("tests/middleware/test_base.py", [
        "def test_body():",
        "    class LogRequestBodySize(BaseHTTPMiddleware):",
        "        async def dispatch(self, request, call_next):",
        "            print(len(await request.body()))",
        "            return await call_next(request)",
      ]),
    },
    {
      // afero f20e72f15f: List() exists to print the file system's entries.
      name: "Go: a function that does nothing but print (a dump helper)",
      change: one("memmap.go", [
        "func (m *MemMapFs) List() {",
        "\tfor _, x := range m.data {",
        "\t\ty, _ := x.Stat()",
        "\t\tfmt.Println(x.Name(), y.Size())",
        "\t}",
        "}",
      ]),
    },
    {
      // afero 2ec8b79d61: the print runs only when the test fails, as its diagnostics.
      name: "Go: a test's prints right before t.Errorf, in the failing branch",
      change: one("composite_test.go", [
        "func TestUnion(t *testing.T) {",
        "	if len(list) != 2 {",
        "		for _, x := range list {",
        "			fmt.Println(x.Name())",
        "		}",
        '		t.Errorf("Got wrong number of files in union: %v", len(list))',
        "	}",
        "}",
      ]),
    },
    {
      // auto 0c7c4ab7a3: telling the developer which golden file was rewritten.
      name: "Java: a status notice to stderr ('Updated ' + path)",
      change: one("factory/src/test/java/AutoFactoryProcessorTest.java", [
        "class T {",
        "  void update() {",
        "    Files.write(goldenFilePath, bytes);",
        '    System.err.println("Updated " + goldenFilePath);',
        "  }",
        "}",
      ]),
    },
    {
      // thor fe45e3d6c2: the fixture command's output is what the spec asserts.
      name: "Ruby: a test fixture's puts whose text the spec asserts",
      change: one("spec/register_spec.rb", [
        "class Plugin",
        "  def squirrel",
        '    puts "I love nuts"',
        "  end",
        "end",
        "it 'prints' do",
        '  expect(capture(:stdout) { Plugin.new.squirrel }).to eq("I love nuts\n")',
        "end",
      ]),
    },
    {
      // mio 0f09be5bd9: a test moved into tcp.rs from tcp_shutdown.rs, which the change deletes.
      name: "Rust: a println! moved verbatim from a file the change deleted",
      change: change([
        addedFile("tests/tcp.rs", ["#[test]", "fn shutdown() {", '    println!("SHUTTING DOWN");', "}"], 10),
        addedFile("tests/tcp_shutdown.rs", [], 1, { status: "removed", additions: 0, deletions: 4, addedLines: [], hunks: [] }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([
          ["tests/tcp.rs", "use mio;\n"],
          ["tests/tcp_shutdown.rs", '#[test]\nfn shutdown() {\n    println!("SHUTTING DOWN");\n}\n'],
        ]),
      },
    },
    // Round 4 (#11): set 4's judges.
    {
      // axum 56159b0d4e: libtest captures a test's output and shows it when the test fails: it says which input a bare assert! checked.
      name: "Rust: a labelled println! in a #[cfg(test)] module is the failure's context",
      change: one("axum-extra/src/extract/json_deserializer.rs", [
        "pub fn f() {}",
        "#[cfg(test)]",
        "mod tests {",
        "    #[tokio::test]",
        "    async fn json_content_types() {",
        "        async fn valid(content_type: &str) -> bool {",
        '            println!("testing {content_type:?}");',
        "            true",
        "        }",
        "    }",
        "}",
      ]),
    },
    {
      // axum fe9c4a0b5b: the backtrace of an unexpected clone, shown when the count assertion fails.
      name: "Rust: a labelled println! in a tests/ module",
      change: one("axum/src/routing/tests/mod.rs", [
        "fn clone(&self) -> Self {",
        '    println!("AppState::Clone:\\n===============\\n{}\\n", bt);',
        "    Self",
        "}",
      ]),
    },
    {
      // pino e63966d011: test/smoke.js packs, installs and runs the package, and sets process.exitCode: its output is its interface.
      name: "JS: a runnable script under test/ (process.exitCode, no test declared)",
      change: one("test/smoke.js", [
        "const { execSync } = require('node:child_process')",
        "try {",
        "  console.log(`Working in ${tmpDir}`)",
        "  console.log(`Packed: ${filename}`)",
        "} catch (err) {",
        "  console.error(err.message)",
        "  process.exitCode = 1",
        "}",
      ]),
    },
    {
      // axum 11fe5c737c: the clone counter moved from routing/tests/mod.rs into a test helper, its `{}` made `{bt}` on the way.
      name: "Rust: a print moved from another folder's file the change edits",
      change: change([
        addedFile("axum/src/test_helpers/counting.rs", ["pub fn note(bt: &str) {", '    println!("AppState::Clone:\\n===============\\n{bt}\\n");', "}"], 1, {
          status: "added",
        }),
        addedFile("axum/src/routing/tests/mod.rs", ["// moved"], 3, { status: "modified", deletions: 3 }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["axum/src/routing/tests/mod.rs", 'fn f() {\n    println!("AppState::Clone:\\n===============\\n{}\\n", bt);\n}\n']]),
      },
    },
    {
      // jackson-core 159355efd5: FastDoubleParser's tests brought in whole, under their author's copyright.
      name: "Java: a test file derived from another project, with its copyright",
      change: added("src/test/java/com/fasterxml/jackson/core/io/doubleparser/ParseTest.java", [
        "/**",
        " * References:",
        ' *     <dt>This class has been derived from "FastDoubleParser".</dt>',
        " *     <dd>Copyright (c) Werner Randelshofer. Apache 2.0 License.</dd>",
        " */",
        "package com.fasterxml.jackson.core.io.doubleparser;",
        "class ParseTest {",
        "    void doLegalTest(String s) {",
        '        System.out.println(expected + " == " + actual);',
        "    }",
        "}",
      ]),
    },
  ],
  invalid: [
    // Round 2 of session 7 (#11): the set-5 leftovers the judges agreed with stay, beside the deliberate output above.
    {
      // immer 1116ccf1b2: debugger in a test says it pauses, not that it clutters output.
      name: "JS: two debugger statements in a test file",
      change: one("__tests__/base.js", ['it("a", () => {', "  debugger", "  const base = {}", "  debugger", "})"]),
      findings: [
        {
          messageId: "stopsMany",
          line: 2,
          data: { what: "debugger", more: 1, effect: "pauses execution wherever a debugger or the browser's developer tools are attached" },
        },
      ],
    },
    {
      // rake 537daaca8a: a test file that captures stdout elsewhere still has a value dumped with p.
      name: "Ruby: p of a value in a test file that captures stdout",
      change: one("test/test_rake_rules.rb", [
        "class TestRakeRules < Rake::TestCase",
        "  def test_single_dependent_with_nil_args",
        "    rule nil => '.cpp' do |t| p t.name end",
        "  end",
        "  def test_output",
        "    out, _ = capture_io { run }",
        "  end",
        "end",
      ]),
      findings: [{ messageId: "debug", line: 3, data: { what: "p", where: "the test run's output" } }],
    },
    {
      // Dapper bce293a516: trace prints in a test's fixture class, no logger interface.
      name: "C#: trace prints in a test's parameter class",
      change: one("Tests/Tests.cs", [
        "class LazyParams : SqlMapper.IDynamicParameters",
        "{",
        "    public void AddParameters(IDbCommand command, SqlMapper.Identity identity)",
        "    {",
        '        Console.WriteLine("> AddParameters");',
        "        var lazy = (SqlCommand)command;",
        '        Console.WriteLine("< AddParameters");',
        "    }",
        "}",
      ]),
      findings: [{ messageId: "debugMany", line: 5, data: { what: "Console.WriteLine", more: 1 } }],
    },
    {
      // leakcanary 50b3d17592: a value printed in a test, next to one old print only.
      name: "Kotlin: println of a value beside a single old print",
      change: change([addedFile("shark/src/test/java/shark/LeakStatusTest.kt", ["    println(leakTrace)"], 4)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([
          ["shark/src/test/java/shark/LeakStatusTest.kt", 'fun t() {\n    println("analysis")\n    val leakTrace = x()\n    println(leakTrace)\n}'],
        ]),
        baseContents: new Map([["shark/src/test/java/shark/LeakStatusTest.kt", 'fun t() {\n    println("analysis")\n    val leakTrace = x()\n}']]),
      },
      findings: [{ messageId: "debug", line: 4, data: { what: "println()" } }],
    },
    {
      name: "Kotlin: a class that takes a Log parameter is not a logger",
      change: one("src/test/kotlin/ParserTest.kt", ["class TreeWalk(val log: Log) {", "  fun parse() {", "    println(tree)", "    walk(tree)", "  }", "}"]),
      findings: [{ messageId: "debug", line: 3, data: { what: "println()" } }],
    },
    {
      name: "Go: a print before the assertions, not a skip",
      change: one("client_test.go", ["package a", "func TestA(t *testing.T) {", "\tfmt.Println(err, resp)", "\tassertError(t, err)", "}"]),
      findings: [{ messageId: "debug", line: 3, data: { what: "fmt.Println" } }],
    },
    {
      // Most of the new file's prints are new: the one that came from the neighbour does not excuse them.
      name: "Kotlin: a new file with one print from the file beside it and two of its own",
      change: change([
        addedFile(
          "app/src/main/kotlin/Split.kt",
          ["fun split(d: Def) {", '    println("|-> $beanDefinition")', "    println(d)", "    println(other)", "}"],
          1,
          {
            status: "added",
          },
        ),
        addedFile("app/src/main/kotlin/Rest.kt", ["// split"], 3, { status: "modified" }),
      ]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["app/src/main/kotlin/Rest.kt", 'fun verify() {\n    println("|-> $beanDefinition")\n}\n']]),
      },
      findings: [{ messageId: "debugMany", line: 3, data: { what: "println()", more: 1 } }],
    },
    {
      // koin e43405008d: jvmMain is the main code of a test-support library, not a test.
      name: "Kotlin: a print in src/jvmMain/ under a `test` package has the production wording",
      change: one("core/koin-test/src/jvmMain/kotlin/org/koin/test/verify/Verification.kt", ["fun verify(d: Def) {", "    println(d)", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println()", where: "output and logs in production" } }],
    },
    {
      // tracing 10a4b13ddc: dbg! in a branch condition is a leftover; only one an assertion checks is kept.
      name: "Rust: dbg! in an if condition of a test",
      change: one("tests/metrics.rs", ["fn check(&self) {", "    if dbg!(self.expected) > 100 {", "        assert_eq!(counts, 1);", "    }", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "dbg!" } }],
    },
    {
      // koin faf6beab12: a test helper that takes a lambda, not a text; its print is a leftover.
      name: "Kotlin: a print in a test helper without a text parameter",
      change: one("core/src/jvmTest/kotlin/org/koin/core/DebugLogTest.kt", [
        "fun message(msg : () -> String) : String {",
        '    println("resolve message")',
        "    return msg()",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println()" } }],
    },
    {
      name: "Kotlin: a print in a logger's test class is judged as a test's",
      change: one("src/test/kotlin/ConsoleLoggerTest.kt", [
        "class ConsoleLoggerTest {",
        "  @Test fun logs() {",
        "    val out = logger.render()",
        "    println(out)",
        "    assertThat(out).isEqualTo(expected)",
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      // axios bdf493cf8b: a task callback that only says hello is a stub's leftover.
      name: "JS: a callback whose only statement is a print is not a dump helper",
      change: one("gulpfile.js", ["gulp.task('default', async function(){", "  console.log('hello!');", "});"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      // afero 969a70f798: chatter on every run of a test helper.
      name: "Go: a test helper's print not followed by a failure",
      change: one("composite_test.go", [
        "func newFs(t *testing.T) Fs {",
        "	name, err := TempDir()",
        '	fmt.Println("created tempdir", name)',
        "	tempDirs = append(tempDirs, name)",
        "	return NewBasePathFs(NewOsFs(), name)",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      // wire ce5ff17d61: the generated code printed before the golden-file assert.
      name: "Kotlin: println(code) before an assertion on it",
      change: one("src/test/java/StubTest.kt", [
        "class StubTest {",
        "  @Test fun stub() {",
        "    val code = generate()",
        "    println(code)",
        '    assertThat(code).isEqualTo(File("src/test/golden/Stub.kt").readText())',
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "JS: a request dumped in a server's handler is still a leftover (no request line, just the value)",
      change: one("src/server.js", ["const server = http.createServer((req, res) => {", "  console.log(req.headers);", "});", "server.listen(3000);"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "PHP: var_dump in a root-level file that declares a class is still a leftover",
      change: one("Adapter.php", ["<?php", "class Adapter {", "  public function list() {", "    var_dump($items);", "  }", "}"]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "JS: a root index.js that exports the library is not a scratch script",
      change: one("index.js", ["const lib = require('./lib/axios');", "console.log(lib.defaults);", "module.exports = lib;"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "PHP: var_dump in a script below the root (library code) is still a leftover",
      change: one("src/FTP/listing.php", ["<?php", "$items = ftp_rawlist($conn, $path);", "var_dump($items);"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      // axios bdf493cf8b: a gulpfile's only task prints a greeting: a placeholder, not output.
      name: "JS: a root gulpfile whose task only prints is still said",
      change: one("gulpfile.js", ["var gulp = require('gulp');", "gulp.task('default', function () {", "  console.log('hello!');", "});"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      name: "TS: console.log in a runtime test (not a type test) is still said",
      change: one("test/unit/axios.test.ts", ["it('gets', async () => {", "  const r = await axios.get('/user');", "  console.log(r.data);", "});"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      // werkzeug 3fe524c206: dumpThis() posts a paste; the response dumped to the console is a leftover.
      name: "JS: a console.log in a callback of a function named dump… is still a leftover",
      change: one("src/debugger.js", [
        "function dumpThis() {",
        "  $.ajax({",
        "    success: function (data) {",
        "      console.log(data);",
        "    },",
        "  });",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "C#: a new file in a duplicated folder that differs from the one at base is judged",
      change: change([
        addedFile("Tests1/MultipartFormDataTests.cs", COPIED, 1, { status: "added" }),
        addedFile("Tests/Helpers/Server.cs", ["x"], 3, { status: "modified" }),
      ]),
      lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["Tests/MultipartFormDataTests.cs", COPIED.slice(0, 3).join("\n")]]) },
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "Python: a __main__ block that calls only a library's function still leaves the module's prints",
      change: one("pkg/util.py", ["import sys", "def f(x):", "    print(x)", "    return x", "", 'if __name__ == "__main__":', "    sys.exit(0)"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      name: "JS: a dist/ folder below the root is source (packages/x/dist is not the repository's build)",
      change: one("src/dist/a.js", ["  console.log(config);"]),
      findings: [{ messageId: "debug" }],
    },
    {
      name: "Python: a print in a test function that is no command",
      change: one("tests/test_core.py", ["@pytest.mark.parametrize('x', [1])", "def test_x(x):", "    print(x)"]),
      findings: [{ messageId: "debug" }],
    },
    {
      name: "C#: Console.WriteLine in a plain [Test] next to an [Explicit] one",
      change: one("src/UnitTests/MapTests.cs", [
        "public class MapTests {",
        "  [Test, Explicit]",
        "  public void Timing() {",
        "    Run();",
        "  }",
        "",
        "  [Test]",
        "  public void Maps() {",
        "    Console.WriteLine(result);",
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 9 }],
    },
    {
      // click 13ab804f had `assert imported` after it: since session 16 pytest's holding the output back makes that context.
      name: "Python: print(imported) left in a test that checks nothing",
      change: one("tests/test_imports.py", ["def test_light_imports():", "    imported = json.loads(rv)", "    print(imported)"]),
      findings: [{ messageId: "debug", line: 3, data: { where: "the test run's output", instead: ", or assert on the value instead" } }],
    },
    {
      name: "Rust: stray dbg! in a library",
      change: one("crates/cli/src/lib.rs", ["fn f(ft: &T) {", "    dbg!(&ft);", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "dbg!" } }],
    },
    {
      // rust-lang/regex 31b4398390: dbg! dumps in a `#[test]` of a library file clutter the test run, not production.
      name: "Rust: dbg! in a #[test] of src/ has the test wording, one in library code beside it the production wording",
      change: one("src/ast/mod.rs", [
        "fn size() -> usize {",
        "    dbg!(1)",
        "}",
        "#[cfg(test)]",
        "mod tests {",
        "    #[test]",
        "    fn ast_size() {",
        "        std::dbg!(core::mem::size_of::<Span>());",
        "        std::dbg!(core::mem::size_of::<Literal>());",
        "    }",
        "}",
      ]),
      findings: [
        { messageId: "debug", line: 2, data: { what: "dbg!", where: "output and logs in production", instead: ", or use the project's logger" } },
        { messageId: "debugMany", line: 8, data: { what: "dbg!", more: 1, where: "the test run's output", instead: ", or assert on the value instead" } },
      ],
    },
    {
      name: "Rust: println! of a placeholder only in a test",
      change: one("tests/regression.rs", ["fn t() {", '    println!("{got}");', "    check(got);", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println!" } }],
    },
    {
      name: "TS: console.log(req.headers) in a test's server handler",
      change: one("test/stripe.spec.ts", [
        "server.on('request', (req, res) => {",
        "  console.log(req.headers);",
        "  expect(req.headers).toBeDefined();",
        "});",
      ]),
      findings: [{ messageId: "debug", line: 2, data: { what: "console.log" } }],
    },
    {
      name: "Ruby: stray p in a spec",
      change: one("test/spec_multipart.rb", ["  lambda {", "  p    Rack::Multipart.parse_multipart(env).keys", "  }.must_raise EOFError"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "p" } }],
    },
    {
      name: "PHP: var_dump in the sample app",
      change: one("index.php", ["<?php", "$app->get('/', function ($req, $res, $args) {", "    var_dump($args);", "});"]),
      findings: [{ messageId: "debug", line: 3, data: { what: "var_dump()" } }],
    },
    {
      name: "JS: a short label with a value",
      change: one("src/a.ts", ['console.log("here", value);']),
      findings: [{ messageId: "debug", data: { what: "console.log" } }],
    },
    {
      name: "Python: a label and a value",
      change: one("pkg/a.py", ["def f(x):", '    print("x:", x)']),
      findings: [{ messageId: "debug", line: 2, data: { what: "print()" } }],
    },
    {
      name: "Go: %v of a value",
      change: one("pkg/a.go", ["package a", "func f(x int) {", '\tfmt.Printf("%v\\n", x)', "}"]),
      findings: [{ messageId: "debug", line: 3, data: { what: "fmt.Printf" } }],
    },
    {
      name: "the same leftover many times in one file is one finding",
      change: one("src/a.ts", ["console.log(a);", "const b = 1;", "console.log(b);", "console.log(a, b);", "debugger;"]),
      findings: [
        { messageId: "debugMany", line: 1, data: { what: "console.log", more: 2 } },
        { messageId: "stops", line: 5, data: { what: "debugger" } },
      ],
    },
    {
      name: "Rust: a stray dbg! in library code, next to code that was there",
      change: change([addedFile("crates/cli/src/lib.rs", ["        dbg!(&ft);"], 3)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["crates/cli/src/lib.rs", "fn f() {\n    let ft = md.file_type();\n        dbg!(&ft);\n}"]]),
        baseContents: new Map([["crates/cli/src/lib.rs", "fn f() {\n    let ft = md.file_type();\n}"]]),
      },
      findings: [{ messageId: "debug", line: 3, data: { what: "dbg!" } }],
    },
    {
      name: "Rust: a println! of a value in a test file",
      change: one("tests/regression.rs", ["rgtest!(r2944, |dir: Dir, mut cmd: TestCommand| {", '    println!("{got}");', "});"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println!" } }],
    },
    {
      name: "Ruby: a stray p in a spec's lambda",
      change: one("test/spec_multipart.rb", ["    lambda {", "  p    Rack::Multipart.parse_multipart(env).keys", "    }.must_raise(Rack::Multipart::Error)"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "p" } }],
    },
    {
      name: "Python: a print outside the error branch of a test",
      change: one("tests/test_a.py", ["def test_x():", "    try:", "        run()", "    except ValueError:", "        raise", "    print(result)"]),
      findings: [{ messageId: "debug", line: 6 }],
    },
    {
      name: "JS: a second console.log where the base had one",
      change: change([addedFile("src/a.ts", ["  console.log(value);"], 3)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map([["src/a.ts", "function f() {\n  console.log(x);\n  console.log(value);\n}"]]),
        baseContents: new Map([["src/a.ts", "function f() {\n  console.log(x);\n}"]]),
      },
      findings: [{ messageId: "debug", line: 3, data: { what: "console.log" } }],
    },
    {
      name: "JS: console.log",
      change: one("src/a.ts", ["const x = 1;", "console.log(x);"]),
      findings: [{ messageId: "debug", path: "src/a.ts", line: 2, data: { what: "console.log" } }],
    },
    {
      name: "JS: debugger",
      change: one("src/a.js", ["  debugger;"]),
      // set 5 (immer): a debugger pauses execution, it prints nothing; the message says so.
      findings: [
        {
          messageId: "stops",
          line: 1,
          data: { what: "debugger", effect: "pauses execution wherever a debugger or the browser's developer tools are attached" },
        },
      ],
    },
    { name: "TSX: console.table", change: one("src/App.tsx", ["  console.table(rows)"]), findings: [{ messageId: "debug", data: { what: "console.table" } }] },
    {
      name: "Python: print, pdb and breakpoint",
      change: one("app/views.py", ["print(user)", "import pdb; pdb.set_trace()", "breakpoint()"]),
      findings: [
        { messageId: "debug", line: 1, data: { what: "print()" } },
        { messageId: "stops", line: 2, data: { what: "pdb.set_trace()", effect: "stops the program at an interactive debugger prompt" } },
        { messageId: "stops", line: 3, data: { what: "breakpoint()" } },
      ],
    },
    {
      name: "Java: System.out.println",
      change: one("src/main/java/A.java", ['System.out.println("here");']),
      findings: [{ messageId: "debug", data: { what: "System.out.println" } }],
    },
    { name: "Rust: dbg!", change: one("src/lib.rs", ["let y = dbg!(x * 2);"]), findings: [{ messageId: "debug", data: { what: "dbg!" } }] },
    {
      name: "PHP: var_dump and dd",
      change: one("src/A.php", ["var_dump($x);", "dd($request);"]),
      findings: [
        { messageId: "debug", line: 1 },
        { messageId: "stops", line: 2, data: { what: "dd()", effect: "dumps its arguments and ends the request" } },
      ],
    },
    { name: "Ruby: binding.pry", change: one("lib/a.rb", ["  binding.pry"]), findings: [{ messageId: "stops", data: { what: "binding.pry" } }] },
    {
      name: "Kotlin: System.out.println after a multi-line string",
      change: one("A.kt", ['val s = """', '  "quoted"', '"""', "System.out.println(s)"]),
      findings: [{ messageId: "debug", line: 4, data: { what: "System.out.println" } }],
    },
    {
      name: "a modified file with its text at head: the whole file is parsed",
      change: change([addedFile("src/a.ts", ["  console.log(x);"], 3)]),
      lookups: { issues: new Map(), fileContents: new Map([["src/a.ts", ["const s = `", "`;", "  console.log(x);"].join("\n")]]) },
      findings: [{ messageId: "debug", line: 3 }],
    },
    // Leftovers in libraries (#11)
    {
      name: "Python: print outside the __main__ block",
      change: one("pkg/a.py", ["def f():", "    print(1)", "", 'if __name__ == "__main__":', "    import doctest"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "Python: a __main__ block that only runs doctest does not make the module a program",
      change: one("pkg/a.py", ["def f():", "    print(1)", "", 'if __name__ == "__main__":', "    doctest.testmod()"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "print()" } }],
    },
    {
      name: "Python: breakpoint() even in __main__",
      change: one("pkg/__main__.py", ["breakpoint()"]),
      findings: [{ messageId: "stops", data: { what: "breakpoint()" } }],
    },
    { name: "Python: pprint", change: one("pkg/a.py", ["pprint(data)"]), findings: [{ messageId: "debug", data: { what: "pprint()" } }] },
    {
      name: "Ruby: puts at load time",
      change: one("lib/rack/engines.rb", ["ENGINES = {}", "puts ENGINES.inspect"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "puts" } }],
    },
    {
      name: "Ruby: p, pp and print in a library",
      change: one("lib/a.rb", ["def f(x)", "  p x", "  pp(x)", '  print "x"', "  x.each { |y| p y }", "end"]),
      // `p`, `pp` and `print` are one kind of leftover: one finding that lists the others (#11); `print "x"` is a
      // one-letter label on nothing, still a dump.
      findings: [{ messageId: "debugMany", line: 2, data: { what: "p", more: 3, lines: "3, 4, 5" } }],
    },
    { name: "Ruby: byebug in bin/", change: one("bin/tool.rb", ["byebug"]), findings: [{ messageId: "stops", data: { what: "byebug" } }] },
    { name: "Rust: dbg! even in main.rs", change: one("src/main.rs", ["fn main() { dbg!(1); }"]), findings: [{ messageId: "debug", data: { what: "dbg!" } }] },
    {
      name: "Rust: println! and eprintln! in a library",
      change: one("src/parse.rs", ['fn f() { println!("{}", 1); }', 'fn g() { eprintln!("x"); }']),
      findings: [
        { messageId: "debug", line: 1, data: { what: "println!" } },
        { messageId: "debug", line: 2, data: { what: "eprintln!" } },
      ],
    },
    {
      name: "Rust: a module of a crate with lib.rs is library code",
      ...modified("src/parse.rs", ["fn f() {", '    println!("x");', "}"], 2, 1, { "src/lib.rs": "mod parse;", "src/main.rs": "fn main() {}" }),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "Java: System.err.println",
      change: one("src/main/java/A.java", ['System.err.println("x");']),
      findings: [{ messageId: "debug", data: { what: "System.err.println" } }],
    },
    {
      name: "Kotlin: println in a library",
      change: one("src/Lib.kt", ["fun f() {", "    println(x)", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println()" } }],
    },
    {
      name: "Kotlin: System.out.println",
      change: one("src/Lib.kt", ["System.out.println(x)"]),
      findings: [{ messageId: "debug", data: { what: "System.out.println" } }],
    },
    {
      name: "C#: Console.WriteLine in a library",
      change: one("src/Lib/Json.cs", ["class J {", "  void F() { Console.WriteLine(x); }", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "Console.WriteLine" } }],
    },
    { name: "PHP: print_r", change: one("src/A.php", ["<?php", "print_r($x);"]), findings: [{ messageId: "debug", line: 2, data: { what: "print_r()" } }] },
    {
      name: "Go: fmt.Println in a library",
      change: one("a.go", ["package a", "func f() { fmt.Println(1) }"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "fmt.Println" } }],
    },
    {
      name: "Go: println in a library",
      change: one("a.go", ["package a", "func f() {", "\tprintln(1)", "}"]),
      findings: [{ messageId: "debug", line: 3, data: { what: "println()" } }],
    },
    {
      name: "JS: console.log left in a library",
      change: one("lib/index.js", ["module.exports = (x) => { console.log(x); return x; };"]),
      findings: [{ messageId: "debug", data: { what: "console.log" } }],
    },
    {
      name: "JS: debugger in a script with a shebang",
      change: one("bin/x.js", ["#!/usr/bin/env node", "debugger;"]),
      findings: [{ messageId: "stops", line: 2 }],
    },
    {
      name: "output allowed nowhere when the option is emptied",
      options: { allow_output_in: [] },
      change: one("scripts/a.py", ["print(1)"]),
      findings: [{ messageId: "debug" }],
    },
    {
      // axum 6b106f4bab: dbg! stays a leftover in a Rust test, captured output or not.
      name: "Rust: dbg! in a #[cfg(test)] module",
      change: one("src/routing/not_found.rs", [
        "pub fn f() {}",
        "#[cfg(test)]",
        "mod tests {",
        "    fn t() {",
        "        assert_eq!(",
        "            dbg!(events),",
        "            1",
        "        );",
        "    }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 6, data: { what: "dbg!", where: "the test run's output" } }],
    },
    {
      // axum 2c2cf361dd: outside the tests a labelled println! is still a leftover.
      name: "Rust: a labelled println! in library code",
      change: one("axum/src/routing/not_found.rs", ["fn call(&mut self) -> F {", '    println!("NotFound hit");', "    ready(())", "}"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "println!", where: "output and logs in production" } }],
    },
    {
      name: "JS: a test suite that sets process.exitCode is still a test suite",
      change: one("test/a.test.js", ["test('x', () => {", "  console.log(res.body)", "  process.exitCode = 0", "})"]),
      findings: [{ messageId: "debug", line: 2, data: { what: "console.log" } }],
    },
    {
      name: "Go: a print moved from another file only when it says something of its own",
      change: change([addedFile("b_test.go", ["package a", "func TestB(t *testing.T) {", "\tfmt.Println(x)", "}"]), addedFile("a_test.go", ["// a note"], 5)]),
      lookups: {
        issues: new Map(),
        fileContents: new Map(),
        baseContents: new Map([["a_test.go", "package a\nfunc TestA(t *testing.T) {\n\tfmt.Println(x)\n}\n"]]),
      },
      findings: [{ messageId: "debug", path: "b_test.go", line: 3, data: { what: "fmt.Println" } }],
    },
  ],
});

// Session 8 (#11): output meant to be there, code that never runs, and a deliberate debug channel.
testRuleBeforeCalibration("no-debug-statements", {
  valid: [
    {
      name: "JS: a test script run on its own by node prints its report",
      change: one("test/run.js", [
        "const assert = require('assert')",
        "const cases = require('./cases')",
        "let passed = 0",
        "for (const c of cases) { assert.deepStrictEqual(parse(c.input), c.output); passed++ }",
        "console.log(passed, 'cases')",
      ]),
    },
    {
      name: "Python: a test script run on its own prints its results",
      change: one("tests/check_roundtrip.py", [
        "import json",
        "for name in CASES:",
        "    result = roundtrip(name)",
        "    print(name, result)",
        "assert all(RESULTS)",
      ]),
    },
    {
      name: "JS (ES module): a helper server prints its URL when run on its own",
      change: one("test/helpers/server.mjs", [
        "export function start() { return createServer(handler).listen(0) }",
        "if (import.meta.url === pathToFileURL(process.argv[1]).href) {",
        "  const server = start()",
        "  console.log(server.address())",
        "}",
      ]),
    },
    {
      name: "TS: a tsd type test's callback never runs",
      change: one("test/index.ts", [
        "import { expectType } from 'tsd'",
        "expectType<string>(parse('x'))",
        "on('data', (chunk) => {",
        "  console.log(chunk)",
        "})",
      ]),
    },
    {
      name: "TS: a type test under the root types/ folder",
      change: one("types/tests/router.tsx", ["const App = () => {", "  console.log(useRouter())", "  return null", "}"]),
    },
    { name: "JS: a skipped test (it.skip)", change: one("test/a.test.js", ["it.skip('parses', () => {", "  console.log(parse(x))", "})"]) },
    { name: "JS: an xit test", change: one("test/a.spec.js", ["describe('a', () => {", "  xit('parses', () => {", "    console.log(parse(x))", "  })", "})"]) },
    {
      name: "Java: a @Disabled test",
      change: one("src/test/java/ATest.java", [
        "class ATest {",
        "  @Disabled",
        "  @Test",
        "  void parses() {",
        "    System.out.println(parse(x));",
        "  }",
        "}",
      ]),
    },
    {
      name: "C#: an [Ignore]d test",
      change: one("tests/ATests.cs", [
        "public class ATests {",
        '    [Test, Ignore("flaky")]',
        "    public void Parses()",
        "    {",
        "        Console.WriteLine(Parse(x));",
        "    }",
        "}",
      ]),
    },
    {
      name: "Rust: an #[ignore] test",
      change: one("tests/parse.rs", ["#[test]", "#[ignore]", "fn parses() {", "    let v = parse(x);", '    println!("{v:?}");', "}"]),
    },
    {
      name: "JS: a print guarded by the project's own debug flag",
      change: one("src/a.js", ["function step(x) {", "  if (this._debug) {", "    console.log(x)", "  }", "}"]),
    },
    { name: "TS: a print guarded by a camel-case debug check", change: one("src/a.ts", ["if (isDebugEnabled()) console.log(state)"]) },
    {
      name: "Python: a print guarded by self.debug",
      change: one("pkg/a.py", ["class A:", "    def f(self, x):", "        if self._debug:", "            print(x)"]),
    },
    {
      name: "Rust: a print guarded by a debug flag",
      change: one("src/a.rs", ["fn f(&self, x: u8) {", "    if self.debug {", '        println!("{x}");', "    }", "}"]),
    },
    {
      name: "JS: a helper that returns unless DEBUG is on",
      change: one("src/a.js", ["function d(...args) {", "  if (!DEBUG) return", "  console.log(...args)", "}"]),
    },
    {
      // rayon d1587340 src/log.rs: `macro_rules! log { … if ::log::DUMP_LOGS { println!(…) } }`.
      name: "Rust: a print switched on by a log-dump constant",
      change: one("src/log.rs", [
        "pub const DUMP_LOGS: bool = false;",
        "macro_rules! log {",
        "    ($e:expr) => {",
        '        if ::log::DUMP_LOGS { println!("{:?}", $e); }',
        "    }",
        "}",
      ]),
    },
    {
      // zustand 37ff9655 tests/middlewareTypes.test.tsx: components declared to be type-checked, never rendered.
      name: "TSX: a test file named for the types it checks",
      change: one("tests/middlewareTypes.test.tsx", ["const TestComponent = () => {", "  useStore.subscribe((s) => console.log(s))", "  return null", "}"]),
    },
    {
      // undici 8a09d770 test/utils/hello-world-server.js: the server prints its URL when started on its own.
      name: "JS: a server announcing its address from its listen callback",
      change: one("test/utils/hello-server.js", ["server.listen(0, hostname, () => {", "  console.log(`http://${hostname}:${server.address().port}/`)", "})"]),
    },
    {
      // undici 0fd1520c test/cache-interceptor/cache-tests.mjs: reads its options with parseArgs and prints its report.
      name: "JS: a test-runner script that reads its arguments with parseArgs",
      change: one("test/cache/run-suite.mjs", [
        "import { parseArgs } from 'node:util'",
        "const opts = parseArgs({ options: { only: { type: 'string' } } })",
        "for (const t of tests) {",
        "  console.log(`${t.name}: ${run(t, opts)}`)",
        "}",
      ]),
    },
    { name: "a throwaway spike project", change: one("KafkaSpike/Program2.cs", ["class P {", "  void Run() {", "    Console.WriteLine(x);", "  }", "}"]) },
    { name: "a prototype folder", change: one("prototype/a.py", ["def f(x):", "    print(x)"]) },
  ],
  invalid: [
    {
      name: "Rust: a print behind an unrelated constant is still said",
      change: one("src/pool.rs", [
        "pub const MAX_WORKERS: usize = 4;",
        "fn spawn(n: usize) {",
        "    if n > MAX_WORKERS {",
        '        println!("{n}");',
        "    }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 4 }],
    },
    {
      name: "TS: a test named for a type guard's module still runs: a print outside a types test is said",
      change: one("tests/typeGuards.test.ts", ["test('isString', () => {", "  console.log(isString('x'))", "  expect(isString('x')).toBe(true)", "})"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "JS: a print in a request handler of a server is still said",
      change: one("lib/server.js", ["const server = createServer((req, res) => {", "  console.log(req.headers)", "  res.end()", "})"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
    {
      name: "JS: a test file the runner collects is not a standalone script",
      change: one("test/parse.test.js", ["const assert = require('assert')", "assert.ok(parse(x))", "console.log(parse(x))"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      name: "Python: a test module of pytest is not a standalone script",
      change: one("tests/check_parse.py", ["import pytest", "def test_parse():", "    print(parse(x))"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      name: "JS: a running test next to a skipped one is still said",
      change: one("test/a.test.js", ["it.skip('parses', () => {})", "it('reads', () => {", "  console.log(read(x))", "})"]),
      findings: [{ messageId: "debug", line: 3 }],
    },
    {
      name: "TS: a flag that is not a debug switch does not make a print deliberate",
      change: one("src/a.ts", ["if (isEnabled()) console.log(state)"]),
      findings: [{ messageId: "debug", line: 1 }],
    },
    {
      name: "the message names the other lines, so its count can be checked",
      change: one("src/a.ts", ["console.log(a)", "foo()", "console.log(b)", "console.log(c)"]),
      findings: [{ messageId: "debugMany", line: 1, data: { more: 2, lines: "3, 4" } }],
    },
  ],
});

testRuleBeforeCalibration("no-debug-statements", {
  valid: [
    { name: "JS: a one-line skipped test", change: one("test/a.test.js", ["it.skip('parses', () => console.log(parse(x)))"]) },
    { name: "Ruby: an xit example", change: one("spec/a_spec.rb", ['xit "parses" do', "  p parse(x)", "end"]) },
    {
      name: "Go: a test that skips itself first",
      change: one("a_test.go", ["package a", "func TestA(t *testing.T) {", '\tt.Skip("flaky on CI")', "\tfmt.Println(parse(x))", "}"]),
    },
  ],
  invalid: [
    {
      name: "Go: a skip inside a condition leaves the test running",
      change: one("a_test.go", ["package a", "func TestA(t *testing.T) {", "\tif short {", '\t\tt.Skip("slow")', "\t}", "\tfmt.Println(parse(x))", "}"]),
      findings: [{ messageId: "debug", line: 6 }],
    },
  ],
});

testRuleBeforeCalibration("no-debug-statements", {
  valid: [
    {
      name: "Kotlin: a test class marked @Disabled",
      change: one("src/test/kotlin/ATest.kt", ['@Disabled("slow")', "class ATest {", "  @Test", "  fun a() {", "    println(parse(x))", "  }", "}"]),
    },
  ],
  invalid: [
    {
      name: "Java: an @Ignore over the method before does not switch off the next one",
      change: one("src/test/java/ATest.java", [
        "class ATest {",
        "  @Ignore",
        "  @Test",
        "  void a() {}",
        "  @Test",
        "  void b() {",
        "    for (String s : names) {",
        "      System.out.println(parse(s));",
        "    }",
        "  }",
        "}",
      ]),
      findings: [{ messageId: "debug", line: 8 }],
    },
  ],
});

import { oneFileCases } from "../helpers/one-file-cases.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 18, round 2 (#11): prints that are a program's output by the role of their folder (a CLI package, an
// examples project, a playground, docs snippets, a test's app, a logging library's console transport), a doc
// comment's sample the parser lost, and a closure's print that holds a value whose references a test counts. Each
// kept shape has a twin that is still said, and breakpoints keep firing wherever prints are output.
const { one, kept, said } = oneFileCases("debug");
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const JS = (print: string) => ["export function run(x) {", print, "  return x;", "}"];
const KT = (print: string) => ["fun run(x: Int): Int {", print, "    return x", "}"];
const JAVA = (print: string) => ["class Run {", "    int run(int x) {", print, "        return x;", "    }", "}"];
const RS = (print: string) => ["pub fn run(x: u32) -> u32 {", print, "    x", "}"];
const CS = (print: string) => ["class Job {", "    public void Run(int x)", "    {", print, "    }", "}"];

// ---- 1. a folder whose role is output ----
// sqlx e89cb0971a sqlx-cli/src/migrate.rs:89, quartznet abd52f0bc4 src/Quartz.Examples/…, pinia 75f5c51cce
// packages/nuxt/playground/…, jline 347ea7b018 website/static/snippets/…, arrow-kt 312903f147 suspendapp-test-app/…,
// winston e80c531033 and 4d52541df5 lib/winston/transports/console.js (judged wrong or not worth saying).
valid.push(
  kept("Rust: a print in a `-cli` package", "sqlx-cli/src/migrate.rs", RS('    println!("Congratulations on {}", x);')),
  kept("JS: a print in a `_cli` package", "packages/tool_cli/src/run.js", JS("  console.log(x);")),
  kept("C#: a print in a `.Examples` project", "src/Quartz.Examples/05_Misfire/MisfireJob.cs", CS('        Console.WriteLine($"{x} executing");')),
  kept("Java: a print in a `-examples` module", "jline-examples/src/main/java/Run.java", JAVA("        System.out.println(x);")),
  kept("TS: a print in a playground", "packages/playground/src/stores/counter.ts", JS("  console.log(x);")),
  kept("TS: a print in a module's playground", "packages/nuxt/playground/stores/counter.ts", JS("  console.log('asyncIncrement called');")),
  kept("TS: a print in a `-playground` folder", "vue-playground/src/main.ts", JS("  console.log(x);")),
  kept("Java: a docs site's snippet", "website/static/snippets/read-line.java", [
    'String line = reader.readLine("prompt> ");',
    'System.out.println("You entered: " + line);',
  ]),
  kept("Kotlin: a test's app whose output the test reads", "suspendapp/suspendapp-test-app/src/commonMain/kotlin/app.kt", KT('    println("Running $x")')),
  kept("JS: a logging library's console transport", "lib/winston/transports/console.js", JS("  console.log(x);")),
  kept("Python: a logging library's stdout sink", "src/logkit/sinks/stdout.py", ["def emit(record):", "    print(record)", ""]),
  kept("Java: a console appender by its name", "core/src/main/java/org/log/ConsoleAppender.java", JAVA("        System.out.println(x);")),
);
invalid.push(
  // The folder makes prints output, never breakpoints: one still stops the run at a prompt.
  said("JS: a debugger in a playground", "packages/playground/src/main.ts", JS("  debugger;"), 2, "stops"),
  said("Rust: dbg! is no CLI message", "sqlx-cli/src/migrate.rs", RS("    dbg!(x);"), 2),
  // A word that only contains the role is no role: `client/`, `examples-data` files elsewhere, a transport's other file.
  said("JS: a print in a `client` package", "packages/client/src/run.js", JS("  console.log(x);"), 2),
  said("TS: a print in a library beside its playground", "packages/pinia/src/createPinia.ts", JS("  console.log('GREP blank');"), 2),
  said("JS: a print in a transport that is not the console", "lib/winston/transports/file.js", JS("  console.log(x);"), 2),
  said("Kotlin: a print in a test-app's library neighbour", "suspendapp/suspendapp/src/commonMain/kotlin/app.kt", KT('    println("Running $x")'), 2),
);

// ---- 2. a doc comment's sample the parser lost ----
// arrow-kt 8389426676 Resource.kt:733: Kotlin comments nest, `/** … /** Do something with A */ … */` (judged wrong).
const KDOC = [
  "/**",
  " * Deconstruct a resource.",
  " *",
  " * ```kotlin",
  ' * val resource = resource({ "Acquire" }) { _, exitCase -> println("Release $exitCase") }',
  " *",
  " * suspend fun main(): Unit {",
  " *   val (a, release) = resource.allocate()",
  " *   try {",
  " *     /** Do something with A */",
  " *     release(ExitCase.Completed)",
  " *   } catch (e: Throwable) { println(e) }",
  " * }",
  " * ```",
  " */",
  "fun <A> Resource<A>.allocate(): Pair<A, Release> = TODO()",
];
valid.push(
  kept("Kotlin: println in a KDoc sample with a nested comment", "src/commonMain/kotlin/Resource.kt", KDOC),
  kept("Java: System.out in a Javadoc sample", "src/main/java/Res.java", [
    "class Res {",
    "    /**",
    "     * <pre>",
    "     *     System.out.println(res.get());",
    "     * </pre>",
    "     */",
    "    int get() { return 1; }",
    "}",
  ]),
);
invalid.push(
  // After the comment closes, code again: a multiplication's continuation line is no comment either.
  said("Kotlin: a println after the KDoc", "src/commonMain/kotlin/Resource.kt", [...KDOC.slice(0, 15), "fun run(x: Int) {", '    println("x")', "}"], 17),
  said(
    "JS: a console.log on a line that continues a product",
    "src/area.js",
    ["export function area(a, b) {", "  const x = a", "    * b;", "  console.log(x);", "  return x;", "}"],
    4,
  ),
);

// ---- 3. a closure's print that holds a value whose references the test counts ----
// sqlx 4f1ac1d606 tests/sqlite/sqlite.rs:762 (judged wrong: removing the print breaks the strong_count assertions).
const COUNTED = (print: string, check: string) => [
  "#[test]",
  "fn drops_old_handler() {",
  "    let counted = Arc::new(0);",
  "    let o = counted.clone();",
  "    conn.set_handler(move || {",
  print,
  "        false",
  "    });",
  check,
  "}",
];
valid.push(
  kept(
    'Rust: println!("{:?}", o) captured for Arc::strong_count',
    "tests/sqlite/handlers.rs",
    COUNTED('        println!("{:?}", o);', "    assert_eq!(2, Arc::strong_count(&counted));"),
  ),
  kept(
    'Rust: println!("{:?}", o) captured for Arc::weak_count',
    "tests/sqlite/handlers.rs",
    COUNTED('        println!("{:?}", o);', "    assert_eq!(0, Arc::weak_count(&counted));"),
  ),
);
// A JVM test's twin (its prints stay said by default; a Rust test's bare value is session 18's calibrated default).
const JAVA_COUNTED = (check: string) => [
  "class HandlerTest {",
  "    @Test",
  "    void dropsOldHandler() {",
  "        Object o = new Object();",
  "        Runnable r = () -> {",
  "            System.out.println(o);",
  "            work.run();",
  "        };",
  check,
  "    }",
  "}",
];
valid.push(
  kept(
    "Java: a lambda's print of its capture before a WeakReference check",
    "src/test/java/HandlerTest.java",
    JAVA_COUNTED("        assertNull(new WeakReference<>(o).get());"),
  ),
);
invalid.push(said("Java: the same print with no count checked", "src/test/java/HandlerTest.java", JAVA_COUNTED("        assertTrue(conn.isOpen());"), 6));

// ---- 4. a Rust crate made for tests ----
// sqlx 6674e8ba96 sqlx-test/src/lib.rs:161 (`println!("{query}")` in a test macro, judged not worth saying: libtest shows
// it only for a failing test). Its prints are a test's: a labelled one is failure context, as in a test file (a bare
// value is left to session 18's calibrated default for Rust tests' prints).
const MACRO = (print: string) => ["pub fn check(query: &str) -> bool {", print, "    run(query)", "}"];
valid.push(
  kept("Rust: a labelled print in a `-test` crate", "sqlx-test/src/lib.rs", MACRO('    println!("query: {query}");')),
  kept("Rust: a labelled print in a `test-utils` crate", "test-utils/src/lib.rs", MACRO('    println!("query: {query}");')),
);
invalid.push(said("Rust: a labelled print in the library crate", "sqlx-core/src/lib.rs", MACRO('    println!("query: {query}");'), 2), {
  name: "Java: a `-test` module's main sources ship (koin-test)",
  change: one("koin-test/src/main/java/Verify.java", JAVA('        System.out.println("query: " + x);')),
  findings: [{ messageId: "debug", line: 3, data: { what: "System.out.println", where: "output and logs in production" } }],
});

testRule("no-debug-statements", { valid, invalid });

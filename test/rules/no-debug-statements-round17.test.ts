import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 14 (#11): a file that declares its own print-like function calls that function, not the console
// (kotlinx.serialization's JSON `Composer.print` appending to a buffer; a JS shim defining `PrintWriter.println`
// overloads; both judged wrong on set 14). Each quiet case has a twin still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

const COMPOSER = [
  "internal open class Composer(private val sb: StringBuilder) {",
  "    fun print(v: String) = sb.append(v)",
  "    fun nextItem(level: Int) {",
  '        print("\\n")',
  "    }",
  "}",
];
const WRITER = [
  "open class PrintWriter(val w: Writer) {",
  "    open fun println() = w.write(10)",
  "    open fun println(value: Int) = println(value.toString())",
  "}",
];
const valid: ValidCase[] = [
  { name: "Kotlin: a bare print() in a class that declares fun print calls the class's method", change: one("src/Composers.kt", COMPOSER) },
  { name: "Kotlin: println overloads calling each other are the writer's own", change: one("src/Writers.kt", WRITER) },
  {
    name: "Python: a module that defines its own print()",
    change: one("pkg/out.py", ["def print(*args):", "    sink.write(' '.join(map(str, args)))", "", "def emit(x):", "    print(x)"]),
  },
  {
    name: "Go: a package's own println func shadows the builtin",
    change: one("pkg/log.go", ["package pkg", "", "func println(s string) { out.WriteString(s) }", "", "func Emit(s string) {", "\tprintln(s)", "}"]),
  },
];
const invalid: InvalidCase[] = [
  {
    name: "Kotlin: a bare println() where the file declares no println is still said",
    change: one("src/Composers.kt", ["class Composer {", "    fun nextItem() {", '        println("here")', "    }", "}"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Kotlin: System.out.println is the console even where the file declares fun println",
    change: one("src/Writers.kt", [...WRITER.slice(0, 3), "    fun flush() { System.out.println(w) }", "}"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Rust: println! is a macro, never the file's own fn println",
    change: one("src/lib.rs", ["fn println(s: &str) { OUT.push_str(s) }", "", "pub fn emit(x: u8) {", '    println!("{}", x);', "}"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
];

testRule("no-debug-statements", { valid, invalid });

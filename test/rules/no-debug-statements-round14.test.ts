import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 12 (#11): output written for a terminal (escape sequences, a coloured prompt), a demo project's folder, a
// print API's body, a test's failure report, and a PHP method named dump. Each kept case has a twin still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a terminal control sequence ----
// mordant 18e0c23a79 SyscallHandler.posix.kt:182 `print("${CSI}?1005h${CSI}?1000h")`, 6112d01600 `println("$CSI?25h")`.
valid.push(
  {
    name: "Kotlin: printing an escape sequence switches mouse tracking on",
    change: one("src/main/kotlin/Syscalls.kt", [
      "fun enable(mode: Mode) {",
      "    when (mode) {",
      '        Mode.Normal -> print("${CSI}?1005h${CSI}?1000h")',
      "        Mode.Off -> {}",
      "    }",
      "}",
    ]),
  },
  {
    name: "Kotlin: `$CSI?25h` shows the cursor again at exit",
    change: one("src/nativeMain/kotlin/MppImpl.kt", ["fun atExit() {", '    println("$CSI?25h")', "}"]),
  },
  {
    name: "JavaScript: a `\\x1b[` sequence clears the screen",
    change: one("lib/screen.js", ["function clear() {", "  console.log('\\x1b[2J\\x1b[0;0H');", "}"]),
  },
  { name: "Python: `\\033[` hides the cursor", change: one("pkg/cursor.py", ["def hide():", "    print('\\033[?25l', end='')"]) },
  { name: "Go: a concatenated ESC constant", change: one("term/cursor.go", ["package term", "", "func Show() {", '\tfmt.Print(ESC + "[?25h")', "}"]) },
);
invalid.push({
  name: "Kotlin: a value printed beside the same terminal code is still a leftover",
  change: one("src/main/kotlin/Syscalls.kt", ["fun enable(mode: Mode) {", "    println(mode)", '    print("${CSI}?1000h")', "}"]),
  findings: [{ messageId: "debug", line: 2 }],
});

// ---- 2. a print in a colour chosen just above ----
// LiteDB c4901a8da3 LiteDB.Shell/InputCommand.cs:23 (the prompt) and 15664ba9c3 :26 (the timer before it).
const PROMPT = (coloured: boolean) => [
  "public class InputCommand",
  "{",
  "    public string ReadCommand()",
  "    {",
  ...(coloured ? ["        Console.ForegroundColor = ConsoleColor.DarkYellow;"] : []),
  '        Console.Write(_timer.ElapsedMilliseconds.ToString("0000") + " ");',
  "        return this.ReadLine();",
  "    }",
  "}",
];
valid.push({ name: "C#: a shell writes its timer in a colour it chose: output", change: one("LiteDB.Shell/InputCommand.cs", PROMPT(true)) });
invalid.push({
  name: "C#: the same write with no colour is a leftover",
  change: one("LiteDB.Shell/InputCommand.cs", PROMPT(false)),
  findings: [{ messageId: "debug", line: 5 }],
});

// ---- 3. a demo project's folder ----
// LiteDB c8aaf6765c LiteDB.Demo/Tests/InsertTest.cs:56: a stress scenario of the demo console app.
const SCENARIO = [
  "public class InsertTest",
  "{",
  "    public void Run()",
  "    {",
  "        var counter = Insert();",
  '        Console.WriteLine("Total inserted: " + counter);',
  "    }",
  "}",
];
valid.push(
  { name: "C#: a scenario of a `.Demo` project reports its result", change: one("LiteDB.Demo/Tests/InsertTest.cs", SCENARIO) },
  { name: "Python: a script under demo/ prints", change: one("demo/run_queries.py", ["def run():", "    print(query(db))"]) },
);
invalid.push({
  name: "C#: the same scenario in a test project is a leftover",
  change: one("LiteDB.Tests/Tests/InsertTest.cs", SCENARIO),
  findings: [{ messageId: "debug", line: 6 }],
});

// ---- 4. a print API ----
// Its parameter is the message (any type: `message: Any?`); a function that prints some other parameter is a stub.
// mordant 16923a98f0 Terminal.kt:45 `fun success(message: Any?, …) { println(message, theme.success, …) }`.
const API = (param: string) => [
  "class Styles {",
  "    fun success(",
  `            ${param}: Any?,`,
  "            width: Int? = null",
  "    ) {",
  "        println(message, theme.success, width)",
  "    }",
  "}",
];
valid.push(
  { name: "Kotlin: a public print function prints its parameter", change: one("src/jvmMain/kotlin/Terminal.kt", API("message")) },
  {
    name: "TypeScript: a method whose body prints its message of any type",
    change: one("src/notes.ts", ["export class Notes {", "  info(message: unknown) {", "    console.log(message);", "  }", "}"]),
  },
);
invalid.push(
  {
    name: "Kotlin: printing a name that is not its parameter is a leftover",
    change: one("src/jvmMain/kotlin/Terminal.kt", API("text")),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "TypeScript: a function whose body prints a parameter that is not its message is a stub's leftover",
    change: one("src/verify.ts", ["export function verify(def: Def) {", "  console.log(def);", "}"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "TypeScript: a function that prints its argument and goes on is a leftover",
    change: one("src/parse.ts", ["export function parse(value: string) {", "  console.log(value);", "  return value.split(',');", "}"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
);

// ---- 5. a test's failure report ----
// commons-validator c148b04d18 EmailValidatorTest.java:486 "Show individual failures".
const COUNTS = (format: string) => [
  "public class EmailValidatorTest {",
  "    public void testPerl() {",
  "        int errors = 0;",
  "        for (Item item : items) {",
  "            if (validator.isValid(item.email) != item.valid) {",
  `                System.out.printf(${format}, item.email, item.valid);`,
  "                errors += 1;",
  "            }",
  "        }",
  "        assertEquals(0, errors);",
  "    }",
  "}",
];
valid.push(
  {
    name: "Java: a test prints each mismatch, expected and actual, then asserts the count",
    change: one("src/test/java/EmailValidatorTest.java", COUNTS('"%s: expected %s actual %s%n"')),
  },
  {
    name: "Rust: a test's print of what it expected and what it got",
    change: one("src/check.rs", ["fn compare(a: &str, b: &str) {", '    println!("expected {a} but got {b}");', "}"]),
  },
);
invalid.push({
  name: "Java: the same test printing a bare label is a leftover",
  change: one("src/test/java/EmailValidatorTest.java", COUNTS('"%s: %s%n"')),
  findings: [{ messageId: "debug", line: 6 }],
});

// ---- 6. a PHP method named dump ----
// PHP-Parser 8a3074db38 NodeDumper.php:11 `public function dump($node)`, 12faad529e InterfaceTest.php:15.
valid.push(
  {
    name: "PHP: defining a public dump method",
    change: one("lib/NodeDumper.php", [
      "<?php",
      "class NodeDumper {",
      "    public function dump($node, $code = null) {",
      "        return $this->dumpRecursive($node);",
      "    }",
      "}",
    ]),
  },
  {
    name: "PHP: a test's private dump helper",
    change: one("test/Builder/InterfaceTest.php", [
      "<?php",
      "class InterfaceTest {",
      "    private function dump($node) {",
      "        return $pp->prettyPrint(array($node));",
      "    }",
      "}",
    ]),
  },
  { name: "PHP: a function returning by reference named dd", change: one("src/helpers.php", ["<?php", "function &dd($x) {", "    return $x;", "}"]) },
);
invalid.push({
  name: "PHP: calling dump() in the same class is a leftover",
  change: one("lib/NodeDumper.php", [
    "<?php",
    "class NodeDumper {",
    "    public function show($node) {",
    "        dump($node);",
    "        return $this->dumpRecursive($node);",
    "    }",
    "}",
  ]),
  findings: [{ messageId: "debug", line: 4 }],
});

testRule("no-debug-statements", { valid, invalid });

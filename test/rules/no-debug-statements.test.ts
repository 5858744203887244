import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

testRule("no-debug-statements", {
  valid: [
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
    { name: "Ruby: a string mentioning binding.pry", change: one("lib/a.rb", ["puts 'binding.pry'"]) },
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
  ],
  invalid: [
    {
      name: "JS: console.log",
      change: one("src/a.ts", ["const x = 1;", "console.log(x);"]),
      findings: [{ messageId: "debug", path: "src/a.ts", line: 2, data: { what: "console.log" } }],
    },
    { name: "JS: debugger", change: one("src/a.js", ["  debugger;"]), findings: [{ messageId: "debug", line: 1, data: { what: "debugger" } }] },
    { name: "TSX: console.table", change: one("src/App.tsx", ["  console.table(rows)"]), findings: [{ messageId: "debug", data: { what: "console.table" } }] },
    {
      name: "Python: print, pdb and breakpoint",
      change: one("app/views.py", ["print(user)", "import pdb; pdb.set_trace()", "breakpoint()"]),
      findings: [
        { messageId: "debug", line: 1, data: { what: "print()" } },
        { messageId: "debug", line: 2, data: { what: "pdb.set_trace()" } },
        { messageId: "debug", line: 3, data: { what: "breakpoint()" } },
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
        { messageId: "debug", line: 2, data: { what: "dd()" } },
      ],
    },
    { name: "Ruby: binding.pry", change: one("lib/a.rb", ["  binding.pry"]), findings: [{ messageId: "debug", data: { what: "binding.pry" } }] },
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
    {
      name: "output allowed nowhere when the option is emptied",
      options: { allow_output_in: [] },
      change: one("scripts/a.py", ["print(1)"]),
      findings: [{ messageId: "debug" }],
    },
  ],
});

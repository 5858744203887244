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
      name: "output allowed nowhere when the option is emptied",
      options: { allow_output_in: [] },
      change: one("scripts/a.py", ["print(1)"]),
      findings: [{ messageId: "debug" }],
    },
  ],
});

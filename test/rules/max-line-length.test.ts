import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const long = (n: number, prefix = "x") => prefix + "y".repeat(n - prefix.length);

testRule("max-line-length", {
  valid: [
    { name: "short TypeScript line", change: change([addedFile("src/a.ts", ["const a = 1;"])]) },
    { name: "exactly at the limit", change: change([addedFile("src/a.py", [long(120)])]) },
    { name: "URL in a comment (Python)", change: change([addedFile("src/a.py", [`# see https://example.com/${"p".repeat(150)}`])]) },
    { name: "import line (TypeScript)", change: change([addedFile("src/a.ts", [`import { ${"a, ".repeat(50)}b } from "./x.js";`])]) },
    { name: "Go import inside parens is a normal line but short", change: change([addedFile("main.go", ['\t"fmt"'])]) },
    { name: "Java long string literal", change: change([addedFile("A.java", [`    String m = "${"word ".repeat(30)}";`])]) },
    {
      name: "TS: a line inside a multi-line template literal (CSS)",
      change: change([addedFile("src/a.ts", ["const css = `", `  .a { ${"color: red; ".repeat(12)} }`, "`;"])]),
    },
    { name: "Go: a long raw string", change: change([addedFile("a.go", ["package a", "var s = `", `${"Write-Host x; ".repeat(12)}`, "`"])]) },
    { name: "TS: a long regular-expression literal on a line of its own", change: change([addedFile("src/a.ts", [`    /^(${"abc|".repeat(30)}x)$/,`])]) },
    { name: "TS: a long regular-expression literal", change: change([addedFile("src/a.ts", [`const RE = /^(${"abc|".repeat(30)}x)$/u;`])]) },
    { name: "custom max", options: { max: 200 }, change: change([addedFile("src/a.rs", [long(150)])]) },
    { name: "ignore_pattern (RE2)", options: { ignore_pattern: "^\\s*// eslint-" }, change: change([addedFile("a.js", [`// eslint-${"z".repeat(130)}`])]) },
    { name: "emoji count as one character each", change: change([addedFile("a.md.ts", ["😀".repeat(100)])]) },
  ],
  invalid: [
    {
      name: "a long line of code after a multi-line string is still code (Python)",
      change: change([addedFile("app/a.py", ['s = """', "text", '"""', `x = ${"a + ".repeat(40)}b`])]),
      findings: [{ messageId: "tooLong", line: 4 }],
    },
    {
      name: "long TypeScript line",
      change: change([addedFile("src/a.ts", ["ok", long(121)], 10)]),
      findings: [{ messageId: "tooLong", path: "src/a.ts", line: 11, data: { length: 121, max: 120 } }],
    },
    {
      name: "Python line over a custom max",
      options: { max: 79 },
      change: change([addedFile("pkg/mod.py", [long(80)], 3)]),
      findings: [{ messageId: "tooLong", path: "pkg/mod.py", line: 3, data: { length: 80, max: 79 } }],
    },
    {
      name: "Go line with tabs expanded",
      options: { max: 20 },
      change: change([addedFile("main.go", ["\t\t\t\tx := computeThing()"])]),
      findings: [{ messageId: "tooLong", path: "main.go", line: 1, data: { length: 35 } }],
    },
    {
      name: "URL ignoring can be turned off",
      options: { ignore_urls: false },
      change: change([addedFile("a.py", [`# https://example.com/${"p".repeat(150)}`])]),
      findings: [{ messageId: "tooLong", path: "a.py", line: 1 }],
    },
    {
      name: "several files, several lines",
      options: { max: 10 },
      change: change([addedFile("a.rb", ["short", long(11)]), addedFile("b.java", [long(12)], 7)]),
      findings: [
        { messageId: "tooLong", path: "a.rb", line: 2 },
        { messageId: "tooLong", path: "b.java", line: 7 },
      ],
    },
  ],
});

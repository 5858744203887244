import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);

testRule("no-commented-out-code", {
  valid: [
    {
      name: "TS: explanatory prose",
      change: one("src/a.ts", [
        "// Retry three times because the upstream API",
        "// drops the first request after a deploy,",
        "// and we would rather wait than fail.",
      ]),
    },
    { name: "TS: two lines of code are below the threshold", change: one("src/a.ts", ["// const a = 1;", "// const b = 2;"]) },
    { name: "Python: a docstring-like comment block", change: one("app/a.py", ["# Steps:", "# 1. read the file", "# 2. parse it"]) },
    { name: "Go: directives and rulers", change: one("main.go", ["//go:generate stringer -type=Kind", "// -----------", "// nolint:errcheck"]) },
    { name: "JSDoc tags", change: one("src/a.js", ["/**", " * @param {string} a", " * @returns {number}", " */"]) },
    {
      name: "code lines that are not consecutive",
      change: change([addedFile("src/a.ts", ["// foo();"], 1), addedFile("src/b.ts", ["// bar();", "// baz();"], 5)]),
    },
  ],
  invalid: [
    {
      name: "TS: a commented-out block",
      change: one("src/a.ts", ["const x = 1;", "// if (x > 1) {", "//   console.log(x);", "// }", "return x;"]),
      findings: [{ messageId: "commentedOut", path: "src/a.ts", line: 2, data: { count: 3 } }],
    },
    {
      name: "Python: commented-out statements",
      change: one("app/a.py", ["# for item in items:", "#     total += item.price", "# return total"]),
      findings: [{ messageId: "commentedOut", line: 1, data: { count: 3 } }],
    },
    {
      name: "Java: commented-out calls",
      change: one("src/main/java/A.java", ["// service.start();", "// service.await();", "// service.stop();", "// service.close();"]),
      findings: [{ messageId: "commentedOut", line: 1, data: { count: 4 } }],
    },
    {
      name: "min_lines option",
      options: { min_lines: 2 },
      change: one("src/a.ts", ["// a = b;", "// c = d;"]),
      findings: [{ messageId: "commentedOut", data: { count: 2 } }],
    },
  ],
});

import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// A line is judged by one pattern: a breakpoint beside a print is what the line is said for, since it stops the
// program (and a print's finding may be counted in a too-big change's size finding, a stop's never is).
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);

testRule("no-debug-statements", {
  valid: [
    {
      name: "JS: a breakpoint behind a flag the caller sets",
      change: one("src/lexer.js", ["export function lex(x, opts) {", "  if (opts.debug) debugger;", "  return x;", "}"]),
    },
  ],
  invalid: [
    {
      name: "JS: `console.log(x); debugger;` is the debugger's finding",
      change: one("src/lexer.js", ["export function lex(x) {", "  console.log(x); debugger;", "  return x;", "}"]),
      findings: [{ messageId: "stops", line: 2 }],
    },
    {
      name: "Python: `print(x); breakpoint()` is the breakpoint's",
      change: one("pkg/lexer.py", ["def lex(x):", "    print(x); breakpoint()", "    return x"]),
      findings: [{ messageId: "stops", line: 2 }],
    },
    {
      name: "JS: a print alone is still a print",
      change: one("src/lexer.js", ["export function lex(x) {", "  console.log(x);", "  return x;", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
  ],
});

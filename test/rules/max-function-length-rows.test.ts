import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { LENGTH_AT_10, testRule } from "../helpers/rule-tester.js";
import { changed } from "../helpers/base-head.js";

// Set 21 (#10): a function long by the rows of a table written as code (see table-rows-in-code.ts) is as long as its steps.
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
/** Steps that differ from one another: a call, a branch, a loop, in turn. */
const steps = (n: number, from = 0) =>
  range(
    n,
    (i) =>
      [
        `  const v${i + from} = load${i + from}(input, ${i});`,
        `  if (v${i + from} > limit) throw new Error("too big");`,
        `  for (const k of keys) total += weigh(k, v${i + from});`,
        `  out.push([v${i + from}, total].join(sep));`,
      ][(i + from) % 4],
  );
const fn = (name: string, body: string[]) => ["export function " + name + "(input, out) {", ...body, "  return out;", "}", ""].join("\n");
/** MessagePack 7584336cf7 `Serialize`: a type switch of one line a case, `case Codes.T3: return Writer.Write3(out, offset, (T3)input);`. */
const typeSwitch = (n: number) => [
  "  switch (code(input)) {",
  ...range(n, (i) => `    case Codes.T${i}: return Writer.Write${i}(out, offset, (T${i})input);`),
  "  }",
];
/** A table filled entry by entry: `names[K3] = "k3";`. */
const table = (n: number) => range(n, (i) => `  names[K${i}] = "k${i}";`);
/** jshttp/cookie 16ded6894d: an option walk given one more option, a switch of three-line rows. */
const priority = [
  "  if (opt.priority) {",
  "    var priority = typeof opt.priority === 'string' ? opt.priority.toLowerCase() : opt.priority;",
  "    switch (priority) {",
  ...["low", "medium", "high", "urgent"].flatMap((p) => [`      case '${p}':`, `        str += '; Priority=${p}';`, "        break;"]),
  "      default:",
  "        throw new TypeError('option priority is invalid');",
  "    }",
  "  }",
];
/** Steps of one shape by accident: each names its own value and its own function (`a = f(b)` doing different work). */
const accidental = (n: number) => range(n, (i) => `  v${"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"[i]} = make${"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"[i]}(input);`);

const valid: ValidCase[] = [
  {
    name: "a new function of 88 lines, a type switch of one line a case",
    ...changed("src/write.js", undefined, fn("serialize", [...steps(20), ...typeSwitch(64)])),
  },
  {
    name: "a 32-line table of assignments added to a function over the limit",
    ...changed("src/codes.js", fn("fill", steps(70)), fn("fill", [...steps(70), ...table(32)])),
  },
  {
    name: "one more option in an option walk, its values a switch of three-line rows",
    ...changed("src/cookie.js", fn("serialize", steps(70)), fn("serialize", [...steps(70), ...priority])),
  },
];
const invalid: InvalidCase[] = [
  {
    name: "a new function of 100 lines of steps that differ",
    ...changed("src/write.js", undefined, fn("serialize", steps(100))),
    findings: [{ messageId: "tooLong" }],
  },
  {
    name: "a 32-line block of steps added to a function over the limit (the message says the block's size)",
    ...changed("src/codes.js", fn("fill", steps(70)), fn("fill", [...steps(70), ...steps(32, 200)])),
    findings: [{ messageId: "addsBlock", data: { block: 32 } }],
  },
  {
    name: "a block of steps that share a shape by accident, each its own value and function",
    ...changed("src/codes.js", fn("fill", steps(70)), fn("fill", [...steps(70), ...accidental(30)])),
    findings: [{ messageId: "addsBlock", data: { block: 30 } }],
  },
];

testRule("max-function-length", { valid, invalid }, LENGTH_AT_10);

import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { LENGTH_AT_10, testRule } from "../helpers/rule-tester.js";
import { changed } from "../helpers/base-head.js";

// Set 21 (#10): a function long by the rows of a table written as code (see line-shapes.ts) is as
// long as its steps; a kotest spec body is a container of tests, not a function.
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
/** A type switch of one step a case, two lines a row: `case 3: return write3(bytes, offset, value);`. */
const typeSwitch = (n: number) => [
  "  switch (code(input)) {",
  ...Array.from({ length: n }, (_, i) => [`    case Codes.T${i}:`, `      return Writer.Write${i}(out, offset, input);`]).flat(),
  "  }",
];
/** A table filled entry by entry: `names[3] = "three";`. */
const table = (n: number) => range(n, (i) => `  names[K${i}] = "k${i}";`);

const valid: ValidCase[] = [
  {
    name: "a new function of 100 lines, a type switch of one step a case",
    ...changed("src/write.js", undefined, fn("serialize", [...steps(12), ...typeSwitch(44)])),
  },
  {
    name: "a 32-line table of assignments added to a function over the limit",
    ...changed("src/codes.js", fn("fill", steps(70)), fn("fill", [...steps(70), ...table(32)])),
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
];

// kotest's DiscoveryTestWithSelectors.kt (c79049bdcc): a spec in `src/jvmTest/`, named not as a test by its path.
const kotlinSteps = (n: number, from = 0) =>
  range(
    n,
    (i) =>
      [
        `      val v${i + from} = load${i + from}(input, ${i})`,
        `      if (v${i + from} > limit) error("too big")`,
        `      for (k in keys) total += weigh(k, v${i + from})`,
        `      out.add(listOf(v${i + from}, total).joinToString(sep))`,
      ][(i + from) % 4],
  );
const specFile = (head: string, added: string[]) =>
  ["package a", "", `${head} {`, '   test("old cases") {', ...kotlinSteps(70), "   }", ...added, "})", ""].join("\n");
const newCase = ['   test("classpath root selector") {', ...kotlinSteps(24, 300), "   }"];
valid.push({
  name: "Kotlin: a kotest spec body given a long test case",
  ...changed(
    "runner/src/jvmTest/kotlin/a/DiscoverySelectors.kt",
    specFile("class DiscoverySelectors : FunSpec(", []),
    specFile("class DiscoverySelectors : FunSpec(", newCase),
  ),
});
invalid.push({
  name: "Kotlin: the same body passed to a class that is no kotest spec style",
  ...changed(
    "runner/src/jvmTest/kotlin/a/DiscoverySelectors.kt",
    specFile("class DiscoverySelectors : Builder(", []),
    specFile("class DiscoverySelectors : Builder(", newCase),
  ),
  findings: [{ messageId: "addsBlock" }],
});

testRule("max-function-length", { valid, invalid }, LENGTH_AT_10);

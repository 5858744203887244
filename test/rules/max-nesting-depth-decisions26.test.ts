import { addedFile, change } from "../helpers/make-change.js";
import { nestedGo } from "../helpers/nested-go.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 26 (#10): on sets 21–25, nesting findings in functions that decide little (BenchmarkDotNet's
// 25-line `HasBenchmarkAttribute` walk, go-redis' deep-copy `Clone` methods, json-schema-validator's
// 30-line `build`: fewer than 9 decisions each) were all judged "not worth saying"; the three agreed
// (actix-web's `poll_response`, quick-xml's `next`, json-schema-validator's `validate`) had 20 to 34.
const added = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
/** `walk` nested six deep (six decisions), with `extra` more top-level decisions before the deep loop. */
const deciding = (extra: number) => {
  const deep = nestedGo("copy", 6);
  const at = deep.indexOf("func walk(n int) int {") + 1;
  const guards = Array.from({ length: extra }, (_, k) => [`\tif n == ${k + 100} {`, `\t\tn += ${k + 1}`, "\t}"]).flat();
  return [...deep.slice(0, at), ...guards, ...deep.slice(at)];
};

testRule("max-nesting-depth", {
  valid: [
    { name: "Go: a new function six deep with six decisions (a deep copy, a search walk)", change: added("command.go", deciding(0)) },
    { name: "Go: fourteen decisions, one under the default", change: added("command.go", deciding(8)) },
  ],
  invalid: [
    { name: "Go: a new function six deep with fifteen decisions", change: added("command.go", deciding(9)), findings: [{ messageId: "tooDeep" }] },
    {
      name: "Go: `min_decisions: 0` judges every function",
      change: added("command.go", deciding(0)),
      options: { min_decisions: 0 },
      findings: [{ messageId: "tooDeep" }],
    },
  ],
});

import { changed, withTree } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 31 (#10): cue 5adf7f5001 grows `tidy` from 44 to 135 lines in a file whose neighbours run to 203 (`updateRoots`):
// the `follow_practice` gate kept it quiet, and the misses judge called it a clear miss. A function grown by more
// than a whole function may hold is the change's doing, whatever its neighbours' length.
const PATH = "internal/mod/modload/tidy.go";
const stmt = (name: string, i: number) => `\t${name}${i} := load(ctx, ${i}) + offset(${i % 7})`;
const fn = (name: string, n: number) => [
  `func ${name}(ctx *Context) int {`,
  ...Array.from({ length: n }, (_, i) => stmt(`${name}V`, i)),
  `\treturn 0`,
  "}",
  "",
];
/** Three long neighbours (the file's practice) and `tidy` at `n` statements. */
const file = (n: number) => ["package modload", "", ...fn("updateRoots", 200), ...fn("tidyRoots", 80), ...fn("resolveDeps", 75), ...fn("tidy", n)].join("\n");
const tree = [PATH, "internal/mod/modload/update.go", "internal/mod/modload/tidy_test.go"];

testRule("max-function-length", {
  valid: [
    {
      name: "Go: a function grown by 30 lines past the limit beside longer neighbours follows their practice",
      ...withTree(changed(PATH, file(40), file(70)), tree),
    },
  ],
  invalid: [
    {
      name: "Go: the same function grown by more than a whole function may hold",
      ...withTree(changed(PATH, file(40), file(130)), tree),
      findings: [{ messageId: "addsBlock" }],
    },
  ],
});

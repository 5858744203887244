import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { nestedGo } from "../helpers/nested-go.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 17 (#10, #11): a benchmark harness, at the root or in a monorepo's package (zod's
// `packages/bench/memory/`, 683 of 908 lines pr-size counted, judged "not worth saying" on set 16), is
// one kind of code for every rule: pr-size does not count it, the structural rules leave it alone.

/** Lines that share no token-level replacement and read as code. */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
const newFile = (path: string, n: number, prefix = "n") => addedFile(path, distinct(prefix, n), 1, { status: "added" });
// 950 lines counted when the bench is product code: clear of the default 12.5% margin (over 900).
const withBench = (bench: string) => change([newFile(bench, 700, "b"), newFile("packages/zod/src/v4/util.ts", 250, "u")]);

const goDeep = nestedGo("bench", 6);
const deepAt = (path: string) => change([addedFile(path, goDeep, 1, { status: "added" })]);

testRule("pr-size", {
  valid: [
    { name: "TS: a monorepo's bench package", change: withBench("packages/bench/memory/own-props.ts") },
    { name: "Rust: a crate's benches/", change: withBench("crates/core/benches/parse.rs") },
    { name: "Python: the root benchmarks/", change: withBench("benchmarks/bench_parse.py") },
  ],
  invalid: [
    { name: "TS: a library's own src/bench/ is product code", change: withBench("packages/zod/src/bench/run.ts"), findings: [{ messageId: "tooBig" }] },
    { name: "TS: a bench folder deeper than a package's", change: withBench("a/b/c/bench/run.ts"), findings: [{ messageId: "tooBig" }] },
  ],
});

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [
    { name: "Go: a package's bench/ folder", change: deepAt("packages/zod/bench/walk.go") },
    { name: "Go: the root bench/", change: deepAt("bench/walk.go") },
  ],
  invalid: [{ name: "Go: a library's internal/ code", change: deepAt("internal/walk/walk.go"), findings: [{ messageId: "tooDeep" }] }],
});

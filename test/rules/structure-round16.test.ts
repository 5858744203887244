import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { range, SAMPLES } from "../syntax/samples.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * Session 16's judged patterns (#10), at the default limits: a short function's score, Go's
 * iterator stop check, loops that walk a cross product, and a benchmark project beside the code.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const nesting = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

for (const s of SAMPLES) {
  // Seven branches nested in each other: 28, on some fifteen lines.
  const short = s.nest(7);
  complexity.valid.push({
    // jimfs a37fc728b3 `equals` (19 lines, 22), node-semver 89eabc1de5 `diff` (25 lines, 28): judged "not worth saying".
    name: `${s.lang}: a new function of some twenty lines at 28 is read at once`,
    ...changed(s.path, undefined, s.file("decide", short)),
  });
  complexity.invalid.push({
    name: `${s.lang}: the same score on more than one screen`,
    ...changed(s.path, undefined, s.file("decide", [...short, ...range(36, (i) => s.stmt(300 + i))])),
    findings: [{ messageId: "tooComplex", data: { name: "decide", complexity: 28 } }],
  });
  complexity.invalid.push({
    name: `${s.lang}: a short function at twice the limit`,
    ...changed(s.path, undefined, s.file("decide", s.nest(9))),
    findings: [{ messageId: "tooComplex", data: { name: "decide", complexity: 45 } }],
  });
}

/** A Go iterator closure like lo's `Sliding`: a switch of three windowing loops, each value handed on through `stop`. */
const windows = (stop: (v: string) => string[]) =>
  [
    "package it",
    "",
    "func Windows(xs []int, size, step int) func(func([]int) bool) {",
    "\tgap := step - size",
    "\tlimit := len(xs)",
    "\treturn func(yield func([]int) bool) {",
    "\t\tbuf := make([]int, size)",
    "\t\tcount := 0",
    "\t\tskip := 0",
    "\t\ttotal := 0",
    "\t\tswitch {",
    "\t\tcase gap == 0:",
    "\t\t\tfor _, x := range xs {",
    "\t\t\t\tbuf[count] = x",
    "\t\t\t\tcount++",
    "\t\t\t\tif count == size {",
    ...stop("buf").map((l) => `\t\t\t\t\t${l}`),
    "\t\t\t\t\tcount = 0",
    "\t\t\t\t\ttotal++",
    "\t\t\t\t}",
    "\t\t\t}",
    "\t\tcase gap < 0:",
    "\t\t\tfor _, x := range xs {",
    "\t\t\t\tbuf[count] = x",
    "\t\t\t\tcount++",
    "\t\t\t\tif count == size {",
    ...stop("buf").map((l) => `\t\t\t\t\t${l}`),
    "\t\t\t\t\tcount -= step",
    "\t\t\t\t\tcopy(buf, buf[step:])",
    "\t\t\t\t\ttotal++",
    "\t\t\t\t}",
    "\t\t\t}",
    "\t\tdefault:",
    "\t\t\tfor _, x := range xs {",
    "\t\t\t\tif skip > 0 {",
    "\t\t\t\t\tskip--",
    "\t\t\t\t\tcontinue",
    "\t\t\t\t}",
    "\t\t\t\tbuf[count] = x",
    "\t\t\t\tcount++",
    "\t\t\t\tif count == size {",
    ...stop("buf").map((l) => `\t\t\t\t\t${l}`),
    "\t\t\t\t\tcount = 0",
    "\t\t\t\t\tskip = gap",
    "\t\t\t\t\ttotal++",
    "\t\t\t\t}",
    "\t\t\t}",
    "\t\t}",
    "\t\tlimit -= total",
    "\t}",
    "}",
  ].join("\n");
complexity.valid.push({
  // samber/lo c1d11cb658 `Sliding` (31, three `if !yield(…) { return }`): judged "not worth saying".
  name: "Go: an iterator whose score is its `if !yield(v) { return }` checks",
  ...changed(
    "it/seq.go",
    undefined,
    windows((v) => [`if !yield(append([]int(nil), ${v}...)) {`, "\treturn", "}"]),
  ),
});
complexity.invalid.push({
  name: "Go: the same loops deciding for themselves when to stop",
  // Shallow and under twice the max: without shallow_margin (session 18), the mechanism shows.
  options: { shallow_margin: 0 },
  ...changed(
    "it/seq.go",
    undefined,
    windows((v) => [`if len(${v}) > limit {`, "\treturn", "}"]),
  ),
  findings: [{ messageId: "tooComplex", data: { name: "(function returned by Windows)" } }],
});

/** Seven loops over lists, `between` each loop's header and the next: lo's `CrossJoinBy7` when there is nothing between. */
const crossJoin = (between: string[]) => {
  const opens = Array.from({ length: 7 }, (_, i) => [
    `${"\t".repeat(i + 2)}for _, v${i} := range l${i} {`,
    ...between.map((l) => `${"\t".repeat(i + 3)}${l}`),
  ]).flat();
  return [
    "package it",
    "",
    "func CrossJoin7(l0, l1, l2, l3, l4, l5, l6 []int, project func(...int) int) func(func(int) bool) {",
    "\treturn func(yield func(int) bool) {",
    ...range(36, (i) => `\t\tproject = wrap(project, ${i})`),
    ...opens,
    `${"\t".repeat(9)}if !yield(project(v0, v1, v2, v3, v4, v5, v6)) {`,
    `${"\t".repeat(10)}return`,
    `${"\t".repeat(9)}}`,
    ...range(7, (i) => `${"\t".repeat(8 - i)}}`),
    "\t}",
    "}",
  ].join("\n");
};
complexity.valid.push({
  // samber/lo 43cef1f439 `CrossJoinBy7` (36): "seven nested `for range` loops are the definition of a 7-way cross product".
  name: "Go: seven loops over lists nested with nothing between them walk one cross product",
  ...changed("it/tuples.go", undefined, crossJoin([])),
});
complexity.invalid.push({
  name: "Go: seven loops each doing work of its own before the next",
  ...changed("it/tuples.go", undefined, crossJoin(["count++"])),
  findings: [{ messageId: "tooComplex" }],
});
nesting.valid.push({
  // samber/lo 43cef1f439 `CrossJoinBy5`, six deep with its yield check: judged "not worth saying".
  name: "Go: a cross product's loops are one level, its yield check none",
  ...changed("it/tuples.go", undefined, crossJoin([])),
});
nesting.invalid.push({
  name: "Go: loops with work between them are levels of their own",
  ...changed("it/tuples.go", undefined, crossJoin(["count++"])),
  findings: [{ messageId: "tooDeep" }],
});

/** Five loops over collections in Python, `between` each header and the next. */
const grid = (between: string) =>
  [
    "def cells(rows, cols, planes, times, units):",
    "    out = []",
    // Over 50 lines of code: a short new function one level past the limit is read whole (max-nesting-depth).
    ...range(50, (i) => `    v${i} = ${i}`),
    "    for r in rows:",
    ...(between ? [`        ${between}`] : []),
    "        for c in cols:",
    ...(between ? [`            ${between}`] : []),
    "            for p in planes:",
    ...(between ? [`                ${between}`] : []),
    "                for t in times:",
    ...(between ? [`                    ${between}`] : []),
    "                    for u in units:",
    "                        if keep(r, c, p, t, u):",
    "                            out.append((r, c, p, t, u))",
    "                            out.sort()",
    "                            out.reverse()",
    "    return out",
  ].join("\n");
nesting.valid.push({ name: "Python: five loops over collections nested with nothing between them", ...changed("app/grid.py", undefined, grid("")) });
nesting.invalid.push({
  name: "Python: the same loops with a step of their own each",
  ...changed("app/grid.py", undefined, grid("out.append(None)")),
  findings: [{ messageId: "tooDeep" }],
});
const forOf = (between: string) =>
  [
    "export function cells(rows: number[][][][], out: number[]): void {",
    ...range(50, (i) => `  const v${i} = ${i};`),
    "  for (const a of rows) {",
    ...(between ? [`    ${between}`] : []),
    "    for (const b of a) {",
    ...(between ? [`      ${between}`] : []),
    "      for (const c of b) {",
    ...(between ? [`        ${between}`] : []),
    "        for (const d of c) {",
    "          if (d > 0) {",
    "            out.push(d);",
    "            out.sort();",
    "            out.reverse();",
    "          }",
    "        }",
    "      }",
    "    }",
    "  }",
    "}",
  ].join("\n");
nesting.valid.push({ name: "TypeScript: four for-of loops nested with nothing between them", ...changed("src/grid.ts", undefined, forOf("")) });
nesting.invalid.push({
  name: "TypeScript: the same loops with a step of their own each",
  ...changed("src/grid.ts", undefined, forOf("out.push(0);")),
  findings: [{ messageId: "tooDeep" }],
});
const whiles = [
  "export function drain(q: number[][], out: number[]): void {",
  ...range(50, (i) => `  const v${i} = ${i};`),
  "  while (q.length > 0) {",
  "    while (q[0].length > 0) {",
  "      while (out.length < 9) {",
  "        while (q[0][0] > 0) {",
  "          if (q[0][0] > 1) {",
  "            out.push(q[0][0]);",
  "            q[0][0]--;",
  "            out.sort();",
  "          }",
  "        }",
  "      }",
  "    }",
  "  }",
  "}",
].join("\n");
nesting.invalid.push({
  name: "TypeScript: `while` loops nested with nothing between them are conditions, not a product",
  ...changed("src/drain.ts", undefined, whiles),
  findings: [{ messageId: "tooDeep" }],
});

/** A long and deep C# method: a benchmark's pipeline loop. */
const benchmark = [
  "class Bench {",
  "  static int Main(string[] args) {",
  // Steps that differ, four forms in turn: one line repeated would be the rows of a table (see table-rows-in-code.ts).
  ...range(70, (i) => `    ${[`total = total + ${i};`, `total = Scale(total, ${i});`, `total -= Step(${i});`, `total = Limit(total) * ${i};`][i % 4]}`),
  ...range(6, (i) => `${"  ".repeat(i + 2)}foreach (var y${i} in ys${i}) { if (y${i} > ${i}) {`),
  "              total++;",
  ...range(6, (i) => `${"  ".repeat(7 - i)}} }`),
  "    return total;",
  "  }",
  "}",
].join("\n");
for (const path of ["src/RESPite.Benchmark/Program.cs", "perf/Parser.Benchmarks/Program.cs", "src/redis-bench/Program.cs"]) {
  // StackExchange.Redis 0180afa0e3 `src/RESPite.Benchmark/Program.cs` `Main`, `BenchmarkBase.RunAsyncCore`: judged "not worth saying".
  const c = { name: `C#: a benchmark project's harness, ${path}`, ...changed(path, undefined, benchmark) };
  complexity.valid.push(c);
  length.valid.push(c);
  nesting.valid.push(c);
}
length.invalid.push({
  name: "C#: a class named for benchmarking in the product's own folder is product code",
  ...changed("src/Redis/Benchmark.cs", undefined, benchmark),
  findings: [{ messageId: "tooLong" }],
});

/** A reply parser's switch over field names, `work` lines each arm, in C# (Allman) or TypeScript. */
const fieldSwitch = (lang: "C#" | "TypeScript", work: number) => {
  const fields = range(10, (i) => `field${i}`);
  if (lang === "C#")
    return [
      "    var hash = key.Hash64();",
      "    switch (hash)",
      "    {",
      ...fields.flatMap((f) => [
        `      case Hashes.${f}.Hash when Hashes.${f}.Is(hash, key):`,
        ...range(work, (k) => `        if (!value.TryGetInt64(out ${f}_${k})) return false;`),
        "        break;",
      ]),
      "    }",
    ];
  return [
    "  const name = key.toString();",
    "  switch (name) {",
    ...fields.flatMap((f) => [`    case "${f}":`, ...range(work, (k) => `      ${f}${k} = value.asNumber();`), "      break;"]),
    "  }",
  ];
};
for (const lang of ["C#", "TypeScript"] as const) {
  const s = SAMPLES.find((x) => x.lang === lang)!;
  const old = range(70, s.stmt);
  length.valid.push({
    // StackExchange.Redis 18fdcd7377 XINFO STREAM: the fields of a new server version as one-step cases (judged "not worth saying").
    name: `${lang}: a switch of one step an arm added to a long function is a table, not a block to extract`,
    ...changed(s.path, s.file("parse", old), s.file("parse", [...old.slice(0, 35), ...fieldSwitch(lang, 1), ...old.slice(35)])),
  });
  length.invalid.push({
    name: `${lang}: the same switch with three steps an arm`,
    ...changed(s.path, s.file("parse", old), s.file("parse", [...old.slice(0, 35), ...fieldSwitch(lang, 3), ...old.slice(35)])),
    findings: [{ messageId: "addsBlock", data: { name: "parse" } }],
  });
}

testRule("max-complexity", complexity);
testRuleBeforeCalibration("max-nesting-depth", nesting);
testRule("max-function-length", length);

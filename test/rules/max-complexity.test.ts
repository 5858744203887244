import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { range, SAMPLES } from "../syntax/samples.js";

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// Each branch is one decision: complexity is 1 + the number of branches.
for (const s of SAMPLES) {
  const complex = s.file("decide", [...range(20, s.branch), s.stmt(0)]);
  valid.push(
    { name: `${s.lang}: complexity at the max`, ...changed(s.path, undefined, s.file("decide", range(14, s.branch))) },
    {
      name: `${s.lang}: a statement edited in an existing complex function (no decision added)`,
      ...changed(s.path, complex, s.file("decide", [...range(20, s.branch), s.stmt(7)])),
    },
    {
      name: `${s.lang}: one more decision in an already complex function is below min_growth`,
      ...changed(s.path, complex, s.file("decide", [...range(21, s.branch), s.stmt(0)])),
    },
    {
      // gin 8b9c55e8, requests 8546a155, cobra 50258f15: a guard or an elif added to a function
      // already at 19 to 57, judged not worth saying.
      name: `${s.lang}: 3 more decisions in an already complex function are below the default min_growth of 4`,
      ...changed(s.path, complex, s.file("decide", [...range(23, s.branch), s.stmt(0)])),
    },
    {
      // gin 28e57f58: a 3-line default-value fix took form_mapping's function from 15 to 16.
      name: `${s.lang}: an existing function tipped over the max by fewer decisions than min_growth`,
      ...changed(s.path, s.file("decide", range(14, s.branch)), s.file("decide", range(15, s.branch))),
    },
    { name: `${s.lang}: test fixtures are not reviewed`, ...changed(s.path.replace(/[^/]+$/, "testdata/$&"), undefined, complex) },
  );
  invalid.push(
    {
      name: `${s.lang}: a new function with 1 + 15 decisions`,
      ...changed(s.path, undefined, s.file("decide", range(15, s.branch))),
      findings: [{ messageId: "tooComplex", path: s.path, data: { name: "decide", complexity: 16, max: 15 } }],
    },
    {
      name: `${s.lang}: an existing function made more complex than the max`,
      ...changed(s.path, s.file("decide", range(10, s.branch)), s.file("decide", range(16, s.branch))),
      findings: [{ messageId: "tooComplex", data: { complexity: 17 } }],
    },
    {
      name: `${s.lang}: an already complex function given 4 more decisions`,
      ...changed(s.path, complex, s.file("decide", [...range(24, s.branch), s.stmt(0)])),
      findings: [{ messageId: "grew", data: { name: "decide", before: 21, complexity: 25 } }],
    },
  );
}

testRule("max-complexity", {
  valid: [
    ...valid,
    {
      name: "TS: let → const in a complex function adds no decision",
      ...changed(
        "src/a.ts",
        ["function f(x: number) {", "  let y = 0;", ...range(20, (i) => `  if (x === ${i}) y++;`), "  return y;", "}"].join("\n"),
        ["function f(x: number) {", "  const y = 0;", ...range(20, (i) => `  if (x === ${i}) y++;`), "  return y;", "}"].join("\n"),
      ),
    },
    {
      name: "TS: decisions inside test callbacks do not count",
      ...changed("test/a.test.ts", undefined, ['it("x", () => {', ...range(20, (i) => `  if (a === ${i}) expect(a).toBe(${i});`), "});"].join("\n")),
    },
  ],
  invalid: [
    ...invalid,
    {
      name: "JS: && || ?? and ?: count",
      options: { max: 3 },
      ...changed("src/a.js", undefined, ["const f = (a, b) => {", "  const v = a && b || c ?? d;", "  return v ? 1 : 2;", "};"].join("\n")),
      findings: [{ messageId: "tooComplex", data: { name: "f", complexity: 5 } }],
    },
    {
      name: "Python: and/or, elif, comprehension ifs and except count",
      options: { max: 3 },
      ...changed(
        "app/a.py",
        undefined,
        [
          "def f(a, b):",
          "    if a and b or a:",
          "        pass",
          "    elif b:",
          "        pass",
          "    try:",
          "        pass",
          "    except E:",
          "        pass",
          "    return [x for x in a if x]",
        ].join("\n"),
      ),
      findings: [{ messageId: "tooComplex", data: { complexity: 8 } }],
    },
    {
      name: "Java: case labels and catch count; default does not",
      options: { max: 2 },
      ...changed(
        "A.java",
        undefined,
        ["class A {", "  int f(int x) {", "    switch (x) { case 1: return 1; case 2: return 2; default: return 0; }", "  }", "}"].join("\n"),
      ),
      findings: [{ messageId: "tooComplex", data: { complexity: 3 } }],
    },
  ],
});

import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { testRule } from "../helpers/rule-tester.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * A new file copied from one the repository has (copy-originals.ts, copied-functions.ts): the
 * structural rules judge each of its functions against the original's. One the original holds at
 * the same size was not written in the change; one that grew is judged as grown; one the original
 * lacks is new. Each case hands the rules the original as the engine would (Lookups.copyOriginals).
 */
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

function copied(path: string, lines: string[], original: string, text: string[]): { change: ReturnType<typeof change>; lookups: Lookups } {
  return {
    change: change([added(path, lines)], { title: "Port the scheduler to the new module", commits: [commit("Port the scheduler to the new module")] }),
    lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([[original, text.join("\n")]]), copyOriginals: new Map([[path, original]]) },
  };
}
/** The same new file, its original not found: every function in it reads as new. */
function alone(path: string, lines: string[]): { change: ReturnType<typeof change>; lookups: Lookups } {
  return {
    change: change([added(path, lines)] as ChangedFile[], {
      title: "Port the scheduler to the new module",
      commits: [commit("Port the scheduler to the new module")],
    }),
    lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map() },
  };
}

const steps = (n: number, indent: string, end: string, prefix = "a") =>
  Array.from({ length: n }, (_, i) => `${indent}${prefix}${i + 1} = transform${prefix}${i + 1}(item, ${prefix}${i})${end}`);

// A long function (90 steps in a loop and a branch: not flat), and the same with a 20-line branch added.
const pyLong = (extra: string[]) => [
  "def process(items):",
  "    out = []",
  "    for item in items:",
  "        a0 = item.start",
  "        if item.ready:",
  ...steps(90, "            ", ""),
  ...extra,
  "        out.append(a0)",
  "    return out",
];
const pyExtra = ["        if item.late:", "            b0 = a0", ...steps(20, "            ", "", "b")];
const PY = pyLong([]);

const goLong = (extra: string[]) => [
  "package sched",
  "",
  "func process(items []Item) []int {",
  "\tout := []int{}",
  "\tfor _, item := range items {",
  "\t\ta0 := item.start",
  "\t\tif item.ready {",
  ...steps(90, "\t\t\t", "").map((l) => l.replace(" = ", " := ")),
  "\t\t}",
  ...extra,
  "\t\tout = append(out, a0)",
  "\t}",
  "\treturn out",
  "}",
];
const goExtra = ["\t\tif item.late {", "\t\t\tb0 := a0", ...steps(20, "\t\t\t", "", "b").map((l) => l.replace(" = ", " := ")), "\t\t}"];
const GO = goLong([]);

const javaLong = (extra: string[]) => [
  "package quartz;",
  "",
  "public final class Processor {",
  "  public int process(List<Item> items) {",
  "    int out = 0;",
  "    for (Item item : items) {",
  "      int a0 = item.start;",
  "      if (item.ready) {",
  ...steps(90, "        int ", ";"),
  "      }",
  ...extra,
  "      out += a0;",
  "    }",
  "    return out;",
  "  }",
  "}",
];
const javaExtra = ["      if (item.late) {", "        int b0 = a0;", ...steps(20, "        int ", ";", "b"), "      }"];
const JAVA = javaLong([]);

// A new function beside two copied ones: the original lacks it, so it is new.
const PY_TWO = [...PY, "", ...PY.map((l) => l.replace("def process", "def collect").replace("transforma", "converta"))];
const pyHelper = [
  "",
  "def summarise(items):",
  "    out = []",
  "    for item in items:",
  "        c0 = item.start",
  "        if item.ready:",
  ...steps(80, "            ", "", "c"),
  "        out.append(c0)",
  "    return out",
];

testRule("max-function-length", {
  valid: [
    { name: "Python: a function the copy brings over at the same size", ...copied("v4/src/quartz/process.py", PY, "v3/src/quartz/process.py", PY) },
    { name: "Go: a function the copy brings over at the same size", ...copied("internal/sched/process.go", GO, "sched/process.go", GO) },
    {
      name: "Java: a function the copy brings over at the same size, the package renamed",
      ...copied(
        "v4/src/main/java/quartz/Processor.java",
        JAVA.map((l) => l.replace("package quartz;", "package quartz.v4;")),
        "v3/src/main/java/quartz/Processor.java",
        JAVA,
      ),
    },
  ],
  invalid: [
    {
      name: "Python: a function the copy grew by a block is judged as grown",
      ...copied("v4/src/quartz/process.py", pyLong(pyExtra), "v3/src/quartz/process.py", PY),
      findings: [{ messageId: "addsBlock", line: 96 }],
    },
    {
      name: "Go: a function the copy grew by a block is judged as grown",
      ...copied("internal/sched/process.go", goLong(goExtra), "sched/process.go", GO),
      findings: [{ messageId: "addsBlock", line: 99 }],
    },
    {
      name: "Java: a function the copy grew by a block is judged as grown",
      ...copied("v4/src/main/java/quartz/Processor.java", javaLong(javaExtra), "v3/src/main/java/quartz/Processor.java", JAVA),
      findings: [{ messageId: "addsBlock", line: 100 }],
    },
    {
      name: "Python: a function the original lacks is new",
      ...copied("v4/src/quartz/process.py", [...PY_TWO, ...pyHelper], "v3/src/quartz/process.py", PY_TWO),
      findings: [{ messageId: "tooLong", line: 197 }],
    },
    {
      name: "Python: without the original, the copied function reads as new",
      ...alone("v4/src/quartz/process.py", PY),
      findings: [{ messageId: "tooLong", line: 1 }],
    },
  ],
});

// Cognitive complexity: a loop of nested branches, 41 points (max 20).
const branches = (indent: string, open: (cond: string) => string, close: string) =>
  Array.from({ length: 8 }, (_, i) => [
    `${indent}${open(`item.kind == ${i}`)}`,
    `${indent}    ${open(`item.value > ${i}`)}`,
    `${indent}        total += ${i + 1}${close === "" ? "" : ";"}`,
    ...(close === "" ? [] : [`${indent}    ${close}`, `${indent}${close}`]),
  ]).flat();
const PY_COMPLEX = ["def score(items):", "    total = 0", "    for item in items:", ...branches("        ", (c) => `if ${c}:`, ""), "    return total"];
const JS_COMPLEX = [
  "export function score(items) {",
  "  let total = 0;",
  "  for (const item of items) {",
  ...branches("    ", (c) => `if (${c.replace("==", "===")}) {`, "}"),
  "  }",
  "  return total;",
  "}",
];

testRule("max-complexity", {
  valid: [
    { name: "Python: a complex function the copy brings over unchanged", ...copied("v4/quartz/score.py", PY_COMPLEX, "v3/quartz/score.py", PY_COMPLEX) },
    {
      name: "JavaScript: a complex function the copy brings over unchanged",
      ...copied("packages/next/src/score.js", JS_COMPLEX, "packages/legacy/src/score.js", JS_COMPLEX),
    },
  ],
  invalid: [
    { name: "Python: without the original, it reads as new", ...alone("v4/quartz/score.py", PY_COMPLEX), findings: [{ messageId: "tooComplex", line: 1 }] },
    {
      name: "JavaScript: without the original, it reads as new",
      ...alone("packages/next/src/score.js", JS_COMPLEX),
      findings: [{ messageId: "tooComplex", line: 1 }],
    },
  ],
});

// Nesting: six levels deep (max 4), with enough code around to be more than a glance.
const deep = (indent: string, open: (cond: string) => string, close: string | undefined) => {
  const opens = ["a", "b", "c", "d", "e", "f"].map((v, i) => `${indent}${"    ".repeat(i)}${open(`item.${v}`)}`);
  const closes = close === undefined ? [] : [5, 4, 3, 2, 1, 0].map((i) => `${indent}${"    ".repeat(i)}${close}`);
  return [...opens, `${indent}${"    ".repeat(6)}handle(item)${close === undefined ? "" : ";"}`, ...closes];
};
const PY_DEEP = [
  "def walk(items):",
  "    seen = set()",
  "    for item in items:",
  ...deep("        ", (c) => `if ${c}:`, undefined),
  "        seen.add(item.key)",
  "        log_visit(item)",
  "        count_visit(item)",
  "    return seen",
];
const GO_DEEP = [
  "package walk",
  "",
  "func walk(items []Item) int {",
  "\tseen := 0",
  "\tfor _, item := range items {",
  ...deep("\t\t", (c) => `if ${c} {`, "}"),
  "\t\tseen++",
  "\t\tlogVisit(item)",
  "\t\tcountVisit(item)",
  "\t}",
  "\treturn seen",
  "}",
];

testRuleBeforeCalibration("max-nesting-depth", {
  valid: [
    { name: "Python: a deep function the copy brings over unchanged", ...copied("v4/quartz/walk.py", PY_DEEP, "v3/quartz/walk.py", PY_DEEP) },
    { name: "Go: a deep function the copy brings over unchanged", ...copied("internal/walk/walk.go", GO_DEEP, "walk/walk.go", GO_DEEP) },
  ],
  invalid: [
    { name: "Python: without the original, it reads as new", ...alone("v4/quartz/walk.py", PY_DEEP), findings: [{ messageId: "tooDeep" }] },
    { name: "Go: without the original, it reads as new", ...alone("internal/walk/walk.go", GO_DEEP), findings: [{ messageId: "tooDeep" }] },
  ],
});

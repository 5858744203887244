import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule, withOptions, COMPLEXITY_AT_15 } from "../helpers/rule-tester.js";
import { SAMPLES } from "../syntax/samples.js";

/**
 * One more arm of a flat `switch` whose body is shaped like its old siblings' (#10): go-yaml's
 * `scalar()` crossed the limit with a `case *reflect.UintValue:` arm like the `IntValue` one. The
 * fix, if any, is the whole dispatch's; pulling this one arm out would make it the odd one.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

/**
 * Arm `k` of a switch on `x`, its `case` label indented by `pad`, in C-family syntax: arm 3 has more
 * conditions than 1 and 2, in as many lines give or take three.
 */
const ARM: Record<string, (k: number, pad: string) => string[]> = {
  Go: (k, pad) => [
    `${pad}case ${k}:`,
    `${pad}\tswitch y := x % ${k + 7}; y {`,
    `${pad}\tcase 1:`,
    ...(k < 3 ? [`${pad}\t\tif y > ${k} {`] : [`${pad}\t\tif y > ${k} && x > 0 || x == 7 {`]),
    `${pad}\t\t\tx += y`,
    `${pad}\t\t} else {`,
    ...(k < 3 ? [`${pad}\t\t\tx -= y`] : [`${pad}\t\t\tif x > y {`, `${pad}\t\t\t\tx -= y`, `${pad}\t\t\t}`]),
    `${pad}\t\t}`,
    `${pad}\tdefault:`,
    `${pad}\t\tx -= ${k}`,
    `${pad}\t}`,
  ],
  Java: (k, pad) => [
    `${pad}case ${k}:`,
    `${pad}  switch (x % ${k + 7}) {`,
    `${pad}    case 1:`,
    ...(k < 3 ? [`${pad}      if (x > ${k}) {`] : [`${pad}      if (x > ${k} && x < 100 || x == 7) {`]),
    `${pad}        x += ${k};`,
    `${pad}      } else {`,
    ...(k < 3 ? [`${pad}        x -= 1;`] : [`${pad}        if (x > 1) {`, `${pad}          x -= 1;`, `${pad}        }`]),
    `${pad}      }`,
    `${pad}      break;`,
    `${pad}    default:`,
    `${pad}      x -= ${k};`,
    `${pad}  }`,
    `${pad}  break;`,
  ],
};
ARM.TypeScript = ARM.Java;

/** An arm of the same cost as ARM's but another shape: a loop where its siblings switch. */
const LOOP_ARM: Record<string, (k: number, pad: string) => string[]> = {
  Go: (k, pad) => [
    `${pad}case ${k}:`,
    `${pad}\tfor i := 0; i < x; i++ {`,
    `${pad}\t\tif i > ${k} && x > 0 || x == 7 {`,
    `${pad}\t\t\tx += i`,
    `${pad}\t\t} else {`,
    `${pad}\t\t\tif x > i {`,
    `${pad}\t\t\t\tx -= i`,
    `${pad}\t\t\t}`,
    `${pad}\t\t}`,
    `${pad}\t}`,
  ],
  Java: (k, pad) => [
    `${pad}case ${k}:`,
    `${pad}  for (int i = 0; i < x; i++) {`,
    `${pad}    if (i > ${k} && x > 0 || x == 7) {`,
    `${pad}      x += i;`,
    `${pad}    } else {`,
    `${pad}      if (x > i) {`,
    `${pad}        x -= i;`,
    `${pad}      }`,
    `${pad}    }`,
    `${pad}  }`,
    `${pad}  break;`,
  ],
};
LOOP_ARM.TypeScript = [(k: number, pad: string) => LOOP_ARM.Java(k, pad).map((l) => l.replace("int i", "let i"))][0];

for (const s of SAMPLES.filter((x) => ARM[x.lang])) {
  const go = s.lang === "Go";
  const [open, pad, close] = go ? ["\tswitch x {", "\t", "\t}"] : ["    switch (x) {", "      ", "    }"];
  const arms = (n: number) => Array.from({ length: n }, (_, k) => ARM[s.lang](k + 1, pad)).flat();
  // Two arms of four points each (11 in all), and a third that only assigns. The
  // change fills the third like the others (its label stays): the function crosses the limit.
  const plain = ARM[s.lang](3, pad)
    .slice(0, 1)
    .concat(go ? [`${pad}\tx -= 3`] : [`${pad}  x -= 3;`, `${pad}  break;`]);
  const base = s.file("scalar", [open, ...arms(2), ...plain, close, s.stmt(1)]);
  complexity.valid.push({
    name: `${s.lang}: one more case arm filled like its siblings tips a flat dispatch over the limit`,
    ...changed(s.path, base, s.file("scalar", [open, ...arms(3), close, s.stmt(1)])),
  });
  complexity.invalid.push({
    name: `${s.lang}: an arm filled at the same cost, shaped unlike its siblings`,
    ...changed(s.path, base, s.file("scalar", [open, ...arms(2), ...LOOP_ARM[s.lang](3, pad), close, s.stmt(1)])),
    findings: [{ messageId: "grewNested", data: { name: "scalar" } }],
  });
}

testRule("max-complexity", withOptions(complexity, COMPLEXITY_AT_15));

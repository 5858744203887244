import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { branchyBody, range, SAMPLES } from "../syntax/samples.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * Session 17's judged patterns (#10), at the default limits: a function that is one flat step per
 * case, a data table keyed by letters of another script, an exhaustive dispatch of short arms, and
 * a guard one level past the limit.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const length = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };
const nesting = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

const sample = (lang: string) => SAMPLES.find((s) => s.lang === lang)!;
const WORDS = range(24, (i) => `w${String.fromCharCode(97 + i)}`.repeat(2));

/**
 * One registration a line, `if (skip || !exists(name)) register(name, type)`, in each language:
 * `same` keeps one shape for every name (NLog's `RegisterAllTargets`); otherwise every line calls
 * helpers of its own name, steps that differ.
 */
const REGISTER: Record<string, (w: string, same: boolean) => string> = {
  TypeScript: (w, same) => (same ? `  if (skip || !registry.has("${w}")) registry.add("${w}", "T, A");` : `  if (skip || !has_${w}()) add_${w}();`),
  Python: (w, same) => (same ? `    if skip or not registry.has("${w}"): registry.add("${w}", "T, A")` : `    if skip or not has_${w}(): add_${w}()`),
  Go: (w, same) => (same ? `\tif skip || !registry.Has("${w}") { registry.Add("${w}", "T, A") }` : `\tif skip || !has_${w}() { add_${w}() }`),
  Java: (w, same) => (same ? `    if (skip || !registry.has("${w}")) registry.add("${w}", "T, A");` : `    if (skip || !has_${w}()) add_${w}();`),
  "C#": (w, same) => (same ? `    if (skip || !registry.Has("${w}")) registry.Add("${w}", "T, A");` : `    if (skip || !has_${w}()) add_${w}();`),
  Kotlin: (w, same) => (same ? `    if (skip || !registry.has("${w}")) registry.add("${w}", "T, A")` : `    if (skip || !has_${w}()) add_${w}()`),
};

for (const [lang, line] of Object.entries(REGISTER)) {
  const s = sample(lang);
  complexity.valid.push({
    // NLog 9d7fd2e300 `RegisterAllTargets` (40): judged "not worth saying", session 16.
    name: `${lang}: a new function of twenty-one registrations of one shape reads once`,
    ...changed(
      s.path,
      undefined,
      s.file(
        "registerAll",
        WORDS.slice(0, 21).map((w) => line(w, true)),
      ),
    ),
  });
  complexity.invalid.push({
    name: `${lang}: twenty-one flat steps of different shapes are as many paths`,
    ...changed(
      s.path,
      undefined,
      s.file(
        "registerAll",
        WORDS.slice(0, 21).map((w) => line(w, false)),
      ),
    ),
    findings: [{ messageId: "tooComplex", data: { name: "registerAll" } }],
  });
}

/** A transliteration table of 70 entries keyed by Cyrillic letters and punctuation, then three lines of logic. */
const CYRILLIC = range(70, (i) => String.fromCharCode(0x410 + (i % 64)) + (i >= 64 ? "'" : ""));
/** A table literal opened by `open`, one `entry(key, value)` a line, closed by `close`, then the lines of `logic`. */
const tableOf = (open: string, entry: (key: string, value: string) => string, close: string, logic: string[]) => (keys: string[]) => [
  open,
  ...keys.map((k, i) => entry(k, "l".repeat(1 + (i % 3)))),
  close,
  ...logic,
];
const TABLES: Record<string, (keys: string[]) => string[]> = {
  Python: tableOf("    table = {", (k, v) => `        "${k}": "${v}",`, "    }", [
    "    for letter in x:",
    "        if letter.isalpha():",
    "            x = x.replace(letter, table[letter])",
  ]),
  TypeScript: tableOf("  const table: Record<string, string> = {", (k, v) => `    "${k}": "${v}",`, "  };", [
    "  for (const letter of String(x)) {",
    "    if (letter in table) x = x + 1;",
    "  }",
  ]),
  PHP: tableOf("  $table = [", (k, v) => `    '${k}' => '${v}',`, "  ];", ["  foreach ($table as $k => $v) {", "    if ($k == $x) $x = $v;", "  }"]),
};

for (const [lang, table] of Object.entries(TABLES)) {
  const s = sample(lang);
  length.valid.push({
    // faker a934f1149c `translit` (74 lines, a dict of Cyrillic letters): judged "not worth saying", session 16.
    name: `${lang}: a new function holding a table keyed by letters of another script`,
    ...changed(s.path, undefined, s.file("translit", table(CYRILLIC))),
  });
  length.invalid.push({
    name: `${lang}: the same length in steps`,
    ...changed(s.path, undefined, s.file("translit", branchyBody(s, 76))),
    findings: [{ messageId: "tooLong", data: { name: "translit" } }],
  });
}

/**
 * A dispatch of 40 arms, each a recursive call but every sixth a loop asking each child, after a blank line (zod's
 * `isTransforming`), with `lead` lines of setup before it and a fallback after it; `long` makes
 * every sixth arm seven lines of work.
 */
interface Dispatch {
  open: string;
  close: string[];
  call: (i: number) => string[];
  loop: (i: number, long: boolean) => string[];
}
const steps = (pad: string, long: boolean, stmt: (i: number) => string) => (long ? range(5, (k) => pad + stmt(k).trim()) : []);
const C_FAMILY = (pad: string, forEach: string, stmt: (i: number) => string, fallback: string): Dispatch => ({
  open: `${pad}switch (kind) {`,
  close: [`${pad}}`, `${pad}${fallback}`],
  call: (i) => [`${pad}  case "k${i}":`, `${pad}    return walk(x.k${i});`],
  loop: (i, long) => [
    `${pad}  case "k${i}": {`,
    `${pad}    ${forEach} {`,
    `${pad}      if (walk(c)) return 1;`,
    `${pad}    }`,
    ...steps(`${pad}    `, long, stmt),
    `${pad}    return 0;`,
    `${pad}  }`,
  ],
});
const DISPATCHES: Record<string, Dispatch> = {
  TypeScript: C_FAMILY("  ", "for (const c of x.kids)", sample("TypeScript").stmt, 'throw new Error("unknown kind");'),
  Java: C_FAMILY("    ", "for (int c : x.kids)", sample("Java").stmt, 'throw new IllegalStateException("unknown kind");'),
  "C#": C_FAMILY("    ", "foreach (var c in x.kids)", sample("C#").stmt, 'throw new InvalidOperationException("unknown kind");'),
  Go: {
    open: "\tswitch kind {",
    close: ["\t}", '\tpanic("unknown kind")'],
    call: (i) => [`\tcase "k${i}":`, `\t\treturn walk(x.k${i})`],
    loop: (i, long) => [
      `\tcase "k${i}":`,
      "\t\tfor _, c := range x.kids {",
      "\t\t\tif walk(c) {",
      "\t\t\t\treturn 1",
      "\t\t\t}",
      "\t\t}",
      ...steps("\t\t", long, sample("Go").stmt),
      "\t\treturn 0",
    ],
  },
  Python: {
    open: "    match kind:",
    close: ['    raise ValueError("unknown kind")'],
    call: (i) => [`        case "k${i}":`, `            return walk(x.k${i})`],
    loop: (i, long) => [
      `        case "k${i}":`,
      "            for c in x.kids:",
      "                if walk(c):",
      "                    return 1",
      ...steps("            ", long, sample("Python").stmt),
      "            return 0",
    ],
  },
  Kotlin: {
    open: "    when (kind) {",
    close: ["    }", '    throw IllegalStateException("unknown kind")'],
    call: (i) => [`        "k${i}" -> return walk(x.k${i})`],
    loop: (i, long) => [
      `        "k${i}" -> {`,
      "            for (c in x.kids) {",
      "                if (walk(c)) return 1",
      "            }",
      ...steps("            ", long, sample("Kotlin").stmt),
      "            return 0",
      "        }",
    ],
  },
};

const dispatchBody = (d: Dispatch, s: (typeof SAMPLES)[number], long: boolean) => [
  ...range(4, (i) => s.stmt(i)),
  d.open,
  ...Array.from({ length: 40 }, (_, i) => (i % 6 === 5 ? ["", ...d.loop(i, long)] : d.call(i))).flat(),
  ...d.close,
];

for (const [lang, d] of Object.entries(DISPATCHES)) {
  const s = sample(lang);
  length.valid.push({
    // zod 3a424694a0 `isTransforming` (97 lines, one case per schema type): judged "not worth saying", session 16.
    name: `${lang}: a new exhaustive dispatch of short arms is as long as its cases`,
    ...changed(s.path, undefined, s.file("isTransforming", dispatchBody(d, s, false))),
  });
  length.invalid.push({
    name: `${lang}: a dispatch whose arms hold seven lines of work`,
    ...changed(s.path, undefined, s.file("isTransforming", dispatchBody(d, s, true))),
    findings: [{ messageId: "tooLong", data: { name: "isTransforming" } }],
  });
  length.invalid.push({
    name: `${lang}: a dispatch of short arms that is half of a longer function`,
    ...changed(s.path, undefined, s.file("isTransforming", [...range(70, (i) => s.stmt(100 + i)), ...dispatchBody(d, s, false)])),
    findings: [{ messageId: "tooLong", data: { name: "isTransforming" } }],
  });
  length.invalid.push({
    // Go's `case` sits at its `switch`'s indent: the statements after the switch are no arms of it.
    name: `${lang}: a dispatch of short arms followed by a longer run of work`,
    ...changed(s.path, undefined, s.file("isTransforming", [...dispatchBody(d, s, false), ...branchyBody(s, 70, 200)])),
    findings: [{ messageId: "tooLong", data: { name: "isTransforming" } }],
  });
}

/** A loop in three `if`s (4 deep), whose body's level 5 is `deep`; twenty statements before it keep the function off one screen. */
interface Nest {
  open: (i: number) => string;
  close: string;
  guard: string;
  work: string[];
  indent: string;
}
/** A brace language's nest: its loop header, how it writes a condition, its `continue` guard's jump, its indent, statement end and variable sigil. */
const braced = (loop: string, test: (c: string) => string, jump: string, indent: string, end = ";", v = ""): Nest => ({
  open: (i) => (i === 0 ? `${loop} {` : `if ${test(`${v}x > ${i}`)} {`),
  close: "}",
  guard: `if ${test(`${v}y == 0`)} ${jump}`,
  work: [`if ${test(`${v}y == 0`)} {`, ...["+= 1", "-= 2", "*= 3"].map((op) => `${indent}${v}x ${op}${end}`), "}"],
  indent,
});
const paren = (c: string) => `(${c})`;
const bare = (c: string) => c;
const NESTS: Record<string, Nest> = {
  TypeScript: braced("for (const y of ys)", paren, "continue;", "  "),
  Java: braced("for (int y : ys)", paren, "continue;", "  "),
  Go: braced("for _, y := range ys", bare, "{ continue }", "\t", ""),
  Rust: braced("for y in ys", bare, "{ continue; }", "    "),
  PHP: braced("foreach ($ys as $y)", paren, "continue;", "  ", ";", "$"),
  Python: {
    open: (i) => (i === 0 ? "for y in ys:" : `if x > ${i}:`),
    close: "",
    guard: "if y == 0: continue",
    work: ["if y == 0:", "    x += 1", "    x -= 2", "    x *= 3"],
    indent: "    ",
  },
};

const nestBody = (n: Nest, s: (typeof SAMPLES)[number], deep: string[]) => {
  const base = /^\s*/.exec(s.stmt(0))![0];
  const at = (depth: number, line: string) => base + n.indent.repeat(depth) + line;
  const lines = [...range(20, (i) => s.stmt(i))];
  for (let i = 0; i < 4; i++) lines.push(at(i, n.open(i)));
  for (const l of deep) lines.push(at(4, l));
  lines.push(at(4, s.stmt(90).trim()));
  if (n.close) for (let i = 3; i >= 0; i--) lines.push(at(i, n.close));
  return lines;
};

for (const [lang, n] of Object.entries(NESTS)) {
  const s = sample(lang);
  nesting.valid.push({
    // zod 35e6a6f6d6 `llms.txt/route.ts`, 5 deep only by `if (!sectionTitle) continue;`: judged "not worth saying", session 16.
    name: `${lang}: a new function one level past the limit by a one-line guard`,
    ...changed(s.path, undefined, s.file("build", nestBody(n, s, [n.guard]))),
  });
  nesting.invalid.push({
    name: `${lang}: three lines of work at that level, in a function of over 50 lines`,
    ...changed(s.path, undefined, s.file("build", [...Array.from({ length: 50 }, (_, i) => s.stmt(i)), ...nestBody(n, s, n.work)])),
    findings: [{ messageId: "tooDeep", data: { depth: 5 } }],
  });
}

testRule("max-complexity", complexity);
testRule("max-function-length", length);
testRuleBeforeCalibration("max-nesting-depth", nesting);

import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule, withOptions, COMPLEXITY_AT_15 } from "../helpers/rule-tester.js";
import { SAMPLES } from "../syntax/samples.js";

/**
 * Re-wrapped code is not new (#10): a function whose line breaks the change puts back, beside
 * other edits to the file, is judged on what it adds, not on text that was at base on fewer lines.
 */
const complexity = { valid: [] as ValidCase[], invalid: [] as InvalidCase[] };

/** Languages where a line comment before a function swallows it whole once its line breaks are taken out. */
const ONE_LINE_SAFE = new Set(["TypeScript", "Java", "C#"]);

for (const s of SAMPLES.filter((x) => ONE_LINE_SAFE.has(x.lang))) {
  const decide = `// decide\n${s.file("decide", [...s.nest(5), ...Array.from({ length: 20 }, (_, i) => s.branch(i))])}`;
  const small = (name: string) => s.file(name, [s.stmt(1)]);
  // An earlier commit took the function's line breaks out; this one puts them back and adds a helper.
  const base = `${small("keep")}\n${decide.replace(/\n/g, " ")}`;
  complexity.valid.push({
    name: `${s.lang}: a function whose line breaks the change puts back, beside a new helper`,
    ...changed(s.path, base, `${small("keep")}\n${small("added")}\n${decide}`),
  });
  complexity.invalid.push({
    name: `${s.lang}: the same function with as many new branches again while its line breaks are put back`,
    ...changed(
      s.path,
      base,
      `${small("keep")}\n${small("added")}\n${decide.replace(s.branch(19), [19, ...Array.from({ length: 30 }, (_, i) => 100 + i)].map((i) => s.branch(i)).join("\n"))}`,
    ),
    findings: [{ messageId: "tooComplex", data: { name: "decide" } }],
  });
}

testRule("max-complexity", withOptions(complexity, COMPLEXITY_AT_15));

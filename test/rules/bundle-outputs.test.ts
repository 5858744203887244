import type { Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { BEFORE_CALIBRATION } from "../helpers/pre-calibration.js";

// Session 17 (#10, #11): a JavaScript file its package names as a bundler's output (zod's
// `packages/treeshake/out.js`, written by `esbuild --outfile=./out.js` and rollup's `output.file`;
// judged "not worth saying" on set 16) is its inputs' code flattened: no rule judges how it is written.
const scripts = (script: string) => JSON.stringify({ name: "treeshake", private: true, scripts: { bundle: script } });
const lookups = (texts: Record<string, string>): Lookups => ({ issues: new Map(), fileContents: new Map(Object.entries(texts)) });
const esbuild = lookups({ "packages/treeshake/package.json": scripts("esbuild --bundle ./in.ts --outfile=./out.js --format=esm") });
const rollup = lookups({ "packages/treeshake/rollup.config.js": 'export default {\n  output: {\n    file: "./out.js",\n    format: "esm",\n  },\n};\n' });
const cdThenRollup = lookups({ "package.json": scripts("cd packages/treeshake && npx rollup -c -o dist-bundle.mjs") });
// A script that names the file but runs no bundler, and a bundler that writes another file.
const notBundled = lookups({ "packages/treeshake/package.json": scripts("node ./gen.js out.js && esbuild ./in.ts --outfile=./bundle.js") });

const printing = ["function init(inst) {", "  inst.ready = true;", '  console.log("init", inst);', "}", ""];
const commented = ["function init(inst) {", "  // const seen = inst.traits.has(name);", "  inst.ready = true;", "}", ""];
// Statements and branches in turn: a function to read, not a table of like lines.
const step = (i: number) => (i % 4 === 0 ? `  if (x === ${i}) { x = inst.next(${i}); }` : `  x = inst.step${i}(x);`);
const long = ["function $constructor(inst) {", "  let x = 0;", ...Array.from({ length: 90 }, (_, i) => step(i)), "  return x;", "}", ""];

const at = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
// The same file, with the package.json that names it added or edited by the same change: a pull request cannot
// vouch for its own code by adding a script that names it as an output. Edited, its text at base counts.
const withConfig = (path: string, lines: string[], status: "added" | "modified") =>
  change([
    addedFile(path, lines, 1, { status: "added" }),
    addedFile("packages/treeshake/package.json", [scripts("esbuild --bundle ./in.ts --outfile=./out.js")], 1, { status }),
  ]);
const editedFrom = (before: string): Lookups => ({
  ...esbuild,
  baseContents: new Map([["packages/treeshake/package.json", before]]),
});

// Each rule: quiet on the file its package names as output (by an esbuild script, by rollup's config, from a
// root script that cds into the package); the same text fires in a file no bundler writes.
const rules: Array<[string, string[], string, number]> = [
  ["no-debug-statements", printing, "debug", 3],
  ["no-commented-out-code", commented, "commentedOutLine", 2],
  ["max-function-length", long, "tooLong", 1],
];
for (const [rule, lines, messageId, line] of rules) {
  testRule(
    rule,
    {
      valid: [
        { name: "JS: an esbuild script's --outfile", change: at("packages/treeshake/out.js", lines), lookups: esbuild },
        { name: "JS: rollup.config.js's output.file", change: at("packages/treeshake/out.js", lines), lookups: rollup },
        { name: "JS: a root script that cds into the package, rollup -o", change: at("packages/treeshake/dist-bundle.mjs", lines), lookups: cdThenRollup },
        {
          name: "JS: the package.json edited beside it already named the output at base",
          change: withConfig("packages/treeshake/out.js", lines, "modified"),
          lookups: editedFrom(scripts("esbuild --bundle ./in.ts --outfile=./out.js --format=esm")),
        },
      ],
      invalid: [
        {
          name: "JS: a file a script runs, not one a bundler writes",
          change: at("packages/treeshake/out.js", lines),
          lookups: notBundled,
          findings: [{ messageId, line }],
        },
        { name: "JS: the bundle's input beside it", change: at("packages/treeshake/in.js", lines), lookups: esbuild, findings: [{ messageId, line }] },
        {
          name: "JS: the package.json naming it is added by the same change",
          change: withConfig("packages/treeshake/out.js", lines, "added"),
          lookups: esbuild,
          findings: [{ messageId, line }],
        },
        {
          name: "JS: the package.json naming it is edited by the same change to name it",
          change: withConfig("packages/treeshake/out.js", lines, "modified"),
          lookups: editedFrom(scripts("node ./gen.js")),
          findings: [{ messageId, line }],
        },
      ],
    },
    BEFORE_CALIBRATION[rule],
  );
}

import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 35 (#10): nunjucks' `bin/bundle` writes `browser/nunjucks.js` from `src/`, one function per module inside one
// holding the module map. A rebuild carries `src/`'s scratch blocks along, said again in each build (judged "not worth
// saying" six times); the source's own block is said where it is written.
const PRELUDE = ["(function() {", "var modules = {};", "(function() {"];
const body = (n: number) => Array.from({ length: n }, (_, i) => `var lib${i} = modules["lib${i}"] || {};`);
const SCRATCH = ["// test code", "// var env = new Environment();", "// console.log(env.render('foo.html'));"];
const bundle = (extra: string[]) => [...PRELUDE, ...body(250), ...extra, "})();", "})();"];
const PATH = "browser/nunjucks.js";
const rebuilt = (base: string[], head: string[]) => ({
  change: change([addedFile(PATH, SCRATCH, 254, { status: "modified" })]),
  lookups: { issues: new Map(), fileContents: new Map([[PATH, head.join("\n")]]), baseContents: new Map([[PATH, base.join("\n")]]) },
});

testRule("no-commented-out-code", {
  valid: [{ name: "JS: a hand-rolled bundle rebuilt with its sources' scratch block (nunjucks a92d2936e0)", ...rebuilt(bundle([]), bundle(SCRATCH)) }],
  invalid: [
    {
      // A pull request cannot take its own script out of review by pasting a bundler's prelude into it.
      name: "JS: a script that becomes a bundle only at head is still read",
      ...rebuilt(body(250), bundle(SCRATCH)),
      findings: [{ messageId: "commentedOut", line: 255 }],
    },
  ],
});

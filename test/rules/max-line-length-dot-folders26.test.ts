import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 26 (#11): caffeine 62efeedf29 adds `.claude/skills/audit-temporal-walk/verify.py`, a maintainers' helper whose one
// 110-character line was judged "not worth saying". A root dot-folder holds tools' settings and helpers, not the product.
const commas = (n: number) => "f(" + "a, ".repeat(n).slice(0, n - 3) + ")";
const added = (path: string) => change([addedFile(path, [`  const options = ${commas(130)}`])]);

testRule(
  "max-line-length",
  {
    valid: [
      { name: "JavaScript: a long line in a root .claude/ helper", change: added(".claude/skills/audit/verify.js") },
      { name: "JavaScript: a long line in a root .github/ script", change: added(".github/scripts/release.js") },
    ],
    invalid: [
      { name: "JavaScript: the same line in the product", change: added("src/audit/verify.js"), findings: [{ messageId: "tooLong" }] },
      {
        name: "JavaScript: `files: all` judges the dot-folder too",
        change: added(".claude/skills/audit/verify.js"),
        options: { files: "all" },
        findings: [{ messageId: "tooLong" }],
      },
    ],
  },
  // The limit a team sets (see max-line-length.test.ts's team cases): the default reports only far wider lines.
  { default_max: 120 },
);

import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 (#11): with no limit set, a change must pass 800 lines by more than `margin` percent (12.5: 900
// lines) to be said. Sets 11–18 judged 15 findings at 900 lines or fewer, 2 agreed: arrow's contract block
// repeated across arities (856) and its deprecation pass (898), its integrations moved in (841), jline's POSIX
// commands extracted (887), date-fns's sweeps (842, 887), go-toml's copied parser (843) were noise; feign's two
// new modules (841) and StackExchange.Redis's nullable migration (856) were the price.

/** Lines that share no token-level replacement and read as code. */
const distinct = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `${prefix}${i} = f${i * 3}[${i * 7}]` : `${prefix}${i} = f${i * 3}(${i * 7})`));
/** Two new modules of `a` and `b` lines: parts a reviewer could take apart. */
const twoModules = (ext: string, a: number, b: number) =>
  change([
    addedFile(`graphql/src/a.${ext}`, distinct("a", a), 1, { status: "added" }),
    addedFile(`graphql-apt/src/b.${ext}`, distinct("b", b), 1, { status: "added" }),
  ]);

testRule("pr-size", {
  valid: [
    { name: "Java: two new modules of 841 lines (feign d74ef9995e) are just over the limit", change: twoModules("java", 600, 241) },
    { name: "Kotlin: 898 lines in two parts are just over the limit", change: twoModules("kt", 500, 398) },
    { name: "C#: exactly 900 lines is not over the margin", change: twoModules("cs", 700, 200) },
  ],
  invalid: [
    {
      name: "TypeScript: 901 lines in two parts are clearly over",
      change: twoModules("ts", 700, 201),
      findings: [{ messageId: "tooBig", data: { lines: 901 } }],
    },
    {
      name: "Java: with margin 5 (sets 11–15's, the strict preset's), 841 lines are said",
      options: { margin: 5 },
      change: twoModules("java", 600, 241),
      findings: [{ messageId: "tooBig", data: { lines: 841 } }],
    },
    {
      name: "Go: with margin 0, one line over the limit in two parts is said",
      options: { margin: 0 },
      change: twoModules("go", 600, 201),
      findings: [{ messageId: "tooBig", data: { lines: 801 } }],
    },
    {
      name: "Kotlin: a team that sets max_lines gets 841 lines, whatever the margin",
      options: { max_lines: 800, margin: 50 },
      change: twoModules("kt", 600, 241),
      findings: [{ messageId: "tooBig", data: { lines: 841 } }],
    },
  ],
});

import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

/**
 * Session 16 (#10): zod's root `play.ts` is the maintainers' playground: statements run top to bottom,
 * nothing exported. Judged set 16 called its commented-out lines "not worth saying"; the same lines in
 * a module of the library are still said.
 */
const play = [
  'import * as z from "zod/v4";',
  "",
  "// const schema = z.object({ a: z.string() });",
  "const result = z.toJSONSchema(z.date());",
  "console.dir(result, { depth: null });",
];

testRuleBeforeCalibration("no-commented-out-code", {
  valid: [
    { name: "TS: play.ts at the root", change: change([addedFile("play.ts", play, 1, { status: "added" })]) },
    { name: "JS: playground/try.js", change: change([addedFile("playground/try.js", play, 1, { status: "added" })]) },
  ],
  invalid: [
    {
      name: "TS: the same lines in a library module",
      change: change([addedFile("src/schema.ts", [...play, "export const x = 1;"], 1, { status: "added" })]),
      findings: [{ path: "src/schema.ts", messageId: "commentedOutLine", line: 3 }],
    },
  ],
});

import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 16 (#11): zod's `packages/zod/build.mts` ends with `console.log("DONE.")`; judged set 16
 * called the finding wrong: a build script's messages are its output. A module that exports a
 * `build` function is library code, and its print is still said.
 */
const script = ['import * as fs from "node:fs";', "", 'fs.rmSync("./dist", { recursive: true, force: true });', 'console.log("DONE.");'];

testRule("no-debug-statements", {
  valid: [
    { name: "TS: packages/zod/build.mts", change: change([addedFile("packages/zod/build.mts", script, 1, { status: "added" })]) },
    { name: "JS: scripts-free release.js at the top", change: change([addedFile("release.js", script, 1, { status: "added" })]) },
  ],
  invalid: [
    {
      name: "TS: src/build.ts exporting build()",
      change: change([
        addedFile("src/build.ts", ["export function build(dir: string) {", '  console.log("building", dir);', "  return dir;", "}"], 1, { status: "added" }),
      ]),
      findings: [{ path: "src/build.ts", messageId: "debug", line: 2 }],
    },
  ],
});

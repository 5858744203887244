import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 28 (#10, #11): drizzle's `integration-tests/tests/test_dan.ts` and `test.ts` declare tables, then a `main()` runs
// queries and prints them, with earlier tries commented out between: a person's try-out script named `test`, which no
// runner runs and which checks nothing. Its commented lines and prints are experiments (judged not worth saying four
// times). A file of tests, or one that checks what it runs, is still read line by line.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const TRY_OUT = (extra: string[]) => [
  "import { connect } from 'drizzle-orm';",
  "export const users = pgTable('users', { id: serial('id') });",
  "async function main() {",
  "  const db = await connect(pool);",
  "  // await db.delete(users).where(eq(users.id, 1));",
  "  // await db.insert(users).values({ id: 2, name: 'Dan' });",
  "  const all = await db.select(users);",
  "  console.log(all);",
  ...extra,
  "}",
  "main().catch((e) => {",
  "  console.error(e);",
  "  process.exit(1);",
  "});",
];

const validNocc: ValidCase[] = [
  { name: "TS: a try-out script named test_<person> in a test folder", change: one("integration-tests/tests/test_dan.ts", TRY_OUT([])) },
  { name: "TS: a try-out script named test in a package's src", change: one("drizzle-orm-pg/src/test.ts", TRY_OUT([])) },
];
const invalidNocc: InvalidCase[] = [
  {
    name: "TS: the same script that checks what it ran is a test",
    change: one("integration-tests/tests/test_dan.ts", TRY_OUT(["  assert.equal(all.length, 1);"])),
    findings: [{ messageId: "commentedOut", line: 5 }],
  },
  {
    name: "TS: a module with another name is read line by line",
    change: one("integration-tests/tests/queries.ts", TRY_OUT([])),
    findings: [{ messageId: "commentedOut", line: 5 }],
  },
];
testRule("no-commented-out-code", { valid: validNocc, invalid: invalidNocc });

// A try-out script that exports is loaded by others, where its prints would run (node-glob's exporting test/test.js, session 15).
const NOT_EXPORTED = TRY_OUT([]).map((l) => l.replace(/^export /, ""));
const validDebug: ValidCase[] = [{ name: "TS: a try-out script prints what it ran", change: one("integration-tests/tests/test_dan.ts", NOT_EXPORTED) }];
const invalidDebug: InvalidCase[] = [
  {
    name: "TS: a try-out script that exports is loaded by others",
    change: one("integration-tests/tests/test_dan.ts", TRY_OUT([])),
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    name: "TS: a library module's print is a leftover",
    change: one("drizzle-orm-pg/src/queries.ts", TRY_OUT([])),
    findings: [{ messageId: "debug", line: 8 }],
  },
];
testRule("no-debug-statements", { valid: validDebug, invalid: invalidDebug });

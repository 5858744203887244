import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";

// A database project's migration script restates whole the objects whose definitions the change
// edits beside it (bitwarden/server a0a31b625c, set 31): the copy is not new code to review (#11).

/** SQL lines that share no replacement nor table shape. */
const sql = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? `SET @${prefix}${i} = ${prefix}f${i * 3}(${i * 7})`
      : i % 3 === 1
        ? `SELECT ${prefix}a${i} FROM [dbo].[${prefix}T${i * 5}]`
        : `WHERE ${prefix}b${i} = @p${i * 11} AND x IS NULL`,
  );
const cs = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => (i % 2 ? `var ${prefix}${i} = F${i * 3}[${i * 7}];` : `${prefix}${i} = G${i * 3}(${i * 7});`));

interface Side {
  file: ChangedFile;
  head: string;
  base?: string;
}
const added = (path: string, lines: string[]): Side => ({ file: addedFile(path, lines, 1, { status: "added" }), head: lines.join("\n") });
/** An existing procedure of `n` lines whose last 3 the change rewrites. */
const edited = (path: string, prefix: string, n: number): Side => {
  const base = sql(prefix, n);
  const head = [...base.slice(0, n - 3), ...sql(`${prefix}new`, 3)];
  return { file: addedFile(path, head.slice(n - 3), n - 2, { deletions: 3 }), head: head.join("\n"), base: base.join("\n") };
};

/** The change: 8 procedures edited, 3 added, 4 new C# files, and a migration script that restates the 11 procedures (or other SQL). */
const accessRules = (o: { restates: boolean; definitionsInChange?: boolean }) => {
  const procs = Array.from({ length: 8 }, (_, i) => edited(`src/Sql/dbo/Stored Procedures/Collection_P${i}.sql`, `c${i}_`, 70));
  const fresh = Array.from({ length: 3 }, (_, i) => added(`src/Sql/dbo/Pam/Stored Procedures/AccessRule_P${i}.sql`, sql(`r${i}_`, 20)));
  const code = Array.from({ length: 4 }, (_, i) => added(`src/Infrastructure/Pam/Repository${i}.cs`, cs(`cs${i}_`, 90)));
  const restated = o.restates ? [...fresh, ...procs].flatMap((p) => ["GO", ...p.head.split("\n")]) : sql("own_", 640);
  const script = added("util/Migrator/DbScripts/2026-08-10_00_AddAccessRule.sql", [...sql("table_", 20), ...restated]);
  const sides = [...(o.definitionsInChange === false ? [] : [...procs, ...fresh]), ...code, script];
  const lookups: Lookups = {
    ...emptyLookups(),
    fileContents: new Map(sides.map((s) => [s.file.path, s.head])),
    baseContents: new Map(sides.filter((s) => s.base !== undefined).map((s) => [s.file.path, s.base!])),
  };
  return { change: change(sides.map((s) => s.file)), lookups };
};

testRule("pr-size", {
  valid: [
    {
      name: "SQL: a migration script that restates the procedures the change edits and adds beside it counts them once, in their files",
      ...accessRules({ restates: true }),
    },
  ],
  invalid: [
    {
      // The script's own SQL, not found in any definition of the change, is still code to review.
      name: "SQL: a migration script of its own statements still counts",
      ...accessRules({ restates: false }),
      findings: [{ messageId: "tooBig" }],
    },
    {
      // With no definition file in the change, the script is the only place its SQL is written.
      name: "SQL: a migration script restating procedures the change does not edit still counts",
      ...accessRules({ restates: true, definitionsInChange: false }),
      findings: [{ messageId: "tooBig" }],
    },
  ],
});

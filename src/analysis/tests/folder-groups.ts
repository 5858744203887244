import type { RawFinding } from "../../engine/rule.js";
import { joinedList } from "./named-list.js";
import { answerable, findingOf, type Verdict } from "./verdicts.js";

/**
 * The findings of the verdicts, one per folder for missing tests: the files of one feature or
 * package that a change left untested are one thing to fix, not one comment each (Dapper's
 * `DapperRow.Descriptor.cs` beside `DapperRowMetaObject.cs`, judged set 5). The finding sits on the
 * file with the most new code (`newLines`, by path) and names the others.
 */
export function findingsOf(verdicts: Verdict[], newLines: Map<string, number>): RawFinding[] {
  const byFolder = new Map<string, Verdict[]>();
  for (const v of verdicts.filter(answerable)) {
    const folder = dirname(v.file.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), v]);
  }
  const grouped = new Map<Verdict, RawFinding | undefined>();
  for (const group of byFolder.values()) {
    if (group.length < 2) continue;
    for (const v of group) grouped.set(v, undefined);
    grouped.set(group[0], groupFinding(group as Array<Verdict & { kind: "missing" }>, newLines));
  }
  return verdicts.flatMap((v) => (grouped.has(v) ? (grouped.get(v) ?? []) : [findingOf(v)]));
}

/** One folder's missing-tests verdicts as one finding: the tests each names when all name some, else where to write them. */
function groupFinding(group: Array<Verdict & { kind: "missing" }>, newLines: Map<string, number>): RawFinding {
  const ranked = [...group].sort((a, b) => (newLines.get(b.file.path) ?? 0) - (newLines.get(a.file.path) ?? 0));
  const expected = [...new Map(group.map((v) => [v.expected.one, v.expected])).values()];
  const named = expected.every((e) => e.namesTests);
  const data = {
    paths: joinedList(
      ranked.map((v) => `\`${v.file.path}\``),
      "and",
    ),
    expected: joinedList(
      expected.map((e) => (named ? e.one : e.many)),
      "or",
    ),
  };
  return { messageId: "missingTestsGroup", path: ranked[0].file.path, ...(ranked[0].line === undefined ? {} : { line: ranked[0].line }), data };
}

/** `a/b/c.ts` → `a/b`; a file at the top → "". */
function dirname(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

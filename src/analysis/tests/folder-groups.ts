import { type RawFinding } from "../../engine/rule.js";
import { joinedList } from "./named-list.js";

/**
 * One finding per folder: the files of one feature or package that a change left untested are one
 * thing to fix, not one comment each (Dapper's `DapperRow.Descriptor.cs` beside `DapperRowMetaObject.cs`,
 * judged set 5). The finding sits on the file with the most new code and names the others.
 */
export function groupByFolder(findings: RawFinding[], newLines: Map<string, number>): RawFinding[] {
  const missing = findings.filter((f) => f.messageId === "missingTests" && f.path !== undefined);
  const byFolder = new Map<string, RawFinding[]>();
  for (const f of missing) {
    const folder = dirname(f.path!);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
  }
  const grouped = new Map<RawFinding, RawFinding | undefined>();
  for (const group of byFolder.values()) {
    if (group.length < 2) continue;
    const ranked = [...group].sort((a, b) => (newLines.get(b.path!) ?? 0) - (newLines.get(a.path!) ?? 0));
    const expected = [...new Set(group.map((f) => String(f.data?.expected)))];
    const named = expected.filter((e) => e.startsWith("`"));
    const data = {
      paths: joinedList(
        ranked.map((f) => `\`${f.path}\``),
        "and",
      ),
      expected: joinedList(named.length === expected.length ? named : expected.map((e) => e.replace(/ it$/, " them")), "or"),
    };
    for (const f of group) grouped.set(f, undefined);
    grouped.set(group[0], { messageId: "missingTestsGroup", path: ranked[0].path, ...(ranked[0].line === undefined ? {} : { line: ranked[0].line }), data });
  }
  return findings.flatMap((f) => (grouped.has(f) ? (grouped.get(f) ?? []) : [f]));
}

/** `a/b/c.ts` → `a/b`; a file at the top → "". */
function dirname(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

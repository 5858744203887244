import type { ChangedFile } from "../model/change.js";
import type { Finding } from "./rule.js";

// `bottomline-disable-next-line rule-a, rule-b -- reason` or `bottomline-disable-line rule-a`.
// The rule id is required on purpose: a blanket disable would hide findings nobody looked at.
const DIRECTIVE = /bottomline-disable-(next-line|line)\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g;

/** path → line → rule ids silenced on that line. */
export type SuppressionMap = Map<string, Map<number, Set<string>>>;

export function collectSuppressions(files: ChangedFile[]): SuppressionMap {
  const map: SuppressionMap = new Map();
  for (const file of files) {
    for (const { line, text } of file.addedLines) {
      if (!text.includes("bottomline-disable-")) continue;
      for (const m of text.matchAll(DIRECTIVE)) {
        const target = m[1] === "next-line" ? line + 1 : line;
        const byLine = map.get(file.path) ?? new Map<number, Set<string>>();
        const ids = byLine.get(target) ?? new Set<string>();
        for (const id of m[2].split(",")) ids.add(id.trim());
        byLine.set(target, ids);
        map.set(file.path, byLine);
      }
    }
  }
  return map;
}

export function isSuppressed(map: SuppressionMap, f: Finding): boolean {
  if (!f.path || f.line === undefined) return false;
  return map.get(f.path)?.get(f.line)?.has(f.rule) ?? false;
}

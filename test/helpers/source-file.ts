import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";

/**
 * A file and its text at head: `text` is the whole file; `added` lists the 1-based lines the
 * change added (default: every line, as for a new file).
 */
export function sourceFile(path: string, text: string, added?: number[]): { file: ChangedFile; lookups: Lookups } {
  const lines = text.split("\n");
  const addedSet = new Set(added ?? lines.map((_, i) => i + 1));
  const addedLines = lines.map((t, i) => ({ line: i + 1, text: t })).filter((l) => addedSet.has(l.line));
  const file: ChangedFile = {
    path,
    status: added ? "modified" : "added",
    binary: false,
    additions: addedLines.length,
    deletions: 0,
    addedLines,
    hunks: [{ start: 1, length: lines.length }],
  };
  return { file, lookups: { issues: new Map(), fileContents: added ? new Map([[path, text]]) : new Map() } };
}

/** A function body of n statement lines. */
export function body(n: number, indent = "  ", line = "x = x + 1;"): string[] {
  return Array.from({ length: n }, () => `${indent}${line}`);
}

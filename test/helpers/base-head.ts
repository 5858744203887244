import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { change } from "./make-change.js";

/** Lines of `head` not in a longest common subsequence with `base`: what a diff shows as added. */
export function addedLineNumbers(base: string[], head: string[]): number[] {
  const n = base.length;
  const m = head.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = base[i] === head[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && base[i] === head[j]) {
      i++;
      j++;
    } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else added.push(++j);
  }
  return added;
}

/** Lines of `base` not in a longest common subsequence with `head`: what a diff shows as deleted. */
export function deletedLineTexts(base: string[], head: string[]): string[] {
  // The base's lines a diff from head to base would add are the ones head lacks.
  const gone = new Set(addedLineNumbers(head, base));
  return base.filter((_, i) => gone.has(i + 1));
}

/**
 * A modified file between two texts, with the lookups a source would fill: head and base texts.
 * `base` undefined makes a new file (its added lines are its text; nothing is fetched).
 */
export function modifiedFile(path: string, base: string | undefined, head: string): { file: ChangedFile; lookups: Lookups } {
  const headLines = head.split("\n");
  const added = base === undefined ? headLines.map((_, i) => i + 1) : addedLineNumbers(base.split("\n"), headLines);
  const addedLines = added.map((line) => ({ line, text: headLines[line - 1] }));
  const file: ChangedFile = {
    path,
    status: base === undefined ? "added" : "modified",
    binary: false,
    additions: addedLines.length,
    deletions: 0,
    addedLines,
    hunks: [{ start: 1, length: headLines.length }],
  };
  const lookups: Lookups = {
    issues: new Map(),
    fileContents: base === undefined ? new Map() : new Map([[path, head]]),
    baseContents: base === undefined ? new Map() : new Map([[path, base]]),
  };
  return { file, lookups };
}

/** A rule-tester case for one file changed from `base` to `head`. */
export function changed(path: string, base: string | undefined, head: string) {
  const { file, lookups } = modifiedFile(path, base, head);
  return { change: change([file]), lookups };
}

/** `changed`, with the repository's tree at head as a source reads it for the rules that ask. */
export const withTree = (c: ReturnType<typeof changed>, tree: string[]) => ({ ...c, lookups: { ...c.lookups, fileTree: tree } });

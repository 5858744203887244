import type { Lookups } from "../../src/engine/rule.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { addedLineNumbers } from "./base-head.js";
import { change } from "./make-change.js";

/** A source rewritten from `base` to `head` (lines deleted too), as the modified file of a change. */
export function rewrittenFile(path: string, base: string[], head: string[]): ChangedFile {
  const added = addedLineNumbers(base, head);
  return {
    path,
    status: "modified",
    binary: false,
    additions: added.length,
    deletions: base.filter((l) => !head.includes(l)).length,
    addedLines: added.map((line) => ({ line, text: head[line - 1] })),
    hunks: [{ start: 1, length: head.length }],
  };
}

/**
 * That rewrite as a change, with its texts at base and head, in a tree that also holds `tree`
 * (paths only) and `texts` (paths with their text at head).
 */
export function rewriteInTree(
  path: string,
  base: string[],
  head: string[],
  tree: string[] = [],
  texts: Record<string, string[]> = {},
): { change: Change; lookups: Lookups } {
  const others = Object.entries(texts).map(([p, lines]) => [p, lines.join("\n")] as [string, string]);
  return {
    change: change([rewrittenFile(path, base, head)]),
    lookups: {
      issues: new Map(),
      fileContents: new Map([[path, head.join("\n")], ...others]),
      baseContents: new Map([[path, base.join("\n")]]),
      fileTree: [path, ...tree, ...Object.keys(texts)],
    },
  };
}

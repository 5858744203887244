import type { Lookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { modifiedFile } from "./base-head.js";
import { change } from "./make-change.js";

/** One file of a change: its path, its text at base by line (undefined: a new file) and at head. */
export type Edit = [path: string, base: string[] | undefined, head: string[]];

/**
 * A change of several files, each from base to head, with the texts a source would fetch and the
 * repository's file tree at head.
 */
export function editsIn(tree: string[]): (...files: Edit[]) => { change: ReturnType<typeof change>; lookups: Lookups } {
  return (...files) => {
    const made = files.map(([path, base, head]): ChangedFile => {
      const { file } = modifiedFile(path, base?.join("\n"), head.join("\n"));
      // Lines the change took out of the file (modifiedFile counts none): where moved code comes from.
      return { ...file, deletions: base ? Math.max(0, base.length - head.length + file.additions) : 0 };
    });
    const old = files.filter(([, base]) => base !== undefined);
    const fileContents = new Map(old.map(([path, , head]) => [path, head.join("\n")]));
    const baseContents = new Map(old.map(([path, base]) => [path, base!.join("\n")]));
    return { change: change(made), lookups: { issues: new Map(), fileContents, baseContents, fileTree: tree } };
  };
}

/** editsIn, for a change with a title and one commit of that message: what the rule reads for the author's words. */
export function titledEdits(tree: string[], title: string, ...files: Edit[]): { change: ReturnType<typeof change>; lookups: Lookups } {
  const made = editsIn(tree)(...files);
  const commit = { sha: "c".repeat(40), message: title, author: { login: "a" } } as ReturnType<typeof change>["commits"][number];
  return { change: { ...made.change, title, commits: [commit] }, lookups: made.lookups };
}

import type { LookupProvider } from "../engine/run-review.js";
import type { Change } from "../model/change.js";
import { gitLookups, withPathsFromTree } from "../sources/git/git-source.js";
import type { BlobStream } from "./blob-stream.js";
import type { HistoryTree } from "./history-tree.js";

/**
 * What the git source's lookups give one change of a history, read without starting git per
 * change: texts at head and base from the history's one `cat-file --batch`, the paths at head
 * from the walked tree. Issue references get what the git source says of them (no texts asked,
 * so it starts no git either).
 */
export function historyLookups(gitDir: string, change: Change, blobs: BlobStream, tree: HistoryTree): LookupProvider {
  const range = { baseSha: change.baseSha, headSha: change.headSha };
  tree.advance(change);
  return async (needs) => {
    const fileTree = needs.fileTree ? tree.pathsAt(range.headSha) : undefined;
    const [fileContents, baseContents] = await blobs.read([
      { rev: range.headSha, paths: withPathsFromTree(needs, fileTree) },
      { rev: range.baseSha, paths: needs.baseContents ?? [] },
    ]);
    const issues = await gitLookups(gitDir, range, {})({ issues: needs.issues, fileContents: [], baseContents: [] });
    return { ...issues, fileContents, baseContents, ...(fileTree ? { fileTree } : {}), ...(needs.fromTree ? { treeNeedsRead: true } : {}) };
  };
}

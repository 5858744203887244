import type { Change, ChangedFile } from "../model/change.js";
import { foldersOf } from "../text/path-folders.js";
import { LICENCE_FILE, MANIFEST } from "./not-authored.js";

/**
 * Files under a folder that already holds a licence file of its own and no package manifest (#11,
 * session 17): another project's code kept in the repository, updated from upstream. fiber's
 * `internal/go-json/` is a copy of goccy/go-json with its LICENSE; "Update goccy/go-json to 0.8.1"
 * rewrote 4,000 lines of it, none of them the team's (judged set 17: pr-size "wrong").
 * A new package of a monorepo carries its manifest beside its licence and stays the team's own;
 * the repository's root licence is the project's. The licence must be there before the change: a
 * pull request cannot take its own code out of review by adding one.
 */
export function inLicensedFolders(files: ChangedFile[], change: Change, tree: readonly string[] | undefined): ChangedFile[] {
  if (!tree) return [];
  const dirs = licensedFolders(tree, change);
  if (dirs.size === 0) return [];
  return files.filter((f) => foldersOf(f.path).some((dir) => dirs.has(dir)));
}

/** The folders (with their trailing `/`) whose licence file was there at base, less those with a manifest: one pass over the tree. */
function licensedFolders(tree: readonly string[], change: Change): Set<string> {
  const added = new Set(change.files.filter((f) => f.status === "added").map((f) => f.path));
  const licensed = new Set<string>();
  const manifests = new Set<string>();
  for (const path of tree) {
    const dir = path.slice(0, path.lastIndexOf("/") + 1);
    if (MANIFEST.test(path)) manifests.add(dir);
    else if (LICENCE_FILE.test(path) && !added.has(path)) licensed.add(dir);
  }
  for (const dir of manifests) licensed.delete(dir);
  return licensed;
}

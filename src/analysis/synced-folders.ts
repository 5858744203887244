import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";

/**
 * Folders the repository marks, in a readme of their own, as kept in sync by automation from
 * somewhere else: .NET repositories' `eng/common/` says "Don't touch this folder … Changes made in
 * this directory are subject to being overwritten by automation … shared by all Arcade repos and
 * managed by automation". The dotnet-maestro bot, or a maintainer applying its update, brings
 * another project's files in there; nobody in this repository wrote them or reviews them here
 * (#11: judged "wrong" for pr-size and "not worth saying" for the TODOs of `eng/common/tools.sh`).
 *
 * The readme must be in the repository before the change: a pull request cannot take its own code
 * out of review by adding a readme that says so. Cheap: at most MAX_READMES readmes of the folders
 * that hold changed files, found in the tree the review already has.
 */
const MAX_READMES = 12;
// How deep the marked folder may sit (`eng/common/`, `build/shared/`): a sync target is near the root.
const MAX_DEPTH = 3;
const README = /^readme(?:\.(?:md|markdown|txt|rst))?$/i;
// How much of the readme is read: the warning is its point, at its top.
const HEAD_CHARS = 3000;
// "overwritten by automation", "managed by automation", "synced from https://…", "mirrored from upstream",
// "Don't touch this folder", "do not edit the files in this directory".
const SYNCED =
  /\b(?:overwritten|managed|maintained|synced|synchroni[sz]ed|mirrored|copied|updated)\s+(?:automatically\s+)?(?:by|from)\s+(?:automation\b|an?\s+(?:automated|bot)\b|(?:the\s+)?upstream\b|https?:\/\/)|\b(?:don'?t|do\s+not)\s+(?:touch|edit|modify|change|make\s+changes\s+to)\s+(?:(?:the\s+|any\s+)?files\s+in\s+)?this\s+(?:folder|directory)\b/i;

/** The folders (with their trailing `/`) that hold a changed file, below the root, at most MAX_DEPTH deep. */
function changedFolders(files: readonly ChangedFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.path.split("/").slice(0, -1);
    for (let depth = 1; depth <= Math.min(parts.length, MAX_DEPTH); depth++) out.add(`${parts.slice(0, depth).join("/")}/`);
  }
  return out;
}

/**
 * The readmes to read: those of the tree in a folder holding changed files, the shallowest first,
 * but not those the change adds. One pass over the tree.
 */
export function syncedFolderReadmes(files: readonly ChangedFile[], tree: readonly string[]): string[] {
  // Once per change and tree: both needs and check ask, the TODO rule for each file it reports.
  let byFiles = readmesByTree.get(tree);
  if (!byFiles) readmesByTree.set(tree, (byFiles = new WeakMap()));
  let out = byFiles.get(files);
  if (!out) byFiles.set(files, (out = readmesOf(files, tree)));
  return out;
}

const readmesByTree = new WeakMap<readonly string[], WeakMap<readonly ChangedFile[], string[]>>();

function readmesOf(files: readonly ChangedFile[], tree: readonly string[]): string[] {
  const folders = changedFolders(files);
  if (folders.size === 0) return [];
  const added = new Set(files.filter((f) => f.status === "added").map((f) => f.path));
  const out: string[] = [];
  for (const path of tree) {
    const slash = path.lastIndexOf("/");
    if (slash === -1 || !README.test(path.slice(slash + 1)) || added.has(path)) continue;
    if (folders.has(path.slice(0, slash + 1))) out.push(path);
  }
  out.sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  return out.slice(0, MAX_READMES);
}

const foldersByTexts = new WeakMap<ReadonlyMap<string, string>, Map<string, string[]>>();

/**
 * The folders, of those `readmes` (syncedFolderReadmes) name, whose readme says their files are
 * synced from elsewhere. Once per review and list of readmes: every file asks.
 */
export function syncedFolders(readmes: readonly string[], texts: ReadonlyMap<string, string>): string[] {
  let known = foldersByTexts.get(texts);
  if (!known) foldersByTexts.set(texts, (known = new Map()));
  const key = readmes.join("\0");
  let out = known.get(key);
  if (!out) {
    out = readmes.filter((p) => SYNCED.test((texts.get(p) ?? "").slice(0, HEAD_CHARS))).map((p) => p.slice(0, p.lastIndexOf("/") + 1));
    known.set(key, out);
  }
  return out;
}

/** Whether `path` lies in one of `folders` (syncedFolders). */
function inSyncedFolder(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path.startsWith(folder));
}

/** Whether `path` lies in a folder of the change the repository marks as synced, from the readmes the review read (needs the tree). */
export function inChangeSyncedFolder(path: string, change: Change, found: Lookups): boolean {
  if (!found.fileTree) return false;
  const folders = syncedFolders(syncedFolderReadmes(change.files, found.fileTree), found.fileContents);
  return folders.length > 0 && inSyncedFolder(path, folders);
}

import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { lineKey } from "../line-origin.js";
import { ALL_PATTERNS, MAY_PRINT } from "./debug-patterns.js";
import { printedText } from "./print-arguments.js";

// Prints a change moved rather than wrote: out of the files beside a new file, or out of any file the
// review read at base. A moved print is not a new leftover.

/** Files beside a new file that the change edits: code split out of one of them lands in the new file. */
const MAX_NEIGHBOURS = 4;
export function folderNeighbours(file: ChangedFile, change: Change): string[] {
  if (file.status !== "added") return [];
  return editedByFolder(change.files).get(folderOf(file.path)) ?? [];
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/**
 * The first MAX_NEIGHBOURS modified files directly in each folder, in the change's order. Once per
 * file list, not per new file: scanning every file of the change for each new one was quadratic
 * (1,500 new files × 3,000 paths on the bench).
 */
const editedFolders = new WeakMap<ChangedFile[], { length: number; byFolder: Map<string, string[]> }>();
function editedByFolder(files: ChangedFile[]): Map<string, string[]> {
  const known = editedFolders.get(files);
  if (known && known.length === files.length) return known.byFolder;
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    if (f.status !== "modified") continue;
    const folder = folderOf(f.path);
    const edited = byFolder.get(folder) ?? [];
    if (edited.length < MAX_NEIGHBOURS) edited.push(f.path);
    byFolder.set(folder, edited);
  }
  editedFolders.set(files, { length: files.length, byFolder });
  return byFolder;
}

// A moved line must say something of its own: `println(x)` is in many files, `println("|-> $beanDefinition")` is not.
const DISTINCT_KEY = 20;

/** Keys of the neighbours' base lines, long enough to tell a statement moved out of them, and the texts their prints print. */
export function movedInKeys(file: ChangedFile, found: Lookups): ReadonlySet<string> {
  // The engine may judge the file on its own (perFile): its neighbours are known by the base texts `needs` asked for.
  if (file.status !== "added" || !found.baseContents) return new Set();
  const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  // A re-added file's own old text is not a neighbour's: rare, so it is read apart.
  if (found.baseContents.has(file.path)) return keysOfFolder(found.baseContents, folder, file.path);
  // Once per folder and set of base texts: a change adding 1,500 files to a folder read the folder's texts 1,500 times.
  let byFolder = folderKeys.get(found.baseContents);
  if (!byFolder) folderKeys.set(found.baseContents, (byFolder = new Map()));
  let keys = byFolder.get(folder);
  if (!keys) byFolder.set(folder, (keys = keysOfFolder(found.baseContents, folder)));
  return keys;
}

const folderKeys = new WeakMap<ReadonlyMap<string, string>, Map<string, ReadonlySet<string>>>();

/** The line keys and printed words of the base texts directly in `folder`, but the one at `except`. */
function keysOfFolder(texts: ReadonlyMap<string, string>, folder: string, except?: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const [path, text] of texts) {
    if (path === except || !path.startsWith(folder) || path.slice(folder.length).includes("/")) continue;
    for (const line of text.split("\n")) {
      const key = lineKey(line);
      if (key.length >= DISTINCT_KEY) keys.add(key);
      const said = printedText(line);
      if (said !== undefined) keys.add(said);
    }
  }
  return keys;
}

// The prints of the other files the review read at base, by line and by what they print: a print the change moved
// from one of them (axum's clone backtrace, moved from `routing/tests/mod.rs` into a test helper, `{}` made `{bt}`)
// is not new. Every base text counts, not only the step's files: a per-file step holds only the file it judges.
const basePrints = new WeakMap<Lookups, Map<string, Set<string>>>();
function printsAtBase(found: Lookups): Map<string, Set<string>> {
  let prints = basePrints.get(found);
  if (prints) return prints;
  prints = new Map();
  const add = (key: string, path: string) => (prints!.get(key) ?? prints!.set(key, new Set()).get(key)!).add(path);
  for (const [path, text] of found.baseContents ?? new Map<string, string>()) {
    for (const line of text.split("\n")) {
      if (!MAY_PRINT.test(line) || !ALL_PATTERNS.some((p) => p.re.test(line))) continue;
      // Only a line that says something of its own: `println(code)` is in many files, moved or not.
      if (lineKey(line).length >= DISTINCT_KEY) add(lineKey(line), path);
      const said = printedText(line);
      if (said !== undefined) add(said, path);
    }
  }
  basePrints.set(found, prints);
  return prints;
}

/** Whether another file at base held this print (the same line, or the same printed words): the change moved it. */
export function printedElsewhere(file: ChangedFile, found: Lookups, text: string, said: string | undefined): boolean {
  const own = file.previousPath ?? file.path;
  const prints = printsAtBase(found);
  const from = [...(prints.get(lineKey(text)) ?? []), ...(said === undefined ? [] : (prints.get(said) ?? []))];
  return from.some((path) => path !== own);
}

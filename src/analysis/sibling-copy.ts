import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, linesFrom, restoredShare } from "../model/restored-lines.js";
import { addedLinesText } from "../syntax/line-view.js";

/**
 * A new file that is a copy of a file the repository already had: a project folder duplicated
 * under a new name (`RestSharp.IntegrationTests1/MultipartFormDataTests.cs` beside
 * `RestSharp.IntegrationTests/MultipartFormDataTests.cs`). Its lines are not new code. The
 * candidates are the same path under the top folder's name without a copy's suffix, and under
 * the top folders of files the change edits (those folders exist at base), at most a few per file.
 */
const MAX_CANDIDATES = 4;
const COPY_SUFFIX = /(?:\d{1,3}|[ _-]{0,3}\(?copy\)?(?:[ _-]?\d{1,3})?|[._-](?:old|bak|backup|orig))$/i;

/**
 * A copy's suffix on a file's name, before its extension: a target framework's (`LogEvent-net40.cs`,
 * `Foo.netstandard2.0.cs`, `Bar_portable.cs`) or a copy's (`-old`, `.bak`, ` (copy)`, `2`).
 */
const NAME_SUFFIX =
  /^(.+?)(?:[-_.](?:net\d{2,3}|net\d\.\d|netstandard\d(?:\.\d)?|netcore(?:app)?\d?(?:\.\d)?|portable|pcl|sl\d|wp\d{1,2}|old|orig|bak|backup)|[ _-]{0,3}\(?copy\)?(?:[ _-]?\d{1,3})?)(\.[A-Za-z]{1,10})$/i;

/** The name a suffixed copy was made from (`LogEvent-net40.cs` from `LogEvent.cs`), or undefined when it has no copy's suffix. */
export function originalName(name: string): string | undefined {
  const m = NAME_SUFFIX.exec(name.slice(0, 200));
  return m ? `${m[1]}${m[2]}` : undefined;
}

/** Base paths that a new file may be a copy of. */
export function siblingCopyPaths(file: ChangedFile, change: Change): string[] {
  if (file.status !== "added") return [];
  const slash = file.path.lastIndexOf("/");
  // A copy beside its original, named with a suffix (serilog's `Events/LogEvent-net40.cs`).
  const original = originalName(file.path.slice(slash + 1));
  const beside = original === undefined ? [] : [`${file.path.slice(0, slash + 1)}${original}`];
  return [...beside, ...copiedFolderPaths(file, change)];
}

/** The new file's path under the top folders it may have been copied from. */
function copiedFolderPaths(file: ChangedFile, change: Change): string[] {
  const [top, ...rest] = file.path.split("/");
  if (rest.length === 0) return [];
  const tops = new Set<string>();
  // A folder copied under a suffixed name (`Tests1`, `Tests - Copy`, `Tests.old`), named for the original.
  const original = top.replace(COPY_SUFFIX, "");
  if (original !== top && original !== "") tops.add(original);
  // The engine may judge a file on its own: the change's other files are then not at hand.
  for (const other of editedTopFolders(change.files)) {
    if (other !== top) tops.add(other);
    if (tops.size >= MAX_CANDIDATES) break;
  }
  return [...tops].map((t) => [t, ...rest].join("/"));
}

/**
 * The top folders of the files a change edits, each once, in the order the change lists them.
 * Once per file list, not per new file: scanning every edited path for each new file made a
 * change of 3,000 files under one top folder cost ~0.5 s (the scan never found four others).
 */
const editedTops = new WeakMap<ChangedFile[], { length: number; tops: string[] }>();
function editedTopFolders(files: ChangedFile[]): string[] {
  const known = editedTops.get(files);
  if (known && known.length === files.length) return known.tops;
  const tops = new Set<string>();
  for (const f of files) {
    const path = f.previousPath ?? f.path;
    if (f.status !== "added" && path.includes("/")) tops.add(path.split("/")[0]);
  }
  const found = { length: files.length, tops: [...tops] };
  editedTops.set(files, found);
  return found.tops;
}

/** A copy: this share of the new file's lines are the candidate's (a copy with a namespace or a name changed). */
const COPY_SHARE = 0.95;

/** Whether the new file's text is, line for line (whitespace at the ends ignored), a candidate's text at base, or nearly. */
export function copiedFromSibling(file: ChangedFile, change: Change, found: Lookups): boolean {
  // A file put back from history is a copy of the project's own older text.
  if (isRestored(file)) return true;
  const paths = siblingCopyPaths(file, change);
  if (paths.length === 0) return false;
  const mine = normalised(addedLinesText(file));
  return paths.some((p) => {
    const base = found.baseContents?.get(p);
    if (base === undefined) return false;
    return normalised(base) === mine || restoredShare(file, linesFrom(file.addedLines, base.split("\n"))) >= COPY_SHARE;
  });
}

function normalised(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .join("\n")
    .trim();
}

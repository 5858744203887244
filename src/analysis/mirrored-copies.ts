import { changedPaths, type Change, type ChangedFile } from "../model/change.js";
import { isRestored, linesFrom, markRestored, restoredShare } from "../model/restored-lines.js";
import { isCodeFile } from "../text/languages.js";
import { notAuthored } from "./not-authored.js";
import { inPlaygroundFolder } from "./playground-folder.js";
import { likelyOriginals, MAX_ORIGINAL_BYTES, MAX_ORIGINAL_FILE_BYTES } from "./copy-originals.js";
import type { ProjectReader } from "./upstream-code.js";
import { lineKey } from "./line-origin.js";

/**
 * Code a build step mirrors into another folder of the repository (#10, #11): ZLogger's
 * `ZLogger.csproj` copies `src/ZLogger/*.cs` into the Unity project's `Assets/Scripts/ZLogger/` after
 * each build, and both are committed. The mirror's lines are the source file's lines: what the change
 * wrote there is judged once, in the source (set 19: a `Console.WriteLine` said twice, a 52,000-line
 * "Add Unity Project" counted with 11,000 lines of such copies, judged "wrong" and "not worth saying").
 *
 * Two shapes, each found from what the files hold, never from what a message or a comment says:
 * - a new file whose likely original (copy-originals.ts: the same name, the nearest folders) holds at
 *   least MIRROR_SHARE of its lines *after* the change: the original may be edited by the same change
 *   (the build copied the edited file), which the base text copy-originals reads cannot show;
 * - two edited files of the same name that receive the same added lines: one edit made twice, in a
 *   source and its mirror. The mirror is the deeper path (it is copied into another project's tree);
 *   the other copy stays judged, so the lines are always judged once. At the same depth both stay judged.
 *   When the deeper path is the shallower one with a run of folders put in its middle (mirrorCandidates:
 *   `src/ZLogger.Unity/Assets/Scripts/ZLogger/X.cs` of `src/ZLogger/X.cs`), the paths say it is a mirror,
 *   so any line both receive is the original's, however few (ZLogger 4ab776e2fc: one `Console.WriteLine`
 *   added to both, the original's finding agreed, the mirror's "not worth saying").
 * This is the one place mirrors are found: every rule leaves the lines it marks alone (restored lines).
 * A pull request gains nothing by copying its own code: the original's new lines are judged where
 * they were written, and lines that were already in the repository were never the change's.
 */

/** Share of a file's non-blank added lines, at least, its twin holds: a mirror, not a file that shares imports. */
const MIRROR_SHARE = 0.9;
/** Non-blank added lines a file needs to be compared: fewer are alike by nature (a one-line fix made in two files). */
const MIN_LINES = 5;
/** New code files a change must add for the tree to be searched for what they mirror. */
export const MIN_MIRRORED_FILES = 5;
/** Edited files compared per change, at most, so a change of thousands of files stays cheap. */
const MAX_EDITED = 400;

export function markMirroredCopies(change: Change, project?: ProjectReader): void {
  markTwinEdits(change);
  if (project) markCopiesOfHeadFiles(change, project);
  if (project) markCatchUpMirrors(change, project);
}

/**
 * A Unity project's copy of a library's sources (`src/MemoryPack.Unity/Assets/Plugins/MemoryPack/Runtime/MemoryPack.Core/…`
 * of `src/MemoryPack.Core/…`), which a build step refreshes: Unity reads code only from its project's `Assets/`.
 */
const UNITY_ASSETS = /(^|\/)Assets\/(?:Plugins|Scripts)\//;
/** Mirror files read per change, at most. */
const MAX_CATCH_UP = 50;

/** Edited code files of a Unity project's assets whose lines may be an original's the change leaves alone (see markCatchUpMirrors). */
export function unityMirrorCandidates(change: Change): ChangedFile[] {
  return (
    change.files
      // Edited files only: a new file's original at base is copy-originals.ts's to find.
      .filter((f) => f.status === "modified" && !f.binary && !isRestored(f) && isCodeFile(f.path) && UNITY_ASSETS.test(f.path) && nonBlank(f) > 0)
      .slice(0, MAX_CATCH_UP)
  );
}

/** The original each candidate may mirror: the first of its mirrorCandidates in the tree that the change does not touch. */
export function catchUpOriginals(change: Change, tree: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const candidates = unityMirrorCandidates(change);
  if (candidates.length === 0) return out;
  const paths = new Set(tree);
  const touched = changedPaths(change);
  for (const f of candidates) {
    const original = mirrorCandidates(f.path).find((p) => paths.has(p) && !touched.has(p) && !UNITY_ASSETS.test(p) && judged(p));
    if (original !== undefined) out.set(f.path, original);
  }
  return out;
}

/**
 * Marks the lines a Unity mirror receives that its original already holds, the original untouched by the change: the
 * build copied an earlier edit across (MemoryPack ce867e6c63 refreshes the Unity copy of `BitPackFormatter.cs`, edited in
 * `src/MemoryPack.Core/` two days before: its length and test findings judged not worth saying on set 41). The edit
 * was judged where it was written; the mirror must hold MIRROR_SHARE of its lines in the original's words.
 */
function markCatchUpMirrors(change: Change, project: ProjectReader): void {
  if (unityMirrorCandidates(change).length === 0) return;
  const tree = project.basePaths();
  if (!tree) return;
  const originals = catchUpOriginals(change, tree);
  if (originals.size === 0) return;
  markMirrorsOf(change.files, originals, project, "which held these lines already");
}

/**
 * Marks each file whose original (`originals`, read at head) holds MIRROR_SHARE of its added lines in the original's words,
 * naming the original and `why`. The texts read are bounded in all (MAX_ORIGINAL_BYTES).
 */
function markMirrorsOf(files: ChangedFile[], originals: Map<string, string>, project: ProjectReader, why: string): void {
  const texts = project.texts("head", [...new Set(originals.values())]);
  let bytes = 0;
  for (const f of files) {
    const original = originals.get(f.path);
    const text = original === undefined ? undefined : texts.get(original);
    if (text === undefined || text.length > MAX_ORIGINAL_FILE_BYTES || (bytes += text.length) > MAX_ORIGINAL_BYTES) continue;
    const lines = linesFrom(
      f.addedLines.map((l) => ({ ...l, text: wordsOf(l.text) })),
      text.split("\n").map(wordsOf),
    );
    if (restoredShare(f, lines) >= MIRROR_SHARE) markRestored(f, lines, `a mirror of ${original}, ${why}`);
  }
}

/** Whether the rules judge the code at `path`: not vendored or test data by its path, not a sandbox. */
const judged = (path: string) => notAuthored(path) === undefined && !inPlaygroundFolder(path);
const nonBlank = (f: ChangedFile) => f.addedLines.filter((l) => l.text.trim() !== "").length;
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const depthOf = (path: string) => path.split("/").length;

/** New code files of the change that may mirror a file at head. */
function candidates(change: Change): ChangedFile[] {
  return change.files.filter((f) => f.status === "added" && !f.binary && !isRestored(f) && isCodeFile(f.path) && nonBlank(f) >= MIN_LINES);
}

/** Marks new files that mirror a file the repository keeps elsewhere, as that file stands after the change. */
function markCopiesOfHeadFiles(change: Change, project: ProjectReader): void {
  const added = candidates(change);
  // A build step mirrors a folder, not a file; and the file list is read for a change that may hold one only
  // (`bottomline report` reviews thousands of changes). A single copied file is copy-originals.ts's, at base.
  if (added.length < MIN_MIRRORED_FILES) return;
  const tree = project.basePaths();
  if (!tree) return;
  // An original the rules do not judge (vendored, a sandbox) cannot vouch for lines the change adds to it and copies out.
  const originals = new Map([...likelyOriginals(added, tree)].filter(([, original]) => judged(original)));
  if (originals.size === 0) return;
  markMirrorsOf(added, originals, project, "which holds these lines after the change");
}

/**
 * A line's words, its punctuation left out: a build step may rewrite a mirror mechanically as it copies
 * (ZLogger's CommandTools strips C# 8's nullable annotations for Unity: `object? GetPayload();` becomes
 * `object GetPayload();`), and the mirror is still the source's lines. A file must hold MIRROR_SHARE of
 * its lines so, so lines that differ only in an operator do not make two files of one name a mirror.
 */
function wordsOf(text: string): string {
  const words = text.slice(0, 2000).match(/[\p{L}\p{N}_]+/gu);
  // A line of brackets alone is compared as it is.
  return words ? words.join(" ") : text.trim();
}

/** Marks the deeper of two edited files of one name that receive the same added lines. */
function markTwinEdits(change: Change): void {
  const byName = new Map<string, ChangedFile[]>();
  for (const f of change.files.slice(0, MAX_EDITED * 4)) {
    if ((f.status !== "modified" && f.status !== "added") || f.binary || isRestored(f) || !isCodeFile(f.path) || nonBlank(f) === 0) continue;
    const list = byName.get(nameOf(f.path)) ?? [];
    if (list.length < 8) list.push(f);
    byName.set(nameOf(f.path), list);
    if (byName.size > MAX_EDITED) break;
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    markPathMirrors(group);
    // Edited twins without a mirror's path: only files with enough lines to be alike by more than nature.
    const edited = group.filter((f) => f.status === "modified" && nonBlank(f) >= MIN_LINES);
    if (edited.length < 2) continue;
    // The shallowest copy is judged; each deeper one whose added lines it holds is its mirror.
    const [source, ...rest] = [...edited].sort((a, b) => depthOf(a.path) - depthOf(b.path) || (a.path < b.path ? -1 : 1));
    // The copy judged must be one the rules judge: a sandbox's or a vendored twin cannot vouch for a product file.
    if (!judged(source.path)) continue;
    const sourceLines = source.addedLines.map((l) => l.text);
    for (const mirror of rest) {
      // At the same depth neither is known to be the mirror (hono's `src/` and its `deno_dist/` build): both stay judged.
      if (depthOf(mirror.path) === depthOf(source.path)) continue;
      const lines = linesFrom(mirror.addedLines, sourceLines);
      if (restoredShare(mirror, lines) >= MIRROR_SHARE) markRestored(mirror, lines, `the same edit as ${source.path}, whose mirror this file is`);
    }
  }
}

/** Marks, in each file of one name whose path mirrors another's (mirrorCandidates), the lines that other file receives too. */
function markPathMirrors(group: ChangedFile[]): void {
  const byPath = new Map(group.map((f) => [f.path, f]));
  for (const mirror of group) {
    const original = mirrorCandidates(mirror.path)
      .map((p) => byPath.get(p))
      .find((f) => f !== undefined && f !== mirror);
    // An original the rules do not judge (vendored, a sandbox) cannot vouch for the lines it shares.
    if (!original || !judged(original.path)) continue;
    const shared = new Set(original.addedLines.map((l) => lineKey(l.text)).filter((k) => k.length >= DISTINCT_KEY));
    const lines = mirror.addedLines.filter((l) => shared.has(lineKey(l.text))).map((l) => l.line);
    markRestored(mirror, lines, `the same lines as ${original.path}, whose mirror this file is`);
  }
}

/** Candidates read per file, at most: a deep path has many ways to drop folders. */
const MAX_CANDIDATES = 16;
/** Path segments, at most, a path is read for. */
const MAX_SEGMENTS = 12;
/** A line must say this much (without whitespace) to count as the original's: `}` or `print(x)` is in many files. */
const DISTINCT_KEY = 20;

/**
 * The shallower paths a file may mirror: its path with a run of folders dropped from the middle, keeping its
 * top folders and at least its own folder and name (`src/X.Unity/Assets/Scripts/X/A.cs` → `src/X/A.cs`, …).
 */
export function mirrorCandidates(path: string): string[] {
  // A Unity package keeps its code under `Runtime/` (`Assets/Plugins/MessagePipe.Interprocess/Runtime/MessageBuilder.cs` of
  // `src/MessagePipe.Interprocess/MessageBuilder.cs`: one `Console.WriteLine` said in both on set 48, the copy's judged a
  // duplicate): the path without that folder is read too.
  const unity = UNITY_RUNTIME.test(path) ? droppedFolders(path.replace(UNITY_RUNTIME, "$1")) : [];
  return [...droppedFolders(path), ...unity].slice(0, MAX_CANDIDATES * 2);
}

/** A `Runtime/` folder of a Unity package, under the project's `Assets/`. */
const UNITY_RUNTIME = /(\/Assets\/(?:[^/]+\/)+)Runtime\//;

function droppedFolders(path: string): string[] {
  const s = path.split("/");
  if (s.length < 3 || s.length > MAX_SEGMENTS) return [];
  const out: string[] = [];
  // Keep the suffix from `j` (at least a folder and the name) and the prefix before `i`; drop what lies between.
  for (let j = s.length - 2; j >= 1 && out.length < MAX_CANDIDATES; j--)
    for (let i = 0; i < j && out.length < MAX_CANDIDATES; i++) out.push([...s.slice(0, i), ...s.slice(j)].join("/"));
  return out;
}

import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { lineCounts, textLineCounts, type LineCounts } from "../text/line-counts.js";
import { COPY_EVIDENCE } from "./copy-originals.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";

/**
 * New files that copy an existing type under a prefixed name, renaming it as they go: set 21's
 * judges rejected a pr-size finding (language-ext 4ae31ecdba) whose count was mostly
 * `TrackingHashMap/TrackingHashMap.cs` and `.Module.cs`, near-copies of `HashMap/HashMap.cs` and
 * `HashMap.Module.cs` where, once `TrackingHashMap` reads `HashMap` again, only a few hundred
 * lines differ. copy-originals.ts looks for a namesake and compares lines as they are; here the
 * original's name is the new one less its leading word(s), and the new name is read back to the
 * original's before comparing. What the copy adds beyond its original is what a reviewer reads.
 */

/** New files looked at, and originals named, per review: the tree scan and the reads stay bounded. */
const MAX_FILES = 100;
const MAX_ORIGINALS = 40;
/** An original shorter than this is not worth a copy's comparison (a stub, an `Extensions.Eq.cs`). */
const MIN_LINES = 20;

// A type-like stem of words in PascalCase: `TrackingHashMap` → `Tracking`, `Hash`, `Map`.
const WORDS = /[A-Z][a-z0-9]+/g;

/** The stems a new file's stem may have been made from by a prefix: `HashMap` and `Map` of `TrackingHashMap`. */
function shorterStems(stem: string): string[] {
  const words = stem.match(WORDS) ?? [];
  if (words.join("") !== stem) return [];
  const out: string[] = [];
  // Drop one or two leading words; what is left still names a type (two words at least).
  for (let drop = 1; drop <= 2 && words.length - drop >= 2; drop++) out.push(words.slice(drop).join(""));
  return out;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const stemOf = (path: string) => nameOf(path).split(".")[0];

function candidates(files: readonly ChangedFile[]): ChangedFile[] {
  return files
    .filter((f) => f.status === "added" && !f.binary && syntaxLanguageOf(f.path) !== undefined)
    .sort((a, b) => b.additions - a.additions)
    .slice(0, MAX_FILES);
}

/** The new path with its stem read as `stem` everywhere (folder and name): where the original would sit. */
function withStem(path: string, from: string, to: string): string {
  return path.replace(new RegExp(`(^|/)${escapeRegExp(from)}(?=[./]|$)`, "g"), `$1${to}`);
}

/**
 * Each new file's likely prefixed-name original in the tree (new path → original path): the tree
 * holds the new path with its stem shortened by a leading word or two, and the change adds no file there.
 */
export function prefixedOriginals(files: readonly ChangedFile[], tree: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const wanted = new Map<string, string>();
  for (const f of candidates(files)) {
    const stem = stemOf(f.path);
    for (const shorter of shorterStems(stem)) {
      const path = withStem(f.path, stem, shorter);
      if (path !== f.path && !wanted.has(path)) wanted.set(path, f.path);
    }
  }
  if (wanted.size === 0) return out;
  const added = new Set(files.filter((f) => f.status === "added").map((f) => f.path));
  for (const path of tree) {
    const copy = wanted.get(path);
    if (copy === undefined || added.has(path) || out.has(copy)) continue;
    out.set(copy, path);
    if (out.size >= MAX_ORIGINALS) break;
  }
  return out;
}

/**
 * The lines the new files took from their prefixed-name originals, as pr-size counts moved lines:
 * the added lines that, with the new stem read as the original's, the original holds (each of its
 * lines used once), for a file where they are at least COPY_EVIDENCE of its lines.
 */
export function prefixedCopyCounts(files: readonly ChangedFile[], originals: Map<string, string>, found: Lookups): LineCounts {
  const out: LineCounts = new Map();
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const [copy, original] of originals) {
    const file = byPath.get(copy);
    const text = found.baseContents?.get(original) ?? found.fileContents.get(original);
    if (file === undefined || text === undefined) continue;
    const theirs = textLineCounts(text);
    if (theirs.size < MIN_LINES) continue;
    const [from, to] = [stemOf(copy), stemOf(original)];
    const rename = new RegExp(`\\b${escapeRegExp(from)}\\b`, "g");
    const taken: string[] = [];
    let lines = 0;
    for (const { text: line } of file.addedLines) {
      if (line.trim() === "") continue;
      lines++;
      // Renamed before whitespace goes: `public TrackingHashMap<K, V>` keeps its word boundary.
      const back = line.replace(rename, to).replace(/\s+/g, "");
      const left = theirs.get(back) ?? 0;
      if (left === 0) continue;
      theirs.set(back, left - 1);
      taken.push(line);
    }
    if (lines > 0 && taken.length >= lines * COPY_EVIDENCE) for (const [k, n] of lineCounts(taken)) out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

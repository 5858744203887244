import { lineKey } from "./line-origin.js";

/**
 * A file kept as a mirror of another, deeper in the tree under the same folder and name: a Unity package's
 * `src/ZLogger.Unity/Assets/Scripts/ZLogger/AsyncStreamLineMessageWriter.cs`, which a post-build step copies from
 * `src/ZLogger/AsyncStreamLineMessageWriter.cs`. A change that adds a print to the original adds it to the mirror
 * too; the original's finding says it, and the mirror's would say it again (ZLogger 4ab776e2fc, judged not worth
 * saying in set 19 beside the agreed finding on the original). Only lines the original holds at head are its.
 */

/** Candidates read per file, at most: a deep path has many ways to drop folders. */
const MAX_CANDIDATES = 16;
/** Path segments, at most, a path is read for. */
const MAX_SEGMENTS = 12;

/**
 * The shallower paths a file may mirror: its path with a run of folders dropped from the middle, keeping its
 * top folders and at least its own folder and name (`src/X.Unity/Assets/Scripts/X/A.cs` → `src/X/A.cs`, …).
 */
export function mirrorCandidates(path: string): string[] {
  const s = path.split("/");
  if (s.length < 3 || s.length > MAX_SEGMENTS) return [];
  const out: string[] = [];
  // Keep the suffix from `j` (at least a folder and the name) and the prefix before `i`; drop what lies between.
  for (let j = s.length - 2; j >= 1 && out.length < MAX_CANDIDATES; j--)
    for (let i = 0; i < j && out.length < MAX_CANDIDATES; i++) out.push([...s.slice(0, i), ...s.slice(j)].join("/"));
  return out;
}

/** A line must say this much (without whitespace) to count as the original's: `}` or `print(x)` is in many files. */
const DISTINCT_KEY = 20;

/** Keys (lineKey) of the lines of the first mirrored original whose text at head is at hand, or none. */
export function mirroredKeys(path: string, texts: ReadonlyMap<string, string>): Set<string> {
  for (const candidate of mirrorCandidates(path)) {
    const text = texts.get(candidate);
    if (text === undefined || candidate === path) continue;
    return new Set(
      text
        .split("\n")
        .map(lineKey)
        .filter((k) => k.length >= DISTINCT_KEY),
    );
  }
  return new Set();
}

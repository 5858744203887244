import type { Change, ChangedFile } from "../../model/change.js";
import { linesFrom, markRestored, restoredShare } from "../../model/restored-lines.js";
import { editedFrom, keptLines } from "../../analysis/line-origin.js";
import { originalName } from "../../analysis/sibling-copy.js";
import { readBlobTexts } from "./read-blobs.js";
import { runGit } from "./run-git.js";

/** Below this many non-blank lines, files are alike by nature (an `__init__.py`, a stub), not copies. */
const MIN_LINES = 10;
/** New files compared, and base files of the same name compared with each: one review stays cheap. */
const MAX_FILES = 50;
const MAX_CANDIDATES = 3;
/** A copy: this share of the new file's lines are the other file's. */
export const COPY_SHARE = 0.95;
/**
 * A port: this share of the new file's lines are a same-named base file's, verbatim (regex's
 * `tests/replace.rs` moved to `newtests/replace.rs` with a macro dropped from some lines). Its
 * lines that are the old file's, verbatim or edited, are not new; the rest are the change's.
 */
const PORT_SHARE = 0.6;
/** Lines compared token by token in a port, at most: a huge file's edits cannot make a review quadratic. */
const MAX_PORT_LINES = 2000;

/**
 * Marks new files that copy a file the base already has, in any folder (RestSharp's
 * `IntegrationTests1/MultipartFormDataTests.cs`, a test duplicated under a new name's folder):
 * at least COPY_SHARE of their lines are a same-named base file's. Their lines are not new code.
 * One `git ls-tree` of the base and one `git cat-file --batch` for the candidates.
 */
export function markBaseCopies(cwd: string, change: Change, added: ChangedFile[]): void {
  const files = added.filter((f) => f.restoredLines === undefined && nonBlank(f) >= MIN_LINES).slice(0, MAX_FILES);
  if (files.length === 0) return;
  // A copy named with a suffix (`LogEvent-net40.cs`) is compared with the files of its original's name too.
  const names = (f: ChangedFile) => [nameOf(f.path), originalName(nameOf(f.path))].filter((n): n is string => n !== undefined);
  const byName = baseFilesByName(cwd, change.baseSha, new Set(files.flatMap(names)));
  const candidates = new Map(
    files.map((f) => [
      f,
      nearest(
        f.path,
        names(f).flatMap((n) => byName.get(n) ?? []),
      ),
    ]),
  );
  const paths = [...new Set([...candidates.values()].flat())];
  if (paths.length === 0) return;
  const [texts] = readBlobTexts(cwd, [{ rev: change.baseSha, paths }]);
  for (const [file, others] of candidates) {
    for (const other of others) {
      const text = texts.get(other);
      if (text === undefined) continue;
      const before = text.split("\n");
      const lines = linesFrom(file.addedLines, before);
      const share = restoredShare(file, lines);
      if (share >= COPY_SHARE) markRestored(file, lines, `a copy of ${other} at base`);
      else if (share >= PORT_SHARE) markRestored(file, [...lines, ...editedLines(file, lines, before)], `ported from ${other} at base`);
      else continue;
      break;
    }
  }
}

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const nonBlank = (f: ChangedFile) => f.addedLines.filter((l) => l.text.trim() !== "").length;

/** The base's file paths whose names are among `names`, by name (one `git ls-tree -r`). */
function baseFilesByName(cwd: string, baseSha: string, names: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let listing: string;
  try {
    listing = runGit(["ls-tree", "-r", "-z", "--name-only", baseSha], cwd);
  } catch {
    return out;
  }
  for (const path of listing.split("\0")) {
    const name = nameOf(path);
    if (names.has(name)) out.set(name, [...(out.get(name) ?? []), path]);
  }
  return out;
}

/** The few base files of its name likeliest to be the original: those sharing the most trailing folders with `path`. */
export function nearest(path: string, others: string[]): string[] {
  // Folders compared, from the nearest up: a suffixed copy's name differs from its original's.
  const mine = path.split("/").slice(0, -1).reverse();
  const shared = (other: string) => {
    const theirs = other.split("/").slice(0, -1).reverse();
    let n = 0;
    while (n < mine.length && n < theirs.length && mine[n] === theirs[n]) n++;
    return n;
  };
  return others
    .filter((o) => o !== path)
    .map((o) => ({ o, n: shared(o) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.o);
}

/** A port's added lines, not verbatim the old file's, that are an edit of one of its lines not matched yet. */
function editedLines(file: ChangedFile, verbatim: number[], before: string[]): number[] {
  const matched = new Set(verbatim);
  const rest = file.addedLines.filter((l) => !matched.has(l.line) && l.text.trim() !== "");
  if (rest.length > MAX_PORT_LINES || before.length > MAX_PORT_LINES) return [];
  const used = new Set(file.addedLines.filter((l) => matched.has(l.line)).map((l) => l.text.trim()));
  const base = keptLines(before.filter((l) => l.trim() !== "" && !used.has(l.trim())));
  return rest.filter((l) => editedFrom(l.text, base) !== undefined).map((l) => l.line);
}

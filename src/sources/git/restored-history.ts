import type { Change, ChangedFile } from "../../model/change.js";
import { linesFrom, markRestored, markRevertedLines, RESTORED_SHARE, restoredShare, revertedCommits } from "../../model/restored-lines.js";
import { markBaseCopies, nearest } from "./base-copies.js";
import { markPickedCommits } from "./picked-commits.js";
import { markUndoneMerges } from "./undone-merges.js";
import { readBlobTexts } from "./read-blobs.js";
import { runGit, tryGit } from "./run-git.js";
import { splitGitDiff } from "./split-git-diff.js";
import { gitDiff } from "./git-source.js";
import { revertedByTitle } from "./reverted-by-title.js";

/**
 * How far back the base's history is searched for a deleted file: far enough for "Added back the
 * adapters" ten commits after "Removed all external adapters", bounded so one review stays one
 * cheap `git log`.
 */
export const HISTORY_COMMITS = 300;
/** Reverts whose named commit is missing, looked up by their quoted title: a `git log` and two diffs each. */
const MAX_TITLE_REVERTS = 3;

interface Deletion {
  sha: string;
  path: string;
  oid: string;
}

/**
 * Marks the lines of `change` that it put back rather than wrote (#10): a file it adds that the
 * base's recent history deleted (at the same path, or the same blob at another path), when at
 * least RESTORED_SHARE of its lines are the deleted file's; and the lines a revert restores,
 * read from the reverted commit's own diff; and a new file that copies one the base has; and the
 * lines a backport or cherry-pick copies from a commit the repository holds elsewhere; and the files
 * that put back what a recent merge changed (undone-merges.ts: one `git rev-list` and one batch). Costs
 * one `git log` and one `git ls-tree` when the change adds files, a `git cat-file --batch` when
 * there is something to compare, and one `git diff` per reverted commit (a revert whose named commit is
 * missing costs a `git log` and two diffs more, once: reverted-by-title.ts keeps its answer for markVerifiedReverts).
 */
export function markRestoredFromHistory(cwd: string, change: Change): void {
  if (!/^[0-9a-f]{40,64}$/.test(change.baseSha)) return;
  const added = change.files.filter((f) => f.status === "added" && !f.binary && f.addedLines.length > 0);
  if (added.length > 0) markReAdded(cwd, change, added);
  if (added.length > 0) markBaseCopies(cwd, change, added);
  for (const sha of revertedCommits(change.commits.map((c) => c.message))) markReverted(cwd, change, sha);
  for (const revert of change.commits.filter((c) => c.message.startsWith("Revert ")).slice(0, MAX_TITLE_REVERTS)) {
    const full = revertedByTitle(cwd, revert, change.baseSha);
    if (full) markReverted(cwd, change, full);
  }
  markPickedCommits(cwd, change);
  markUndoneMerges(cwd, change);
}

function markReAdded(cwd: string, { baseSha, headSha }: Change, added: ChangedFile[]): void {
  const deletions = deletedBefore(cwd, baseSha);
  if (deletions.length === 0) return;
  const byPath = new Map<string, Deletion>();
  const byOid = new Map<string, Deletion>();
  // Newest first: the latest deletion of a path is the text it had last.
  for (const d of deletions) {
    if (!byPath.has(d.path)) byPath.set(d.path, d);
    if (!byOid.has(d.oid)) byOid.set(d.oid, d);
  }
  const moved = added.filter((f) => !byPath.has(f.path));
  const oids = moved.length > 0 ? headOids(cwd, headSha, moved) : new Map<string, string>();
  const byName = deletedByName(byPath);
  let named = 0;
  const candidates = added.flatMap((f) => {
    const d = byPath.get(f.path) ?? byOid.get(oids.get(f.path) ?? "");
    if (d) return [{ file: f, deletions: [d] }];
    // A file moved back in edited (commandline bb31ed842e: its tests deleted from `src/libcmdline/` one commit
    // before, added under `src/tests/` without an `#if`): the deleted files of its name, nearest folders first.
    const same = byName.get(nameOf(f.path));
    if (!same || named >= MAX_NAMED_FILES || nonBlank(f) < MIN_NAMED_LINES) return [];
    named++;
    return [{ file: f, deletions: nearest(f.path, same).map((p) => byPath.get(p)!) }];
  });
  if (candidates.length === 0) return;
  const before = readDeletedTexts(
    cwd,
    candidates.flatMap((c) => c.deletions),
  );
  for (const { file, deletions } of candidates) {
    for (const deletion of deletions) {
      const text = before.get(deletion.oid);
      if (text === undefined) continue;
      const lines = linesFrom(file.addedLines, text.split("\n"));
      if (restoredShare(file, lines) < RESTORED_SHARE) continue;
      markRestored(
        file,
        lines,
        deletion.path === file.path ? `deleted in ${deletion.sha.slice(0, 10)}` : `moved from ${deletion.path}, deleted in ${deletion.sha.slice(0, 10)}`,
      );
      break;
    }
  }
}

/** New files compared by name with the deleted files of that name, at most: a move of a whole tree stays one batch read. */
const MAX_NAMED_FILES = 200;
/** Below this many non-blank lines, files of one name are alike by nature (an `__init__.py`, a stub), not moved. */
const MIN_NAMED_LINES = 10;

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const nonBlank = (f: ChangedFile) => f.addedLines.filter((l) => l.text.trim() !== "").length;

/** The deleted paths by file name. */
function deletedByName(byPath: Map<string, Deletion>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of byPath.keys()) {
    const name = nameOf(path);
    out.set(name, [...(out.get(name) ?? []), path]);
  }
  return out;
}

/** The files deleted in the last HISTORY_COMMITS commits of the base, newest first, with the blob each had. */
function deletedBefore(cwd: string, baseSha: string): Deletion[] {
  const floor = tryGit(["rev-parse", "--verify", "--quiet", `${baseSha}~${HISTORY_COMMITS}`], cwd);
  const range = floor ? [baseSha, `^${floor}`] : [baseSha];
  let out: string;
  try {
    out = runGit(["log", "--diff-filter=D", "--raw", "-z", "--no-abbrev", "--no-renames", "--format=%x1e%H", ...range, "--"], cwd);
  } catch {
    return [];
  }
  const deletions: Deletion[] = [];
  let sha = "";
  const tokens = out.split("\0");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i].replace(/^\n/, "");
    if (token.startsWith("\x1e")) sha = token.slice(1).trim();
    else if (token.startsWith(":") && i + 1 < tokens.length) {
      // `:100644 000000 <old oid> <null oid> D`, then the path
      const oid = token.split(" ")[2];
      const path = tokens[++i];
      if (sha && oid) deletions.push({ sha, path, oid });
    }
  }
  return deletions;
}

/** The blob ids of files at head, in one `git cat-file --batch-check`. */
function headOids(cwd: string, headSha: string, files: ChangedFile[]): Map<string, string> {
  const paths = files.map((f) => f.path).filter((p) => !/[\r\n]/.test(p));
  const out = new Map<string, string>();
  if (paths.length === 0) return out;
  let text: string;
  try {
    text = runGit(["cat-file", "--batch-check"], cwd, paths.map((p) => `${headSha}:${p}`).join("\n") + "\n");
  } catch {
    return out;
  }
  text.split("\n").forEach((line, i) => {
    const oid = /^([0-9a-f]{40,64}) blob /.exec(line)?.[1];
    if (oid && i < paths.length) out.set(paths[i], oid);
  });
  return out;
}

/** The texts of deleted blobs by id, read as `<deleting commit>^:<path>` in one `git cat-file --batch`. */
function readDeletedTexts(cwd: string, deletions: Deletion[]): Map<string, string> {
  const unique = [...new Map(deletions.map((d) => [d.oid, d])).values()];
  const maps = readBlobTexts(
    cwd,
    unique.map((d) => ({ rev: `${d.sha}^`, paths: [d.path] })),
  );
  const byOid = new Map<string, string>();
  unique.forEach((d, i) => {
    const text = maps[i].get(d.path);
    if (text !== undefined) byOid.set(d.oid, text);
  });
  return byOid;
}

/**
 * The lines a revert puts back: what the reverted commit deleted, by path. Only a commit the base
 * already holds: a message cannot name its own branch's commits to pass new code off as old.
 */
function markReverted(cwd: string, change: Change, sha: string): void {
  const full = tryGit(["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], cwd);
  if (!full || tryGit(["merge-base", "--is-ancestor", full, change.baseSha], cwd) === undefined) return;
  let diff: string;
  try {
    // Reversed, so the reverted commit's deleted lines read as added ones.
    diff = gitDiff(cwd, [full, `${full}^`]);
  } catch {
    return;
  }
  markRevertedLines(change, full, new Map(splitGitDiff(diff).map((f) => [f.path, f.addedLines.map((l) => l.text)])));
}

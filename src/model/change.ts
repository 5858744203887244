/**
 * The platform-neutral change model. Sources (GitHub, local git) build it; rules only ever see it.
 * Plain data on purpose: it can be logged, snapshotted in tests and built by hand in fixtures.
 */

export interface Author {
  name: string;
  email: string;
  /** GitHub login when the source knows it (the git source does not). */
  login?: string;
}

export interface Commit {
  sha: string;
  message: string;
  author: Author;
  /**
   * Who made the commit object, when the source knows it. GitHub's buttons (Update branch,
   * Revert, Apply suggestion) commit as `GitHub <noreply@github.com>`.
   */
  committer?: Omit<Author, "login">;
  parents: string[];
}

export type FileStatus = "added" | "modified" | "removed" | "renamed" | "copied";

export interface AddedLine {
  /** 1-based line number in the new version of the file. */
  line: number;
  text: string;
}

/** A hunk's range on the new side: these lines can carry inline review comments. */
export interface HunkRange {
  start: number;
  /** Number of new-side lines (added + context) in the hunk. */
  length: number;
}

export interface ChangedFile {
  path: string;
  previousPath?: string;
  status: FileStatus;
  binary: boolean;
  additions: number;
  deletions: number;
  addedLines: AddedLine[];
  hunks: HunkRange[];
  /**
   * The text of each line the diff deletes, when any: what provenance.ts compares added lines with, so a
   * block moved (from this file or another) is known as moved, not written. Absent when none or unknown.
   */
  deletedLines?: string[];
  /** The hunk (index into `hunks`) of each of `deletedLines`, when known: a line deleted and added back in one hunk was edited in place. */
  deletedHunks?: number[];
  /** Why the added lines are unknown or partial (missing patch, malformed diff). Absent when complete. */
  patchProblem?: string;
  /**
   * Added lines (head line numbers) the change put back or copied rather than wrote: a file
   * deleted earlier in the base's history and added again, what a revert restores, a copy of a
   * file the base has. The source sets it; absent when it found none.
   */
  restoredLines?: number[];
  /** Where the restored lines were before, in words ("deleted in bb78013ad6", "a copy of x.cs at base"). */
  restoredFrom?: string;
  /**
   * The folder (with its `/`) of a whole project the change imports, when this file is one of its
   * files (src/analysis/imported-projects.ts): its lines are also restored, and pr-size leaves it out.
   */
  importedProject?: string;
}

/**
 * Something in the change that was not reviewed, and why. The summary lists every one of these.
 * "imported": a folder that arrived as a whole project (src/analysis/imported-projects.ts), set aside.
 */
export interface Gap {
  kind: "commits-cap" | "files-cap" | "missing-patch" | "malformed-patch" | "binary" | "ignored" | "rule-error" | "unanalysable" | "imported";
  message: string;
  path?: string;
}

export interface Change {
  title: string;
  body: string;
  labels: string[];
  /** Oldest first. */
  commits: Commit[];
  files: ChangedFile[];
  baseSha: string;
  headSha: string;
  /**
   * How many files the rule's whole change has, when the engine hands a per-file rule one file of it
   * at a time (run-review's steps); absent otherwise, where `files` is the whole change.
   */
  filesInRun?: number;
  /**
   * Every path the whole change touches (renames' previous paths too), set beside `filesInRun`: what a
   * per-file rule needs to tell a config the pull request edits, and so must read at base (see changedPaths).
   */
  touchedPaths?: ReadonlySet<string>;
  /** owner/name when known; issue references without a repository resolve against it. */
  repository?: { owner: string; name: string };
  /**
   * The change's commits whose "This reverts commit <sha>" the source checked (src/analysis/revert-inverse.ts):
   * the reverted commit is history the repository holds, and the diff undoes it. A revert message alone is the
   * author's word; only these count as reverts for issue-reference's `exempt_reverts`.
   */
  verifiedReverts?: string[];
  /**
   * Paths of files the change adds lines to that the review's `ignore` leaves out (lock files, test snapshots):
   * evidence a rule may read (a test's snapshot updated: tests-required), never code any rule judges.
   */
  ignoredPaths?: readonly string[];
  gaps: Gap[];
}

export function emptyChange(overrides: Partial<Change> = {}): Change {
  return { title: "", body: "", labels: [], commits: [], files: [], baseSha: "", headSha: "", gaps: [], ...overrides };
}

const pathsOfChange = new WeakMap<Change, ReadonlySet<string>>();
/** Every path the change touches, at head and at base: the whole change's, also in one file's step of a per-file rule. */
export function changedPaths(change: Change): ReadonlySet<string> {
  if (change.touchedPaths) return change.touchedPaths;
  let paths = pathsOfChange.get(change);
  if (!paths) pathsOfChange.set(change, (paths = new Set(change.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))));
  return paths;
}

/** True when a line number can carry an inline comment on GitHub (it is inside a hunk on the new side). */
export function isLineInDiff(file: ChangedFile, line: number): boolean {
  return file.hunks.some((h) => line >= h.start && line < h.start + h.length);
}

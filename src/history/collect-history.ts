import { isAbsolute, resolve } from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.js";
import type { Change } from "../model/change.js";
import { listCorpusCommits, runCommitReview, type CorpusCommit, type KnownChange } from "../cli/corpus-review.js";
import { readOriginRemote } from "../sources/git/git-remote.js";
import { GitError, runGit, tryGit } from "../sources/git/run-git.js";
import { buildChangeRecord, type ChangeRecord } from "./change-record.js";
import { CommitIndex } from "./commit-index.js";
import { BlobStream } from "./blob-stream.js";
import { HistoryDiffs } from "./history-diffs.js";
import { historyLookups } from "./history-lookups.js";
import { HistoryTree } from "./history-tree.js";
import type { ReportCache } from "./report-cache.js";

export interface Tag {
  name: string;
  date: string;
}

export interface CollectedHistory {
  records: ChangeRecord[];
  /** Changes git could not diff (a snapshot missing a blob): counted, not fatal. */
  skipped: Array<{ sha: string; reason: string }>;
  tags: Tag[];
  /** Reviewed now (the rest came from the cache). */
  reviewed: number;
  cached: number;
}

export interface CollectOptions {
  /** First day of the window (inclusive); undefined = the whole history. */
  since?: Date;
  cache?: ReportCache;
  onProgress?: (done: number, total: number) => void;
}

/** No history walk is ever this long; git wants a number. */
const NO_LIMIT = 100_000_000;

/** Refuses what cannot give a truthful report, with how to fix it; returns the newest commit's date. */
export function checkRepository(gitDir: string): Date {
  if (!tryGit(["rev-parse", "--git-dir"], gitDir))
    throw new GitError(`${gitDir} is not a git repository; run bottomline report inside a clone (or cd into one)`);
  const newest = tryGit(["log", "-1", "--format=%cI", "HEAD"], gitDir);
  if (!newest) throw new GitError(`the repository in ${gitDir} has no commits yet; commit something, or run report in a repository with history`);
  if (tryGit(["rev-parse", "--is-shallow-repository"], gitDir) === "true")
    throw new GitError(
      "this is a shallow clone: older history is missing, so counts and lead times would be wrong. Fetch the whole history with `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`)",
    );
  return new Date(newest);
}

/** Where the cache lives: the repository's common git directory (the same for every worktree). */
export function commonGitDir(gitDir: string): string {
  const dir = runGit(["rev-parse", "--git-common-dir"], gitDir).trim();
  return isAbsolute(dir) ? dir : resolve(gitDir, dir);
}

/**
 * Each change on HEAD's first-parent line in the window — merges against their first parent, so a
 * merged branch is one change — reviewed with the real engine (see corpus-review) or read from the cache.
 */
export async function collectHistory(gitDir: string, config: ResolvedConfig, opts: CollectOptions = {}): Promise<CollectedHistory> {
  const since = opts.since?.toISOString();
  // Oldest first: each change's own commits are what is new since the one before it.
  const changes = listCorpusCommits(gitDir, NO_LIMIT, "HEAD", { merges: true, ...(since ? { since } : {}) }).reverse();
  const index = new CommitIndex(gitDir, changes[0]?.parent);
  const remote = readOriginRemote(gitDir);
  // One git process each for the diffs (per chunk), the file texts and the layout of the whole walk.
  const diffs = new HistoryDiffs(gitDir, changes);
  const blobs = new BlobStream(gitDir);
  const tree = new HistoryTree(gitDir);
  const lookups = (change: Change) => historyLookups(gitDir, change, blobs, tree);
  const records: ChangeRecord[] = [];
  const skipped: CollectedHistory["skipped"] = [];
  let reviewed = 0;
  try {
    for (const [i, commit] of changes.entries()) {
      const commits = index.land(commit.sha);
      const cached = opts.cache?.get(commit.sha);
      if (cached) records.push(cached);
      else {
        // Diffs are read only for changes the cache does not have.
        const known = commits ? { commits, remote, diff: diffs.diffOf(i), lookups } : undefined;
        const record = await reviewOne(gitDir, commit, config, index, known, skipped);
        if (record) {
          records.push(record);
          opts.cache?.put(record);
          reviewed++;
        }
      }
      opts.onProgress?.(i + 1, changes.length);
    }
  } finally {
    blobs.close();
  }
  records.sort((a, b) => a.date.localeCompare(b.date));
  return { records, skipped, tags: readTags(gitDir, since), reviewed, cached: opts.cache?.hits ?? 0 };
}

async function reviewOne(
  gitDir: string,
  commit: CorpusCommit,
  config: ResolvedConfig,
  index: CommitIndex,
  known: KnownChange | undefined,
  skipped: CollectedHistory["skipped"],
): Promise<ChangeRecord | undefined> {
  try {
    const { change, result } = await runCommitReview(gitDir, commit, config, known);
    return buildChangeRecord(commit, change, result, (sha) => index.authorTime(sha));
  } catch (err) {
    // One unreadable commit must not lose the others.
    if (!(err instanceof GitError)) throw err;
    skipped.push({ sha: commit.sha, reason: err.message });
    return undefined;
  }
}

/** Tags made in the window, by their tagger date (annotated) or commit date (lightweight). */
function readTags(gitDir: string, since?: string): Tag[] {
  const out = runGit(["for-each-ref", "--format=%(refname:short)%1f%(creatordate:iso-strict)", "refs/tags"], gitDir);
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [name, date] = line.split("\x1f");
      return { name, date: date ? new Date(date).toISOString() : "" };
    })
    .filter((t) => t.date && (!since || new Date(t.date) >= new Date(since)))
    .sort((a, b) => a.date.localeCompare(b.date));
}

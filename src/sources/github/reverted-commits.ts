import type { Change } from "../../model/change.js";
import { markRevertedLines as markReverted, revertedCommits } from "../../model/restored-lines.js";
import type { GitHub, PullRequestRef } from "./github-types.js";
import { revertedSha, revertedTitle, undoesByAdded } from "../../analysis/revert-inverse.js";

/** Reverted commits read per pull request: each costs two requests, and only a revert pays them. */
const MAX_REVERTED = 2;

/**
 * Marks the lines a revert pull request puts back (#10): what each commit its commits say they
 * revert ("This reverts commit <sha>.", as `git revert` and GitHub's Revert button write) deleted,
 * by path. Two requests per reverted commit, none for an ordinary pull request: the commit's
 * files, and a comparison proving the base branch holds it (a message cannot name a commit of its
 * own fork to pass new code off as old). What the App does not see: files re-added without a
 * revert message, and copies of files the base has in other folders (the CLI's git source finds those).
 */
export async function markRevertedLines(octokit: GitHub, pr: PullRequestRef, change: Change): Promise<void> {
  let found = 0;
  for (const sha of revertedCommits(change.commits.map((c) => c.message)).slice(0, MAX_REVERTED)) {
    try {
      const params = { owner: pr.owner, repo: pr.repo };
      const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({ ...params, basehead: `${sha}...${change.baseSha}` });
      if (compare.status !== "ahead" && compare.status !== "identical") continue;
      const { data: commit } = await octokit.rest.repos.getCommit({ ...params, ref: sha });
      markReverted(change, commit.sha, new Map((commit.files ?? []).map((f) => [f.filename, deletedLines(f.patch ?? "")])));
      found++;
      // With no request more: the pull request's whole diff undoes the commit, so its commits that say they revert it do.
      if (wholeChangeUndoes(change, commit.files ?? [])) verify(change, sha);
    } catch {
      // An unknown or unreadable commit restores nothing: the lines stay the change's.
    }
  }
  if (found === 0) await markRevertedByTitle(octokit, pr, change);
}

/** Base commits listed to find the one a revert's title quotes: one page. */
const TITLE_SEARCH_COMMITS = 100;

/**
 * A revert whose named commit is not on the base branch (a rebase renamed it) or that names none: the base's
 * newest commit whose subject is the one its title quotes, taken only when the pull request's whole diff undoes
 * that commit's (as for the CLI, src/sources/git/reverted-by-title.ts). Two requests, for a pull request with a
 * `Revert "…"` commit only: the base's last commits, and the quoted commit's files.
 */
async function markRevertedByTitle(octokit: GitHub, pr: PullRequestRef, change: Change): Promise<void> {
  const revert = change.commits.find((c) => revertedTitle(c.message) !== undefined);
  const title = revert && revertedTitle(revert.message);
  if (!revert || !title) return;
  try {
    const params = { owner: pr.owner, repo: pr.repo };
    const { data: recent } = await octokit.rest.repos.listCommits({ ...params, sha: change.baseSha, per_page: TITLE_SEARCH_COMMITS });
    const quoted = recent.find((c) => c.commit.message.split("\n", 1)[0] === title);
    if (!quoted) return;
    const { data: commit } = await octokit.rest.repos.getCommit({ ...params, ref: quoted.sha });
    if (!wholeChangeUndoes(change, commit.files ?? [])) return;
    markReverted(change, commit.sha, new Map((commit.files ?? []).map((f) => [f.filename, deletedLines(f.patch ?? "")])));
    change.verifiedReverts = [...(change.verifiedReverts ?? []), revert.sha];
  } catch {
    // An unreadable history restores nothing: the lines stay the change's.
  }
}

/**
 * Whether the pull request's diff, all of it, is the inverse of the reverted commit's (revert-inverse.ts): its
 * added lines are what that commit deleted, and it deletes about what that commit added. The App reads no
 * commit's own diff, so a revert commit beside other work in one pull request is not taken as a revert.
 */
function wholeChangeUndoes(change: Change, files: Array<{ patch?: string }>): boolean {
  const reverted = { added: files.flatMap((f) => patchLines(f.patch ?? "", "+")), deleted: files.flatMap((f) => patchLines(f.patch ?? "", "-")) };
  const added = change.files.flatMap((f) => f.addedLines.map((l) => l.text));
  return undoesByAdded(
    added,
    change.files.reduce((n, f) => n + f.deletions, 0),
    reverted,
  );
}

/** Records the change's commits that name `sha` as reverted (the id as written may be abbreviated). */
function verify(change: Change, sha: string): void {
  const shas = change.commits.filter((c) => /^Revert\b/.test(c.message) && revertedSha(c.message) === sha).map((c) => c.sha);
  change.verifiedReverts = [...(change.verifiedReverts ?? []), ...shas];
}

/** The lines a GitHub `patch` (hunks only, no file headers) deletes. */
function deletedLines(patch: string): string[] {
  return patchLines(patch, "-");
}

/** The lines a GitHub `patch` adds (`+`) or deletes (`-`). */
function patchLines(patch: string, mark: "+" | "-"): string[] {
  return patch
    .split("\n")
    .filter((l) => l.startsWith(mark))
    .map((l) => l.slice(1).replace(/\r$/, ""));
}

import type { Change } from "../../model/change.js";
import { markRevertedLines as markReverted, revertedCommits } from "../../model/restored-lines.js";
import type { GitHub, PullRequestRef } from "./github-types.js";

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
  for (const sha of revertedCommits(change.commits.map((c) => c.message)).slice(0, MAX_REVERTED)) {
    try {
      const params = { owner: pr.owner, repo: pr.repo };
      const { data: compare } = await octokit.rest.repos.compareCommitsWithBasehead({ ...params, basehead: `${sha}...${change.baseSha}` });
      if (compare.status !== "ahead" && compare.status !== "identical") continue;
      const { data: commit } = await octokit.rest.repos.getCommit({ ...params, ref: sha });
      markReverted(change, commit.sha, new Map((commit.files ?? []).map((f) => [f.filename, deletedLines(f.patch ?? "")])));
    } catch {
      // An unknown or unreadable commit restores nothing: the lines stay the change's.
    }
  }
}

/** The lines a GitHub `patch` (hunks only, no file headers) deletes. */
function deletedLines(patch: string): string[] {
  return patch
    .split("\n")
    .filter((l) => l.startsWith("-"))
    .map((l) => l.slice(1).replace(/\r$/, ""));
}

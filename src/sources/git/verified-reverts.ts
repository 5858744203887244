import type { Change } from "../../model/change.js";
import { lineChanges, revertedSha, undoes } from "../../analysis/revert-inverse.js";
import { gitDiff } from "./git-source.js";
import { tryGit } from "./run-git.js";
import { revertedByTitle } from "./reverted-by-title.js";

/** Revert commits checked per change: two `git diff`s and two cheap lookups each. */
const MAX_CHECKED = 5;

/**
 * Records on the change which of its commits are reverts the history shows (#11): the commit its
 * message names (`This reverts commit <sha>`) is one the revert builds on, and the revert's diff
 * undoes that commit's (revert-inverse.ts). Only then may issue-reference take it as a revert:
 * the message alone is the author's word, and "Revert …" over new work would need no reference.
 */
export function markVerifiedReverts(cwd: string, change: Change): void {
  const claimed = change.commits.filter((c) => /^Revert\b/.test(c.message) && revertedSha(c.message)).slice(0, MAX_CHECKED);
  for (const c of change.commits.filter((c) => c.message.startsWith("Revert ")).slice(0, MAX_CHECKED)) {
    if (revertedByTitle(cwd, c, change.baseSha)) change.verifiedReverts = [...(change.verifiedReverts ?? []), c.sha];
  }
  for (const c of claimed) {
    const full = tryGit(["rev-parse", "--verify", "--quiet", `${revertedSha(c.message)}^{commit}`], cwd);
    if (!full || tryGit(["merge-base", "--is-ancestor", full, `${c.sha}^`], cwd) === undefined) continue;
    try {
      if (!undoes(lineChanges(gitDiff(cwd, [`${c.sha}^`, c.sha])), lineChanges(gitDiff(cwd, [`${full}^`, full])))) continue;
    } catch {
      continue;
    }
    change.verifiedReverts = [...(change.verifiedReverts ?? []), c.sha];
  }
}

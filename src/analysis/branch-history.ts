import type { Change } from "../model/change.js";

/** Commits of a pull request that make it a long-lived branch's history rather than one piece of work. */
const BRANCH_COMMITS = 5;
/** Commits a squash's message lists (`* fix: …`, as GitHub writes a squashed branch's commits) that make it a branch. */
const LISTED_COMMITS = 5;
// A message is hostile input: only its start is read.
const MESSAGE_READ = 20_000;

/**
 * Whether the change observably brings in a branch whose parts were reviewed on their own (#11), so a
 * release or merge title ("v1.2.3", "Merge branch 'next'") may quiet pr-size: one of its commits is a
 * merge (git records the branch it joins), it is a history of several commits, or it is one squashed
 * commit whose message lists the branch's commits. A title alone is the author's word: "v4.1.0" over
 * one commit of 4,500 new lines is a big change nobody reviewed in parts, and is still said.
 */
export function bringsInBranch(change: Change): boolean {
  if (change.commits.some((c) => c.parents.length > 1)) return true;
  if (change.commits.length >= BRANCH_COMMITS) return true;
  if (change.commits.length !== 1) return false;
  const listed = change.commits[0].message.slice(0, MESSAGE_READ).match(/^[ \t]*[*-][ \t]+\S/gm) ?? [];
  return listed.length >= LISTED_COMMITS;
}

import type { Change } from "../../model/change.js";
import { bringsInBranch } from "../branch-history.js";

// A long-lived branch merged for a release: its parts were reviewed as pull requests already.

// A release merge: `feat!: v14 (#2152)`, `feat: v13`, `Release 2.0`, `v1.2.3`. Its parts were
// reviewed as pull requests against the release branch; asking to split it is not actionable.
const RELEASE_TITLE = /^\s*(?:(?:feat|chore|release|build)(?:\([^)]*\))?!?:\s*)?(?:release\s+)?v?\d+(?:\.\d+){0,2}(?:[-.]\w+)?\s*(?:\(#\d+\))?\s*$/i;
const CO_AUTHORS_OF_A_BRANCH = 3;
// A branch squashed in one commit: "Merge in changes from the 5.0-dev branch", "Merge branch 'next'".
const BRANCH_MERGE_TITLE = /^\s*merge\b(?:\s+(?:in|changes|from|the))*\s+(?:branch\b|.*\bbranch\s*$)/i;
// Subversion-era merges of a whole branch, squashed in one commit: "Merged RESEARCH_CLI_2 branch back
// to HEAD", "Merged 2.0-experimental into trunk as 2.1", "Merged the Multitenant feature branch into trunk."
// Not GitHub's "Merge pull request #12 from a/b": that one is a pull request, and its size is the point.
const SVN_MERGE_TITLE =
  /^\s*merged\s+(?!pull request\b)[^\n]{0,120}?(?:\bbranch\b|\binto\s+(?:the\s+)?(?:trunk|head|main|master)\b|\bback\s+(?:in)?to\s+(?:trunk|head|main|master)\b)/i;

// A sync of one branch into another: "Merge from Main branch into Dev (last included changeset is
// 69498)", "Merge the release branch into develop". "Merge from" and "branch … into" are branch
// words: "Merge Foo into Bar" alone may be two classes made one, and stays counted.
const SYNC_MERGE_TITLE = /^\s*merged?\s+(?:changes\s+)?(?:from\s+(?:the\s+)?[\w./-]+(?:\s+branch)?|(?:the\s+)?[\w./-]+\s+branch)\s+(?:in)?to\s+\S/i;

/** A long-lived branch merged for a release: a version as title, or a BREAKING CHANGE list by several co-authors. */
export function releaseMerge(change: Change): boolean {
  const title = change.title;
  const mergeTitle = RELEASE_TITLE.test(title) || BRANCH_MERGE_TITLE.test(title) || SVN_MERGE_TITLE.test(title) || SYNC_MERGE_TITLE.test(title);
  // The title is the author's word: it quiets only a change that shows a branch coming in (branch-history.ts).
  if (mergeTitle && bringsInBranch(change)) return true;
  const text = [change.body, ...change.commits.map((c) => c.message)].join("\n");
  const coAuthors = new Set(text.match(/^co-authored-by:.*$/gim) ?? []).size;
  return /^BREAKING CHANGES?:/m.test(text) && coAuthors >= CO_AUTHORS_OF_A_BRANCH;
}

import type { Change } from "../../model/change.js";
import { linesFrom, markRestored } from "../../model/restored-lines.js";
import { readBlobTexts } from "./read-blobs.js";
import { runGit, tryGit } from "./run-git.js";
import { splitGitDiff } from "./split-git-diff.js";
import { gitDiff } from "./git-source.js";

/**
 * Backports and cherry-picks (#10): code already reviewed where it was first merged, copied to
 * another branch (tokio-rs/tracing's v0.1.x: "This backports PR #1067 to v0.1.x"). The message
 * only says where to look; the lines count as old only when the repository holds that commit
 * outside the change, and only the added lines that read as lines of a file that commit touched, as
 * it was there. A message
 * naming a commit the repository lacks, or one of the change's own, marks nothing.
 */

/** `git cherry-pick -x`'s line, and "Backport <sha>" / "backport of <sha>": long enough ids only. */
// Jellyfin's backport tool writes the pull request's merge as a trailer: `Original-merge: a2b1936e73…`.
const PICKED_SHA =
  /\bcherry[- ]picked from commit ([0-9a-f]{7,40})\b|\bback-?port(?:s|ed|ing)?\s+(?:of\s+)?(?:commit\s+)?([0-9a-f]{7,40})\b|^Original-merge:\s*([0-9a-f]{7,40})\b/gim;
/** "backports #1067", "Backport of PR #1067", "This backports PR #1696 to v0.1.x". */
const PICKED_PR = /\bback-?port(?:s|ed|ing)?\s+(?:of\s+)?(?:PR\s+|pull request\s+)?#(\d{1,7})\b/gi;
/** What every match of PICKED_SHA and PICKED_PR holds: a cheap test that rules most messages out. */
const MAY_PICK = /cherry|back|original-merge/i;
/** Picks followed per change, at most: the message is the author's to write. */
const MAX_PICKED = 5;
/** Commits read, at most, while looking for a pull request's squash-merge ("… (#1067)") on other branches. */
const MAX_SEARCHED = 20000;

/** What the messages say was picked: commit ids and pull request numbers. */
export function pickedReferences(messages: string[]): { shas: string[]; prs: string[] } {
  const shas = new Set<string>();
  const prs = new Set<string>();
  for (const m of messages) {
    const text = m.slice(0, 5000);
    // Both patterns need "cherry" or "back" (any case): most messages of a long history have
    // neither, and two case-insensitive scans of each were a cost of reading 6,000 messages (#13).
    if (!MAY_PICK.test(text)) continue;
    for (const [, a, b, c] of text.matchAll(PICKED_SHA)) if (shas.size < MAX_PICKED) shas.add((a ?? b ?? c).toLowerCase());
    for (const [, pr] of text.matchAll(PICKED_PR)) if (prs.size < MAX_PICKED) prs.add(pr);
  }
  return { shas: [...shas], prs: [...prs] };
}

/** Marks the change's added lines that the picked commits (found in the repository, outside the change) added. */
export function markPickedCommits(cwd: string, change: Change): void {
  const { shas, prs } = pickedReferences(change.commits.map((c) => c.message));
  if (shas.length + prs.length === 0) return;
  const own = new Set(change.commits.map((c) => c.sha));
  const picked = new Set<string>();
  for (const sha of shas) {
    const full = tryGit(["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], cwd)?.trim();
    if (full && !own.has(full) && !inChange(cwd, change, full)) picked.add(full);
  }
  for (const pr of prs) {
    const full = mergedPullRequest(cwd, pr, own);
    if (full && !inChange(cwd, change, full)) picked.add(full);
  }
  for (const sha of [...picked].slice(0, MAX_PICKED)) markLinesOf(cwd, change, sha);
}

/** A commit the change's range holds (reachable from its head, not from its base): the change's own work. */
function inChange(cwd: string, change: Change, sha: string): boolean {
  const reachable = (to: string) => tryGit(["merge-base", "--is-ancestor", sha, to], cwd) !== undefined;
  return reachable(change.headSha) && !reachable(change.baseSha);
}

/**
 * The commit on any branch whose subject ends with "(#N)", a pull request's squash-merge, or starts "Merge pull
 * request #N from", its merge commit (whose first-parent diff is the pull request), not one of the change's.
 */
function mergedPullRequest(cwd: string, pr: string, own: Set<string>): string | undefined {
  let out: string;
  try {
    out = runGit(["log", "--all", `--max-count=${MAX_SEARCHED}`, "-F", `--grep=#${pr}`, "--format=%H %s"], cwd);
  } catch {
    return undefined;
  }
  for (const line of out.split("\n")) {
    const [sha, ...subject] = line.split(" ");
    const text = subject.join(" ").trimEnd();
    if (sha && !own.has(sha) && (text.endsWith(`(#${pr})`) || text.startsWith(`Merge pull request #${pr} from `))) return sha;
  }
  return undefined;
}

/**
 * Marks the lines the change adds to a file the picked commit touched that the file reads at that
 * commit: what the commit added, and what its branch already had that the backport brings along
 * (a helper master had inlined before the picked change). Files the picked commit did not touch
 * are the backport's own work.
 */
function markLinesOf(cwd: string, change: Change, sha: string): void {
  let diff: string;
  try {
    diff = gitDiff(cwd, [`${sha}^`, sha]);
  } catch {
    return;
  }
  const touched = new Set(splitGitDiff(diff).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]));
  const files = change.files.filter((f) => f.addedLines.length > 0 && [f.path, f.previousPath].some((p) => p !== undefined && touched.has(p)));
  if (files.length === 0) return;
  const [texts] = readBlobTexts(cwd, [{ rev: sha, paths: [...new Set(files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))] }]);
  for (const file of files) {
    const theirs = texts.get(file.path) ?? (file.previousPath ? texts.get(file.previousPath) : undefined);
    if (theirs !== undefined)
      markRestored(file, linesFrom(file.addedLines, theirs.split("\n")), `as in ${sha.slice(0, 10)}, picked from where it was reviewed`);
  }
}

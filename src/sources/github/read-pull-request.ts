import type { Change, ChangedFile, Commit, FileStatus, Gap } from "../../model/change.js";
import { parsePatch } from "../../model/parse-patch.js";
import { markRevertedLines } from "./reverted-commits.js";
import { markImportedCode } from "../../analysis/imported-code.js";
import { prefetchProject, type ProjectReader } from "../../analysis/upstream-code.js";
import { githubLookups } from "./github-lookups.js";
import { GITHUB_COMMITS_CAP, GITHUB_FILES_CAP, type GitHub, type PullRequestRef } from "./github-types.js";

/**
 * Reads a pull request's commits and files (fully paginated) into the change model. Two requests
 * for ≤ 100 of each, and two more per reverted commit for a revert.
 */
export async function readPullRequest(octokit: GitHub, pr: PullRequestRef): Promise<Change> {
  const params = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
  const [rawCommits, rawFiles] = await Promise.all([
    octokit.paginate(octokit.rest.pulls.listCommits, params),
    octokit.paginate(octokit.rest.pulls.listFiles, params),
  ]);
  const gaps: Gap[] = [];
  const commits: Commit[] = rawCommits.map((c) => ({
    sha: c.sha,
    message: c.commit.message,
    author: { name: c.commit.author?.name ?? "", email: c.commit.author?.email ?? "", login: c.author?.login },
    ...(c.commit.committer ? { committer: { name: c.commit.committer.name ?? "", email: c.commit.committer.email ?? "" } } : {}),
    parents: c.parents.map((p) => p.sha),
  }));
  if (pr.commits > commits.length) {
    gaps.push({
      kind: "commits-cap",
      message: `GitHub lists only the first ${GITHUB_COMMITS_CAP} commits of a pull request; ${pr.commits - commits.length} of ${pr.commits} commits were not checked. Split the pull request, or run \`bottomline review\` locally to check them all`,
    });
  }
  const files = rawFiles.map((f) => toChangedFile(f, gaps));
  if (pr.changedFiles > files.length) {
    gaps.push({
      kind: "files-cap",
      message: `GitHub lists only the first ${GITHUB_FILES_CAP} files of a pull request; ${pr.changedFiles - files.length} of ${pr.changedFiles} changed files were not reviewed. Split the pull request, or run \`bottomline review\` locally to review them all`,
    });
  }
  const change: Change = {
    title: pr.title,
    body: pr.body,
    labels: pr.labels,
    commits,
    files,
    baseSha: diffBase(commits, pr),
    headSha: pr.headSha,
    repository: { owner: pr.owner, name: pr.repo },
    gaps,
  };
  await markRevertedLines(octokit, pr, change);
  markImportedCode(change, undefined, await readProject(octokit, pr, change));
  return change;
}

/**
 * The repository as upstream-code.ts reads it, fetched only when the change gives a reason (a new
 * file under a holder it does not name, a message that takes another project's latest code): the
 * tree in one request, the texts in one batched query.
 */
function readProject(octokit: GitHub, pr: PullRequestRef, change: Change): Promise<ProjectReader | undefined> {
  const lookup = githubLookups(octokit, pr.owner, pr.repo, pr.headSha, change.baseSha);
  return prefetchProject(
    change,
    async () => (await lookup({ issues: [], fileContents: [], baseContents: [], fileTree: true })).fileTree,
    async (base, head) => {
      const found = await lookup({ issues: [], fileContents: head, baseContents: base });
      return [found.baseContents ?? new Map(), found.fileContents];
    },
  );
}

/**
 * The commit the pull request's files are diffed against, which base texts must be read at.
 * GitHub diffs a pull request against the merge base of its branches, while the payload's
 * `base.sha` is the base branch's tip, which moves on as others merge. When every commit is listed
 * and they grew from one commit outside the pull request, that commit is the merge base; otherwise
 * (the base branch was merged in, or the listing was capped) the tip is the best we know.
 */
export function diffBase(commits: Commit[], pr: Pick<PullRequestRef, "baseSha" | "commits">): string {
  if (commits.length === 0 || commits.length < pr.commits) return pr.baseSha;
  const own = new Set(commits.map((c) => c.sha));
  const outside = new Set(commits.flatMap((c) => c.parents.filter((p) => !own.has(p))));
  return outside.size === 1 ? [...outside][0] : pr.baseSha;
}

interface RawFile {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

function toChangedFile(f: RawFile, gaps: Gap[]): ChangedFile {
  const status = mapStatus(f.status);
  const file: ChangedFile = { path: f.filename, status, binary: false, additions: f.additions, deletions: f.deletions, addedLines: [], hunks: [] };
  if (f.previous_filename) file.previousPath = f.previous_filename;
  if (f.patch !== undefined) {
    const parsed = parsePatch(f.patch);
    file.addedLines = parsed.addedLines;
    file.hunks = parsed.hunks;
    if (parsed.deletedLines.length > 0) Object.assign(file, { deletedLines: parsed.deletedLines, deletedHunks: parsed.deletedHunks });
    if (parsed.problem) {
      file.patchProblem = parsed.problem;
      gaps.push({
        kind: "malformed-patch",
        path: f.filename,
        message: `GitHub's diff for this file could not be fully read (${parsed.problem}); lines after the problem were not reviewed`,
      });
    }
  } else if (f.additions === 0 && f.deletions === 0 && status !== "renamed" && status !== "removed") {
    // GitHub sends no patch and no line counts for binary files.
    file.binary = true;
    gaps.push({ kind: "binary", path: f.filename, message: "binary file: no lines to review" });
  } else if (f.additions > 0) {
    file.patchProblem = "GitHub sent no diff for this file (too large)";
    gaps.push({
      kind: "missing-patch",
      path: f.filename,
      message: `GitHub omits the diff of very large files; its ${f.additions} added lines were not reviewed. Run \`bottomline review\` locally to review them`,
    });
  }
  return file;
}

function mapStatus(status: string): FileStatus {
  if (status === "added" || status === "removed" || status === "renamed" || status === "copied") return status;
  return "modified"; // "modified", "changed", "unchanged"
}

import type { ResolvedConfig } from "../config/resolve-config.js";
import { runReview, type LookupProvider } from "../engine/run-review.js";
import type { Finding } from "../engine/rule.js";
import type { Change, Commit, Gap } from "../model/change.js";
import type { GitRemote } from "../sources/git/git-remote.js";
import type { ReviewResult } from "../engine/review-result.js";
import { changeFromCommits, changeFromDiff, gitLookups, readGitChange, readLog } from "../sources/git/git-source.js";
import { readBlobTexts } from "../sources/git/read-blobs.js";
import { GitError, tryGit } from "../sources/git/run-git.js";

/** Lines shown on each side of a finding's line, so a person can judge it without opening the file. */
export const CONTEXT_LINES = 3;

export interface CorpusCommit {
  sha: string;
  parent: string;
  subject: string;
  date: string;
}

export interface ContextLine {
  line: number;
  text: string;
}

export interface CorpusFinding extends Finding {
  commit: string;
  subject: string;
  /** The lines around `line` in the file at that commit; empty for commit-level findings. */
  context: ContextLine[];
}

export interface CommitReview {
  commit: CorpusCommit;
  findings: CorpusFinding[];
  /** Gaps worth a person's attention: a rule that failed, a file not analysed. */
  gaps: Gap[];
}

/**
 * The last `count` commits of the first-parent history of `head`, newest first, each with its first
 * parent: the unit a person pushes. Merges (their diff is someone else's review) and the root
 * commit (no parent to compare with) are skipped.
 */
export function listCorpusCommits(gitDir: string, count: number, head = "HEAD", opts: { merges?: boolean; since?: string } = {}): CorpusCommit[] {
  if (!tryGit(["rev-parse", "--verify", "--quiet", `${head}^{commit}`], gitDir))
    throw new GitError(`${gitDir} has no commit at ${head}; pass a git repository (a clone or a bare git directory) with history`);
  // `bottomline report` keeps merges: a merge against its first parent is the change the branch landed.
  const filters = [...(opts.merges ? [] : ["--no-merges"]), ...(opts.since ? [`--since=${opts.since}`] : [])];
  return readLog(gitDir, ["--first-parent", ...filters, `--max-count=${count}`, head], ["%H", "%P", "%cI", "%s"])
    .filter(([, parents]) => parents.length > 0)
    .map(([sha, parents, date, subject]) => ({ sha, parent: parents.split(" ")[0], date, subject: subject ?? "" }));
}

/** Reviews one commit against its first parent with the real engine and the git source; no network. */
export async function reviewCommit(gitDir: string, commit: CorpusCommit, config: ResolvedConfig): Promise<CommitReview> {
  const { result } = await runCommitReview(gitDir, commit, config);
  const paths = [...new Set(result.findings.flatMap((f) => (f.path !== undefined && f.line !== undefined ? [f.path] : [])))];
  const [texts] = readBlobTexts(gitDir, [{ rev: commit.sha, paths }]);
  const findings = result.findings.map((f) => ({
    ...f,
    commit: commit.sha,
    subject: commit.subject,
    context: f.path !== undefined && f.line !== undefined ? around(texts.get(f.path), f.line) : [],
  }));
  const gaps = result.gaps.filter((g) => g.kind === "rule-error" || g.kind === "unanalysable");
  return { commit, findings, gaps };
}

/**
 * What `report` already has of a change from reading the whole history at once: its commits, the
 * origin remote, its diff, and lookups that start no git process of their own.
 */
export interface KnownChange {
  commits: Commit[];
  remote: GitRemote | undefined;
  diff?: string;
  lookups?: (change: Change) => LookupProvider;
}

/** The change (commit against its first parent) and the engine's verdict on it, as `report` needs both. */
export async function runCommitReview(
  gitDir: string,
  commit: CorpusCommit,
  config: ResolvedConfig,
  known?: KnownChange,
): Promise<{ change: Change; result: ReviewResult }> {
  const range = { baseSha: commit.parent, headSha: commit.sha, description: commit.sha };
  const change = !known
    ? readGitChange(gitDir, range)
    : known.diff !== undefined
      ? changeFromDiff(gitDir, range, known.commits, known.diff, known.remote)
      : changeFromCommits(gitDir, range, known.commits, known.remote);
  // No token and no remote: issue references are not verified, and nothing leaves the machine.
  const result = await runReview(change, config, known?.lookups?.(change) ?? gitLookups(gitDir, range, {}));
  return { change, result };
}

function around(text: string | undefined, line: number): ContextLine[] {
  if (text === undefined) return [];
  const lines = text.split("\n");
  const from = Math.max(1, line - CONTEXT_LINES);
  const to = Math.min(lines.length, line + CONTEXT_LINES);
  const out: ContextLine[] = [];
  for (let n = from; n <= to; n++) out.push({ line: n, text: lines[n - 1] });
  return out;
}

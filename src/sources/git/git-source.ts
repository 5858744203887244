import type { Change, Commit, Gap } from "../../model/change.js";
import type { CollectedNeeds, Lookups } from "../../engine/rule.js";
import { runGit, runGitAsync, tryGit, GitError } from "./run-git.js";
import { readBlobTexts, readBlobTextsAsync } from "./read-blobs.js";
import { splitGitDiff } from "./split-git-diff.js";
import { markRestoredFromHistory } from "./restored-history.js";
import { markVerifiedReverts } from "./verified-reverts.js";
import { markImportedCode } from "../../analysis/imported-code.js";
import type { ProjectReader } from "../../analysis/upstream-code.js";
import { readOriginRemote, type GitRemote } from "./git-remote.js";
import { ensureHistory, FETCH_DEPTH_HINT, isShallow, shallowBoundary } from "./shallow.js";
import { githubLookups } from "../github/github-lookups.js";
import type { GitHub } from "../github/github-types.js";

/** git's well-known empty tree: the base of a range that starts at a root commit. */
export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

export interface GitRange {
  base?: string;
  head?: string;
}

export interface ResolvedRange {
  baseSha: string;
  headSha: string;
  /** What was reviewed, in words: "main...HEAD (merge-base 1a2b3c4)". */
  description: string;
}

/** Finds the repository root, or explains how to get into one. */
export function repoRoot(cwd: string): string {
  const root = tryGit(["rev-parse", "--show-toplevel"], cwd);
  if (!root) throw new GitError(`${cwd} is not inside a git repository; run bottomline review from a clone, or cd into one`);
  return root;
}

/**
 * Head defaults to HEAD; base to the merge-base with the default branch. On the default branch
 * itself that range is empty, so the last commit is reviewed instead (and the output says so).
 * A shallow clone is deepened from origin when it lacks the range, never read as if HEAD were the
 * root commit; an empty or reversed range is an error that says so.
 */
export function resolveRange(cwd: string, range: GitRange, log: (msg: string) => void = () => {}): ResolvedRange {
  const headRef = range.head ?? "HEAD";
  const atOnce = resolveAtOnce(cwd, range.base ? [headRef, range.base] : [headRef]);
  const headSha = atOnce?.shas[0] ?? verify(cwd, headRef, "--head");
  const shallow = atOnce?.shallow ?? isShallow(cwd);
  if (range.base) {
    const baseSha = atOnce?.shas[1] ?? verify(cwd, range.base, "--base");
    const mergeBase = shallow ? ensureHistory(cwd, { baseSha, headSha }, log) : tryGit(["merge-base", baseSha, headSha], cwd);
    if (!mergeBase) throw new GitError(`${range.base} and ${headRef} share no history; pass a --base that ${headRef} grew from`);
    if (mergeBase === headSha) throw emptyRange(cwd, range.base, headRef, baseSha === headSha);
    return { baseSha: mergeBase, headSha, description: `${range.base}...${headRef}` };
  }
  const defaultBranch = findDefaultBranch(cwd);
  if (defaultBranch) {
    const defaultSha = verify(cwd, defaultBranch, "default branch");
    const mergeBase = shallow ? tryHistory(cwd, defaultSha, headSha, log) : tryGit(["merge-base", defaultSha, headSha], cwd);
    if (mergeBase && mergeBase !== headSha) return { baseSha: mergeBase, headSha, description: `${defaultBranch}...${headRef}` };
  }
  const why = defaultBranch ? `${headRef} is on ${defaultBranch}` : "no default branch found";
  const parent = parentOf(cwd, headSha, shallow, log);
  if (parent) return { baseSha: parent, headSha, description: `${headRef}~1...${headRef} (the last commit: ${why}; pass --base to choose a range)` };
  return { baseSha: EMPTY_TREE, headSha, description: `${headRef} (the root commit)` };
}

/** In a shallow clone the merge-base with the default branch is worth a deepening, not a crash: without it the last commit is reviewed. */
function tryHistory(cwd: string, baseSha: string, headSha: string, log: (msg: string) => void): string | undefined {
  try {
    return ensureHistory(cwd, { baseSha, headSha }, log);
  } catch {
    return undefined;
  }
}

/** HEAD's first parent; a shallow clone fetches it rather than passing HEAD off as the root commit. */
function parentOf(cwd: string, headSha: string, shallow: boolean, log: (msg: string) => void): string | undefined {
  const parent = () => tryGit(["rev-parse", "--verify", "--quiet", `${headSha}^`], cwd);
  if (parent() || !shallow || !shallowBoundary(cwd).has(headSha)) return parent();
  log(`fetching the parent of ${headSha.slice(0, 7)}: git fetch --deepen=1 origin`);
  if (tryGit(["fetch", "--quiet", "--no-tags", "--deepen=1", "origin", headSha], cwd) === undefined || !parent())
    throw new GitError(
      `this is a shallow clone: ${headSha.slice(0, 7)} is here without its parents and they could not be fetched, so there is no range to review. Pass --base REF, or fetch history first. ${FETCH_DEPTH_HINT}`,
    );
  return parent();
}

function emptyRange(cwd: string, base: string, head: string, same: boolean): GitError {
  const dirty = tryGit(["status", "--porcelain", "--untracked-files=no"], cwd);
  const uncommitted = dirty ? " There are uncommitted changes: review them with --staged or --working-tree." : "";
  if (same) return new GitError(`nothing to review: --base ${base} and --head ${head} are the same commit.${uncommitted}`);
  return new GitError(
    `nothing to review: ${head} is already part of ${base}, so ${base}...${head} holds no commits. The range may be reversed: did you mean --base ${head} --head ${base}?${uncommitted}`,
  );
}

/**
 * The commits of the refs and whether the clone is shallow, from one git process instead of one
 * each (they ran in series, before the log and the diff could start). Undefined unless every ref
 * gives exactly one commit: the caller then verifies them one by one, for the message that names
 * the bad one.
 */
function resolveAtOnce(cwd: string, refs: string[]): { shas: string[]; shallow: boolean } | undefined {
  if (refs.some((r) => r.startsWith("-"))) return undefined;
  const out = tryGit(["rev-parse", "--is-shallow-repository", ...refs.map((r) => `${r}^{commit}`)], cwd)?.split("\n");
  if (!out || out.length !== refs.length + 1 || (out[0] !== "true" && out[0] !== "false")) return undefined;
  const shas = out.slice(1);
  return shas.every((sha) => OBJECT_ID.test(sha)) ? { shas, shallow: out[0] === "true" } : undefined;
}

/** A full object id, SHA-1 or SHA-256: what rev-parse prints for one commit (a range or `^ref` prints more or other). */
const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function verify(cwd: string, ref: string, flag: string): string {
  const sha = tryGit(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  if (!sha) throw new GitError(`${flag} ${ref} is not a commit in this repository; check the spelling, or git fetch it first`);
  return sha;
}

function findDefaultBranch(cwd: string): string | undefined {
  const remoteHead = tryGit(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], cwd);
  if (remoteHead) return remoteHead;
  for (const name of ["origin/main", "origin/master", "main", "master"]) {
    if (tryGit(["rev-parse", "--verify", "--quiet", `${name}^{commit}`], cwd)) return name;
  }
  return undefined;
}

/** Builds the change model for a local range: the CLI's equivalent of a pull request. */
export function readGitChange(cwd: string, range: ResolvedRange): Change {
  return changeFromDiff(cwd, range, readCommits(cwd, range), gitDiff(cwd, [range.baseSha, range.headSha]));
}

/** readGitChange with the log and the diff read by two git processes at once. */
export async function readGitChangeAsync(cwd: string, range: ResolvedRange): Promise<Change> {
  const [log, diff] = await Promise.all([
    runGitAsync(logArgs(commitsArgs(range), COMMIT_FIELDS), cwd),
    runGitAsync(diffArgs([range.baseSha, range.headSha]), cwd),
  ]);
  return changeFromDiff(cwd, range, commitsOf(splitLog(log)), diff);
}

/**
 * The change for a range whose commits (oldest first) and origin remote the caller already has:
 * `bottomline report` reads a whole history's commits in one `git log` instead of one per change.
 */
export function changeFromCommits(cwd: string, range: ResolvedRange, commits: Commit[], remote: GitRemote | undefined): Change {
  return changeFromDiff(cwd, range, commits, gitDiff(cwd, [range.baseSha, range.headSha]), remote);
}

/** `git diff` in the form the diff splitter reads; `revs` are the two ends, or one and `--cached`. */
export function gitDiff(cwd: string, revs: string[]): string {
  return runGit(diffArgs(revs), cwd);
}

function diffArgs(revs: string[]): string[] {
  return ["diff", "--no-color", "--no-ext-diff", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", ...revs];
}

/** The change model from a diff's text: files, gaps for what could not be read, commits, repository. */
export function changeFromDiff(
  cwd: string,
  range: { baseSha: string; headSha: string },
  commits: Commit[],
  diff: string,
  remote: GitRemote | undefined = readOriginRemote(cwd),
): Change {
  const files = splitGitDiff(diff);
  const gaps: Gap[] = [];
  for (const f of files) {
    if (f.binary) gaps.push({ kind: "binary", path: f.path, message: "binary file: no lines to review" });
    if (f.patchProblem)
      gaps.push({
        kind: "malformed-patch",
        path: f.path,
        message: `diff could not be fully read (${f.patchProblem}); lines after the problem were not reviewed`,
      });
  }
  const last = commits[commits.length - 1];
  const change: Change = {
    title: last ? last.message.split("\n")[0] : "",
    body: "",
    labels: [],
    commits,
    files,
    baseSha: range.baseSha,
    headSha: range.headSha,
    ...(remote ? { repository: { owner: remote.owner, name: remote.name } } : {}),
    gaps,
  };
  markRestoredFromHistory(cwd, change);
  markVerifiedReverts(cwd, change);
  markImportedCode(change, undefined, gitProject(cwd, change));
  return change;
}

/** The repository at the change's base and head, read only when a header or the message asks (one `ls-tree`, one `cat-file --batch` a side). */
function gitProject(cwd: string, change: Change): ProjectReader {
  // Several readers may ask for the tree (an initial import, a foreign tool folder, a migration): one `ls-tree`.
  let tree: string[] | undefined;
  return {
    basePaths: () => (tree ??= readFileTree(cwd, change.baseSha)),
    texts: (side, paths) => (paths.length === 0 ? new Map() : readBlobTexts(cwd, [{ rev: side === "base" ? change.baseSha : change.headSha, paths }])[0]),
  };
}

const COMMIT_FIELDS = ["%H", "%P", "%an", "%ae", "%cn", "%ce", "%B"];

function readCommits(cwd: string, range: ResolvedRange): Commit[] {
  return commitsOf(readLog(cwd, commitsArgs(range), COMMIT_FIELDS));
}

function commitsArgs(range: ResolvedRange): string[] {
  return ["--reverse", range.baseSha === EMPTY_TREE ? range.headSha : `${range.baseSha}..${range.headSha}`];
}

function commitsOf(records: string[][]): Commit[] {
  return records.map(([sha, parents, name, email, committerName, committerEmail, message]) => ({
    sha,
    parents: parents ? parents.split(" ") : [],
    author: { name, email },
    committer: { name: committerName, email: committerEmail },
    message: (message ?? "").trimEnd(),
  }));
}

/** Every file path at a commit (`git ls-tree -r --name-only`), or undefined when git cannot list it. */
export function readFileTree(cwd: string, rev: string): string[] | undefined {
  try {
    return runGit(["ls-tree", "-r", "--name-only", "-z", rev], cwd)
      .split("\0")
      .filter((p) => p.length > 0);
  } catch {
    return undefined;
  }
}

/** `git log` with the given placeholders, one array of fields per commit (separators no message can hold). */
export function readLog(cwd: string, args: string[], fields: string[]): string[][] {
  return splitLog(runGit(logArgs(args, fields), cwd));
}

function logArgs(args: string[], fields: string[]): string[] {
  return ["log", `--format=${fields.join("%x1f")}%x1e`, ...args];
}

function splitLog(out: string): string[][] {
  return out
    .split("\x1e")
    .map((r) => r.replace(/^\n/, ""))
    .filter((r) => r.length > 0)
    .map((record) => record.split("\x1f"));
}

/** The base paths asked for, and those the tree names for the rules (CollectedNeeds.baseFromTree: the originals of new files). */
export function withBasePathsFromTree(needs: CollectedNeeds, tree: string[] | undefined): string[] {
  if (!tree || !needs.baseFromTree) return needs.baseContents ?? [];
  return [...new Set([...(needs.baseContents ?? []), ...needs.baseFromTree(tree)])];
}

/** The head paths asked for, and those the tree names for the rules (CollectedNeeds.fromTree). */
export function withPathsFromTree(needs: CollectedNeeds, tree: string[] | undefined): string[] {
  if (!tree || !needs.fromTree) return needs.fileContents;
  return [...new Set([...needs.fileContents, ...needs.fromTree(tree)])];
}

/**
 * Lookups for the CLI: file texts at head and at base from git in one `git cat-file --batch`
 * process (not blocking, so the grammars load meanwhile); issue references from GitHub when GITHUB_TOKEN is set and origin is a GitHub remote.
 */
export function gitLookups(
  cwd: string,
  range: { baseSha: string; headSha: string },
  env: { token?: string; remote?: GitRemote } = {},
): (needs: CollectedNeeds) => Promise<Lookups> {
  return async (needs) => {
    const fileTree = needs.fileTree ? readFileTree(cwd, range.headSha) : undefined;
    const [fileContents, baseContents] = await readBlobTextsAsync(cwd, [
      { rev: range.headSha, paths: withPathsFromTree(needs, fileTree) },
      { rev: range.baseSha, paths: withBasePathsFromTree(needs, fileTree) },
    ]);
    const texts: Pick<Lookups, "fileContents" | "baseContents" | "fileTree" | "treeNeedsRead" | "baseTreeNeedsRead"> = { fileContents, baseContents };
    if (fileTree) texts.fileTree = fileTree;
    if (needs.fromTree) texts.treeNeedsRead = true;
    if (needs.baseFromTree && fileTree) texts.baseTreeNeedsRead = true;
    if (needs.issues.length === 0) return { issues: new Map(), ...texts };
    if (!env.remote) return { issues: new Map(), ...texts, issuesUnavailable: "verification skipped: origin is not a GitHub remote" };
    if (!env.token) return { issues: new Map(), ...texts, issuesUnavailable: "verification skipped: set GITHUB_TOKEN to check that referenced issues exist" };
    const baseUrl = env.remote.host === "github.com" ? "https://api.github.com" : `https://${env.remote.host}/api/v3`;
    // Loaded only here: a review without a token never pays for Octokit.
    const { Octokit } = await import("@octokit/rest");
    const octokit = new Octokit({ auth: env.token, baseUrl }) as unknown as GitHub;
    const found = await githubLookups(octokit, env.remote.owner, env.remote.name, range.headSha)({ issues: needs.issues, fileContents: [], baseContents: [] });
    return { ...found, ...texts };
  };
}

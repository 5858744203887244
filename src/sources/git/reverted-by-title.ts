import type { Commit } from "../../model/change.js";
import { lineChanges, revertedSha, revertedTitle, undoes } from "../../analysis/revert-inverse.js";
import { gitDiff } from "./git-source.js";
import { tryGit } from "./run-git.js";

/** Base commits searched for the title a revert quotes: "Revert" usually follows its commit closely. */
const TITLE_SEARCH_COMMITS = 300;
/** Answers per revert commit: the restored lines and the trusted reverts both ask, and each answer costs a log and two diffs. */
const found = new WeakMap<Commit, { baseSha: string; sha: string | undefined }>();

/**
 * The commit a revert undoes when the id its message names is not in the repository (composer/spdx-licenses'
 * `Revert "apply a regex solution instead of tokenizer"` names 33a7305e, which a rebase renamed 2839713; the
 * tokenizer loop it put back was judged "not worth saying" for its complexity on set 44): the nearest base
 * commit whose subject is the one the title quotes, taken only when the revert's diff undoes that commit's
 * (revert-inverse.ts). The title is the author's to write; the two diffs are the history's.
 */
export function revertedByTitle(cwd: string, revert: Commit, baseSha: string): string | undefined {
  const known = found.get(revert);
  if (known?.baseSha === baseSha) return known.sha;
  const sha = searchByTitle(cwd, revert, baseSha);
  found.set(revert, { baseSha, sha });
  return sha;
}

function searchByTitle(cwd: string, revert: Commit, baseSha: string): string | undefined {
  const named = revertedSha(revert.message);
  if (named && tryGit(["rev-parse", "--verify", "--quiet", `${named}^{commit}`], cwd)) return undefined;
  const title = revertedTitle(revert.message);
  if (!title) return undefined;
  const log = tryGit(["log", `-${TITLE_SEARCH_COMMITS}`, "--format=%H%x00%s", baseSha], cwd) ?? "";
  const quoted = log
    .split("\n")
    .find((line) => line.slice(line.indexOf("\0") + 1) === title)
    ?.split("\0")[0];
  if (!quoted) return undefined;
  try {
    return undoes(lineChanges(gitDiff(cwd, [`${revert.sha}^`, revert.sha])), lineChanges(gitDiff(cwd, [`${quoted}^`, quoted]))) ? quoted : undefined;
  } catch {
    return undefined;
  }
}

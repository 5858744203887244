import type { Commit } from "../../model/change.js";
import { lineChanges, revertedSha, undoes } from "../../analysis/revert-inverse.js";
import { gitDiff } from "./git-source.js";
import { tryGit } from "./run-git.js";

/** Base commits searched for the title a revert quotes: "Revert" usually follows its commit closely. */
const TITLE_SEARCH_COMMITS = 300;
/** `git revert`'s title: `Revert "<the reverted commit's subject>"`. */
const REVERT_TITLE = /^Revert "(.{1,300})"\s*$/;

/**
 * The commit a revert undoes when the id its message names is not in the repository (composer/spdx-licenses'
 * `Revert "apply a regex solution instead of tokenizer"` names 33a7305e, which a rebase renamed 2839713; the
 * tokenizer loop it put back was judged "not worth saying" for its complexity on set 44): the nearest base
 * commit whose subject is the one the title quotes, taken only when the revert's diff undoes that commit's
 * (revert-inverse.ts). The title is the author's to write; the two diffs are the history's.
 */
export function revertedByTitle(cwd: string, revert: Commit, baseSha: string): string | undefined {
  const named = revertedSha(revert.message);
  if (named && tryGit(["rev-parse", "--verify", "--quiet", `${named}^{commit}`], cwd)) return undefined;
  const title = REVERT_TITLE.exec(revert.message.split("\n", 1)[0])?.[1];
  if (!title) return undefined;
  const log = tryGit(["log", `-${TITLE_SEARCH_COMMITS}`, "--format=%H%x00%s", baseSha], cwd) ?? "";
  const found = log
    .split("\n")
    .find((line) => line.slice(line.indexOf("\0") + 1) === title)
    ?.split("\0")[0];
  if (!found) return undefined;
  try {
    return undoes(lineChanges(gitDiff(cwd, [`${revert.sha}^`, revert.sha])), lineChanges(gitDiff(cwd, [`${found}^`, found]))) ? found : undefined;
  } catch {
    return undefined;
  }
}

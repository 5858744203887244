import type { Lookups } from "../../engine/rule.js";
import { headFacts } from "../../syntax/change-facts.js";
import { copyNotice } from "../not-authored.js";
import { perReviewFile } from "../review-memo.js";
import { ANONYMOUS } from "./function-matches.js";

// Files that keep another codebase's shape on purpose: a Go transliteration of C, a folder forked from another project.

/** A Go function named in C's style: `yaml_parser_fetch_next_token`, words joined by underscores. */
const C_STYLE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
/** Functions of that style a file needs, and their share of its functions, to be a transliteration. */
const C_STYLE_FUNCTIONS = 5;
const C_STYLE_SHARE = 0.6;

/**
 * A Go file transliterated from C, function by function: most of its functions keep C's
 * snake_case names, which Go's own style never uses (go-yaml's `scannerc.go` and `emitterc.go`,
 * libyaml's scanner and emitter in Go, `yaml_parser_fetch_next_token` and all). Its functions keep
 * the C original's shape so the two can be compared; growing one (a `defer` that must live in the
 * function, one more `if !yaml_emitter_x(…) { return false }` call in the emitter's style) is no
 * block to extract (judged "not worth saying" twice on held-out histories, session 10). A new
 * function the project writes into such a file (go-yaml's comment scanners) is judged as any other.
 */
export const transliteratedFromC = perReviewFile((file, found): boolean => {
  if (!file.path.endsWith(".go")) return false;
  const functions = headFacts(file, found)?.functions.filter((f) => !f.testCallback && f.name !== ANONYMOUS) ?? [];
  const cStyle = functions.filter((f) => C_STYLE_NAME.test(f.name)).length;
  return cStyle >= C_STYLE_FUNCTIONS && cStyle >= C_STYLE_SHARE * functions.length;
});

/** What a folder's README is named, and how many folders up from a file (the root's excepted) one is read. */
const README_NAMES = ["README", "README.md", "README.rst", "README.txt"];
const README_LEVELS = 2;
/** Characters of a README's opening read for a notice: what the folder is, not what its code does. */
const README_OPENING = 600;

/** The READMEs of the folders holding `path`, up to README_LEVELS up, the repository's root left out. */
export function folderReadmes(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  const out: string[] = [];
  for (let depth = parts.length; depth >= 1 && depth > parts.length - README_LEVELS; depth--) {
    const dir = parts.slice(0, depth).join("/");
    for (const name of README_NAMES) out.push(`${dir}/${name}`);
  }
  return out;
}

/**
 * A folder whose README opens by saying its code was taken from another project: black's
 * `src/blib2to3/` ("A subset of lib2to3 taken from Python 3.7.0b2", then the reasons for forking
 * and the upstream changes backported since). Its functions keep upstream's shape, to take
 * upstream's fixes: a 400-line `generate_tokens` growing by a PEP's worth of tokenizer states is
 * no place to ask for a helper (judged "not worth saying" on held-out histories, session 10). As
 * with a file transliterated from C, only functions that existed go unjudged. The repository's own
 * README, which may say the whole project is a fork, is not read: the fork is the project's now.
 */
export function forkedFolder(path: string, found: Lookups): boolean {
  for (const readme of folderReadmes(path)) {
    const text = found.baseContents?.get(readme);
    if (text !== undefined && copyNotice(text.slice(0, README_OPENING)) !== null) return true;
  }
  return false;
}

import { codeLinesOf } from "../code-lines.js";
import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { languageOf } from "../../text/languages.js";
import { createMasker } from "../../text/mask-code.js";
import { type LineCounts } from "../../text/line-counts.js";
import { annotatedOnly, relaidLines, semicolonsOptional } from "../../text/sweeps.js";
import { typeHintsOnly } from "../../text/type-hints.js";
import { repeatedRowIndexes } from "../../text/table-rows.js";
import { indexTemplates } from "../../text/numbered-templates.js";
import { type Sides, sidesOf, norm } from "./file-sides.js";
import type { Sweeps } from "./sweeps.js";

// What one file adds and deletes, once layout, tables, sweeps and comments are taken out.

/** What a file adds and deletes, as lines; counts where its texts are not at hand. */
export interface Delta {
  added: LineCounts;
  deleted: LineCounts;
  /** Lines with no code: comments and docstrings, whitespace removed. */
  comments: Set<string>;
  /** Deleted lines with no code (a docblock header removed from every file), whitespace removed. */
  deletedComments: Set<string>;
  /** Added lines (whitespace removed) that are variants of an index template the file writes out, with it. */
  templates: Map<string, string>;
  unknownAdded: number;
  unknownDeleted: number;
}

/**
 * What a file changed, whitespace ignored: with both texts at hand, the lines of each side the
 * other lacks (a changelog turned to CRLF, a re-indent or a block moved within the file count
 * nothing); a new file's lines; a deleted file's lines. Otherwise the diff's counts. Lines of a
 * replacement repeated across the change (`sweeps`) are left out: they count once, elsewhere.
 */
export function delta(file: ChangedFile, found: Lookups, sweeps: Sweeps): Delta {
  const sides = sidesOf(file, found);
  const comments = commentLines(file);
  if (sides) return sidedDelta(file, sides, sweeps, comments);
  const none: LineCounts = new Map();
  return {
    added: none,
    deleted: none,
    comments,
    deletedComments: new Set(),
    templates: new Map(),
    unknownAdded: file.additions - file.addedLines.filter((l) => comments.has(norm(l.text))).length,
    unknownDeleted: file.deletions,
  };
}

/** The delta of a file whose texts at both sides are at hand: what is left once layout, tables and sweeps are taken out. */
function sidedDelta(file: ChangedFile, sides: Sides, sweeps: Sweeps, comments: Set<string>): Delta {
  const [added, deleted] = [new Map(sides.added), new Map(sides.deleted)];
  // A formatter's reflow (black splitting a call, joining lines, requoting) says nothing new.
  const { gone, come } = sides;
  // So does a nullable migration's `?` and `!`, made by the compiler's warnings, not by design,
  // and a sweep of Python type hints (monkeytype's, or mypy's fixes): the code runs the same.
  for (const same of [relaidLines(gone, come, semicolonsOptional(file.path)), annotatedOnly(gone, come), typeHintsOnly(file.path, gone, come)]) {
    for (const line of same.added) added.delete(line);
    for (const line of same.removed) deleted.delete(line);
  }
  // A table's rows written as code (a code map, a translation switch) are one edit, like a sweep.
  // By index: `comeKeys` and `goneKeys` are the rows' keys already (norm of each line, made by sidesOf).
  for (const i of repeatedRowIndexes(come)) decrement(added, sides.comeKeys[i]);
  for (const i of repeatedRowIndexes(gone)) decrement(deleted, sides.goneKeys[i]);
  for (const pair of sweeps.pairsOf.get(file) ?? []) {
    if (!sweeps.mechanical.has(pair.key)) continue;
    decrement(added, pair.added);
    decrement(deleted, pair.removed);
  }
  const deletedComments = deleted.size > 0 ? commentLinesOf(file.path, sides.baseText, deleted) : new Set<string>();
  // Lexed in the whole head text too: an added ` * @param` line inside an unchanged `/**` opener
  // is a comment, which the added lines alone cannot show (a Javadoc-only commit read as code).
  for (const line of added.size > 0 ? commentLinesOf(file.path, sides.headText, added) : []) comments.add(line);
  // Lines that differ only in an index, written out for each arity: read as one template (#11).
  const templates = indexTemplates(sides.come, sides.comeKeys);
  return { added, deleted, comments, deletedComments, templates, unknownAdded: 0, unknownDeleted: 0 };
}

function decrement(counts: LineCounts, line: string): void {
  const n = counts.get(line) ?? 0;
  if (n > 1) counts.set(line, n - 1);
  else counts.delete(line);
}

// What is left of a comment or docstring line once masked: blanks and the quotes of a docstring.
// (Blank lines never count, so matching them too is harmless.)
const NO_CODE = /^[\s"'`]*$/;

/** Lines of a text among `wanted` (whitespace removed) that hold only a comment or a docstring. */
function commentLinesOf(path: string, text: string, wanted: LineCounts): Set<string> {
  const lang = languageOf(path);
  const out = new Set<string>();
  if (lang === "unknown" || wanted.size === 0) return out;
  const lines = text.split("\n");
  // The lexer reads forward only: lines after the last wanted one need no masking.
  let last = lines.length - 1;
  while (last >= 0 && !wanted.has(norm(lines[last]))) last--;
  // Every line up to it is lexed (a comment or string may span lines); only the few left with no
  // code are keyed, rather than every line of the file.
  const { mask } = createMasker(lang);
  for (let i = 0; i <= last; i++) {
    if (!NO_CODE.test(mask(lines[i]).code)) continue;
    const key = norm(lines[i]);
    if (wanted.has(key)) out.add(key);
  }
  return out;
}

/** Added lines that hold only a comment or a docstring: documentation, not code to review. */
function commentLines(file: ChangedFile): Set<string> {
  // The added lines as the review lexed them once for every rule that reads them (code-lines.ts).
  const { lang, masked } = codeLinesOf(file);
  if (lang === "unknown") return new Set();
  const out = new Set<string>();
  masked.forEach((m, i) => {
    if (NO_CODE.test(m.code)) out.add(norm(file.addedLines[i].text));
  });
  return out;
}

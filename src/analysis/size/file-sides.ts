import { perReviewFile } from "../review-memo.js";
import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { withoutGeneratedSections } from "../../text/generated-sections.js";
import { withoutTestItems } from "../../text/test-items.js";
import { keyCounts, minus, type LineCounts } from "../../text/line-counts.js";
import { changedAsListed } from "../../text/sweeps.js";
import { linesOf as textLinesOf } from "../../text/text-lines.js";

// A file's two sides as pr-size reads them, split and counted once per review.

/**
 * A file's texts at head and base when at hand ("" for a side it has not), without generated
 * sections, nor the tests written inside it (Rust's `#[cfg(test)] mod tests`): tests count apart.
 */
export function reviewedTexts(file: ChangedFile, found: Lookups): { head?: string; base?: string } {
  const head = file.status === "removed" ? "" : found.fileContents.get(file.path);
  const base = file.status === "added" ? "" : found.baseContents?.get(file.previousPath ?? file.path);
  const reviewed = (path: string, text: string) => withoutTestItems(path, withoutGeneratedSections(text));
  return { head: head && reviewed(file.path, head), base: base && reviewed(file.previousPath ?? file.path, base) };
}

/**
 * Both sides' line counts of a file whose texts are at hand, and each side's lines the other
 * lacks, as written in file order. Split, keyed and counted once per review: the sweeps and the
 * deltas both read them. (The split lines are not kept: on a big change they weigh tens of MB.)
 */
export interface Sides {
  head: LineCounts;
  base: LineCounts;
  /** Each side's text, generated sections removed: its comment lines are looked up in it. */
  baseText: string;
  headText: string;
  gone: string[];
  come: string[];
  /** The keys (whitespace removed) of `gone` and `come`, line for line: the sweeps compare them. */
  goneKeys: string[];
  comeKeys: string[];
  /** Head's lines that base lacks, and base's that head lacks (minus both ways, computed once): copy before changing. */
  added: LineCounts;
  deleted: LineCounts;
}

export const sidesOf = perReviewFile((file, found): Sides | undefined => {
  const { head, base } = reviewedTexts(file, found);
  if (head === undefined || base === undefined) return undefined;
  const [hLines, bLines] = [textLinesOf(head), textLinesOf(base)];
  const [hKeys, bKeys] = [hLines.map(norm), bLines.map(norm)];
  const [h, b] = [keyCounts(hKeys), keyCounts(bKeys)];
  const [added, deleted] = [minus(h, b), minus(b, h)];
  const [goneKeys, comeKeys]: string[][] = [[], []];
  return {
    head: h,
    base: b,
    baseText: base,
    headText: head,
    gone: changedAsListed(bLines, bKeys, deleted, goneKeys),
    come: changedAsListed(hLines, hKeys, added, comeKeys),
    goneKeys,
    comeKeys,
    added,
    deleted,
  };
});

export function norm(line: string): string {
  return line.replace(/\s+/g, "");
}

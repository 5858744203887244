import type { ChangedFile } from "../model/change.js";
import { languageOf, type Language } from "../text/languages.js";
import { maskAddedLines, type MaskedLine } from "../text/mask-code.js";

/**
 * A file's added lines with strings and comments told apart from code: `masked[i]` belongs to
 * `file.addedLines[i]`. Several rules need this for the same file; it is memoised per file
 * object, so a review lexes each file once. (Parallel arrays rather than one object per line:
 * on a 200,000-line change the wrappers alone cost more than the lexing.)
 */
const cache = new WeakMap<ChangedFile, { lang: Language; masked: MaskedLine[] }>();

export function codeLinesOf(file: ChangedFile): { lang: Language; masked: MaskedLine[] } {
  let hit = cache.get(file);
  if (!hit) {
    const lang = languageOf(file.path);
    hit = { lang, masked: maskAddedLines(lang, file.addedLines) };
    cache.set(file, hit);
  }
  return hit;
}

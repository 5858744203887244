import type { ChangedFile } from "../model/change.js";
import { languageOf, type Language } from "../text/languages.js";
import { maskAddedLines, type MaskedLine } from "../text/mask-code.js";

export interface CodeLine {
  line: number;
  text: string;
  masked: MaskedLine;
}

/**
 * The added lines of a file with strings and comments told apart from code. Several rules need
 * this for the same file; the result is memoised per file object so a review lexes each file once.
 */
const cache = new WeakMap<ChangedFile, { lang: Language; lines: CodeLine[] }>();

export function codeLinesOf(file: ChangedFile): { lang: Language; lines: CodeLine[] } {
  let hit = cache.get(file);
  if (!hit) {
    const lang = languageOf(file.path);
    const masked = maskAddedLines(lang, file.addedLines);
    hit = { lang, lines: file.addedLines.map((l, i) => ({ line: l.line, text: l.text, masked: masked[i] })) };
    cache.set(file, hit);
  }
  return hit;
}

import type { Lookups } from "../engine/rule.js";
import type { Change } from "../model/change.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";

/**
 * Whether the repository visibly does not keep a width that no tool of it checks (a coding standard's soft
 * limit, applied through php-cs-fixer, which has no line-length fixer). The files a change edits are a
 * sample of the repository at base: when one of them already holds many lines far past the width, the
 * team writes past it as a matter of course. composer applies `@PSR2` and keeps about 2,500 lines over 120
 * in src/; every change of set 17 with a finding edited a file with 10–49 lines over 138 at base, and all
 * eight of its 147–278-character lines judged were not worth saying.
 */

/** How many lines past the width one file of the change must already hold at base. */
export const PRACTICE_LINES = 10;

/** At most this many files of the change are read at base for it (the other rules usually ask for them too). */
const MAX_FILES = 50;

/**
 * The base texts to ask for: the files the change modifies in one of `languages` (those of its files with a
 * long line), at most MAX_FILES of them, in the change's order.
 */
export function practicePaths(change: Change, languages: Set<string>): string[] {
  if (languages.size === 0) return [];
  const out: string[] = [];
  for (const f of change.files) {
    if (out.length >= MAX_FILES) break;
    const language = syntaxLanguageOf(f.path);
    if (f.status === "modified" && language !== undefined && languages.has(language)) out.push(f.previousPath ?? f.path);
  }
  return out;
}

// Per review (its lookups), by language and width: the answer for every file of the change.
const cache = new WeakMap<Lookups, Map<string, boolean>>();

/**
 * Whether a file of `path`'s language read at base for this review holds PRACTICE_LINES or more lines longer
 * than `width` (measured by `measure`). Each base text is scanned once per width, and only until the count is met.
 */
export function repositoryOutgrows(found: Lookups, path: string, width: number, measure: (text: string) => number): boolean {
  const language = syntaxLanguageOf(path);
  if (language === undefined || !found.baseContents) return false;
  let answers = cache.get(found);
  if (!answers) cache.set(found, (answers = new Map()));
  const key = `${language} ${width}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  let outgrows = false;
  for (const [base, text] of found.baseContents) {
    if (syntaxLanguageOf(base) !== language) continue;
    let over = 0;
    for (const line of text.split("\n")) if (measure(line) > width && ++over >= PRACTICE_LINES) break;
    if ((outgrows = over >= PRACTICE_LINES)) break;
  }
  answers.set(key, outgrows);
  return outgrows;
}

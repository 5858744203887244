import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";

// The distinctive part of a secret: its longest run of key characters. A key written with `\n`
// escapes in one file and as lines in another, or re-quoted, re-indented or given a trailing
// comma, keeps the same run; 12 characters of a random key do not occur by chance.
const KEY_RUN = /[A-Za-z0-9+/=_-]{12,}/g;

/** What identifies a secret's value across files and formats; never shown to anyone. */
export function fingerprint(value: string): string {
  const text = value.replace(/\\[nr]/g, "\n");
  let best = "";
  for (const run of text.match(KEY_RUN) ?? []) if (run.length > best.length) best = run;
  return best || text.trim();
}

/**
 * The base texts a secret could already be in: every file of the change that existed at base.
 * Asked for only when an added line holds a run that could be a key (12+ key characters with
 * letters and digits: random keys of that length have both), so a change of prose and ordinary
 * code (camelCase names included) fetches nothing for this rule.
 */
export function basePathsOf(files: readonly ChangedFile[]): string[] {
  if (!files.some((f) => f.addedLines.some((l) => hasKeyLikeRun(l.text)))) return [];
  return [...new Set(files.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path))];
}

/**
 * Whether the line has a run of 12+ key characters (KEY_RUN's runs) with a letter and a digit. One
 * pass over its code units, with no array of runs: every added line of a change is asked (s20: a
 * tenth of no-secrets' time on the bench was the runs' strings).
 */
export function hasKeyLikeRun(text: string): boolean {
  let length = 0;
  let digit = false;
  let letter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    // `+`, `/`, `=`, `_`, `-`: the rest of KEY_RUN's class.
    if (isDigit || isLetter || c === 43 || c === 47 || c === 61 || c === 95 || c === 45) {
      length++;
      digit ||= isDigit;
      letter ||= isLetter;
      continue;
    }
    if (length >= 12 && digit && letter) return true;
    length = 0;
    digit = false;
    letter = false;
  }
  return false;
}

/**
 * True when the value was already in the repository before the change: in the base text of any
 * file of the change (the source fetched them all, whichever file this step checks). Re-indenting,
 * moving or copying a key that is already committed leaks nothing new (#11).
 */
export function wasAtBase(print: string, found: Lookups): boolean {
  for (const text of found.baseContents?.values() ?? []) if (text.includes(print)) return true;
  return false;
}

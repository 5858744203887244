import type { Change } from "../model/change.js";
import { wordsOf } from "../text/name-words.js";

/**
 * Where a change's own words say it switches code off (#10): "Disable checkstyle until…",
 * "Kill the quickcheck tests until it's easier to install dependencies", "avoid using fake timers
 * for now". Such code is commented out on purpose, but only the code the words name: a title is
 * the author's to write, so "Skip empty lines in parser" or "Add temporary logging" must not
 * quiet every commented-out block of the pull request. Every line that says it (the title's
 * included) has to name something in the block, as a word or a part of an identifier
 * (`timers` in `jest.useFakeTimers()`).
 *
 * "skip" alone is also how behaviour is described ("timer and delay skip current frame"), so it
 * says code is switched off only when tests are what it skips ("skip the flaky tests on Windows").
 */
export const DISABLING =
  /\b(disabl\w*|temporar\w*|skip\w*(?=[^\n]{0,60}\b(?:tests?|specs?|assertions?|examples?)\b)|comment(s|ed|ing)? out|turn(s|ed|ing)? off|deactivat\w*|(remov|hid|park|drop|pull|kill|avoid|stop|paus|suspend)\w*\b.{1,80}\b(until|for now))\b/i;

/** Words that name nothing in code: a message's connectives and the switching-off words themselves. */
const COMMON_WORDS = new Set(["until", "there", "these", "those", "which", "while", "where", "after", "before", "because", "tests", "again", "other"]);
const SWITCH_WORD = /^(disabl|temporar|skip|deactivat|comment)/;

// The author's words are hostile input: the start of the title and of each of the first commits' messages.
const TITLE_READ = 400;
const MESSAGE_READ = 4000;
const MAX_COMMITS = 50;

/** The lines of the title and of the commit messages that say they switch something off. */
export function disablingLines(change: Change): string[] {
  const messages = change.commits.slice(0, MAX_COMMITS).map((c) => c.message.slice(0, MESSAGE_READ));
  return [change.title.slice(0, TITLE_READ), ...messages.flatMap((m) => m.split("\n"))].filter((l) => DISABLING.test(l));
}

/** The words a message line can name code by: five letters or more, not a connective or a switching-off word. */
export function namingWords(line: string): string[] {
  return (line.toLowerCase().match(/[a-z][a-z0-9]{4,}/g) ?? []).filter((w) => !COMMON_WORDS.has(w) && !SWITCH_WORD.test(w));
}

/** Whether some code line holds one of `named`: a whole word, or a part of an identifier (`useFakeTimers` → timers). */
export function namesCode(named: ReadonlySet<string>, lines: string[]): boolean {
  return lines.some((l) => namingWords(l).some((w) => named.has(w)) || wordsOf(l.slice(0, 1000)).some((w) => w.length >= 5 && named.has(w)));
}

// A file's added comment lines read for a name: bounded, as the file is the author's too.
const MAX_FILE_COMMENT_LINES = 5000;
const COMMENT_LINE = /^\s*(?:\/\/|#|--|\/?\*)/;
const fileComments = new WeakMap<object, string[]>();

/**
 * The comment lines a file adds: what a disabling message may name for the whole file's commented-out code, as
 * a file commented out whole is cut into blocks at its blank comment lines ("Kill the quickcheck tests until…"
 * over a test file whose every line is commented, `quickcheck(prop)` in one block of it).
 */
export function addedCommentLines(file: { addedLines: Array<{ text: string }> }): string[] {
  let lines = fileComments.get(file);
  if (!lines) {
    lines = file.addedLines
      .slice(0, MAX_FILE_COMMENT_LINES)
      .map((l) => l.text)
      .filter((t) => COMMENT_LINE.test(t));
    fileComments.set(file, lines);
  }
  return lines;
}

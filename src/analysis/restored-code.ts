import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseText, headText } from "../syntax/change-facts.js";
import { perReviewFiles } from "./review-memo.js";

/**
 * Code the change put back rather than wrote: a run of added lines that reads, line for line, as a
 * run somewhere in the change's base texts, as code or commented out. An un-commented block, a
 * helper's body inlined back into its caller (a revert of an extraction), a module function moved
 * into a method, a loop moved out of a function that stays: all were there before the change,
 * so they are not new code however they were re-indented.
 */

/** Consecutive lines of code that must match: shorter runs (`if err != nil {` `return err`) are everywhere. */
const RUN = 4;

/** A comment's leader, so that `# x = 1`, `// x = 1` and ` * x = 1` read as `x = 1`. */
const COMMENT_LEADER = /^(\/\/+!?|#+(?![[!{])|\/\*+|\*+\/?(?!=)|--|;+|<!--)/;
/** Lines that say nothing on their own: brackets, `end`, `else`, `try:`, `pass`. */
const FILLER = /^([()[\]{}>;,:]|end|else|else:|try|try:|finally|finally:|pass|break|continue|return|do|then|fi|done)*$/;

/** A line as comparable text: comment leader, whitespace and what formatters change evened out; "" when it says nothing. */
export function lineKey(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 2 && COMMENT_LEADER.test(t); i++) t = t.replace(COMMENT_LEADER, "").trim();
  const key = t
    .replace(/\*\/$/, "")
    .replace(/\s+/g, "")
    .replace(/'/g, '"')
    .replace(/[;,]+$/, "")
    .replace(/,(?=[)\]}])/g, "");
  return FILLER.test(key) ? "" : key;
}

/** Each run of RUN consecutive meaningful lines of `lines` (the first one line `first`), joined. */
function* runs(lines: string[], first = 1): Generator<{ key: string; at: number[] }> {
  const keys: Array<{ key: string; line: number }> = [];
  lines.forEach((text, i) => {
    const key = lineKey(text);
    if (key) keys.push({ key, line: first + i });
  });
  for (let i = 0; i + RUN <= keys.length; i++) {
    const window = keys.slice(i, i + RUN);
    yield { key: window.map((k) => k.key).join("\u0000"), at: window.map((k) => k.line) };
  }
}

/**
 * Every run of lines in the base texts of the change's files (what was there, code or comment),
 * once per review and set of files: each structural rule's run asks with a change of its own.
 */
const baseRuns = perReviewFiles((files: ChangedFile[], found: Lookups): Set<string> => {
  const out = new Set<string>();
  for (const f of files) {
    const text = baseText(f, found);
    if (text !== undefined) for (const r of runs(text.split("\n"))) out.add(r.key);
  }
  return out;
});

/** Lines (at head) of `file` that the change (of `files`) added as part of a run of lines already at base. */
export function restoredLines(files: ChangedFile[], file: ChangedFile, found: Lookups): Set<number> {
  // What the source found put back from history (a revert, a file deleted earlier), then what the base texts show.
  const out = new Set<number>(file.restoredLines);
  const text = headText(file, found);
  if (text === undefined || file.addedLines.length < RUN) return out;
  const added = new Set(file.addedLines.map((l) => l.line));
  const before = baseRuns(files, found);
  if (before.size === 0) return out;
  // A run of added lines lies between the first added line and the last: the runs of that stretch
  // are the file's runs that lie in it, and the rest of a large file need not be keyed.
  let [first, last] = [Infinity, 0];
  for (const { line } of file.addedLines) [first, last] = [Math.min(first, line), Math.max(last, line)];
  first = Math.max(1, first);
  const stretch = text.split("\n").slice(first - 1, last);
  for (const r of runs(stretch, first)) if (r.at.every((l) => added.has(l)) && before.has(r.key)) for (const l of r.at) out.add(l);
  return out;
}

import type { ChangedFile } from "../model/change.js";

/**
 * A file whose opening comment says it is a template to fill in: "This is the rakegem gemspec
 * template. Make sure you read and understand all of the comments." (excon 705237bbc5, judged "not
 * worth saying", session 15). Its commented-out settings (`# s.executables = ["name"]` under "If your
 * gem includes any executables, list them here") are the template's options, written by its maker
 * for whoever fills it in to turn on; the author who copied it in disabled nothing.
 */

/** Lines of the opening comment read, at most: a template says so at its top. */
const HEADER_LINES = 10;
const COMMENT_LINE = /^\s*(?:#+|\/\/+|\/?\*+|--|;+|<!--)/;
const SAYS_TEMPLATE = /^\W*(?:this\s+(?:file\s+)?is\s+(?:the|an?)\s+(?:[\w.-]+\s+){0,3}?template\b|(?:a\s+)?template\s+(?:file\s+)?for\s+\w)/i;

/**
 * Whether `lines` (the file at head) open with a comment that says the file is a template, and the
 * change adds that line: a header the base already had does not make the author's new lines below it a template's.
 */
export function openedAsTemplate(file: ChangedFile, lines: readonly string[]): boolean {
  const added = new Set(file.addedLines.map((l) => l.line));
  for (let i = 0; i < Math.min(HEADER_LINES, lines.length); i++) {
    const text = lines[i].slice(0, 300);
    if (text.trim() === "") continue;
    if (!COMMENT_LINE.test(text)) return false;
    if (SAYS_TEMPLATE.test(text.replace(COMMENT_LINE, ""))) return added.has(i + 1);
  }
  return false;
}

import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { Lookups } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { baseFacts, basePaths, headText, movedFromPaths } from "../src/syntax/change-facts.js";
import { looksGeneratedText } from "../src/syntax/generated.js";
import { lineFacts } from "../src/syntax/line-view.js";

export default defineRule({
  meta: {
    id: "no-commented-out-code",
    description: "The change adds no commented-out code.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      commentedOut: "These {count} commented-out lines of code are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLine: "This commented-out line of code is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
    },
  },
  options: z.object({ min_lines: z.number().int().min(1).default(1).describe("Lines of commented-out code a comment must hold to be reported.") }).strict(),
  // The base texts say which commented lines the files already had: a reformat, or a move from a
  // file the change deleted lines from, re-adds them and is not this change's doing (clean as you code).
  needs(change) {
    const candidates = change.files.filter((f) => mayHoldCode(f.addedLines));
    return candidates.length === 0 ? {} : { baseContents: [...new Set([...basePaths(candidates), ...movedFromPaths(change.files)])] };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const atBase = commentedLinesAtBase(change.files, found);
    for (const file of change.files) {
      if (!mayHoldCode(file.addedLines)) continue;
      const facts = lineFacts(file, found);
      if (!facts || looksGeneratedText(headText(file, found) ?? "")) continue;
      const added = new Set(file.addedLines.map((l) => l.line));
      // The parser decided which comments are code (doc comments and their examples never are);
      // one comment block is one finding, however many lines it holds, anchored on its first
      // commented line that is new: not one the file had at base, re-indented or moved.
      for (const c of facts.comments) {
        if (!c.code || c.codeStart === undefined) continue;
        const count = c.end - c.codeStart + 1;
        if (count < opts.min_lines) continue;
        let line = 0;
        for (let l = c.codeStart; l <= c.end && line === 0; l++) if (added.has(l) && !atBase(normalised(c.lines[l - c.start]))) line = l;
        if (line === 0) continue;
        out.push(
          count === 1 ? { messageId: "commentedOutLine", path: file.path, line } : { messageId: "commentedOut", path: file.path, line, data: { count } },
        );
      }
    }
    return out;
  },
});

/** A comment line as text to compare, whatever its indentation or spacing: `#  a = 1` is `#a=1`. */
function normalised(line: string | undefined): string {
  return (line ?? "").replace(/\s+/g, "");
}

/**
 * Whether a normalised comment line was a comment line at base in any file of the change whose
 * base text is at hand (code moved between files brings its comments along). Parsed on first use
 * only, so a change without commented-out code parses nothing at base.
 */
function commentedLinesAtBase(files: ChangedFile[], found: Lookups): (line: string) => boolean {
  let lines: Set<string> | undefined;
  return (line) => {
    if (!lines) {
      lines = new Set();
      for (const f of files) {
        const facts = baseFacts(f, found);
        for (const c of facts?.comments ?? []) for (const l of c.lines) if (l.trim() !== "") lines.add(normalised(l));
      }
    }
    return lines.has(line);
  };
}

// Cheap pre-check on the raw lines, so most files are never parsed for this rule: a line that is
// only a comment and has code punctuation, or a block comment opening.
const COMMENT_WITH_PUNCTUATION = /^\s*(\/\/|#)(?!\[).*([(){}[\];=]|\b(return|break|continue|pass)\b)/;
const BLOCK_OPENING = /\/\*|^=begin/;

function mayHoldCode(lines: Array<{ text: string }>): boolean {
  return lines.some((l) => COMMENT_WITH_PUNCTUATION.test(l.text) || BLOCK_OPENING.test(l.text));
}

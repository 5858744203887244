import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
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
  check(change, opts, found) {
    const out: RawFinding[] = [];
    for (const file of change.files) {
      if (!mayHoldCode(file.addedLines)) continue;
      const facts = lineFacts(file, found);
      if (!facts) continue;
      const added = new Set(file.addedLines.map((l) => l.line));
      // The parser decided which comments are code (doc comments and their examples never are);
      // one comment block is one finding, however many lines it holds.
      for (const c of facts.comments) {
        if (!c.code || c.codeStart === undefined) continue;
        const count = c.end - c.codeStart + 1;
        if (count < opts.min_lines) continue;
        let line = 0;
        for (let l = c.codeStart; l <= c.end && line === 0; l++) if (added.has(l)) line = l;
        if (line === 0) continue;
        out.push(
          count === 1 ? { messageId: "commentedOutLine", path: file.path, line } : { messageId: "commentedOut", path: file.path, line, data: { count } },
        );
      }
    }
    return out;
  },
});

// Cheap pre-check on the raw lines, so most files are never parsed for this rule: a line that is
// only a comment and has code punctuation, or a block comment opening.
const COMMENT_WITH_PUNCTUATION = /^\s*(\/\/|#)(?!\[).*([(){}[\];=]|\b(return|break|continue|pass)\b)/;
const BLOCK_OPENING = /\/\*|^=begin/;

function mayHoldCode(lines: Array<{ text: string }>): boolean {
  return lines.some((l) => COMMENT_WITH_PUNCTUATION.test(l.text) || BLOCK_OPENING.test(l.text));
}

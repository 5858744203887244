import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { regexOption } from "../src/config/regex-option.js";

const URL = /\b[a-z][a-z0-9+.-]*:\/\/\S+/i;
// Import/include lines cannot be wrapped in most languages without hurting readability.
const IMPORT = /^\s*(import\b|export\s.*\bfrom\b|from\s+\S+\s+import\b|#include\b|using\s|require[ (]|use\s|package\s)/;
// A line holding a long string or regular-expression literal (a message, a fixture, a pattern) is
// left alone when asked: such literals cannot be wrapped without making them harder to read.
// The alternatives never overlap (an escape, or one non-backslash character), so a hostile line
// of backslashes cannot make this backtrack.
const LONG_STRING = /(["'`])(?:\\.|(?!\1)[^\\]){40,}\1|(^\s*|[=(,:!&|?]\s*)\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n]){40,}\/[a-z]*/;

export default defineRule({
  meta: {
    id: "max-line-length",
    description: "Added lines stay within a maximum length.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooLong: "Line is {length} characters long (max {max}). Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.",
    },
  },
  options: z
    .object({
      max: z.number().int().min(1).default(120).describe("Maximum line length in characters (tabs count as tab_width)."),
      tab_width: z.number().int().min(1).max(16).default(4).describe("Columns a tab counts for."),
      ignore_urls: z.boolean().default(true).describe("Skip lines that contain a URL."),
      ignore_imports: z.boolean().default(true).describe("Skip import/include/use lines."),
      ignore_strings: z.boolean().default(true).describe("Skip lines holding a string or regular-expression literal of 40+ characters."),
      ignore_pattern: regexOption.optional().describe("Skip lines matching this RE2 regular expression."),
    })
    .strict(),
  check(change, options) {
    const out: RawFinding[] = [];
    const ignore = options.ignore_pattern;
    for (const file of change.files) {
      for (const { line, text } of file.addedLines) {
        if (text.length <= options.max && !text.includes("\t")) continue;
        const length = measure(text, options.tab_width);
        if (length <= options.max) continue;
        if (options.ignore_urls && URL.test(text)) continue;
        if (options.ignore_imports && IMPORT.test(text)) continue;
        if (options.ignore_strings && LONG_STRING.test(text)) continue;
        if (ignore && ignore.test(text)) continue;
        out.push({ messageId: "tooLong", path: file.path, line, data: { length, max: options.max } });
      }
    }
    return out;
  },
});

/** Length in code points, with tabs expanded; a line of emoji is not counted twice. */
function measure(text: string, tabWidth: number): number {
  let n = 0;
  for (const ch of text) n += ch === "\t" ? tabWidth : 1;
  return n;
}

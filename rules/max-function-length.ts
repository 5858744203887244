import { z } from "zod";
import { analyzedFiles, anchorLine, contentsNeeded, lineCount, touches } from "../src/analysis/analyze-file.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "max-function-length",
    description: "Functions the change adds or grows stay within a maximum length.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooLong:
        "Function `{name}` spans {length} lines (max {max}). Long functions do several things and are hard to test; extract the parts into well-named helpers.",
    },
  },
  options: z.object({ max: z.number().int().min(1).default(60).describe("Maximum lines from a function's header to its end.") }).strict(),
  needs(change) {
    return { fileContents: contentsNeeded(change.files) };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    // No function can be longer than its file.
    for (const { file, analysis } of analyzedFiles(change.files, found, (text) => lineCount(text) > opts.max)) {
      for (const fn of analysis.functions) {
        const length = fn.end - fn.start + 1;
        // Only functions the change touched: existing long functions are not this change's doing.
        if (length <= opts.max || !touches(file, fn.start, fn.end)) continue;
        out.push({ messageId: "tooLong", path: file.path, line: anchorLine(file, fn.start, fn.end), data: { name: fn.name, length, max: opts.max } });
      }
    }
    return out;
  },
});

import { z } from "zod";
import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "pr-size",
    description: "The pull request stays small enough to review well.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooBig:
        "This change touches {lines} lines in {files} files (limits: {maxLines} lines, {maxFiles} files, not counting ignored and generated files). Large changes get shallow reviews; split it into smaller pull requests that each do one thing.",
    },
  },
  options: z
    .object({
      max_lines: z.number().int().min(1).default(800).describe("Changed lines (added + deleted) above which the change is too big."),
      max_files: z.number().int().min(1).default(50).describe("Changed files above which the change is too big."),
    })
    .strict(),
  check(change, opts) {
    // Ignored and generated files were already removed by the engine.
    const lines = change.files.reduce((n, f) => n + f.additions + f.deletions, 0);
    const files = change.files.length;
    if (lines <= opts.max_lines && files <= opts.max_files) return [];
    return [{ messageId: "tooBig", data: { lines, files, maxLines: opts.max_lines, maxFiles: opts.max_files } }];
  },
});

import { z } from "zod";
import { analyzedFiles, contentsNeeded, decisionTokens } from "../src/analysis/analyze-file.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "max-nesting-depth",
    description: "Blocks the change adds are nested at most a few levels deep.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooDeep: "This block is nested {depth} levels deep (max {max}). Deep nesting hides the main path; return early, or move the inner block into a function.",
    },
  },
  options: z
    .object({ max: z.number().int().min(1).default(4).describe("Maximum control structures (if/for/while/switch/try) nested inside one function.") })
    .strict(),
  needs(change) {
    return { fileContents: contentsNeeded(change.files) };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    // Every nesting level is a control keyword; too few of them in the file and nothing can be too deep.
    for (const { file, analysis } of analyzedFiles(change.files, found, (text) => decisionTokens(text, opts.max + 1))) {
      const added = new Set(file.addedLines.map((l) => l.line));
      let reportedUntil = 0;
      for (const point of [...analysis.nesting].sort((a, b) => a.line - b.line)) {
        // One finding per too-deep block: the deeper blocks inside it are the same problem.
        if (point.depth <= opts.max || !added.has(point.line) || point.line <= reportedUntil) continue;
        out.push({ messageId: "tooDeep", path: file.path, line: point.line, data: { depth: point.depth, max: opts.max } });
        reportedUntil = point.end;
      }
    }
    return out;
  },
});

import { z } from "zod";
import { analyzeFile, anchorLine, contentsNeeded, decisionTokens, fileText, touches } from "../src/analysis/analyze-file.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "max-complexity",
    description: "TypeScript/JavaScript functions the change adds or edits keep their cyclomatic complexity low.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooComplex:
        "Function `{name}` has a cyclomatic complexity of {complexity} (max {max}): that many paths need that many tests. Split the decisions into smaller functions or a lookup table.",
    },
  },
  options: z.object({ max: z.number().int().min(1).default(15).describe("Maximum cyclomatic complexity (1 + each if, loop, case, catch, ?:, &&, || and ??).") }).strict(),
  needs(change) {
    return { fileContents: contentsNeeded(change.files.filter((f) => /\.[cm]?[jt]sx?$/i.test(f.path))) };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    for (const file of change.files) {
      if (!/\.[cm]?[jt]sx?$/i.test(file.path) || file.addedLines.length === 0) continue;
      const text = fileText(file, found);
      if (text === undefined || !decisionTokens(text, opts.max)) continue; // complexity is 1 + decisions
      const analysis = analyzeFile(file, found);
      for (const fn of analysis?.functions ?? []) {
        if ((fn.complexity ?? 0) <= opts.max || !touches(file, fn.start, fn.end)) continue;
        out.push({ messageId: "tooComplex", path: file.path, line: anchorLine(file, fn.start, fn.end), data: { name: fn.name, complexity: fn.complexity!, max: opts.max } });
      }
    }
    return out;
  },
});

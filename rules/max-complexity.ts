import { z } from "zod";
import { analyzedFiles, anchorLine, contentsNeeded, decisionTokens, touches } from "../src/analysis/analyze-file.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

const TS_JS = /\.[cm]?[jt]sx?$/i;

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
  options: z
    .object({ max: z.number().int().min(1).default(15).describe("Maximum cyclomatic complexity (1 + each if, loop, case, catch, ?:, &&, || and ??).") })
    .strict(),
  needs(change) {
    return { fileContents: contentsNeeded(change.files.filter((f) => TS_JS.test(f.path))) };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    // Complexity is 1 + decisions: a file with fewer decision keywords than the max cannot exceed it.
    const worthParsing = (text: string, file: { path: string }) => TS_JS.test(file.path) && decisionTokens(text, opts.max);
    for (const { file, analysis } of analyzedFiles(change.files, found, worthParsing)) {
      for (const fn of analysis.functions) {
        if ((fn.complexity ?? 0) <= opts.max || !touches(file, fn.start, fn.end)) continue;
        out.push({
          messageId: "tooComplex",
          path: file.path,
          line: anchorLine(file, fn.start, fn.end),
          data: { name: fn.name, complexity: fn.complexity!, max: opts.max },
        });
      }
    }
    return out;
  },
});

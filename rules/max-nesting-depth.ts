import { z } from "zod";
import { functionVerdicts, structureNeeds } from "../src/analysis/function-verdicts.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "max-nesting-depth",
    description: "Functions the change adds, or nests deeper, keep their blocks a few levels deep.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooDeep: "This block is nested {depth} levels deep (max {max}). Deep nesting hides the main path; return early, or move the inner block into a function.",
      grew: "`{name}` now nests {depth} levels deep, {before} before (max {max}). Return early, or move the inner block into a function, rather than nesting deeper.",
    },
  },
  options: z
    .object({
      max: z.number().int().min(1).default(4).describe("Maximum control structures (if/for/while/switch/try/match) nested inside one function."),
      min_growth: z
        .number()
        .int()
        .min(1)
        .default(1)
        .describe("A function already nested deeper than max is reported only when the change nests it at least this many levels deeper."),
    })
    .strict(),
  needs: structureNeeds,
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const measure = { of: (fn: { maxNesting: number }) => fn.maxNesting, max: opts.max, minGrowth: opts.min_growth };
    for (const v of functionVerdicts(change, found, measure)) {
      // The deepest block, when the change added it; else the function's first added line.
      const line = v.file.addedLines.some((l) => l.line === v.fn.deepestLine) ? v.fn.deepestLine : v.line;
      const data = { name: v.fn.name, depth: v.value, max: opts.max, ...(v.grew ? { before: v.before! } : {}) };
      out.push({ messageId: v.grew ? "grew" : "tooDeep", path: v.file.path, line, data });
    }
    return out;
  },
});

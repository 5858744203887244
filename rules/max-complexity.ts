import { z } from "zod";
import { functionVerdicts, structureNeeds } from "../src/analysis/function-verdicts.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";

export default defineRule({
  meta: {
    id: "max-complexity",
    description: "Functions the change adds, or makes more complex, keep their cyclomatic complexity low.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooComplex:
        "Function `{name}` has a cyclomatic complexity of {complexity} (max {max}): that many paths need that many tests. Split the decisions into smaller functions or a lookup table.",
      grew: "`{name}` grew from a complexity of {before} to {complexity} (max {max}). It was already too complex; move the decisions this change adds into a function of their own.",
    },
  },
  options: z
    .object({
      max: z.number().int().min(1).default(15).describe("Maximum cyclomatic complexity (1 + each if, loop, case, catch, ternary and boolean operator)."),
      min_growth: z
        .number()
        .int()
        .min(1)
        .default(4)
        .describe(
          "An existing function that crosses max, or was already more complex, is reported only when the change adds at least this many decisions to it.",
        ),
    })
    .strict(),
  needs: structureNeeds,
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const measure = { of: (fn: { decisions: number }) => fn.decisions + 1, max: opts.max, minGrowth: opts.min_growth };
    for (const v of functionVerdicts(change, found, measure)) {
      const data = { name: v.fn.name, complexity: v.value, max: opts.max, ...(v.grew ? { before: v.before! } : {}) };
      out.push({ messageId: v.grew ? "grew" : "tooComplex", path: v.file.path, line: v.line, data });
    }
    return out;
  },
});

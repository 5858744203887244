import { z } from "zod";
import { functionVerdicts, structureNeeds } from "../src/analysis/function-verdicts.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { FunctionFact } from "../src/syntax/facts.js";

/** Lines of code in the body: the signature's lines, however many a formatter makes, left out. */
const bodyCode = (fn: FunctionFact) => fn.codeLines - (fn.end - fn.start + 1 - fn.bodyLines);

export default defineRule({
  meta: {
    id: "max-function-length",
    description: "Functions the change adds, or grows, stay within a maximum length.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooLong:
        "Function `{name}` spans {length} lines (max {max}). Long functions do several things and are hard to test; extract the parts into well-named helpers.",
      grew: "`{name}` grew from {before} to {length} lines (max {max}). It was already too long; extract the part this change adds into a well-named helper instead.",
    },
  },
  options: z
    .object({
      max: z.number().int().min(1).default(60).describe("Maximum lines from a function's header to its end."),
      min_growth: z
        .number()
        .int()
        .min(1)
        .default(10)
        .describe(
          "An existing function that crosses max, or was already longer, is reported only when the change adds at least this many lines of code to it.",
        ),
    })
    .strict(),
  needs: structureNeeds,
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const measure = {
      of: (fn: FunctionFact) => fn.end - fn.start + 1,
      max: opts.max,
      minGrowth: opts.min_growth,
      // A signature split over more lines (type annotations, a formatter), or comments and blank
      // lines added inside, do not make a longer function: only lines of code count as growth.
      changed: (head: FunctionFact, base: FunctionFact) => base.end - base.start + 1 + bodyCode(head) - bodyCode(base),
    };
    for (const v of functionVerdicts(change, found, measure)) {
      const data = { name: v.fn.name, length: v.value, max: opts.max, ...(v.grew ? { before: v.before! } : {}) };
      out.push({ messageId: v.grew ? "grew" : "tooLong", path: v.file.path, line: v.line, data });
    }
    return out;
  },
});

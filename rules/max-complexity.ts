import { z } from "zod";
import { functionVerdicts, structureNeeds } from "../src/analysis/function-verdicts.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { Change } from "../src/model/change.js";
import type { FunctionFact } from "../src/syntax/facts.js";
import { extensionOf } from "../src/text/languages.js";
import { isTestPath } from "../src/text/test-conventions.js";

/**
 * A function already over the limit grew materially when the change added min_growth and a fifth
 * of what it had: a guard nested deep in a function of 100 costs as much as a new block in one of
 * 20, but it is a fix in place, not what made the function hard to follow (Newtonsoft's
 * `CreateObjectUsingCreatorWithParameters` 136 → 144, Rack::Lint's `check_environment` 61 → 71).
 */
export function grewMaterially(before: number, after: number, minGrowth: number): boolean {
  return after - before >= Math.max(minGrowth, Math.ceil(before / 5));
}

const stem = (path: string) => path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");

/**
 * Files the change ports to another language: `Util.java` removed and `Util.kt` added, or
 * `a.js` renamed to `a.ts`. Their functions are the old code rewritten, not new code (moshi's
 * "Convert util package to Kotlin"), even where the port renames or splits them.
 */
export function portedFiles(change: Change): Set<string> {
  const removed = new Map<string, string>();
  for (const f of change.files) if (f.status === "removed") removed.set(stem(f.path), extensionOf(f.path));
  const ported = new Set<string>();
  for (const f of change.files) {
    const from = f.previousPath ?? (f.status === "added" ? f.path : undefined);
    const was = f.previousPath ? extensionOf(f.previousPath) : removed.get(stem(f.path));
    if (from && was !== undefined && was !== extensionOf(f.path)) ported.add(f.path);
  }
  return ported;
}

export default defineRule({
  meta: {
    id: "max-complexity",
    description: "Functions the change adds, or makes harder to follow, keep their cognitive complexity low.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooComplex:
        "Function `{name}` has a cognitive complexity of {complexity} (max {max}): its nested branches and loops are hard to follow. Move a nested block into a function of its own, or return early.",
      grew: "`{name}` grew from a cognitive complexity of {before} to {complexity} (max {max}). It was already hard to follow; move the branches this change adds into a function of their own.",
    },
  },
  options: z
    .object({
      max: z
        .number()
        .int()
        .min(1)
        .default(15)
        .describe(
          "Maximum cognitive complexity: 1 for each if, else, loop, switch, catch, ternary and run of like boolean operators, plus 1 for each level a structure is nested in (SonarSource's definition).",
        ),
      min_growth: z
        .number()
        .int()
        .min(1)
        .default(6)
        .describe(
          "An existing function that crosses max, or was already over it, is reported only when the change adds at least this much cognitive complexity to it (one guard nested four deep adds 5); one already over it must also grow by a fifth.",
        ),
      tests: z.boolean().default(false).describe("Also check test code: tables of cases and expected outputs read fine as they are, so it is off by default."),
    })
    .strict(),
  needs: structureNeeds,
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const measure = { of: (fn: FunctionFact) => fn.cognitive, max: opts.max, minGrowth: opts.min_growth };
    const ported = portedFiles(change);
    for (const v of functionVerdicts(change, found, measure)) {
      if (!opts.tests && isTestPath(v.file.path)) continue;
      if (!v.grew && ported.has(v.file.path)) continue;
      if (v.grew && !grewMaterially(v.before!, v.value, opts.min_growth)) continue;
      const data = { name: v.fn.name, complexity: v.value, max: opts.max, ...(v.grew ? { before: v.before! } : {}) };
      out.push({ messageId: v.grew ? "grew" : "tooComplex", path: v.file.path, line: v.line, data });
    }
    return out;
  },
});

import type { ChangedFile } from "../../model/change.js";
import { headFacts } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { headView, vocabulary, type CodeView } from "../function-code.js";
import type { Measure, Verdict } from "../function-verdicts.js";
import type { FileContext, Seen } from "./file-context.js";
import { spoken } from "./messages.js";
import type { Predecessor } from "./predecessors.js";

// A function paired by a similar body with an old one that stays: a sibling it mirrors, or one whose body it took.

/**
 * What a new function "mirrored" on a sibling is, by the calls the shrunken sibling now makes to
 * it: called at several places, the sibling's duplicated branches merged into one function (a
 * dedup refactor: nothing to say); called once, its body moved here, so the new function replaces
 * it and is no model to share code with; moved from a sibling that measured next to nothing (a
 * lambda's calls, 0), "replaces `EnforceRequired` (cognitive complexity 0)" compares nothing, so it
 * is judged as a new function. Undefined: a mirror indeed.
 */
export function mirroredSibling(
  ctx: FileContext,
  seen: Seen,
  pred: Predecessor,
  measure: Measure,
  before: number,
): "merged" | "replaced" | { verdict: Verdict | undefined } | undefined {
  const calls = callsFromShrunkenSibling(ctx, seen.fn, pred, measure);
  if (calls > 1) return "merged";
  if (calls !== 1) return undefined;
  if (before < measure.minGrowth) return { verdict: extractedAsNew({ ...seen, file: ctx.file }, ctx.code, measure) };
  return "replaced";
}

/**
 * What a function paired by a similar body is to its old one: a sibling it mirrors, when a
 * function of that name and kind is still in the file the old one was in (jackson's new
 * `_startPositiveNumber()` beside `_startPositiveNumber(int)`), or one it replaces under another
 * name (FluentValidation's `Validate` for the old `InvokePropertyValidator`). Nothing where the
 * old function had this one's name and is gone: that is the same function, moved.
 */
export function relation(ctx: FileContext, fn: FunctionFact, old: FunctionFact): Verdict["was"] {
  const heads = ctx.change.files.flatMap((f) => headFacts(f, ctx.found)?.functions ?? []);
  const stays = heads.some((h) => h !== fn && h.name === old.name && h.kind === old.kind);
  if (stays) return { fn: old, how: "mirrored" };
  return old.name === fn.name ? undefined : { fn: old, how: "replaced" };
}

/**
 * How many times the function's "sibling" (the old function of another name it was paired with,
 * still there) now calls it, where the sibling shrank by a material amount and the new function
 * does not call it back; 0 otherwise. alembic's `_relative_iterate` took in the two
 * near-duplicate relative branches of `iterate_revisions`, which now calls it twice: total
 * duplication went down, and "extract what the two share" names a function that no longer holds
 * any of it (judged "not worth saying" twice on held-out histories, session 8). joi's `build`,
 * which now only calls `parse`, moved its body there: `parse` replaces it. FluentValidation's new
 * `Validate` calls `InvokePropertyValidator` back: it copied it, it did not take its body.
 */
function callsFromShrunkenSibling(ctx: FileContext, fn: FunctionFact, pred: Predecessor, measure: Measure): number {
  for (const file of ctx.change.files) {
    const head = headFacts(file, ctx.found);
    const view = head && headView(file, ctx.found);
    if (!view) continue;
    for (const h of head.functions) {
      if (h === fn || h.name !== pred.fn.name || h.kind !== pred.fn.kind) continue;
      if (!shrankFor(pred, h, view, measure) || vocabulary(ctx.code, fn).includes(h.name)) continue;
      const calls = vocabulary(view, h).filter((w) => w === fn.name).length;
      if (calls > 0) return calls;
    }
  }
  return 0;
}

/** A function judged as new (see judgeNew's last step): one extracted from a sibling that measured next to nothing. */
function extractedAsNew(seen: Seen & { file: ChangedFile }, code: CodeView, measure: Measure): Verdict | undefined {
  const { file, fn, value, line, fresh } = seen;
  const said = measure.judge ? measure.judge({ file, fn, value, fresh, code, anchor: line }) : { line };
  return said ? { ...spoken(file, fn, value, said), grew: false } : undefined;
}

/**
 * Whether the sibling gave up its body: it shrank by a material amount of the measure, or to half
 * its lines or less. commandline's `EnforceRequired` became a one-line lambda that delegates to the
 * new `EnforceRequiredImpl`; its complexity was 0 before and after (the lambda's), so only its
 * length tells the extraction (called "modelled on" it, judged *wrong* on held-out histories, session 10).
 */
function shrankFor(pred: Predecessor, h: FunctionFact, view: CodeView, measure: Measure): boolean {
  if (measure.of(pred.fn, pred.view) - measure.of(h, view) >= measure.minGrowth) return true;
  return (h.end - h.start + 1) * 2 <= pred.fn.end - pred.fn.start + 1;
}

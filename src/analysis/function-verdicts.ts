import type { Lookups } from "../engine/rule.js";
import type { ChangedFile, Change } from "../model/change.js";
import { anchorLine } from "../syntax/change-facts.js";
import type { FunctionFact } from "../syntax/facts.js";
import { configAtBase } from "./config-at-base.js";
import { editedExtraction } from "./edited-extraction.js";
import { type CodeView, freshCodeLines, type FreshCode } from "./function-code.js";
import { recordsExistingFiles } from "./initial-import.js";
import { linterLimit } from "./linter-limits.js";
import { followsReference } from "./reference-port.js";
import { transliteratesSpec } from "./spec-steps.js";
import { type FileContext, type Seen, outermostAround } from "./structure/file-context.js";
import { writesFirstCode } from "./structure/first-code.js";
import { freshLines, wholeFunctionAdded, countIn, splitOff, headLines, inlinedValue } from "./structure/fresh-code.js";
import { functionMatches } from "./structure/function-matches.js";
import { spoken } from "./structure/messages.js";
import { overInFile, outermost, firstOfItsBody } from "./structure/over-limit.js";
import { type MovedFunctions, type SimilarFunctions, movedFunctions, similarFunctions, predecessor, type Predecessor } from "./structure/predecessors.js";
import { restoresEarlierCode, setAside, fixesLints } from "./structure/set-aside.js";
import { relation, mirroredSibling } from "./structure/siblings.js";
import { transliteratedFromC, forkedFolder } from "./structure/upstream-shape.js";
import type { StructuralRule } from "./suppressions.js";

/** One number a rule limits (length, decisions, nesting), its limit, and what growth is material. */
export interface Measure {
  /** The value; `code` is the function's file seen as code (comments and docstrings set aside), when known. */
  of(fn: FunctionFact, code?: CodeView): number;
  max: number;
  minGrowth: number;
  /**
   * The head value counting only what the change did to the function's substance, where the
   * measure can grow without it: a signature split over more lines (type annotations, a
   * formatter) lengthens the span but not the function. Defaults to `of(head)`.
   */
  changed?(head: FunctionFact, base: FunctionFact): number;
  /**
   * Replaces the growth test: given what the change did to a function over the limit, where to
   * speak (and with what value), or undefined to say nothing.
   */
  judge?(c: FunctionChange): Judgement | undefined;
  /** Functions in test files are judged too (default true). */
  tests?: boolean;
  /** Functions in the repository's development tooling are judged too (default false; see devTooling). */
  tools?: boolean;
  /** The rule measuring: a function whose code suppresses the matching linter check is the team's decision, left alone. */
  rule?: StructuralRule;
  /**
   * rules.yml sets no `max`: the project's own linter limit for `rule` raises `max` where it is
   * higher, and a file the linter excludes from the matching check is not judged (see linter-limits.ts).
   */
  linterLimits?: boolean;
  /**
   * Functions in example programs (`examples/`, `_examples/`) are judged too (default true). A
   * tutorial writes its event loop inline in `main` on purpose, for the reader to follow top to
   * bottom; its nesting and branching are the lesson, not a design to refactor.
   */
  examples?: boolean;
}

/** What a change did to one function the rule measures over its limit at head. */
export interface FunctionChange {
  file: ChangedFile;
  fn: FunctionFact;
  value: number;
  /** The function's version before the change (same name, renamed, moved, ported or mirrored), if any. */
  before?: FunctionFact;
  beforeValue?: number;
  /** The file `before` is in, seen as code, when its text is known. */
  beforeCode?: CodeView;
  /**
   * How `before` was found: in the same file, by name in another file, by a similar body, or in a
   * file of another language (a port, where only the measures compare: the code differs token by token).
   */
  how?: "same" | "moved" | "similar" | "ported" | "copied";
  /** Head lines of the function that hold new code (see newTokenLines and freshCodeLines). */
  fresh: Set<number>;
  code: CodeView;
  /** The function's first added line: where to speak about it as a whole. */
  anchor: number;
  /**
   * The outermost function holding this one, where it is nested (a callback inside a declaration):
   * its signature says what the body is written over (see indexedCopies: arrow's high-arity `zip`
   * and the `this@zip.forEach` callback that holds its 21 unrolled lookups).
   */
  around?: FunctionFact;
}

export interface Judgement {
  line: number;
  value?: number;
  /** Size of the block of new code the finding is about. */
  block?: number;
  /** What the block costs where it sits, the nesting of the old code around it counted (complexity). */
  placed?: number;
  /** The function inside `fn` that holds the block, where it is not `fn` itself (a callback the block was added to). */
  within?: FunctionFact;
  /** Lines of new code the change spread over a function already over the limit, with no one block to point at. */
  spread?: number;
}

export interface Verdict {
  file: ChangedFile;
  fn: FunctionFact;
  value: number;
  /** The function's value at base: undefined for a new function. */
  before?: number;
  /** The function was over the limit before and grew materially. */
  grew: boolean;
  line: number;
  /** Size of the block of new code the finding is about, when the measure judged by blocks. */
  block?: number;
  /** What the block costs where it sits (see Judgement). */
  placed?: number;
  /** The function inside `fn` that holds the block, where it is not `fn` itself. */
  within?: FunctionFact;
  /** Lines of new code spread over the function (see Judgement). */
  spread?: number;
  /** Every line of the function is added: a rewrite, with no old code around the block to speak of. */
  rewritten?: boolean;
  /** The project's linter limit that stood for the rule's `max` here (higher than it), and where it came from. */
  limit?: { max: number; from: string };
  /**
   * The function `before` was, where it was found by a similar body under another name or beside
   * a same-named one that stays: the function this one replaces (`replaced`), or a sibling it
   * mirrors (`mirrored`, the sibling still there). "Grew from" would compare two functions.
   */
  was?: { fn: FunctionFact; how: "replaced" | "mirrored" };
}

/**
 * What the change did to each function, judged against the limit: a new function over it, or an
 * existing one that crosses it or was already over it and grows by at least `minGrowth` (or what
 * `measure.judge` says). A function edited at the same size, moved, renamed, ported to another
 * language, mirrored from a sibling or reformatted says nothing; neither does code mostly moved
 * into a new function, a revert, a test callback, or a file nobody authors (generated, vendored,
 * build output).
 */
export function* functionVerdicts(change: Change, found: Lookups, measure: Measure): Generator<Verdict> {
  // Files recorded in version control after they were written ("Add example files to SVN") are no new design either.
  if (writesFirstCode(change, found) || recordsExistingFiles(change)) return;
  const reverts = restoresEarlierCode(change);
  let moved: MovedFunctions | undefined;
  let similar: SimilarFunctions | undefined;
  const bodies = new Set<string>();
  for (const file of change.files) {
    if (setAside(file, change, found, measure, reverts)) continue;
    const project = measure.rule && measure.linterLimits ? linterLimit(measure.rule, file.path, configAtBase(change, found)) : undefined;
    if (project && "excluded" in project) continue;
    const limit = project && project.max > measure.max ? project : undefined;
    // Within the project's own limit, a function is the team's choice (the judges and their rules keep measure.max for growth and margins).
    const inFile = overInFile(file, change, found, measure, limit?.max ?? measure.max);
    if (!inFile) continue;
    const { code, functions, over } = inFile;
    const matches = functionMatches(file, found);
    moved ??= movedFunctions(change, found);
    similar ??= similarFunctions(change, found);
    const context: FileContext = { change, found, file, code, functions, matches: matches?.pairs, from: matches?.from ?? file, moved, similar };
    for (const v of outermost(judge(context, over, measure))) if (firstOfItsBody(bodies, v, code)) yield limit ? { ...v, limit } : v;
  }
}

/** The verdict on each function over the limit that the change touched. */
function* judge(ctx: FileContext, over: FunctionFact[], measure: Measure): Generator<Verdict> {
  const freshInFile = freshCodeLines(ctx.change, ctx.file, ctx.found);
  const lintFix = fixesLints(ctx.change);
  for (const fn of over) {
    const pred = predecessor(ctx, fn);
    const seen: Seen = { fn, value: measure.of(fn, ctx.code), line: anchorLine(ctx.file, fn.start, fn.end), fresh: freshLines(ctx, fn, pred, freshInFile) };
    const verdict = pred ? judgeExisting(ctx, seen, pred, { measure, freshInFile, lintFix }) : judgeNew(ctx, seen, measure, freshInFile);
    if (verdict) yield verdict;
  }
}

/** A function with no version before the change. */
function judgeNew(ctx: FileContext, seen: Seen, measure: Measure, freshInFile: FreshCode): Verdict | undefined {
  const { file, code } = ctx;
  const { fn, value, line, fresh } = seen;
  // No base text to compare with: only a function the change wrote whole is surely its doing.
  if (!ctx.matches && file.status !== "added" && !wholeFunctionAdded(file, fn)) return undefined;
  // A new function made mostly of code that was already there is an extraction or a move.
  if (fresh.size * 2 < countIn(freshInFile.added, fn)) return undefined;
  // The same, where the moved lines were edited on the way (see editedExtraction).
  if (editedExtraction(ctx.change, ctx.found, code, fresh, countIn(freshInFile.added, fn))) return undefined;
  // Most of its lines not added at all: a declaration put in the middle of an old function splits
  // it in two (joi 842c006a's `internals.rules` cut out of `validate`), and lowers its complexity.
  if (file.status !== "added" && splitOff(file, fn)) return undefined;
  // A spec's numbered algorithm written out step by step keeps the spec's shape on purpose (see
  // spec-steps.ts). Only a new one: a block added later to such a function is judged like any other.
  const lines = headLines(file, ctx.found);
  if (transliteratesSpec(lines, fn)) return undefined;
  // A faithful port of a reference implementation its comments cite keeps the reference's shape (see reference-port.ts).
  if (followsReference(lines, fn)) return undefined;
  const said = measure.judge ? measure.judge({ file, fn, value, fresh, code, anchor: line, around: outermostAround(ctx, fn) }) : { line };
  return said ? { ...spoken(file, fn, value, said), grew: false } : undefined;
}

/** A function the change found over the limit and changed: crossing it or growing past it. */
function judgeExisting(
  ctx: FileContext,
  seen: Seen,
  pred: Predecessor,
  how: { measure: Measure; freshInFile: FreshCode; lintFix: boolean },
): Verdict | undefined {
  const { file, code } = ctx;
  const { measure } = how;
  const { fn, value, line, fresh } = seen;
  // Its old version misparsed (see parseErrors): its size then is no fact to compare with.
  if (pred.fn.parseErrors) return undefined;
  // A function of a file transliterated from C keeps the original's shape: see transliteratedFromC.
  if (pred.how === "same" && (transliteratedFromC(ctx.file, ctx.found) || forkedFolder(ctx.file.path, ctx.found))) return undefined;
  const before = measure.of(pred.fn, pred.view) + inlinedValue(ctx, fn, pred, measure);
  // An existing function a linter's fix nudged, by less than a material growth: see fixesLints.
  // The title is the author's word, so it never hides a function that grew by min_growth or more.
  if (how.lintFix && value - before < measure.minGrowth) return undefined;
  const grew = before > measure.max;
  if (!measure.judge) {
    const after = measure.changed ? measure.changed(fn, pred.fn) : value;
    // Crossing the limit or growing past it, the change must have added a material amount: a
    // two-line fix that tips a 59-line function to 61 is not what made it long.
    if (after <= measure.max || after - before < measure.minGrowth) return undefined;
    return { file, fn, value, before, grew, line };
  }
  const said = measure.judge({
    file,
    fn,
    value,
    before: pred.fn,
    beforeValue: before,
    beforeCode: pred.view,
    how: pred.how,
    fresh,
    code,
    anchor: line,
    around: outermostAround(ctx, fn),
  });
  if (!said) return undefined;
  // Its every line added, declaration included, and most of them new code, not code moved here
  // with a block added (commonmark's `incorporateLine`, rewritten from a version that called
  // helpers). Old code re-indented into a new wrapper keeps its declaration.
  const rewritten = wholeFunctionAdded(file, fn) && fresh.size * 2 >= countIn(how.freshInFile.added, fn);
  const was = pred.how === "similar" ? relation(ctx, fn, pred.fn) : undefined;
  const sibling = was?.how === "mirrored" ? mirroredSibling(ctx, seen, pred, measure, before) : undefined;
  if (sibling && sibling !== "replaced") return sibling === "merged" ? undefined : sibling.verdict;
  const named = sibling === "replaced" ? { fn: pred.fn, how: "replaced" as const } : was;
  return { ...spoken(file, fn, value, said), before, grew, ...(rewritten ? { rewritten: true } : {}), ...(named ? { was: named } : {}) };
}

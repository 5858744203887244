import type { Lookups, Needs } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { anchorLine, baseFacts, basePaths, hasSyntax, headFacts, headPaths, headText, movedFromPaths, touches } from "../syntax/change-facts.js";
import { looksGeneratedText } from "../syntax/generated.js";
import type { FunctionFact } from "../syntax/facts.js";

/** Test data is not code anyone designs: its structure is not reviewed. */
const FIXTURES = /(^|\/)(__fixtures__|fixtures|testdata)\//;
/** Build scripts are configuration written as code: their `sourceSets { … }` blocks are option literals. */
const BUILD_SCRIPTS = /(^|\/)[^/]*\.gradle\.kts$/;

export function reviewsStructure(file: ChangedFile): boolean {
  return hasSyntax(file) && !FIXTURES.test(file.path) && !BUILD_SCRIPTS.test(file.path);
}

/**
 * What the structural rules fetch: head texts of modified files, their base texts to compare with,
 * and the base texts of files lines were deleted from, where a function may have moved from.
 */
export function structureNeeds(change: Change): Needs {
  const files = change.files.filter(reviewsStructure);
  const sources = change.files.filter((f) => !FIXTURES.test(f.path));
  return { fileContents: headPaths(files), baseContents: [...new Set([...basePaths(files), ...movedFromPaths(sources)])] };
}

/** One number a rule limits (length, decisions, nesting), its limit, and what growth is material. */
export interface Measure {
  of(fn: FunctionFact): number;
  max: number;
  minGrowth: number;
  /**
   * The head value counting only what the change did to the function's substance, where the
   * measure can grow without it: a signature split over more lines (type annotations, a
   * formatter) lengthens the span but not the function. Defaults to `of(head)`.
   */
  changed?(head: FunctionFact, base: FunctionFact): number;
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
}

/**
 * What the change did to each function, judged against the limit: a new function over it, or an
 * existing one that crosses it or was already over it and grows by at least `minGrowth`. A
 * function edited at the same size, moved, renamed or reformatted says nothing. Test-case
 * callbacks are not functions here, and a generated file (its header says so) is not reviewed.
 */
export function* functionVerdicts(change: Change, found: Lookups, measure: Measure): Generator<Verdict> {
  let moved: MovedFunctions | undefined;
  for (const file of change.files) {
    if (!reviewsStructure(file)) continue;
    const head = headFacts(file, found);
    if (!head || looksGeneratedText(headText(file, found) ?? "")) continue;
    const over = head.functions.filter((fn) => !fn.testCallback && measure.of(fn) > measure.max && touches(file, fn.start, fn.end));
    if (over.length === 0) continue;
    const base = file.status === "added" ? undefined : baseFacts(file, found);
    const matches = base ? matchFunctions(head.functions, base.functions) : undefined;
    moved ??= movedFunctions(change, found);
    yield* outermost(judge(file, over, matches, moved, measure));
  }
}

/** The verdict on each function over the limit that the change touched. */
function* judge(
  file: ChangedFile,
  over: FunctionFact[],
  matches: Map<FunctionFact, FunctionFact> | undefined,
  moved: MovedFunctions,
  measure: Measure,
): Generator<Verdict> {
  for (const fn of over) {
    const value = measure.of(fn);
    const line = anchorLine(file, fn.start, fn.end);
    // A function that left another file of the change is judged against what it was there.
    const old = matches?.get(fn) ?? moved.take(file, fn);
    if (!old) {
      // No base text to compare with: only a function the change wrote whole is surely its doing.
      if (matches || file.status === "added" || wholeFunctionAdded(file, fn)) yield { file, fn, value, grew: false, line };
      continue;
    }
    const before = measure.of(old);
    const after = measure.changed ? measure.changed(fn, old) : value;
    // Crossing the limit or growing past it, the change must have added a material amount: a
    // two-line fix that tips a 59-line function to 61 is not what made it long.
    if (after <= measure.max || after - before < measure.minGrowth) continue;
    yield { file, fn, value, before, grew: before > measure.max, line };
  }
}

interface MovedFunctions {
  /** The base version of `fn` in another file of the change that no longer has it, used once. */
  take(file: ChangedFile, fn: FunctionFact): FunctionFact | undefined;
}

/**
 * Functions that left the files the change deleted lines from (a removed file, an extracted
 * module, a rename git did not pair, a port to another language, where a Java method becomes a
 * Kotlin function): by name, with the file they left. A file whose
 * head still has a function of that name kept it, so it did not move.
 */
function movedFunctions(change: Change, found: Lookups): MovedFunctions {
  const pool = new Map<string, Array<{ from: ChangedFile; fn: FunctionFact }>>();
  for (const from of change.files) {
    if (from.deletions === 0 || from.status === "added") continue;
    const base = baseFacts(from, found);
    if (!base) continue;
    const head = from.status === "removed" ? undefined : headFacts(from, found);
    const kept = new Set(head?.functions.map((f) => f.name) ?? []);
    for (const fn of base.functions) {
      // Without the head text, only a deletion as large as the function can have taken it away.
      const left = from.status === "removed" || (head ? !kept.has(fn.name) : from.deletions >= fn.end - fn.start + 1);
      if (!left) continue;
      const list = pool.get(fn.name);
      if (list) list.push({ from, fn });
      else pool.set(fn.name, [{ from, fn }]);
    }
  }
  return {
    take(file, fn) {
      const list = pool.get(fn.name);
      const i = list?.findIndex((c) => c.from !== file) ?? -1;
      return i < 0 ? undefined : list!.splice(i, 1)[0].fn;
    },
  };
}

/** A function inside another one reported for the same limit is the same problem: one finding. */
function outermost(verdicts: Iterable<Verdict>): Verdict[] {
  const all = [...verdicts];
  return all.filter((v) => !all.some((o) => o !== v && o.fn.start <= v.fn.start && o.fn.end >= v.fn.end && (o.fn.start < v.fn.start || o.fn.end > v.fn.end)));
}

function wholeFunctionAdded(file: ChangedFile, fn: FunctionFact): boolean {
  let added = 0;
  for (const l of file.addedLines) if (l.line >= fn.start && l.line <= fn.end) added++;
  return added === fn.end - fn.start + 1;
}

const key = (fn: FunctionFact) => `${fn.kind}\u0000${fn.name}`;
const shape = (fn: FunctionFact) => `${fn.kind}\u0000${fn.bodyLines}\u0000${fn.decisions}\u0000${fn.maxNesting}`;

/**
 * Pairs each head function with its base version: by kind and name (the n-th of that name with
 * the n-th, so moves do not matter; where the counts differ, as when `@overload` stubs are added,
 * the closest in size), else, for a renamed function, by an unchanged shape.
 */
export function matchFunctions(head: FunctionFact[], base: FunctionFact[]): Map<FunctionFact, FunctionFact> {
  const baseByKey = group(base, key);
  const out = new Map<FunctionFact, FunctionFact>();
  for (const [k, heads] of group(head, key)) {
    const bases = baseByKey.get(k);
    if (!bases) continue;
    if (bases.length === heads.length) heads.forEach((h, i) => out.set(h, bases[i]));
    else pairClosest(heads, bases, out);
  }
  const used = new Set(out.values());
  const byShape = group(base, shape);
  const headKeys = new Set(head.map(key));
  for (const fn of head) {
    if (out.has(fn)) continue;
    const renamed = byShape.get(shape(fn))?.find((b) => !used.has(b) && !headKeys.has(key(b)));
    if (renamed) {
      out.set(fn, renamed);
      used.add(renamed);
    }
  }
  return out;
}

/** Same-named functions whose counts differ: pair the closest in body size, then in order. */
function pairClosest(heads: FunctionFact[], bases: FunctionFact[], out: Map<FunctionFact, FunctionFact>): void {
  const pairs: Array<[number, number, number]> = [];
  heads.forEach((h, i) => bases.forEach((b, j) => pairs.push([Math.abs(h.bodyLines - b.bodyLines), Math.abs(i - j), i * bases.length + j])));
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const takenHead = new Set<number>();
  const takenBase = new Set<number>();
  for (const [, , ij] of pairs) {
    const i = Math.floor(ij / bases.length);
    const j = ij % bases.length;
    if (takenHead.has(i) || takenBase.has(j)) continue;
    takenHead.add(i);
    takenBase.add(j);
    out.set(heads[i], bases[j]);
  }
}

function group(fns: FunctionFact[], by: (fn: FunctionFact) => string): Map<string, FunctionFact[]> {
  const out = new Map<string, FunctionFact[]>();
  for (const fn of fns) {
    const k = by(fn);
    const list = out.get(k);
    if (list) list.push(fn);
    else out.set(k, [fn]);
  }
  return out;
}

import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile, Change } from "../../model/change.js";
import { baseFacts, headFacts } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { type CodeView, baseView, vocabulary } from "../function-code.js";
import type { FunctionChange } from "../function-verdicts.js";
import { tokenSetSimilarity } from "../token-diff.js";
import type { FileContext } from "./file-context.js";
import { ANONYMOUS, aboutTheSameSize } from "./function-matches.js";

// A function's version before the change when not in the same file: moved by name, or the most similar body.

export interface Predecessor {
  fn: FunctionFact;
  view: CodeView | undefined;
  how: NonNullable<FunctionChange["how"]>;
}

/** The function's version before the change: same file, else moved by name, else the most similar body. */
export function predecessor(ctx: FileContext, fn: FunctionFact): Predecessor | undefined {
  const same = ctx.matches?.get(fn);
  // A function of a copy, paired with its original's: the same function, brought over (every line of it is added, none written anew).
  if (same) return { fn: same, view: baseView(ctx.from, ctx.found), how: ctx.from === ctx.file ? "same" : "copied" };
  const moved = byNameOrBody(ctx, fn);
  if (!moved) return undefined;
  const ported = syntaxLanguageOf(moved.from.previousPath ?? moved.from.path) !== syntaxLanguageOf(ctx.file.path);
  const how = ported ? "ported" : "view" in moved ? "similar" : "moved";
  return { fn: moved.fn, view: baseView(moved.from, ctx.found), how };
}

/**
 * A function that left another file under this name, unless its body is unlike this one's and a
 * function that left the change's files under another name has this one's body: the old self is
 * found by body. npgsql's `BindValue` is the old `GetSize` of its own file, renamed and reworked,
 * not the 15-line `BindValue` override another file dropped ("grew from 2 to 29" compared two
 * functions, judged wrong, set 23). Costs one more pool search, only where a name matched.
 */
function byNameOrBody(ctx: FileContext, fn: FunctionFact): { from: ChangedFile; fn: FunctionFact; view?: CodeView } | undefined {
  const named = ctx.moved.peek(ctx.file, fn);
  if (!named) return ctx.similar.find(fn, ctx.code);
  const view = baseView(named.from, ctx.found);
  const unlike = !view || tokenSetSimilarity(new Set(vocabulary(ctx.code, fn)), new Set(vocabulary(view, named.fn))) < SIMILAR;
  const alike = unlike ? ctx.similar.find(fn, ctx.code) : undefined;
  if (alike && alike.fn.name !== fn.name && ctx.moved.left(alike.from, alike.fn)) return alike;
  return ctx.moved.take(ctx.file, fn);
}

/**
 * Token sets at least this alike are the same function renamed, ported or mirrored (sync and
 * async). Unrelated functions of one code base share under a third of their words; a Java method
 * ported to Kotlin (moshi's Iso8601Utils) or a parser cloned for another type (Newtonsoft's
 * DecimalTryParse from DoubleTryParse) share about 0.6.
 */
const SIMILAR = 0.55;

export interface SimilarFunctions {
  find(fn: FunctionFact, code: CodeView): { from: ChangedFile; fn: FunctionFact; view: CodeView } | undefined;
}

/**
 * Every function at base in the files of the change, to recognise a new function as an old one
 * under another name (ToSnakeCase → ToSeparatedCase), in another language (a Java method ported to
 * Kotlin) or as a mirror of a sibling that stays (WriteTo → WriteToAsync).
 */
export function similarFunctions(change: Change, found: Lookups): SimilarFunctions {
  let pool: Array<{ from: ChangedFile; fn: FunctionFact; view: CodeView; words: Set<string> }> | undefined;
  const load = () => {
    pool = [];
    for (const f of change.files) {
      if (f.status === "added") continue;
      const facts = baseFacts(f, found);
      const view = facts && baseView(f, found);
      if (!facts || !view) continue;
      for (const fn of facts.functions) if (!fn.testCallback && fn.end - fn.start >= 4) pool.push({ from: f, fn, view, words: new Set(vocabulary(view, fn)) });
    }
    return pool;
  };
  return {
    find(fn, code) {
      const words = new Set(vocabulary(code, fn));
      let best: { from: ChangedFile; fn: FunctionFact; view: CodeView; score: number } | undefined;
      for (const c of pool ?? load()) {
        const size = (c.fn.end - c.fn.start + 1) / (fn.end - fn.start + 1);
        if (size < 0.5 || size > 2) continue;
        // Jaccard is at most the smaller set over the larger: most of the pool is ruled out by size alone.
        const [small, large] = words.size < c.words.size ? [words.size, c.words.size] : [c.words.size, words.size];
        if (large > 0 && small / large < SIMILAR) continue;
        const score = tokenSetSimilarity(words, c.words);
        if (score >= SIMILAR && (!best || score > best.score)) best = { ...c, score };
      }
      return best;
    },
  };
}

export interface MovedFunctions {
  /** The base version of `fn` in another file of the change that no longer has it, used once. */
  take(file: ChangedFile, fn: FunctionFact): { from: ChangedFile; fn: FunctionFact } | undefined;
  /** What `take` would hand back, left in the pool. */
  peek(file: ChangedFile, fn: FunctionFact): { from: ChangedFile; fn: FunctionFact } | undefined;
  /** Whether this base function of `from` left its file (and was not taken yet). */
  left(from: ChangedFile, fn: FunctionFact): boolean;
  /** The functions of that name that left their files (not taken), to recognise one inlined into a caller. */
  named(name: string): ReadonlyArray<{ from: ChangedFile; fn: FunctionFact }>;
}

/**
 * Functions that left the files the change deleted lines from (a removed file, an extracted
 * module, a rename git did not pair, a port to another language, where a Java method becomes a
 * Kotlin function): by name, with the file they left. A file whose
 * head still has a function of that name kept it, so it did not move.
 */
export function movedFunctions(change: Change, found: Lookups): MovedFunctions {
  const pool = new Map<string, Array<{ from: ChangedFile; fn: FunctionFact }>>();
  for (const from of change.files) {
    for (const fn of functionsLeaving(from, found)) {
      const list = pool.get(fn.name);
      if (list) list.push({ from, fn });
      else pool.set(fn.name, [{ from, fn }]);
    }
  }
  /** The index in its name's list of the function `take` hands back, or -1. */
  const closest = (file: ChangedFile, fn: FunctionFact, list: Array<{ from: ChangedFile; fn: FunctionFact }> | undefined) => {
    // An anonymous function's "name" says nothing: only one of about its size can be it.
    // Of several that left under one name (an overload that delegates beside the one with the
    // body, leakcanary's two `readHprofRecords`), the closest in size is the one that moved:
    // the body did not grow "from 1 to 149" by moving.
    let best = -1;
    list?.forEach((c, i) => {
      if (c.from === file || (fn.name === ANONYMOUS && !aboutTheSameSize(fn, c.fn))) return;
      if (best < 0 || Math.abs(c.fn.bodyLines - fn.bodyLines) < Math.abs(list[best].fn.bodyLines - fn.bodyLines)) best = i;
    });
    return best;
  };
  return {
    take(file, fn) {
      const list = pool.get(fn.name);
      const best = closest(file, fn, list);
      return best < 0 ? undefined : list!.splice(best, 1)[0];
    },
    peek(file, fn) {
      const list = pool.get(fn.name);
      const best = closest(file, fn, list);
      return best < 0 ? undefined : list![best];
    },
    left: (from, fn) => (pool.get(fn.name) ?? []).some((c) => c.from === from && c.fn.start === fn.start),
    named: (name) => (name === ANONYMOUS ? [] : (pool.get(name) ?? [])),
  };
}

/** The base functions a file of the change no longer has: deleted with it, or gone from its head. */
function functionsLeaving(from: ChangedFile, found: Lookups): FunctionFact[] {
  if (from.deletions === 0 || from.status === "added") return [];
  const base = baseFacts(from, found);
  if (!base) return [];
  if (from.status === "removed") return base.functions;
  const head = headFacts(from, found);
  const kept = new Set(head?.functions.map((f) => f.name) ?? []);
  // Without the head text, only a deletion as large as the function can have taken it away.
  return base.functions.filter((fn) => (head ? !kept.has(fn.name) : from.deletions >= fn.end - fn.start + 1));
}

import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { headText, baseText } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { type FreshCode, newTokenLines, vocabulary, baseView } from "../function-code.js";
import type { Measure } from "../function-verdicts.js";
import { rewrapped } from "../reflowed-code.js";
import { lineKey } from "../restored-code.js";
import type { LineTokens } from "../token-diff.js";
import type { FileContext } from "./file-context.js";
import type { Predecessor } from "./predecessors.js";

// A function's lines of new code, and the old code that reached it: inlined callees, a split, a whole function added.

/**
 * The function's lines of new code: new tokens on lines the change added (a renamed rewrite: new
 * words only), not lines that only re-wrap base text (see rewrapped in reflowed-code.ts: a partial
 * reformat that joins or splits lines). Asked only of a function over the limit, so a review pays for
 * the re-wrap search only where it can change what is said.
 */
export function freshLines(ctx: FileContext, fn: FunctionFact, pred: Predecessor | undefined, freshInFile: FreshCode): Set<number> {
  const tokens = ctx.code.tokens(fn);
  const tokenFresh = newTokenLines(tokens, pred?.view?.tokens(pred.fn));
  const fresh = new Set([...tokenFresh].filter((l) => freshInFile.fresh.has(l) && !rewrapped(ctx.file, ctx.found, l)));
  if (pred?.how === "similar" && pred.view) keepNewWords(fresh, tokens, new Set(vocabulary(pred.view, pred.fn)));
  return fresh;
}

/** The file's lines at head, split once per review and file (every new function over a limit asks). */
const headLinesByReview = new WeakMap<Lookups, WeakMap<ChangedFile, string[]>>();
export function headLines(file: ChangedFile, found: Lookups): string[] {
  let byFile = headLinesByReview.get(found);
  if (!byFile) headLinesByReview.set(found, (byFile = new WeakMap()));
  let lines = byFile.get(file);
  if (!lines) byFile.set(file, (lines = (headText(file, found) ?? "").split("\n")));
  return lines;
}

/**
 * In a function renamed and rewritten (paired with its old version by a similar body), the lines
 * that name something the old version did not: a line whose every word the old function had
 * is its logic rewritten, not new work. echo's v5 `Route`, the old `Find` with `ctx.handler =`
 * turned into `rHandler =`, reworked its 405 tail line by line; the token diff took those lines
 * for a new 22-line block (judged "not worth saying" on held-out histories, session 6).
 */
function keepNewWords(fresh: Set<number>, tokens: LineTokens[], oldWords: Set<string>): void {
  for (const { line, tokens: t } of tokens) if (fresh.has(line) && t.every((w) => !WORD.test(w) || oldWords.has(w))) fresh.delete(line);
}

/** A word of code: an identifier, keyword, number or string (see vocabulary). */
const WORD = /^[\p{L}\p{N}_$"]/u;

/**
 * What the function's old version reached through calls to functions the change deleted and
 * whose bodies it inlined: the old version called them, the new one no longer does. viper's
 * `unmarshalReader` took in the body of `unmarshallConfigReader` from util.go; it did not grow
 * from 0, it was that complex already, one call away. A sum: at most what the two were.
 */
export function inlinedValue(ctx: FileContext, fn: FunctionFact, pred: Predecessor, measure: Measure): number {
  if (pred.how !== "same" || !pred.view) return 0;
  const headWords = new Set(vocabulary(ctx.code, fn));
  let sum = 0;
  let keys: Set<string> | undefined;
  for (const word of new Set(vocabulary(pred.view, pred.fn))) {
    if (headWords.has(word) || word === fn.name) continue;
    for (const gone of ctx.moved.named(word)) {
      keys ??= lineKeys(headText(ctx.file, ctx.found), fn);
      // Only a body that arrived here: a helper a rewrite deleted and replaced says nothing.
      if (arrivedIn(keys, baseText(gone.from, ctx.found), gone.fn)) sum += measure.of(gone.fn, baseView(gone.from, ctx.found));
    }
  }
  return sum;
}

/** Share of a deleted function's body lines that must reappear, as text, in the caller. */
const INLINED = 0.6;

function arrivedIn(keys: Set<string>, text: string | undefined, gone: FunctionFact): boolean {
  const body = [...lineKeys(text, { start: gone.start + 1, end: gone.end - 1 })];
  return body.length > 0 && body.filter((k) => keys.has(k)).length >= INLINED * body.length;
}

/** The lines of `span` in `text` as comparable keys (see lineKey), the empty ones left out. */
function lineKeys(text: string | undefined, span: { start: number; end: number }): Set<string> {
  const lines = text?.split("\n").slice(span.start - 1, span.end) ?? [];
  return new Set(lines.map(lineKey).filter((k) => k !== ""));
}

export function countIn(lines: Set<number>, span: { start: number; end: number }): number {
  let n = 0;
  for (const l of lines) if (l >= span.start && l <= span.end) n++;
  return n;
}

/** Under half of the function's lines added: the rest is old code under a new declaration. */
export function splitOff(file: ChangedFile, fn: FunctionFact): boolean {
  let added = 0;
  for (const l of file.addedLines) if (l.line >= fn.start && l.line <= fn.end) added++;
  return added * 2 < fn.end - fn.start + 1;
}

/** Every line of the function is one the change adds. */
export function wholeFunctionAdded(file: ChangedFile, fn: FunctionFact): boolean {
  let added = 0;
  for (const l of file.addedLines) if (l.line >= fn.start && l.line <= fn.end) added++;
  return added === fn.end - fn.start + 1;
}

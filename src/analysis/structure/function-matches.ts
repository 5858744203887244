import type { ChangedFile } from "../../model/change.js";
import { headFacts, baseFacts, headText, baseText } from "../../syntax/change-facts.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { copySource } from "../copied-functions.js";
import { enclosingOpeners } from "../enclosing-openers.js";
import { perReviewFile } from "../review-memo.js";

// Each head function paired with its base version in the same file: by scope, kind and name, else by shape.

/**
 * Each head function of a modified file paired with its base version (see matchFunctions), once
 * per review: max-function-length, max-complexity and max-nesting-depth all ask, and finding each
 * function's scope reads the file up from it. A new file that is a copy is paired with its
 * original (see copySource): `from` is the file whose base the pairs come from.
 */
export const functionMatches = perReviewFile((file, found): { from: ChangedFile; pairs: Map<FunctionFact, FunctionFact> } | undefined => {
  const head = headFacts(file, found);
  const from = file.status === "added" ? copySource(file, found) : file;
  const base = from && baseFacts(from, found);
  if (!head || !from || !base) return undefined;
  return { from, pairs: matchFunctions(head.functions, base.functions, { head: scopeOf(headText(file, found) ?? ""), base: scopeOf(baseText(from, found)) }) };
});

const key = (fn: FunctionFact) => `${fn.kind}\u0000${fn.name}`;

/** Where a function is declared: the type, impl block or module around it (see scopeOf); "" at the top of a file. */
export type Scopes = { head: (fn: FunctionFact) => string; base: (fn: FunctionFact) => string };

/** A line that declares a type, impl block or module whose methods a function may be among. */
const SCOPE_OPENER =
  /^\s*(?:(?:pub(?:\([^)]*\))?|export|public|private|protected|internal|abstract|final|sealed|static|partial|open|data|default|unsafe)\s+)*(?:class|impl|module|struct|object|interface|trait|enum|namespace|extension|protocol|mod)\b/;
/** A Go method's receiver type: `func (v *Viper) name(`. */
const GO_RECEIVER = /^\s*func\s*\(\s*\w*\s*\*?\s*([\w.]+)/;

/**
 * The scope of each function of a text: the innermost type, impl block or module around it (by
 * indentation, see enclosingOpeners), or a Go method's receiver type. Two `fmt`s of one Rust file,
 * in `impl Debug for HeaderValue` and `impl Debug for EscapeBytes`, are different functions.
 */
export function scopeOf(text: string | undefined): (fn: FunctionFact) => string {
  const lines = text?.split("\n") ?? [];
  const memo = new Map<number, string>();
  return (fn) => {
    let scope = memo.get(fn.start);
    if (scope === undefined) {
      const receiver = GO_RECEIVER.exec(lines[fn.start - 1] ?? "");
      // The whole file up: a method 300 lines into a class is still the class's.
      const opener = receiver ? undefined : enclosingOpeners(lines, fn.start, lines.length).find((o) => SCOPE_OPENER.test(o.text));
      scope = receiver ? receiver[1] : (opener?.text.replace(/\s+/g, " ").trim() ?? "");
      memo.set(fn.start, scope);
    }
    return scope;
  };
}
const shape = (fn: FunctionFact) => `${fn.kind}\u0000${fn.bodyLines}\u0000${fn.decisions}\u0000${fn.maxNesting}`;

/**
 * Pairs each head function with its base version: by scope (with `scopes`), kind and name (the
 * n-th of that name with the n-th, so moves do not matter; where the counts differ, as when
 * `@overload` stubs are added, the closest in size), else, for a renamed function, by an
 * unchanged shape. A same-named function of another type is never its base version: hyperium's
 * `HeaderValue::fmt` did not grow from `EscapeBytes::fmt`.
 */
export function matchFunctions(head: FunctionFact[], base: FunctionFact[], scopes?: Scopes): Map<FunctionFact, FunctionFact> {
  const out = new Map<FunctionFact, FunctionFact>();
  if (scopes) {
    // Within one scope first; then a function whose scope is gone from the file (a class renamed,
    // a method moved out of a wrapper) by name, never one of a scope both sides still have.
    pairByKey(
      head,
      base,
      (fn) => `${key(fn)}\u0000${scopes.head(fn)}`,
      (fn) => `${key(fn)}\u0000${scopes.base(fn)}`,
      out,
    );
    const headScopes = new Set(head.map(scopes.head));
    const baseScopes = new Set(base.map(scopes.base));
    const paired = new Set(out.values());
    const heads = head.filter((h) => !out.has(h) && !baseScopes.has(scopes.head(h)));
    const bases = base.filter((b) => !paired.has(b) && !headScopes.has(scopes.base(b)));
    pairByKey(heads, bases, key, key, out);
  } else pairByKey(head, base, key, key, out);
  // "(anonymous function)" names no function: paired by name alone, a new callback would "grow"
  // from an unrelated one at base (a whole-history review said `0 to 22`). Keep such a pair only
  // when the two are about the same size; otherwise the head one is judged as new.
  for (const [h, b] of out) if (h.name === ANONYMOUS && !aboutTheSameSize(h, b)) out.delete(h);
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

/** Pairs heads with bases of the same key: the n-th with the n-th, or where the counts differ, the closest in size. */
function pairByKey(
  head: FunctionFact[],
  base: FunctionFact[],
  headKey: (fn: FunctionFact) => string,
  baseKey: (fn: FunctionFact) => string,
  out: Map<FunctionFact, FunctionFact>,
): void {
  const baseByKey = group(base, baseKey);
  for (const [k, heads] of group(head, headKey)) {
    const bases = baseByKey.get(k);
    if (!bases) continue;
    if (bases.length === heads.length) heads.forEach((h, i) => out.set(h, bases[i]));
    else pairClosest(heads, bases, out);
  }
}

export const ANONYMOUS = "(anonymous function)";

export function aboutTheSameSize(a: FunctionFact, b: FunctionFact): boolean {
  return Math.max(a.bodyLines, b.bodyLines) <= 2 * Math.max(1, Math.min(a.bodyLines, b.bodyLines));
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

import type { FunctionFact } from "../syntax/facts.js";

/**
 * A stub implemented (#11, session 19): a function whose body at base only refused the call
 * (`throw UnsupportedOperationException("…does not support sync execution")`, Kotlin's `TODO()`,
 * Python's `raise NotImplementedError`, Rust's `unimplemented!()`, C#'s `NotImplementedException`)
 * and now does the work. Its name was there, so the rule saw an edited function and judged only its
 * fresh lines (arrow's retrofit adapters: `execute()`, newly implemented with `?:` fallbacks, read as
 * defensive guards). To a caller it is new behaviour, as a new function is: judged a clear miss on set 18.
 */
const REFUSES =
  /\b(?:throw\s+(?:new\s+)?(?:[\w.]+\.)?(?:UnsupportedOperationException|NotImplementedError|NotImplementedException|NotSupportedException)\b|raise\s+NotImplementedError\b|TODO\s*\(|unimplemented!|todo!)/;

/** Lines of code a stub may hold: its signature, the refusal (on one or two lines), its closing line. */
const MAX_STUB_LINES = 4;

/** Names of the functions at head that were stubs at base and whose body the change rewrote (a fresh line in it, no refusal left). */
export function implementedStubs(
  fresh: ReadonlySet<number>,
  head: FunctionFact[],
  headLines: readonly string[],
  base: FunctionFact[],
  baseLines: readonly string[],
): string[] {
  const bodyOf = (fn: FunctionFact, lines: readonly string[]) => lines.slice(fn.start - 1, fn.end).join("\n");
  const stubs = new Set(base.filter((fn) => fn.decisions === 0 && fn.codeLines <= MAX_STUB_LINES && REFUSES.test(bodyOf(fn, baseLines))).map((fn) => fn.name));
  if (stubs.size === 0) return [];
  const implemented = head.filter((fn) => {
    if (!stubs.has(fn.name) || REFUSES.test(bodyOf(fn, headLines))) return false;
    for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) return true;
    return false;
  });
  return [...new Set(implemented.map((fn) => fn.name))];
}

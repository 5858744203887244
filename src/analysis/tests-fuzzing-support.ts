import type { FileFacts } from "../syntax/facts.js";

/**
 * Code that only feeds a fuzzer: an `impl Arbitrary for …` (Rust's `arbitrary` crate), or an item
 * built only for fuzzing (`#[cfg(feature = "arbitrary")]`, `#[cfg(fuzzing)]`). It is test tooling:
 * the fuzz targets are its tests, and a reviewer does not ask a unit test for a generator of inputs.
 */

const ARBITRARY_IMPL = /^\s*impl\b[^{]*\bArbitrary\b[^{]*\bfor\b/;
const FUZZING_CFG = /^\s*#\[cfg(_attr)?\((all\(|any\()?\s*(fuzzing|feature\s*=\s*"(arbitrary|fuzzing|fuzz)")\b/;

/** How far above a method its `impl` header may be looked for: a short window keeps this linear enough. */
const MAX_IMPL_LOOKBACK = 400;

/** The fresh lines (1-based) that sit in fuzzing support code: the impl or item's header and its functions. */
export function fuzzingSupportLines(fresh: Set<number>, lines: string[], facts: FileFacts | undefined): Set<number> {
  const out = new Set<number>();
  if (!facts || facts.language !== "rust") return out;
  for (const fn of facts.functions) {
    if (fn.kind !== "function" && fn.kind !== "method") continue;
    const header = fuzzingHeader(lines, fn.start);
    if (header === undefined) continue;
    for (let l = header; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  return out;
}

/** The line of the fuzzing impl or attribute that a function at `start` belongs to, if any. */
function fuzzingHeader(lines: string[], start: number): number | undefined {
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  const own = indent(lines[start - 1] ?? "");
  const attributes = (at: number) => {
    for (let i = at - 2; i >= 0 && /^\s*(#\[|\/\/)/.test(lines[i]); i--) if (FUZZING_CFG.test(lines[i])) return i + 1;
    return undefined;
  };
  const onFunction = attributes(start);
  if (onFunction !== undefined) return onFunction;
  // The enclosing block's header: the nearest line above indented less than the function.
  for (let i = start - 2; i >= Math.max(0, start - 1 - MAX_IMPL_LOOKBACK); i--) {
    const line = lines[i];
    if (line.trim() === "" || indent(line) >= own) continue;
    if (!/^\s*impl\b/.test(line)) return undefined;
    return ARBITRARY_IMPL.test(line) ? i + 1 : attributes(i + 1);
  }
  return undefined;
}

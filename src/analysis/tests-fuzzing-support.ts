import type { FileFacts } from "../syntax/facts.js";
import { attributeAbove, enclosingImpl } from "./rust-impl-header.js";

/**
 * Code that only feeds a fuzzer: an `impl Arbitrary for …` (Rust's `arbitrary` crate), or an item
 * built only for fuzzing (`#[cfg(feature = "arbitrary")]`, `#[cfg(fuzzing)]`). It is test tooling:
 * the fuzz targets are its tests, and a reviewer does not ask a unit test for a generator of inputs.
 */

const ARBITRARY_IMPL = /^\s*impl\b[^{]*\bArbitrary\b[^{]*\bfor\b/;
const FUZZING_CFG = /^\s*#\[cfg(_attr)?\((all\(|any\()?\s*(fuzzing|feature\s*=\s*"(arbitrary|fuzzing|fuzz)")\b/;

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
  const onFunction = attributeAbove(lines, start, FUZZING_CFG);
  if (onFunction !== undefined) return onFunction;
  const impl = enclosingImpl(lines, start);
  if (impl === undefined) return undefined;
  return ARBITRARY_IMPL.test(lines[impl - 1]) ? impl : attributeAbove(lines, impl, FUZZING_CFG);
}

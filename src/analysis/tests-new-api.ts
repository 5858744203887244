import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { narrow } from "./tests-unused-one-liners.js";

/**
 * New public API (#11, session 19): the functions a change declares on its fresh lines that users
 * of the module can call, each overload apart. `min_new_decisions` keeps quiet about new code that
 * decides nothing (a getter, a setter, a pass-through: noise 9 times out of 13 on sets 11-17), but
 * several new public entry points at once are a feature, not plumbing: arrow's six
 * `forEachAccumulating` overloads and resilience4j's new `ThreadPoolBulkheadMetricsCollector`, both
 * judged agree on set 18, pass their arguments on and decide nothing, yet a test of each is the
 * only thing that pins the new API. One new function is still plumbing (a setter beside its
 * constructor, `respond_to_missing?` beside a tested `method_missing`).
 */
export function newPublicFunctions(
  fresh: ReadonlySet<number>,
  names: readonly string[],
  functions: FunctionFact[],
  lines: string[],
  language: LanguageId,
): number {
  const wanted = new Set(names);
  return functions.filter(
    (fn) =>
      wanted.has(fn.name) &&
      fresh.has(fn.start) &&
      fn.kind !== "lambda" &&
      fn.kind !== "callback" &&
      !narrow(fn, language, lines, functions) &&
      !moduleOnly(fn, language, lines),
  ).length;
}

/** Kotlin's `internal`: visible in its module only, like C#'s (which `narrow` already tells). */
function moduleOnly(fn: FunctionFact, language: LanguageId, lines: string[]): boolean {
  return language === "kotlin" && /\binternal\b/.test(lines[fn.start - 1] ?? "");
}

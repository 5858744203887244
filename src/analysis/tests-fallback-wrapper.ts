import type { FunctionFact } from "../syntax/facts.js";
import { wholeFresh } from "./tests-forwarding.js";

/**
 * A new function that only reads one thing and falls back to a constant when that throws (#11):
 * kotest f707ee982d's `override fun isAbstract(kclass: KClass<*>): Boolean = try { kclass.isAbstract }
 * catch (_: Throwable) { false }` (judged set 21: "a trivial delegating wrapper around
 * kclass.isAbstract", not worth a test). Its one decision is the catch; the behaviour is the wrapped
 * read's, and a test would restate the constant. The function must be new as a whole (every line the
 * change's), and be exactly: a declaration, `try`, one statement that decides nothing, one catch
 * (`catch`, `except`, `rescue`), and a constant. Anything more (a second statement, a branch, a
 * computed fallback, an error handed on) is logic and is asked about as before.
 */

/** Lines a wrapper spans at most: declaration, try, statement, catch, constant and closing brackets. */
const MAX_SPAN = 10;

/** `try {`, `try:`, `begin`, or a declaration ending in one (Kotlin's `fun f() = try {`). */
const TRY = /(?:^|[=\s])(?:try\s*[{:]?|begin)\s*$/;
/** `} catch (_: Throwable) {`, `catch {`, `except Exception:`, `except:`, `rescue`, `rescue StandardError => e`. */
const CATCH = /^(?:\}\s*)?(?:catch\b[^{]*\{?|except\b[^:]*:|rescue\b[^;]*)$/;
/** A constant fallback: `false`, `return None`, `null;`, `emptyList()`, `[]`, `""`, `0`, `-1`. */
const CONSTANT =
  /^(?:return\s+)?(?:false|true|False|True|null|nil|None|undefined|-?\d+(?:\.\d+)?|""|''|\[\]|\{\}|empty(?:List|Map|Set|Array|Sequence)\(\)|(?:list|map|set|array)Of\(\)|Optional\.empty\(\)|default)\s*;?$/;
/** A statement that decides something, or more than one statement on a line. */
const DECIDES = /\b(?:if|else|for|foreach|while|switch|when|match|case|unless|until|and|or)\b|\?(?!\.)|&&|\|\||;\s*\S/;
/** Lines that hold no statement: blank, closing brackets, `end`, a comment. */
const NOTHING = /^(?:[{}\])]*;?|end|\/\/.*|#.*|\/?\*.*)$/;

/** The fresh lines of new functions that are such fallback wrappers. */
export function fallbackWrapperLines(fresh: Set<number>, functions: FunctionFact[], lines: string[]): Set<number> {
  const out = new Set<number>();
  for (const fn of functions) {
    if (fn.kind === "callback" || fn.kind === "lambda" || fn.end - fn.start >= MAX_SPAN || fn.decisions > 1) continue;
    if (!fresh.has(fn.start) || !wholeFresh(fn, fresh, lines) || !isFallbackWrapper(lines.slice(fn.start - 1, fn.end))) continue;
    for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  return out;
}

/** Whether a function's lines read: declaration (maybe ending in `try`), try, one plain statement, catch, constant, brackets. */
function isFallbackWrapper(body: string[]): boolean {
  const [declaration, ...rest] = body.map((l) => l.trim());
  const statements = rest.filter((l) => !NOTHING.test(l));
  if (TRY.test(declaration ?? "")) statements.unshift("try");
  else if (statements[0] === "{") statements.shift();
  if (statements.length !== 4) return false;
  const [opener, read, handler, fallback] = statements;
  return TRY.test(opener) && !DECIDES.test(read) && !TRY.test(read) && !CATCH.test(read) && CATCH.test(handler) && CONSTANT.test(fallback);
}

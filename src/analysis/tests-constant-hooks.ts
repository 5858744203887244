/**
 * A hook that returns the old default: the change moves a constant into a method of its own so a
 * subclass can override it (rake's `def default_task_name; "default"; end`, called where `"default"`
 * was written). The behaviour is the same until someone overrides it, and a test would restate the
 * constant (judged set 5, "not worth saying").
 */

/** A body that is one literal: a string, number, symbol, boolean or nothing, with an optional `return`. */
const LITERAL_BODY = /^\s*(?:return\s+)?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|:\w+|-?\d[\w.]*|true|false|nil|null|None|True|False)\s*;?\s*$/;

/** A line that only opens or closes the function: `def x`, `end`, `}`, `{`, a signature. */
const FRAME = /^\s*(?:\}|\{|end\b|\)|$|#|\/\/|\*|\/\*)/;

/**
 * Whether every named function is a hook of that kind: its body is one literal the file had before
 * the change. `lines` is the file at head (1-based spans), `base` its text before.
 */
export function onlyConstantHooks(functions: Array<{ start: number; end: number }>, lines: string[], base: string): boolean {
  return functions.length > 0 && functions.every((fn) => constantHook(fn, lines, base));
}

function constantHook(fn: { start: number; end: number }, lines: string[], base: string): boolean {
  const body = lines.slice(fn.start, fn.end).filter((l) => !FRAME.test(l));
  if (body.length !== 1) return false;
  const m = LITERAL_BODY.exec(body[0]);
  return m !== null && base.includes(m[1]);
}

import type { FunctionFact, NestedBlock } from "../syntax/facts.js";
import type { FunctionChange } from "./function-verdicts.js";

/** A line of only brackets (or Ruby's `end`): it neither starts nor breaks a block of new code. */
export const BRACKETS_ONLY = /^[\s()[\]{}>;,]*(end)?[\s()[\]{}>;,]*$/;
/** A line that opens another arm of a dispatch: `case`, `default:`, `when`, `else if`, `elif`, `else:`. */
const ARM = /^\s*(\}\s*)?(case\b|default\s*:|when\b|else\s+if\b|elif\b|elsif\b|else\s*:)/;
/** Arms written as `condition -> {` (Kotlin `when`) or `pattern => {` (Rust `match`, PHP `match`); no `{` before the arrow (a lambda's parameters). */
const ARROW_ARMS: Array<[RegExp, RegExp]> = [
  [/\.kts?$/, /^[^{]*[^\s{-]\s*->\s*\{?\s*$/],
  [/\.(rs|php)$/, /^[^{]*[^\s{=]\s*=>\s*\{?\s*$/],
];

function isArm(path: string, code: string): boolean {
  return ARM.test(code) || ARROW_ARMS.some(([lang, arm]) => lang.test(path) && arm.test(code));
}

export interface Run {
  start: number;
  /** Its last line of code. */
  end: number;
  /** Lines of code in the run: new code, and the brackets among and closing it. */
  size: number;
}

/**
 * The longest run of new code in the function: consecutive lines of new code, where blank lines
 * and comments do not count, bracket-only lines count without starting a run, and any other line
 * of old code ends it.
 */
export function longestNewRun(c: FunctionChange): Run | undefined {
  let best: Run | undefined;
  for (const run of newRuns(c)) if (!best || run.size > best.size) best = run;
  return best;
}

/**
 * Every run of new code in the function (see longestNewRun), in order. With `reach` (where each
 * structure starting on a line ends), old lines inside a new structure of the run do not end it:
 * a new `if` around a line that moved into it is still one block.
 */
export function newRuns(c: FunctionChange, reach?: Map<number, number>): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  let openUntil = 0;
  // A new method declared inside (an object literal's) is a function already, not a block to extract.
  const nested = c.code.nestedDeclarations(c.fn);
  for (let line = c.fn.start; line <= c.fn.end; line++) {
    const code = c.code.code(line);
    if (nested.has(line)) {
      run = undefined;
      continue;
    }
    if (c.fresh.has(line) && !run) runs.push((run = { start: line, end: line, size: 0 }));
    else if (!c.fresh.has(line) && code !== "" && !BRACKETS_ONLY.test(code) && line > openUntil) run = undefined;
    if (!run) openUntil = 0;
    else if (c.fresh.has(line)) openUntil = Math.max(openUntil, reach?.get(line) ?? 0);
    // Brackets inside the run, or closing it, are lines of the block as a reader sees it.
    if (run && code !== "") {
      run.size++;
      run.end = line;
    }
  }
  return runs;
}

/**
 * The cognitive complexity of the run as if it were extracted into a function of its own: the
 * increments on its new lines, each structure nested only in the run's own new structures, not
 * in the old ones around it (a guard added four loops deep costs 1, as it would in a helper).
 * `at` is the first new line that costs anything: where the block's logic starts; `depth` the
 * deepest nesting inside the block, guards left out (0: a flat list of branches or checks).
 */
/** Where the structures of the function that others nest in end, by the line they start on. */
export function structureReach(fn: FunctionFact): Map<number, number> {
  const reach = new Map<number, number>();
  for (const inc of fn.increments ?? []) if (inc.end !== undefined) reach.set(inc.line, Math.max(reach.get(inc.line) ?? 0, inc.end));
  return reach;
}

export function runComplexity(c: FunctionChange, run: Run): { complexity: number; at: number; depth: number } | undefined {
  const incs = c.fn.increments ?? [];
  const inRun = (line: number) => line >= run.start && line <= run.end && c.fresh.has(line);
  let complexity = 0;
  let depth = 0;
  let at: number | undefined;
  for (const inc of incs) {
    if (!inRun(inc.line)) continue;
    let nesting = 0;
    for (let w = inc.within; w >= 0 && nesting < inc.nesting; w = incs[w].within) if (inRun(incs[w].line)) nesting++;
    complexity += inc.base + nesting;
    // A guard inside the block checks its input; it does not make the block's flow nested.
    if (!inc.guard) depth = Math.max(depth, nesting);
    if (inc.base > 0 && (at === undefined || inc.line < at)) at = inc.line;
  }
  return at === undefined ? undefined : { complexity, at, depth };
}

/** True when the run only adds arms to a dispatch that was already there (two more `case`s). */
export function extendsDispatch(c: FunctionChange, run: Run): boolean {
  return isArm(c.file.path, c.code.code(run.start));
}

/**
 * A flat shape: straight-line code (wiring, option building), a constructor with at most one
 * level of blocks, or mostly one `switch`/`when`/`match` whose arms stay shallow. Long, but
 * splitting it would not make it easier to read.
 */
export function isFlat(c: FunctionChange): boolean {
  const fn = c.fn;
  if (fn.maxNesting === 0) return true;
  if (fn.kind === "constructor" && fn.maxNesting <= 1) return true;
  if (fn.maxNesting > 2) return false;
  let arms = 0;
  let lines = 0;
  for (let line = fn.start; line <= fn.end; line++) {
    const code = c.code.code(line);
    if (code === "" || BRACKETS_ONLY.test(code)) continue;
    lines++;
    if (isArm(c.file.path, code)) arms++;
  }
  return arms * 6 >= lines;
}

/** `continue`, `return`, `throw` and their kin, alone: the early exit the advice asks for. */
const JUMP = /^\s*(\{\s*)?(return\b|continue\b|break\b|throw\b|raise\b|next\b|redo\b|retry\b|goto\b|panic!?\(|yield\s+break\b|exit\b)/;
const ONE_LINE_GUARD = /^\s*(\}\s*)?(else\s+)?(if|unless)\b.*[)\]:\s]\s*\{?\s*(return|continue|break|throw|raise|next|goto)\b/;
const IF = /^\s*(\}\s*)?(else\s+)?(if|unless)\b/;

/**
 * What a nested block holds, where it matters for depth: only an exit (an `if` whose body only
 * returns, continues, breaks or throws: a guard), a single line, or more.
 */
export function blockShape(block: NestedBlock, code: (line: number) => string): "guard" | "one-liner" | "block" {
  const lines: string[] = [];
  for (let line = block.start; line <= block.end; line++) {
    const text = code(line);
    if (text !== "" && !BRACKETS_ONLY.test(text)) lines.push(text);
  }
  if (lines.length > 0 && IF.test(lines[0])) {
    if (lines.length === 1 && ONE_LINE_GUARD.test(lines[0])) return "guard";
    // The exit may wrap (`throw new X(` and its message on the next lines), but nothing else runs.
    if (lines.length > 1 && lines.length <= 4 && JUMP.test(lines[1]) && lines.slice(2).every((l) => !JUMP.test(l) && !IF.test(l))) return "guard";
  }
  return block.end === block.start ? "one-liner" : "block";
}

/** The blocks around `block` in the function (its ancestors), innermost last. */
export function enclosing(fn: FunctionFact, block: NestedBlock): NestedBlock[] {
  return (fn.blocks ?? []).filter((b) => b !== block && b.depth < block.depth && b.start <= block.start && b.end >= block.end);
}

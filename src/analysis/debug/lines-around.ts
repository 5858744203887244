import { enclosingOpeners } from "../enclosing-openers.js";
import type { FileFacts } from "../../syntax/facts.js";

// The code around a line, at head: the functions it sits in, the lines that open its blocks, and the
// decorators over a function.

/** The innermost function with a name of its own around a line: a lambda's print belongs to the function that runs it. */
export function namedFunctionAround(facts: Pick<FileFacts, "functions">, line: number) {
  let best: FileFacts["functions"][number] | undefined;
  for (const f of facts.functions) {
    if (f.kind === "lambda" || f.kind === "callback") continue;
    if (f.start <= line && f.end >= line && (!best || f.start > best.start)) best = f;
  }
  return best;
}

export function innermostFunction(facts: FileFacts, line: number) {
  let best: FileFacts["functions"][number] | undefined;
  for (const f of facts.functions) if (f.start <= line && f.end >= line && (!best || f.start > best.start)) best = f;
  return best;
}

/**
 * The texts of the lines that open the blocks enclosing this line, innermost first. With `whole`, an opener that
 * closes a condition wrapped over lines (`) {` under `if (` and its clauses) is read with those lines.
 */
export function openersOf(head: string[], line: number, whole = false): string[] {
  return enclosingOpeners(head, line).map((o) => {
    if (o.text.trim() === "{") return `${lineAbove(head, o.line)} {`;
    return whole && /^\s*\)/.test(o.text) ? wrappedCondition(head, o.line) : o.text;
  });
}

/** Lines a condition may be wrapped over. */
const WRAP_REACH = 6;

/** A condition wrapped over lines, read back from its closing `) {` (1-based) to the line at its indentation that opens it. */
function wrappedCondition(head: string[], line: number): string {
  const indent = /^\s*/.exec(head[line - 1])![0].length;
  const parts = [head[line - 1].trim()];
  for (let i = line - 2; i >= 0 && i >= line - 1 - WRAP_REACH; i--) {
    parts.unshift(head[i].trim());
    if (/^\s*/.exec(head[i])![0].length <= indent) return head[i].slice(0, indent) + parts.join(" ");
  }
  return head[line - 1];
}

/** The last non-blank line above this (1-based) line: what a brace alone on its line (C#'s style) opens. */
function lineAbove(head: string[], line: number): string {
  for (let i = line - 2; i >= 0 && i >= line - 4; i--) if (head[i].trim() !== "") return head[i];
  return "";
}

/** The decorator lines of the function starting at this (1-based) line: those over it, and those its span opens with. */
export function decoratorsOf(head: string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start - 2; i >= 0 && i >= start - 8 && /^\s*@/.test(head[i]); i--) out.push(head[i]);
  for (let i = start - 1; i < head.length && i < start + 6 && /^\s*@/.test(head[i]); i++) out.push(head[i]);
  return out;
}

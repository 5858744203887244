import type { ChangedFile } from "../../model/change.js";
import type { FunctionFact } from "../../syntax/facts.js";
import type { Verdict, Judgement } from "../function-verdicts.js";

// How a structure finding names its function and limit, and the verdict's common part.

/** The spot a structural finding is about: its function, by where it starts at head (see merge-spots.ts). */
export const functionSpot = (fn: FunctionFact) => `function:${fn.start}`;

/** A callback named by a chain of calls: its receiver, the calls between, the call it is passed to. */
const CALL_CHAIN = /^([\w$.]+)\(.*\)\.([\w$]+)( callback)$/s;
/** Names longer than this are shortened in messages. */
const READABLE_NAME = 60;

/**
 * The function's name as a message says it: a callback on a long builder chain by its receiver and
 * the call it is passed to (`FunctionSpec.constructorBuilder(…).apply callback`, not every
 * argument of every call between), any other long name cut short.
 */
export function displayName(fn: FunctionFact): string {
  if (fn.name.length <= READABLE_NAME) return fn.name;
  const chain = CALL_CHAIN.exec(fn.name);
  if (chain) return `${chain[1]}(…).${chain[2]}${chain[3]}`;
  return `${fn.name.slice(0, READABLE_NAME - 1)}…`;
}

/** The limit as a finding states it: the rule's `max`, or the project's linter limit that stood for it and where it came from ("90, from LongMethod in detekt.yml"). */
export function limitSaid(v: Verdict, max: number): number | string {
  return v.limit ? `${v.limit.max}, from ${v.limit.from}` : max;
}

/** What a new function's finding says about the margin: "; a new function may run 20% over", nothing at 0. */
export function leeway(margin: number): string {
  return margin > 0 ? `; a new function may run ${margin}% over` : "";
}

/** The verdict's common part, where a measure's own judgement said where and what to say. */
export function spoken(file: ChangedFile, fn: FunctionFact, value: number, said: Judgement): Omit<Verdict, "grew"> {
  return {
    file,
    fn,
    value: said.value ?? value,
    line: said.line,
    ...(said.block ? { block: said.block } : {}),
    ...(said.placed ? { placed: said.placed } : {}),
    ...(said.within ? { within: said.within } : {}),
    ...(said.spread ? { spread: said.spread } : {}),
  };
}

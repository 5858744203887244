import type { FileFacts } from "../../syntax/facts.js";
import { namedFunctionAround } from "./lines-around.js";

/**
 * A Python function that returns nothing and whose own docstring shows, in a doctest, output under a
 * call of it: what it shows is what it prints, so printing is its job. networkx 6dbed05b69's new
 * public `nx.describe(G)`, whose docstring's `>>> nx.describe(G)` is followed by the table it prints
 * (judged *wrong* as a debugging leftover, set 26). A function that returns a value shows that value
 * in its doctests instead, and proves nothing.
 * Cost: the function's lines are read once per print found in it.
 */
export function printsWhatItsDoctestShows(facts: FileFacts, head: string[], line: number): boolean {
  if (facts.language !== "python") return false;
  const fn = namedFunctionAround(facts, line);
  if (!fn || fn.end - fn.start > MAX_LINES) return false;
  const name = fn.name.slice(fn.name.lastIndexOf(".") + 1);
  if (!/^\w+$/.test(name)) return false;
  const body = head.slice(fn.start - 1, fn.end);
  if (body.some((l) => RETURNS_VALUE.test(l))) return false;
  const call = new RegExp(String.raw`^\s*>>>\s.*\b${name}\(`);
  for (let i = 0; i + 1 < body.length; i++) {
    if (!call.test(body[i])) continue;
    const next = body[i + 1].trim();
    if (next !== "" && !next.startsWith(">>>") && !next.startsWith("...") && !/^("""|''')/.test(next)) return true;
  }
  return false;
}

/** Longest function read: a docstring and a body. */
const MAX_LINES = 400;
/** `return x`, not a bare `return`. */
const RETURNS_VALUE = /^\s*return\s+\S/;

import type { FileFacts, Span } from "../syntax/facts.js";
import { pythonMainBlock } from "./program-output.js";

// A function defined at the module's top level (`def main():`), not a method or a nested helper.
const TOP_LEVEL_DEF = /^(?:async\s+)?def\s/;

/**
 * A Python module's ad-hoc harness: its `if __name__ == "__main__":` block, and the module's own top-level functions
 * that block calls (boltons' `tableutils.main()`, which builds a few tables, prints them and ends in
 * `import pdb; pdb.set_trace()`). It runs only when someone runs the module by hand, never on import: a breakpoint there
 * is how its author looks at the results, as its prints are its output. Code the harness only reaches through the
 * module's classes (a method with a stray `pdb.set_trace()`) is the library's, and stays judged.
 */
export function pythonHarness(lines: string[], facts: FileFacts): Span[] {
  const block = pythonMainBlock(lines, facts);
  if (!block) return [];
  const called = new Set(facts.calls.filter((c) => c.line >= block.start && c.line <= block.end).map((c) => c.callee));
  const own = facts.functions.filter((f) => called.has(f.name) && TOP_LEVEL_DEF.test(lines[f.start - 1] ?? ""));
  return [block, ...own.map((f) => ({ start: f.start, end: f.end }))];
}

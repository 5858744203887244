import type { RawFinding } from "../../engine/rule.js";
import type { FileFacts } from "../../syntax/facts.js";
import { kindOf } from "./debug-patterns.js";
import { innermostFunction } from "./lines-around.js";

// A file's debugging leftovers as findings: one per kind of leftover, on its first line, counting
// the rest, with the weak hits (a print of a sentence) kept only beside a strong one in the same function.

/** Lines a message names before it only counts the rest. */
const LINES_SHOWN = 8;

/** The other lines of a group, as the message names them: every one up to a handful, so the count can be checked. */
function lineList(lines: number[]): string {
  return lines.length <= LINES_SHOWN ? lines.join(", ") : `${lines.slice(0, LINES_SHOWN).join(", ")} and ${lines.length - LINES_SHOWN} more`;
}

/**
 * The same leftover several times in one file is one finding, on the first, that counts the rest.
 * In a test, a print clutters the test run, not production, and the fix is an assertion.
 */
export function grouped(path: string, found: DebugHit[]): RawFinding[] {
  const byWhat = new Map<string, { what: string; test: boolean; stops?: string; lines: number[] }>();
  for (const f of found) {
    const key = `${f.test ? "test" : "code"} ${kindOf(f.what)}`;
    const group = byWhat.get(key) ?? { what: f.what, test: f.test, stops: f.stops, lines: [] };
    group.lines.push(f.line);
    byWhat.set(key, group);
  }
  return [...byWhat.values()]
    .map(({ what, test, stops, lines }): RawFinding => {
      if (stops !== undefined) {
        return lines.length === 1
          ? { messageId: "stops", path, line: lines[0], data: { what, effect: stops } }
          : { messageId: "stopsMany", path, line: lines[0], data: { what, more: lines.length - 1, lines: lineList(lines.slice(1)), effect: stops } };
      }
      const said = test
        ? { where: "the test run's output", instead: ", or assert on the value instead" }
        : { where: "output and logs in production", instead: ", or use the project's logger" };
      return lines.length === 1
        ? { messageId: "debug", path, line: lines[0], data: { what, ...said } }
        : { messageId: "debugMany", path, line: lines[0], data: { what, more: lines.length - 1, lines: lineList(lines.slice(1)), ...said } };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The leftovers, with the prints of a sentence that sit in the same function as a leftover of the same kind: that
 * function's trace markers, said with the rest (formik 4f0aac1cdf: `console.log('no validate')` and, a branch above,
 * `console.log('no validate in ctx')`). Alone, a print of a sentence is a message for a reader.
 */
export function withTraces(hits: DebugHit[], facts: FileFacts, raw: Map<number, string>): DebugHit[] {
  const fnOf = (line: number) => innermostFunction(facts, line)?.start ?? 0;
  const strong = new Set(hits.filter((h) => !h.weak).map((h) => `${h.what} ${h.test} ${fnOf(h.line)}`));
  return hits.filter((h) => !h.weak || (!REPORTS_FAILURE.test(raw.get(h.line) ?? "") && strong.has(`${h.what} ${h.test} ${fnOf(h.line)}`)));
}

// A sentence that reports a failure (`Failed to find post for slug: …`) is the program's message, whatever prints beside it.
const REPORTS_FAILURE = /\b(fail\w*|error\w*|unable|cannot|can't|could ?n[o']t|not found|invalid|missing|unknown|unexpected|unsupported|warn\w*)\b/i;

export interface DebugHit {
  line: number;
  what: string;
  test: boolean;
  stops?: string;
  /** A print of a sentence: a message for a reader, unless a leftover of the same kind sits in the same function. */
  weak?: boolean;
}

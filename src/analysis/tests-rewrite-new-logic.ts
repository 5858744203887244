import type { FunctionFact } from "../syntax/facts.js";

/**
 * A rewrite that brings a new function of real logic (#11, session 19). The rewrite gate (see
 * tests-unnamed-rewrite) keeps quiet about a file that loses 3 code lines for every 10 it gains
 * and has no test of its own: refactors, ports and performance work the project's other tests
 * run. But raft's "Working on follower replication" rewrites `replicate` around a new 70-line
 * `replicateTo` with a nextIndex/matchIndex back-off: code nobody wrote before, which no existing
 * test can have pinned (judged set 19: a clear miss). A function the change writes whole, under a
 * name the file did not have, that decides this much, is new behaviour whatever else moved.
 */

/** Decisions (branches, loops, conditions) a new function must make to be new logic, not a helper a refactor split out. */
export const NEW_LOGIC_DECISIONS = 6;
/** Lines of it the change wrote (not moved from the code it replaced). */
export const NEW_LOGIC_LINES = 25;

/**
 * The first function of the head text that starts on a fresh line under a name the file did not
 * have, with at least NEW_LOGIC_DECISIONS decisions and NEW_LOGIC_LINES fresh lines (the lines it
 * took over from the code it replaces are not fresh: raft's `replicateTo` keeps half of the old
 * `replicate` and writes 36 lines anew); undefined when none.
 */
export function newLogicFunction(fresh: Set<number>, functions: FunctionFact[], had: (name: string) => boolean): FunctionFact | undefined {
  return functions.find((fn) => {
    if (fn.kind === "lambda" || fn.kind === "callback" || !fresh.has(fn.start) || had(fn.name)) return false;
    if (fn.decisions < NEW_LOGIC_DECISIONS || fn.codeLines < NEW_LOGIC_LINES) return false;
    let freshLines = 0;
    for (let l = fn.start; l <= fn.end && freshLines < NEW_LOGIC_LINES; l++) if (fresh.has(l)) freshLines++;
    return freshLines >= NEW_LOGIC_LINES;
  });
}

import { wordsOf } from "../../text/name-words.js";
import { CONDITION, switchedBy } from "./debug-switches.js";
import type { DebugScan } from "./file-scan.js";
import { innermostFunction, openersOf } from "./lines-around.js";

// A breakpoint that stops only a run someone asked for: in a hand-run harness, in a function named
// for the debugger, or under an environment or debug switch.

// A function named for the debugger it starts (boltons' `pdb_on_signal`, its `pdb_int_handler`): starting it is its job.
const DEBUGGER_WORDS = new Set(["pdb", "ipdb", "pudb", "debugger", "breakpoint", "pry", "byebug"]);
// Reading the environment: a variable someone must set for the code under it to run.
const READS_ENV =
  /\bprocess\.env\b|\bos\.environ\b|\bos\.getenv\b|\bos\.Getenv\b|\bENV\[|\benv::var\b|\bgetenv\b|\bSystem\.getenv\b|\bEnvironment\.GetEnvironmentVariable\b/;

/**
 * Whether a breakpoint is meant: it stops only a run someone asked for. It sits in a Python module's ad-hoc harness (its
 * `__main__` block and what that calls, run by hand), in a function named for the debugger (`pdb_on_signal`), or under a
 * condition that reads an environment variable or names a debug switch (jsonschema's `if os.environ.get("JSON_SCHEMA_DEBUG",
 * "0") != "0": breakpoint()`, added as "a permanent way to drop into a debugger"). A breakpoint under any other
 * condition (`if old_len != new_len: pdb.set_trace()`) is a leftover of a debugging session.
 */
export function deliberateBreakpoint(before: string, after: string, line: number, scan: DebugScan): boolean {
  if (scan.harness.some((s) => line >= s.start && line <= s.end)) return true;
  const fn = innermostFunction(scan.facts, line);
  if (fn && !/^test/i.test(fn.name) && wordsOf(fn.name).some((w) => DEBUGGER_WORDS.has(w))) return true;
  // Before it, around it, or after it as a modifier (`binding.pry if ENV["PRY"]`).
  const modifier = /\s(?:if|unless)\s(.{1,200})$/.exec(after)?.[1];
  const conditions = [CONDITION.exec(before)?.[1], modifier, ...openersOf(scan.head, line, true).map((l) => CONDITION.exec(l)?.[1])];
  return conditions.some((c) => c !== undefined && (READS_ENV.test(c) || switchedBy(c)));
}

/**
 * A "test" that is really the program another test starts: Go's helper-process idiom re-runs the test binary with
 * an environment variable set, and the function returns at once unless it is set, then plays a child program and
 * ends the process (go-plugin fd638d0f24's `TestHelperProcess`: `if os.Getenv("GO_WANT_HELPER_PROCESS") != "1" {
 * return }` … `defer os.Exit(0)` … `fmt.Printf("%s|tcp|:1234\n", APIVersion)`, the handshake line the plugin
 * client parses; judged wrong in set 19). Its standard output is what the parent test reads: protocol, not leftovers.
 */

// The gate: an environment check that returns when the variable is not set (`if os.Getenv("X") != "1" {` / `== ""`).
const ENV_GATE = /^\s*if\s+os\.Getenv\s*\(\s*"[\w.-]{1,80}"\s*\)\s*(?:!=\s*"[^"]{0,40}"|==\s*"")\s*\{\s*(?:return\s*\}?)?\s*$/;
const RETURN = /^\s*return\s*$/;
// Ending the process: a child program's exit, which no real test does.
const EXITS = /\bos\.Exit\s*\(/;
/** Lines of the function's top where the gate sits. */
const GATE_REACH = 6;
/** A function longer than this is not read for it. */
const MAX_LINES = 600;

/** Whether the function spanning `start`–`end` (1-based) of `head` is a child program gated on an environment variable. */
export function childProgramTest(head: readonly string[], start: number, end: number): boolean {
  if (end - start > MAX_LINES) return false;
  const top = head.slice(start, Math.min(end, start + GATE_REACH));
  const gated = top.some((l, i) => ENV_GATE.test(l) && (/return/.test(l) || RETURN.test(top[i + 1] ?? "")));
  return gated && head.slice(start, end).some((l) => EXITS.test(l));
}

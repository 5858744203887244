/**
 * Prints no run reaches, or that are there only to keep a value alive. A leak test hands a closure an object and
 * checks the object is released when the closure is dropped; `println(captured)` is how the closure captures it
 * (kotlinx.coroutines c05de8807e `DebugLeaksStressTest.kt`: `GlobalScope.launch { suspendForever(); println(bytes) }`,
 * judged wrong on set 16: "never reached; it keeps the object alive for a leak test"). And a statement after a call
 * that never returns (`suspendForever()`, `awaitCancellation()`, `delay(Long.MAX_VALUE)`, Go's `select {}`) never runs.
 * Line-based, 1-based line numbers; each scan is bounded.
 */

// A call that never returns: named so (`suspendForever()`, `blockForever()`, `awaitCancellation()`, `hangForever`), a
// wait for the largest time there is, or Go's empty `select {}`.
const NEVER_RETURNS =
  /^\s*(?:await\s+)?(?:[\w$]+\.)*(?:\w*[Ff]orever\w*|awaitCancellation)\s*\([^()]*\)\s*;?\s*$|^\s*(?:[\w$]+\.)*(?:delay|sleep|Sleep)\s*\(\s*(?:Long\.MAX_VALUE|Int\.MAX_VALUE|Infinity|math\.MaxInt64|Duration\.INFINITE|Timeout\.Infinite)\s*\)\s*;?\s*$|^\s*select\s*\{\s*\}\s*$/;
/** Lines above a print searched for the block's earlier statements. */
const BLOCK_REACH = 40;
const indent = (l: string) => /^\s*/.exec(l)![0].length;

/** Whether an earlier statement of the print's own block is a call that never returns: the print is never reached. */
export function afterNeverReturning(head: string[], line: number): boolean {
  const own = indent(head[line - 1] ?? "");
  for (let i = line - 2; i >= 0 && i >= line - 1 - BLOCK_REACH; i--) {
    const l = head[i];
    if (l.trim() === "") continue;
    // The block's opener: nothing above it is in the block.
    if (indent(l) < own) return false;
    if (indent(l) === own && NEVER_RETURNS.test(l)) return true;
  }
  return false;
}

// A leak test, by its file's or its test's name: `DebugLeaksTest`, `test_no_leak`, `leak_test.go`, `MemoryLeakSpec`.
const LEAK = /leak/i;
const ONE_NAME = /^\s*[A-Za-z_$][\w$]*\s*$/;

/**
 * Whether the print, inside a closure of a leak test, prints one variable: the closure's way of holding on to the object
 * the test then checks is released (`launch(start = LAZY) { println(captured) }`, then `assertNoCapturedReference()`).
 */
export function capturesForLeakTest(path: string, testName: string | undefined, inClosure: boolean, printed: string): boolean {
  if (!inClosure || !ONE_NAME.test(printed)) return false;
  return LEAK.test(path.slice(path.lastIndexOf("/") + 1)) || (testName !== undefined && LEAK.test(testName));
}

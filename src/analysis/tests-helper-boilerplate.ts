/**
 * Lines that only mark a function as a test helper, so a failure is reported at its caller's line:
 * Go's `t.Helper()` (and testify's `if h, ok := t.(tHelper); ok { h.Helper() }` guard, judged set
 * 7), pytest's `__tracebackhide__ = True`, Rust's `#[track_caller]`. They change which line a
 * failure names, nothing a user of the code meets: nobody writes a test for them.
 */

const HELPER_CALL = /^\w+\.Helper\(\)\s*;?$/;
const HELPER_GUARD = /^if\s+\w+\s*,\s*ok\s*:=\s*\w+\.\(\s*\w*[hH]elper\w*\s*\)\s*;\s*ok\s*\{$/;
const OTHER_MARKS = [/^__tracebackhide__\s*=\s*True$/, /^#\[track_caller\]$/];

/** Of the fresh lines (1-based), those that only mark a test helper, with the braces of a guard that holds them. */
export function helperBoilerplateLines(fresh: Set<number>, lines: string[]): Set<number> {
  const out = new Set<number>();
  const at = (l: number) => (lines[l - 1] ?? "").trim();
  for (const l of fresh) {
    const text = at(l);
    if (HELPER_CALL.test(text) || OTHER_MARKS.some((re) => re.test(text))) out.add(l);
    if (!HELPER_GUARD.test(text)) continue;
    // The guard, its helper calls and its closing brace, when that is all it holds.
    let end = l + 1;
    while (end <= lines.length && HELPER_CALL.test(at(end))) end++;
    if (end > l + 1 && at(end) === "}") for (let k = l; k <= end; k++) if (fresh.has(k)) out.add(k);
  }
  return out;
}

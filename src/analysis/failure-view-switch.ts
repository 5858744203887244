/**
 * A test's switch for how a failure shows what it compares: commented lines right over a comparison that each reshape
 * one of the compared values from itself (BurntSushi/toml 2004196ede error_test.go: `// have = strings.ReplaceAll(have,
 * " ", "·")` and `// tt.err = strings.ReplaceAll(tt.err, " ", "·")` over `if have != tt.err { t.Fatalf(…) }`, judged not
 * worth saying: uncommented, they make the spaces of a failed comparison visible). Not dead code: the view a maintainer
 * switches on when that comparison fails. A commented line that sets a value from anything else is still code.
 */

// `x = f(x, …)`, `x = x.replace(…)`, `x = pkg.f(x)`: a value reshaped from itself.
const SELF_RESHAPE = /^([A-Za-z_$][\w$.]{0,60})\s*:?=\s*(?:[\w$.]{1,60}\(\s*([\w$.]{1,60})\s*[,)]|([\w$.]{1,60})\.\w{1,40}\().{0,200}$/;
// A comparison or an assertion: what the reshaped values are shown by when it fails.
const COMPARES = /^\s*(?:if\b|(?:[\w.]*\.)?assert\w*\b|expect\s*\(|(?:t|s|suite)\.(?:Fatal|Error)\w*\s*\(|require\.\w+\s*\()/;
const MARKER = /^\s*(?:\/\/|#)\s?/;

/** Whether the commented lines each reshape a value from itself, and the next live line compares every one of them. */
export function reshapesCompared(codeLines: string[], next: string | undefined): boolean {
  if (next === undefined || !COMPARES.test(next) || codeLines.length === 0 || codeLines.length > 4) return false;
  return codeLines.every((raw) => {
    const l = raw.replace(MARKER, "").trim().replace(/;$/, "");
    const m = SELF_RESHAPE.exec(l);
    if (!m || (m[2] ?? m[3]) !== m[1]) return false;
    const escaped = m[1].replace(/[.$]/g, "\\$&");
    return new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(next);
  });
}

// A linter's suppression and the rules it names: `//nolint:paralleltest`, `// eslint-disable-next-line no-console`,
// `# pylint: disable=print-statement`, `# rubocop:disable Lint/Debugger`, `# noqa: T201`, `// NOLINT(bugprone-x)`.
const SUPPRESSION =
  /(?:\bnolint:|\beslint-disable(?:-next-line|-line)?\s+|\bpylint:\s*disable=|\brubocop:disable\s+|\bnoqa:\s*|\bNOLINT(?:NEXTLINE)?\()([\w/,\s.-]{1,200})/;
/** The rules a linter suppression on this line names (`# noqa: T100,PLC0415` → `T100`, `PLC0415`), or undefined when it holds none. */
export function suppressedRules(text: string): string[] | undefined {
  const m = SUPPRESSION.exec(text);
  return m ? m[1].split(/[,\s]+/).filter((r) => r !== "") : undefined;
}

/** Lines over the commented line where the suppression may sit: the line right over it, or its function's header two lines up. */
const REACH = 2;
/** A name shorter than this (`t`, `log`) names too little to match a rule's name. */
const MIN_NAME = 4;

/**
 * Whether a commented-out line sits under a lint suppression that names what it switches off (samber/lo
 * 380e1a0ae2: `func TestFanIn(t *testing.T) { //nolint:paralleltest` over `// t.Parallel()`): the suppression on
 * the declaration says it goes without the call on purpose and tells the linter so, and the commented line is
 * the marker of what the rule wanted. A name of the code (`Parallel`) read inside the rule's name (`paralleltest`)
 * is enough. A directive alone on the line over it (`// eslint-disable-next-line no-console` over
 * `// console.log(x)`), or a rule that forbids the call, silenced the line when it was live: a leftover with it.
 */
export function markedBySuppression(code: string, start: number, lineAt: (n: number) => string | undefined): boolean {
  const names = (code.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).map((n) => n.toLowerCase()).filter((n) => n.length >= MIN_NAME);
  if (names.length === 0) return false;
  for (let l = start - 1; l >= start - REACH && l >= 1; l--) {
    const text = lineAt(l) ?? "";
    const m = SUPPRESSION.exec(text);
    // On a declaration's own line, after its code: a directive alone on its line silenced the line under it, once live.
    if (!m || COMMENT_ONLY.test(text.slice(0, m.index))) continue;
    const rules = m[1]
      .toLowerCase()
      .split(/[,\s]+/)
      .filter((r) => r !== "" && !FORBIDS.test(r));
    if (rules.some((r) => names.some((n) => r.replace(/[^a-z0-9]/g, "").includes(n)))) return true;
  }
  return false;
}

// Nothing but a comment's opening before the directive: no code on its line.
const COMMENT_ONLY = /^\s*(?:\/\/|#|\/\*|\*)?\s*$/;
// A rule that forbids what it names (`no-console`, `no_print`): its suppression was for the line when it was live.
const FORBIDS = /^no[-_]/;

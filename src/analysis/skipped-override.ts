/**
 * A test that overrides an inherited one only to skip it, saying why (#11, session 17): scrapy's
 * HTTP/2 handler tests subclass the HTTP/1.1 suite and turn off the cases the protocol does not
 * support (`def test_download_conn_lost(self):  # type: ignore[override]` / `pytest.skip(REASON)`).
 * The skip is the point: the inherited test runs where it applies, and the reason is in the code.
 * Judged set 17: "wrong" to ask to enable it or link an issue.
 */

// An override its language marks: Java's `@Override`, Python's `@override` and mypy's `ignore[override]`,
// C#'s, Kotlin's and TypeScript's `override` modifier.
const OVERRIDE_MARK =
  /@[Oo]verride\b|type:\s*ignore\[override\]|\b(?:public|protected|internal|private|async)\s+override\b|\boverride\s+(?:fun|func|async|void|public|protected|internal|\w+\s*[(<])/;

// A Python class with a base class that is not the framework's own (`TestCase`, `object`): tests come from its parent.
const PY_CLASS = /^(\s*)class\s+\w+\s*\(([^)]*)\)\s*:/;
const FRAMEWORK_BASE = /^(?:object|ABC|(?:\w+\.)*\w*TestCase|metaclass\s*=.*)$/;
const PY_DEF = /^(\s*)(?:async\s+)?def\s/;

// A skip call or marker with an argument: the reason given as text or as a named constant.
const SKIP_WITH_REASON =
  /\b(?:pytest\.skip|pytest\.mark\.skip|unittest\.skip|skipTest|SkipTest|markTestSkipped|t\.Skipf?|Ignore|Disabled|Assumptions?\.abort)\s*\(\s*(?:reason\s*=\s*)?(?:["'][^"'\s]|[A-Za-z_][\w.]*\s*\))/;

/** Lines read above a test for its class, and below its first line for its skip: bounded, whatever the file's size. */
const CLASS_LOOKBACK = 400;
const BODY_LINES = 10;

/** Whether the test at `start` (1-based) overrides an inherited test and skips it with a stated reason. */
export function skipsInheritedWithReason(lines: readonly string[], start: number): boolean {
  const body = lines.slice(Math.max(0, start - 4), start + BODY_LINES).join("\n");
  if (!SKIP_WITH_REASON.test(body)) return false;
  // The case may start at its first annotation (`@Test`), with `@Override` under it.
  const header = lines.slice(Math.max(0, start - 4), start + 3).join("\n");
  return OVERRIDE_MARK.test(header) || inPythonSubclass(lines, start);
}

function inPythonSubclass(lines: readonly string[], start: number): boolean {
  // The case may start at its decorators: its `def` is a few lines down.
  const at = lines.slice(start - 1, start + 3).findIndex((l) => PY_DEF.test(l));
  const def = at < 0 ? null : PY_DEF.exec(lines[start - 1 + at]);
  if (!def) return false;
  for (let i = start - 2; i >= Math.max(0, start - 1 - CLASS_LOOKBACK); i--) {
    const line = lines[i];
    if (line.trim() === "" || line.trimStart().startsWith("#") || line.length - line.trimStart().length >= def[1].length) continue;
    const cls = PY_CLASS.exec(line);
    if (!cls) return false;
    return cls[2].split(",").some((b) => b.trim() !== "" && !FRAMEWORK_BASE.test(b.trim()));
  }
  return false;
}

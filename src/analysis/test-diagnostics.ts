/**
 * Prints in a test that are its failure context, not a leftover. Test runners (pytest, cargo test, Jest, Gradle) capture
 * what a test prints and show it when the test fails, so a print that says which case ran, or what a child process
 * said, is deliberate; a bare value dumped beside an assertion that already shows it is still someone looking at it.
 * Line-based, 1-based line numbers, each scan bounded.
 */

// The variables a loop binds, by the loop's header: `for (x, y) in cases`, `for (const c of cases)`, `for (T c : cases)`,
// `foreach (var c in cases)`, `for _, c := range cases`, `cases.each do |c|`, `cases.forEach((c) =>`, `cases.forEach { c ->`.
const LOOP_HEADS = [
  /^\s*for\s*\(?\s*(.{1,120}?)\s+(?:in|of)\s/,
  /^\s*foreach\s*\(\s*(.{1,120}?)\s+in\s/,
  /^\s*for\s*\(\s*([^;:]{1,120}?)\s*:[^:]/,
  /^\s*for\s+(.{1,120}?)\s*:=\s*range\b/,
  /\.(?:each\w*|forEach)\s*(?:\(\s*)?(?:do|\{)\s*\|([^|]{1,80})\|/,
  /\.forEach\s*\(\s*(?:async\s+)?\(?([\w\s,]{1,80})\)?\s*=>/,
  /\.forEach\s*\{\s*([\w\s,()]{1,80})\s*->/,
];
const NOT_A_NAME = new Set(["const", "let", "var", "val", "final", "mut", "ref", "auto", "in", "of", "_"]);
// A check in the loop's body that the printed case is the context of: an assertion, an expectation, a test's failure.
const CHECKS = /\b(?:assert\w*!?|expect|require\w*|check\w*!?|verify)\s*[(!]|\bassert\s|\bt\.(?:Error|Fatal)\w*\s*\(|\.should\b/;
/** Lines of a loop's body read for the check after the print. */
const BODY_REACH = 40;

const indent = (l: string) => /^\s*/.exec(l)![0].length;

/**
 * Whether the print shows the case a test's loop is running (chrono: `for offset_hour in -23..=23 { dbg!(offset_hour);`
 * then assertions): it prints only the loop's own variables, sits right in the loop's body, and an assertion follows in
 * that body. When one fails, the last case printed says which input broke it.
 */
export function labelsLoopCase(head: string[], line: number, printed: string): boolean {
  const own = indent(head[line - 1] ?? "");
  let headLine = -1;
  for (let i = line - 2; i >= 0 && i >= line - 1 - BODY_REACH; i--) {
    if (head[i].trim() === "" || indent(head[i]) >= own) continue;
    headLine = i;
    break;
  }
  if (headLine < 0) return false;
  const pattern = LOOP_HEADS.map((re) => re.exec(head[headLine])?.[1]).find((p) => p !== undefined);
  if (pattern === undefined) return false;
  const names = new Set((pattern.match(/[A-Za-z_]\w*/g) ?? []).filter((w) => !NOT_A_NAME.has(w)));
  const args = printed
    .split(",")
    .map((a) => a.replace(/^\s*(?:&\s*(?:mut\s+)?)?/, "").trim())
    .filter((a) => a !== "");
  if (args.length === 0 || !args.every((a) => names.has(a))) return false;
  for (let i = line; i < head.length && i < line + BODY_REACH; i++) {
    if (head[i].trim() === "") continue;
    if (indent(head[i]) < own) return false;
    if (CHECKS.test(head[i])) return true;
  }
  return false;
}

// What a child process said, by the names a test keeps it under: `stderr`, `out`, `proc.stdout`, `"".join(out)`.
const PROCESS_OUTPUT = /\b(?:stderr|stdout|out|output|err|errs|log)\b/;
// An assertion on how a process ended (`assert proc.returncode == 0`, `assert result == 0`, `assertEquals(0, exitCode)`):
// it says that the process failed, not why.
const STATUS_CHECK =
  /^\s*(?:self\.|Assert\.)?assert(?:\.\w+|\w*)\b[\s(]*(?:not\s+)?(?:0\s*,\s*)?[\w.]*?\b(?:returncode|return_code|exit_?code|exitCode|exit_?status|exitStatus|status|result|rc|code)\b/;

/**
 * Whether the print relays a child process's output right before the test asserts how the process ended (loguru:
 * `stdout, stderr = proc.communicate()`, `print(stderr, file=sys.stderr)`, `assert proc.returncode == 0`). The
 * assertion only says the process failed; the relayed output, shown by the runner when it fails, says why.
 */
export function relaysProcessOutput(head: string[], line: number, printed: string, isPrint: (l: string) => boolean): boolean {
  if (!PROCESS_OUTPUT.test(printed.replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, ""))) return false;
  const next = head.slice(line, line + 6).find((l) => l.trim() !== "" && !isPrint(l));
  return next !== undefined && STATUS_CHECK.test(next);
}

// A heading print: only a fixed text, either a sentence or framed by a rule (`"=== Comparing outputs … ==="`, `"=========="`).
const HEADING =
  /(?:^|[^\w.])(?:print(?:ln)?!?|puts|console\.log|System\.(?:out|err)\.println|Console\.WriteLine|fmt\.Println)\s*\(?\s*(["'`])((?:[=*#~-]{3,}|[^"'`]{0,200}?\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,})[^"'`]{0,200})\1\s*\)?\s*;?\s*$/;
/** Prints above one that may belong to the same labelled block. */
const BLOCK_REACH = 8;

/**
 * Whether the print belongs to a block of prints that a heading introduces (loguru's fixture: `print("=== Comparing
 * outputs with and without loguru ===")`, `print(with_loguru)`, `print("==========")`, `print(without_loguru)`): the
 * heading labels the values under it, so a failing comparison shows what was compared.
 */
export function underHeading(head: string[], line: number, isPrint: (l: string) => boolean): boolean {
  for (let i = line - 2; i >= 0 && i >= line - 1 - BLOCK_REACH; i--) {
    if (!isPrint(head[i])) return false;
    if (HEADING.test(head[i])) return true;
  }
  return false;
}

/** Lines of a signature read for its parameters. */
const SIGNATURE_LINES = 3;

/**
 * Whether the print writes out what the function around it was handed, in a test file that captures the output and
 * asserts it (loguru's `async def async_writer(msg): … print(msg, end="")`, a sink passed to `logger.add`, read back
 * through `capsys`): the function is a sink, and what it prints is the output under test. `values` are the print's
 * arguments without keyword arguments; `start` is the function's first line.
 */
export function printsWhatItIsHanded(head: string[], start: number, values: string): boolean {
  const signature = head.slice(start - 1, start - 1 + SIGNATURE_LINES).join(" ");
  const params = /\(([^)]{0,300})\)/.exec(signature)?.[1];
  if (params === undefined) return false;
  // Each parameter's name: the first word of each entry (`msg`, `message: str`, `*args`), types and defaults left out.
  const names = new Set(params.split(",").flatMap((p) => /^\s*[*&]{0,2}\s*([A-Za-z_]\w*)/.exec(p)?.[1] ?? []));
  const args = values
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  return args.length > 0 && args.every((a) => names.has(a));
}

/** Lines after a print read for the assertion it prepares: prints, assignments and comments may stand between. */
const CHECK_REACH = 6;
/** Lines a print's arguments may run over (`println!("got lengths: {}",` then the expression). */
const PRINT_LINES = 4;
// A summary of a value: its size or count (`len(x)`, `x.len()`, `x.length`, `x.size()`, `x.count()`).
const SIZE = /\blen\s*\(|\.(?:len|size|count)\s*\(|\.(?:length|size|count)\b/;
// The languages whose test runner captures what a test prints and shows it only when the test fails (pytest, libtest).
const CAPTURED_LANGUAGES = new Set(["python", "rust"]);

/**
 * Whether the print shows what a failing assertion right after it would not (rust-csv's `println!("got len: {}, expected
 * len: {}", got.len(), expected.len())` before `assert_eq!(got, expected)`; packaging's `print(platforms, expected)`
 * before `assert platforms[0].startswith(expected)`): each value it prints is one the assertion checks or a summary of
 * one (its size, or the whole collection the assertion takes an element of), and at least one is such a summary. pytest
 * and libtest show it only when the test fails: it is that failure's context. A print of the very values the
 * assertion compares (commons-codec's `"expecting: " + expected` before `assertEquals(…, expected, actual)`) adds
 * nothing the failure does not say, and a print of anything else is someone looking at it: both are still said.
 */
export function summarisesChecked(language: string, head: string[], line: number, isPrint: (l: string) => boolean): boolean {
  if (!CAPTURED_LANGUAGES.has(language)) return false;
  const own = indent(head[line - 1] ?? "");
  const { text: printed, last } = printText(head, line);
  const region: string[] = [];
  let checked = false;
  for (let i = last; i < head.length && i < last + CHECK_REACH && !checked; i++) {
    const l = head[i];
    if (l.trim() === "" || isPrint(l) || /^\s*(#|\/\/)/.test(l)) continue;
    if (indent(l) < own) return false;
    region.push(l);
    checked = CHECKS.test(l);
  }
  if (!checked) return false;
  const values = printedValues(printed);
  if (values.length === 0) return false;
  const checkedText = region.join("\n");
  let summary = false;
  for (const v of values) {
    // The value a summary is of: `len(x)`'s `x`, else the expression's first name (`got` of `got.len()`).
    const root = /^len\s*\(\s*([A-Za-z_]\w*)/.exec(v)?.[1] ?? /^[A-Za-z_]\w*/.exec(v)?.[0];
    if (root === undefined || !new RegExp(`\\b${root}\\b`).test(checkedText)) return false;
    if (SIZE.test(v) || (v === root && new RegExp(`\\b${root}\\s*\\[`).test(checkedText))) summary = true;
    else if (!/^[\w.]+$/.test(v)) return false;
  }
  return summary;
}

/** The print's text from its line on, while its brackets are open; and the index of the line after it. */
function printText(head: string[], line: number): { text: string; last: number } {
  let text = "";
  let depth = 0;
  let i = line - 1;
  do {
    const l = head[i] ?? "";
    text += l;
    for (const ch of l.replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, "")) depth += "([{".includes(ch) ? 1 : ")]}".includes(ch) ? -1 : 0;
    i++;
  } while (depth > 0 && i < line - 1 + PRINT_LINES);
  return { text, last: i };
}

/** Characters of a print's arguments read: a hostile line is long. */
const PRINT_CHARS = 2000;
const PRINT_CALL = /\b(?:print(?:ln)?!?|eprint(?:ln)?!|dbg!)\s*\(/;

/** The values a print prints: its arguments, string literals and keyword arguments left out, split at top-level commas. */
function printedValues(text: string): string[] {
  const call = PRINT_CALL.exec(text);
  if (!call) return [];
  const inside = text
    .slice(call.index + call[0].length, call.index + call[0].length + PRINT_CHARS)
    .replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, '""')
    .replace(/^\s*\(/, "");
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of inside) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) {
      if (depth === 0) break;
      depth--;
    }
    if (ch === "," && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out.filter((v) => v !== "" && v !== '""' && !/^\w+\s*=[^=]/.test(v)).map((v) => v.replace(/^""\s*\+\s*|\s*\+\s*""$/g, "").trim());
}

/** Lines after a print read for the failure that points back at it. */
const POINTER_REACH = 20;
// A failure whose message sends the reader to what was printed: `fail("Verification failed, see log")`, `raise
// AssertionError("mismatch, see output above")`, `t.Fatal("see stderr")`.
const POINTS_TO_OUTPUT =
  /(?:\b(?:fail|Fail|flunk|raise|throw|panic|assert\w*|Assert\.\w+|\w+\.(?:Fatal|Error|Fail)\w*)\b|\berror\s*\().{0,200}["'`][^"'`]{0,200}\b(?:see|check)\s+(?:the\s+)?(?:log|logs|output|console|stdout|stderr|above|printout)\b/;

/**
 * Whether a failure after the print, in the same function, points the reader to the output (kotlinx-io's
 * `verificationFailed`: `print(buildString { … append("^\n") })`, a caret under the bad byte, then `fail("Verification
 * failed, see log")`). The print is the failure's report, written on purpose. A print of what the failure message
 * itself carries (jimfs' `System.out.println(hex)` then `fail("contains bytes", hex)`) is not pointed at, and is still said.
 * `end` is the last line of the function around the print.
 */
export function failurePointsToOutput(head: string[], line: number, end: number): boolean {
  for (let i = line; i < end && i < head.length && i < line + POINTER_REACH; i++) if (POINTS_TO_OUTPUT.test(head[i])) return true;
  return false;
}

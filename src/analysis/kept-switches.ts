import type { CommentFact, FunctionFact } from "../syntax/facts.js";
import { enclosingOpeners, type Opener } from "./enclosing-openers.js";
import { scopeLine } from "./parked-code.js";

/**
 * Commented lines that are switches by where they sit, not leftovers (#10): options of a demo's
 * `main`, the body of a debug function that is on when uncommented, and the note that a caught
 * error is ignored on purpose.
 */

// A debug print (`// log.Println("~~~")`, `// debugPrintTree(0, 0, tr.root, 0)`, `# print(result)`, `// println!("{:?}", x)`, `// log::debug!(…)`).
export const DEBUG_PRINT =
  /^([\w$]{1,40}(\.|::)){0,3}(print|println|printf|eprint|eprintln|pprint|pp|puts|p|dbg|dump|var_dump|debug\w{0,40}|trace\w{0,20}|info|log|Print\w{0,10}|Debug\w{0,40}|Dump|console\.log|WriteLine|Write)!?\s*[( ]/;

const indent = (l: string) => /^\s*/.exec(l)![0].length;
const nonBlank = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== "");

// ---- demo blocks ----

const PYTHON_MAIN_GUARD = /^\s*if\s+__name__\s*==\s*["']__main__["']\s*:/;
// A file or folder named for a demo (`src/bin/demo.rs`, `cmd/example-server/main.go`, `demo_app.py`, `DemoApp.java`).
const DEMO_PATH = /(^|[/_.-])(examples?|demos?|samples?|showcase)([/_.-]|$)/i;
const DEMO_CLASS = /(^|\/)(Example|Demo|Sample)s?[A-Z]|[a-z](Example|Demo|Sample)s?\.\w+$/;
const DEMO_REACH = 2000;
const MAIN_DECLARATION = /^\s*((pub\s+)?(async\s+)?fn|func|def|fun)\s+main\s*\(|\bstatic\s+(async\s+)?\w+\s+[Mm]ain\s*\(/;

/**
 * Whether line `line` sits in a demo or self-test block, where options are switched on and off by
 * commenting them: a Python `if __name__ == "__main__":` block anywhere, a Go example function, or a
 * program's `main` in a file named for an example or demo.
 */
export function inDemoBlock(path: string, head: string[], line: number, functions: FunctionFact[]): boolean {
  // A demo block runs to the end of its module, often hundreds of lines.
  const openers = enclosingOpeners(head, scopeLine(head, line), DEMO_REACH);
  if (openers.some((o) => PYTHON_MAIN_GUARD.test(o.text)) || inPythonMain(head, line)) return true;
  if (inGoExample(path, line, functions)) return true;
  if (!DEMO_PATH.test(path) && !DEMO_CLASS.test(path)) return false;
  return openers.some((o) => MAIN_DECLARATION.test(o.text)) || functions.some((f) => f.start < line && line <= f.end && /^main$/i.test(f.name));
}

/**
 * Whether line `line` is in a Go example function (`func ExampleHandler()` in a `_test.go` file): a demo that godoc
 * shows and `go test` runs against its `// Output:` comment (zerolog 19a9a81cd2 keeps
 * `//c = c.Append(hlog.RequestIDHandler(…))` there, an option shown to readers that would change the output).
 */
function inGoExample(path: string, line: number, functions: FunctionFact[]): boolean {
  return /_test\.go$/.test(path) && functions.some((f) => f.start < line && line <= f.end && /^Example($|[_A-Z])/.test(f.name));
}

// A triple-quoted string's delimiter: an odd count of them on a line opens or closes one.
const TRIPLE_QUOTE = /"""|'''/g;

/**
 * Whether line `line` is in a module's `if __name__ == "__main__":` block though a string inside it
 * holds lines at the left margin (rich 33361e1d85: `CODE = r"""` then `def __init__(self):`), which
 * end the block for a reading by indentation. Nothing at the margin but those strings' lines and
 * comments lies between the guard and the line.
 */
function inPythonMain(head: string[], line: number): boolean {
  let guard = -1;
  for (let i = line - 2; i >= 0 && i >= line - DEMO_REACH; i--) {
    if (PYTHON_MAIN_GUARD.test(head[i]) && indent(head[i]) === 0) {
      guard = i;
      break;
    }
  }
  if (guard < 0) return false;
  let inString = false;
  for (let i = guard + 1; i < line - 1; i++) {
    const l = head[i];
    if (!inString && l.trim() !== "" && indent(l) === 0 && !l.startsWith("#")) return false;
    if ((l.match(TRIPLE_QUOTE) ?? []).length % 2 === 1) inString = !inString;
  }
  return true;
}

// ---- a debug function's switch ----

// A declaration of a function or macro (`macro_rules! trace {`, `fn debug_log(…) {`, `def dump(*args):`,
// `const debug = (...a) => {`), and its name.
const DECLARATION =
  /^\s*(?:(?:pub(?:\([^)]*\))?|export|static|private|public|protected|internal|inline|async|override|open)\s+)*(?:macro_rules!\s*|fn\s+|def\s+|function\s+|func\s+(?:\([^)]*\)\s*)?|fun\s+|void\s+|const\s+|let\s+|var\s+)([\w$]+)/;
// Words of a name for logging or debugging: `trace`, `debug_log`, `dumpTree`, Go's `debugf`; not `login` or `catalog`.
const DEBUG_WORD = /^(debug|trace|tracing|log|logger|logging|dbg|dump|verbose|e?print)(f|ln)?$/;

function namesDebugging(line: string): boolean {
  const name = DECLARATION.exec(line)?.[1];
  return name !== undefined && name.split(/[_$]+|(?<=[a-z0-9])(?=[A-Z])/).some((w) => DEBUG_WORD.test(w.toLowerCase()));
}
// Lines of a body that hold nothing: braces, a macro's arm (`($($arg:tt)*) => {{`), `pass`, `end`.
const HOLDS_NOTHING = /^[\s{}()[\];,]*$|^\s*\(.*\)\s*=>\s*[{(]*\s*$|^\s*(pass|end|\.\.\.)\s*$/;

/**
 * Whether commented-out code is the on/off switch of a debug function or macro the change adds:
 * every code line a print, and nothing else in the body but comments and braces
 * (`macro_rules! trace { ($($t:tt)*) => {{ // println!($($t)*); }} }`). Deleting the print makes
 * the function pointless; commenting it is how the author switches tracing off.
 */
export function debugSwitch(code: string[], head: string[], line: number, comments: CommentFact[], isNew: (line: number) => boolean): boolean {
  const content = nonBlank(code);
  if (content.length === 0 || !content.every((l) => DEBUG_PRINT.test(l))) return false;
  // A function or macro, not a list named `logs`: its declaration has parameters or is a macro.
  const declaration = enclosingOpeners(head, scopeLine(head, line)).find((o) => namesDebugging(o.text) && /\(|macro_rules!/.test(o.text));
  return declaration !== undefined && isNew(declaration.line) && bodyHoldsOnlyComments(head, declaration, comments);
}

/** Whether the lines under a declaration, to where its indentation ends, are comments or hold nothing. */
function bodyHoldsOnlyComments(head: string[], declaration: Opener, comments: CommentFact[]): boolean {
  const commented = new Set(comments.flatMap((c) => Array.from({ length: c.end - c.start + 1 }, (_, k) => c.start + k)));
  const depth = indent(declaration.text);
  for (let l = declaration.line + 1; l <= head.length; l++) {
    const text = head[l - 1];
    if (commented.has(l) || text.trim() === "") continue;
    if (indent(text) <= depth) return HOLDS_NOTHING.test(text);
    if (!HOLDS_NOTHING.test(text)) return false;
  }
  return true;
}

// ---- an error ignored on purpose ----

// A line that opens a handler: `} catch (IOException e) {`, `.catch((e) => {`, `except ValueError as e:`, `rescue => e`.
const HANDLER = /\b(catch|except|rescue)\b[^{}]*[{:]?\s*$/;
const CLOSES = /^\s*(\}|end\b|ensure\b|else\b|finally\b|rescue\b|except\b|pass\s*$)/;
// A handler's last statement that still ignores the error: `return null;`, `continue;`, `break;`; not `return retry(e);`.
const QUIET_EXIT = /^\s*(return\b[^;(){}]{0,80}|continue|break|pass)\s*;?\s*$/;
// A print or a log call: `e.printStackTrace();`, `logger.error("…", e);`, `System.err.println(e)`, `Log.e(TAG, …)`, `print(e)`.
const LOGS =
  /^(?:[\w$]+(?:\.|->|::))*(?:printStackTrace|print\w*|puts|pp?|dbg|warn\w*|error_log|var_dump|dump|log\w*|debug|info|error|exception|fatal|trace|critical|WriteLine|Write)!?(?:\s*\(|\s+(?![-+*/%&|^<>!]?=)[\w"'$:@])|^(?:[\w$]+(?:\.|->|::))*(?:log|logger|_log|_logger|logging)(?:\.|->|::)\w+\s*\(/i;

/**
 * Whether a comment is all a catch/except/rescue block holds, but for a `return null;` or the like
 * that still ignores the error, with one commented print or log line (`catch (IOException e) {
 * // e.printStackTrace(); }`): the IDE's leftover that says the error is ignored on purpose. A
 * commented-out block of real logic in a handler is still dead code.
 */
export function notesIgnoredError(code: string[], before: string | undefined, beforeThat: string | undefined, after: Array<string | undefined>): boolean {
  const content = nonBlank(code);
  const [next, then] = after;
  // The block ends under the comment, or after a statement that still ignores the error
  // (`return null;`, or Python's `return None` where the indentation drops).
  const ends = CLOSES.test(next ?? "") || (QUIET_EXIT.test(next ?? "") && (then === undefined || CLOSES.test(then) || indent(then) < indent(next!)));
  // An Allman brace (`catch (Exception ex)` then `{`) puts the handler a line higher.
  const handler = before?.trim() === "{" ? beforeThat : before;
  // The handler is live code, not a comment that mentions catching.
  const live = handler !== undefined && !/^\s*(\/\/|#|\*|\/\*)/.test(handler);
  return content.length === 1 && LOGS.test(content[0]) && live && HANDLER.test(handler) && ends;
}

// ---- a tracing facility's calls ----

// A call of a trace, debug or dump method, on the object itself or bare: `$this->traceNewState($state, $tokenId);`,
// `this.debugState(s)`, `self.trace_read(t)`, `traceShift(t)`.
const TRACE_CALL = /^(?:\$this->|this\.|self\.|@)?((?:trace|debug|dump)[A-Z_]\w{0,40})\s*\(/;

/**
 * Whether every line of commented code calls a trace, debug or dump method that the file itself
 * defines (PHP-Parser's `//$this->traceNewState($state, $tokenId);` beside `protected function
 * traceNewState(…)`): the methods are there to be switched on by uncommenting their calls, so the
 * calls are the facility's switches, not dead code.
 */
export function callsOwnTracing(code: string[], functions: FunctionFact[]): boolean {
  const lines = nonBlank(code.map((l) => l.replace(/^\s*(?:\/\/|#|\/\*|\*)\s?/, "").replace(/\*\/\s*$/, "")));
  if (lines.length === 0) return false;
  const defined = new Set(functions.map((f) => f.name));
  return lines.every((l) => {
    const name = TRACE_CALL.exec(l)?.[1];
    return name !== undefined && defined.has(name);
  });
}

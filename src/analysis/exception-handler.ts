import { enclosingOpeners } from "./enclosing-openers.js";

/**
 * Prints in an uncaught-exception handler. When nothing else caught an error, the handler the platform calls last
 * is where it is reported: a thread's `UncaughtExceptionHandler`, a `CoroutineExceptionHandler`, Node's
 * `process.on("uncaughtException")`, Python's `sys.excepthook`, .NET's `AppDomain.UnhandledException`. Printing
 * there is error reporting, as in a `catch` branch (kotlinx.coroutines c22a1c748e: a stress test's
 * `setUncaughtExceptionHandler { t, e -> System.err.println("Thread $t failed: $e") … }`; 4ddfc91b43: Kotlin/Native's
 * `handleCoroutineExceptionImpl` that prints the exception, "// log exception"; both judged wrong on set 16).
 * Line-based, 1-based line numbers; the openers are bounded by enclosingOpeners' reach.
 */

// Installing or implementing a handler of uncaught errors, on a block's opening line or the print's own line. Not an
// object's `error` event (`req.on('error', err => console.log(err.stack))` swallows the error: judged a leftover).
const HANDLER =
  /\b(?:set(?:Default)?UncaughtExceptionHandler|UncaughtExceptionHandler|uncaughtExceptionHandler\s*=|CoroutineExceptionHandler|excepthook\s*=|UnhandledException\s*\+=|UnobservedTaskException\s*\+=)|\bprocess\.(?:on|once|addListener)\s*\(\s*["'](?:uncaughtException|unhandledRejection)["']|\b(?:window|globalThis)\.addEventListener\s*\(\s*["'](?:error|unhandledrejection)["']|\bwindow\.onerror\s*=/;
// A function named for handling what nobody caught: `handleCoroutineExceptionImpl`, `handleUncaughtException`,
// `excepthook`, `on_unhandled_error`. Not any `handle…Error`: a request's `handleError` may carry on with the data.
const HANDLER_NAME = /^(?:handle\w*Exception\w*|\w*[Ee]xcepthook\w*|(?:on|handle)_?(?:[Uu]ncaught|[Uu]nhandled)\w*|\w*(?:Uncaught|Unhandled)Exception\w*)$/;

/**
 * Whether the print on this line reports an uncaught error: it sits in a handler's block, in a function named for one,
 * or in a function the file installs as one (`def hook(kind, value, tb): …` and `sys.excepthook = hook`).
 */
export function inUncaughtHandler(head: string[], line: number, before: string, functionName: string | undefined): boolean {
  if (HANDLER.test(before)) return true;
  if (functionName !== undefined && (HANDLER_NAME.test(functionName) || installedAsHandler(head, functionName))) return true;
  return enclosingOpeners(head, line).some((o) => HANDLER.test(o.text));
}

// The lines of a file that install a handler, read once per file text (a file of many prints is not rescanned for each).
const handlerLines = new WeakMap<string[], string[]>();

/** Whether a line that installs a handler names the function (`sys.excepthook = hook`, `setDefaultUncaughtExceptionHandler(::report)`). */
function installedAsHandler(head: string[], name: string): boolean {
  let lines = handlerLines.get(head);
  if (!lines) handlerLines.set(head, (lines = head.filter((l) => HANDLER.test(l))));
  const named = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, "\\$")}(?![\\w$])`);
  return lines.some((l) => named.test(l));
}

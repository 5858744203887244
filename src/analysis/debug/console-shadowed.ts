import type { DebugPattern } from "./debug-patterns.js";

/**
 * C#'s name lookup searches the enclosing namespaces before any `using`: inside `namespace Spectre.Console` (or
 * `Spectre.Console.Cli`), a bare `Console` is that namespace or a member of the type, never `System.Console`; the
 * library writes `System.Console.Out` when it means the terminal. The same holds in a type that declares a member
 * named `Console` (spectre.console's `public static IAnsiConsole Console`). Set 34: f6e1368cd4's
 * `Console.Write(…, CurrentStyle)` in `AnsiConsole.cs`, the library's own public `Write`, was judged *wrong* as a print.
 * There, only `System.Console.Write` is the console.
 */
// Within a line only (`[ \t]`, not `\s`): a multiline `^\s*` runs on over blank lines from every line start, quadratic on
// a file of newlines.
const CONSOLE_NAMESPACE = /^[ \t]*namespace[ \t]+(?:[\w.]+\.)?Console(?:\.[\w.]+)?[ \t]*[;{]?[ \t]*$/m;
const CONSOLE_MEMBER = /^[ \t]*(?:(?:public|private|protected|internal|static|readonly|new)[ \t]+)+[\w<>?.[\]]+[ \t]+Console[ \t]*(?:\{|=>|=|;|$)/m;
const SYSTEM_CONSOLE: DebugPattern = { re: /(^|[^\w.])(System\.)Console\.(Write(Line)?)\s*\(/, what: "Console.$3", output: true };
/** A file's text read for the declarations, at most: they come near its top. */
const HEAD_CHARS = 20_000;

/** Whether a C# file's bare `Console` names something other than System.Console (see above). */
export function consoleShadowed(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS);
  return CONSOLE_NAMESPACE.test(head) || CONSOLE_MEMBER.test(head);
}

/** The patterns with C#'s console print narrowed to `System.Console.Write…`. */
export function systemConsoleOnly(patterns: DebugPattern[]): DebugPattern[] {
  return patterns.map((p) => (p.what === "Console.$3" ? SYSTEM_CONSOLE : p));
}

/**
 * Output written for a terminal, not for a developer reading a log: a print whose text is a
 * terminal control sequence (mordant's `print("${CSI}?1005h${CSI}?1000h")` switches mouse
 * tracking on, `println("$CSI?25h")` shows the cursor again), and a print whose colour the code
 * sets just above it (LiteDB's shell sets `Console.ForegroundColor` then writes its `"> "`
 * prompt). Nobody colours a debugging print or writes an escape code to look at a value.
 */

// The print's first argument starts with an escape: `"\x1b[…"`, `'\u001b[…'`, `"\033[…"`, Ruby's `"\e[…"`, an
// interpolated or concatenated constant named for one (`"${CSI}…"`, `"$CSI?25h"`, `CSI + "?25h"`, `ESC + "[0m"`).
const CONTROL_SEQUENCE =
  /^\s{0,8}\(?\s{0,8}(?:[a-zA-Z]{0,2}["'`](?:\\x1[bB]|\\u001[bB]|\\u\{1[bB]\}|\\033|\\e\[|\\x9[bB]|\$\{?(?:CSI|ESC|OSC|ANSI_\w{1,20})\b)|(?:CSI|ESC|OSC)\s{0,4}\+)/;

/** Whether the print's arguments (from just after its name) start with a terminal control sequence. */
export function printsControlSequence(args: string): boolean {
  return CONTROL_SEQUENCE.test(args);
}

// A console colour chosen for what follows: .NET's `Console.ForegroundColor = …`, `Console.BackgroundColor = …`.
const SETS_COLOUR = /\bConsole\.(?:Foreground|Background)Color\s*=[^=]/;
/** Lines above a print its colour may be set on. */
const COLOUR_REACH = 3;

/** Whether the console's colour is set on one of the few lines just above the (1-based) line. */
export function colouredForConsole(head: string[], line: number): boolean {
  return head.slice(Math.max(0, line - 1 - COLOUR_REACH), line - 1).some((l) => SETS_COLOUR.test(l));
}

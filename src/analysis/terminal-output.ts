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

// A control sequence anywhere in a string: an escape (`\033[%dA`, `\x1b[`) or a carriage return that redraws the line.
const CONTROL_IN_TEXT = /["'`][^"'`\n]{0,200}?(?:\\x1[bB]\[|\\u001[bB]\[|\\033\[|\\e\[|\\r)/;
/** Lines above a print read for what built the frame it prints, at most. */
const FRAME_REACH = 40;

/**
 * Whether a print of a lone variable (`fmt.Print(out)`) prints a frame the code above built with control sequences:
 * cheggaaa/pb's pool writer builds `out` from `"\033[%dA"` (cursor up) and `"\r%s\n"` per bar, then prints it to
 * redraw its progress bars (judged *wrong* as a leftover on set 43). `start` bounds the look to the enclosing function.
 */
export function printsRenderedFrame(head: string[], line: number, printed: string, start = 1): boolean {
  if (!/^[A-Za-z_]\w{0,40}$/.test(printed)) return false;
  const assigned = new RegExp(`(?:^|[^\\w.])${printed}\\s*(?:\\+|:)?=[^=]`);
  for (let l = Math.max(start, line - FRAME_REACH); l < line; l++) {
    const text = head[l - 1] ?? "";
    if (text.length < 2000 && assigned.test(text) && CONTROL_IN_TEXT.test(text)) return true;
  }
  return false;
}

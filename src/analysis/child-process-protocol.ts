import { escapeRegExp } from "../text/escape-regexp.js";
/**
 * Output that is a program's protocol (#11, session 15): a test that starts a child process and reads what the child
 * writes to its standard output. The child's print of a message the file names as a constant (command-line-api's
 * `Console.WriteLine(ChildProcessWaiting)`, which the parent reads with `process.StandardOutput.ReadLineAsync()` and
 * compares with `childState.Should().Be(ChildProcessWaiting)`) is the handshake the parent waits for, not a leftover:
 * removing it breaks the test (judged wrong on set 14).
 */
// Starting a child process, in the languages whose tests do it.
const STARTS_PROCESS =
  /\bProcess\.Start\s*\(|\bnew\s+ProcessStartInfo\b|\bProcessStartInfo\s*\{|\bProcessBuilder\b|\bRuntime\.getRuntime\(\)\.exec\b|\bsubprocess\.\w+\s*\(|\bPopen\s*\(|\bexec\.Command(?:Context)?\s*\(|\bchild_process\b|\b(?:spawn|execFile|fork)\s*\(|\bCommand::new\s*\(/;
// Reading what the child writes to its standard output.
const READS_CHILD_STDOUT =
  /\bRedirectStandardOutput\s*=\s*true\b|\.StandardOutput\.\w+|\.getInputStream\s*\(\s*\)|\.StdoutPipe\s*\(|\.stdout\b|\bstdout\s*=\s*(?:subprocess\.)?PIPE\b|\bcapture_output\s*=\s*True\b|\.Output\s*\(\s*\)|\.output\s*\(\s*\)/;
/** Lines a file is read over for the process calls (a long test file's top holds them as often as its bottom). */
const MAX_LINES = 5000;

// Per file text: a file with a thousand prints is read once, not once a print.
const readsByHead = new WeakMap<readonly string[], boolean>();
const usesByHead = new WeakMap<readonly string[], Map<string, { declared: number[]; compared: number[] }>>();

/** Whether the file starts a child process and reads its standard output. */
export function readsChildOutput(head: readonly string[]): boolean {
  let known = readsByHead.get(head);
  if (known === undefined) readsByHead.set(head, (known = scanForChild(head)));
  return known;
}

function scanForChild(head: readonly string[]): boolean {
  let starts = false;
  let reads = false;
  for (const line of head.slice(0, MAX_LINES)) {
    starts ||= STARTS_PROCESS.test(line);
    reads ||= READS_CHILD_STDOUT.test(line);
    if (starts && reads) return true;
  }
  return false;
}

/**
 * Whether the print's only argument is a name the file binds to a string literal (a constant: `const string
 * ChildProcessWaiting = "…"`, `READY = "ready"`) and uses on another line that is not a print: the message the
 * parent reads back and compares.
 */
export function printsProtocolMessage(head: readonly string[], line: number, argument: string, isPrint: (text: string) => boolean): boolean {
  const name = /^\s*(?:[A-Za-z_]\w{0,60}\.)?([A-Za-z_]\w{0,60})\s*$/.exec(argument)?.[1];
  if (name === undefined || !readsChildOutput(head)) return false;
  const { declared, compared } = usesOf(head, name, isPrint);
  const other = (lines: number[]) => lines.some((l) => l !== line);
  return other(declared) && other(compared);
}

/** The lines (1-based) that bind `name` to a string, and those that use it otherwise, prints left out: once per file and name. */
function usesOf(head: readonly string[], name: string, isPrint: (text: string) => boolean): { declared: number[]; compared: number[] } {
  let byName = usesByHead.get(head);
  if (!byName) usesByHead.set(head, (byName = new Map()));
  const known = byName.get(name);
  if (known) return known;
  const bound = new RegExp(`\\b${escapeRegExp(name)}\\s*(?::\\s*[\\w.<>?]{1,40}\\s*)?=\\s*@?["'\`]`);
  const used = new RegExp(`\\b${escapeRegExp(name)}\\b`);
  const uses = { declared: [] as number[], compared: [] as number[] };
  for (const [i, text] of head.slice(0, MAX_LINES).entries()) {
    if (!used.test(text)) continue;
    if (bound.test(text)) uses.declared.push(i + 1);
    else if (!isPrint(text)) uses.compared.push(i + 1);
  }
  byName.set(name, uses);
  return uses;
}

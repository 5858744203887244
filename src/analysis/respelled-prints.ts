import { lineKey } from "./line-origin.js";

/**
 * Prints the change only respelled: a syntax migration that rewrites each print in the new form
 * and deletes the old one (pyparsing 86ec5482c0 "Update unit tests to Python 3": `print x` →
 * `print(x)`; Ruby's `$stdout.puts x` → `puts x`; a Java file made Kotlin, `System.out.println(x);`
 * → `println(x)`). The print was there; the change did not write it. A base print still at head
 * excuses nothing: then the added one is a second print, not the first one respelled.
 */

// A receiver that names the console itself: `System.out.println` is `println`, `$stdout.puts` is `puts`.
const CONSOLE_RECEIVER = /^(?:System\.out\.|\$stdout\.|STDOUT\.)/;
// A print called with brackets (`print(x)`), and the statement form without them (`print x`; not `p = 1`, `p.x`).
const BRACKETED = /^(print|println|puts|pp|p)\s*\((.*)\)$/;
const STATEMENT = /^(print|println|puts|pp|p)\s+(?![=.(])(.+)$/;
/** Base lines read: a huge file's base is not indexed past this. */
const MAX_LINES = 20000;

/** A print's text with its spelling evened out: no console receiver, no call brackets, no `;`, no spaces in what it prints. */
export function printSpelling(text: string): string {
  const t = text.trim().replace(/;\s*$/, "").replace(CONSOLE_RECEIVER, "");
  const call = BRACKETED.exec(t) ?? STATEMENT.exec(t);
  return call ? `${call[1]} ${lineKey(call[2])}` : lineKey(t);
}

/**
 * A test for added print lines: whether the base held the same print in another spelling that the
 * change deleted (its exact line is no longer at head). The base is indexed once, on the first question.
 */
export function respelledPrint(base: string | undefined, head: string[]): (text: string) => boolean {
  if (base === undefined) return () => false;
  let gone: Set<string> | undefined;
  return (text) => {
    if (gone === undefined) {
      const atHead = new Set(head.slice(0, MAX_LINES).map(lineKey));
      gone = new Set();
      for (const l of base.split("\n", MAX_LINES)) {
        if (!CANDIDATE.test(l) || atHead.has(lineKey(l))) continue;
        const spelled = printSpelling(l);
        if (SPELLED_PRINT.test(spelled)) gone.add(spelled);
      }
    }
    return gone.has(printSpelling(text));
  };
}

// A base line that may be a print in some spelling: cheap to test before it is respelled.
const CANDIDATE = /\b(?:print|println|puts|pp|p)\b/;
// A print once respelled: its name, a space, what it prints.
const SPELLED_PRINT = /^(?:print|println|puts|pp|p) ./;

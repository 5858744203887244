/**
 * Lines that document code rather than run it: a doctest or REPL example (`>>> notifier.telegram(`,
 * its `...     token="…",` continuation lines) and doc comments (`///`, `//!`, the ` * ` lines of a
 * `/** … *\/` block). A value there illustrates a call, like one in `docs/` or a README: loguru's
 * notifier docstrings showed each service's call with a made-up token (#11). Only a live provider
 * format is reported on them, as in docs.
 */
const DOC_LINE = /^\s{0,200}(?:>>>|\.\.\.)(?:\s|$)|^\s{0,200}(?:\/\/[/!]|\/\*\*|\*(?!\/))(?:\s|$)/;

export function isDocExampleLine(text: string): boolean {
  return DOC_LINE.test(text);
}

// A line comment in the languages whose doc comments are line comments: `#` (YARD, RDoc, POD-less
// shell docs), `//`, `--`, `;`; and a ` * ` line of a `/** … */` block (JSDoc's, Javadoc's, KDoc's).
const LINE_COMMENT = /^\s{0,200}(?:#|\/\/|--|;|\*(?!\/))/;
// An example's result shown after the call, the convention of Ruby's YARD and RDoc (`foo #=> 42`)
// and of JavaScript docs (`// => 42`): what a call returns, written for the reader.
const RESULT_MARKER = /(?:#|\/\/)\s?=>/;
// The tag or heading that opens an example block in a doc comment: YARD's and JSDoc's `@example`,
// KDoc's `@sample`, a docstring's `Example:` / `Examples:` heading.
const EXAMPLE_TAG = /^\s{0,200}(?:#|\/\/[/!]?|--|;|\*)\s{0,20}(?:@example\b|@sample\b|examples?:\s*$)/i;
// Another tag ends an example: what follows `@param` is its prose, not the sample above it.
const OTHER_TAG = /^\s{0,200}(?:#|\/\/[/!]?|--|;|\*)\s{0,20}@\w/;
// How far above a line its example tag may be: one example, not a whole file of comments.
const MAX_EXAMPLE_LINES = 20;

/**
 * True when a comment line is part of a doc comment's example: it shows a call's result
 * (`#=> { password: 'DtEf9P8wS31iMyC' }`, Faker's YARD docs of fake users), or the comment lines
 * right above it open an `@example` block. The value is sample output a reader is shown, not a
 * credential (#11), and a TODO in it tells the reader what their own code should do, not work left
 * in this one (graphql-ruby's `@example` of `object_from_id`, set 27). `lineText` looks up the file's
 * lines by number; only the comment block is read, and at most MAX_EXAMPLE_LINES of it.
 */
export function inDocExample(line: number, lineText: (line: number) => string | undefined): boolean {
  const text = lineText(line);
  if (text === undefined || !LINE_COMMENT.test(text)) return false;
  if (RESULT_MARKER.test(text.replace(LINE_COMMENT, ""))) return true;
  for (let above = line - 1; above >= line - MAX_EXAMPLE_LINES; above--) {
    const prev = lineText(above);
    if (prev === undefined || !LINE_COMMENT.test(prev)) return false;
    if (EXAMPLE_TAG.test(prev)) return true;
    if (OTHER_TAG.test(prev)) return false;
    // A doc comment's code sample in HTML, Javadoc's `<pre>` (byteunits' `package-info.java`, whose sample method says
    // `// TODO Install disk cache of 'size' bytes.` for its reader to fill in: judged *wrong* on set 43). Not a Markdown
    // fence: a Rust doc-test's code is compiled and run as a test (todo-issue-reference-doc-fences.test.ts).
    if (PRE_CLOSE.test(prev)) return false;
    if (PRE_OPEN.test(prev)) return true;
  }
  return false;
}

const PRE_OPEN = /^\s{0,200}(?:\/\/[/!]?|\*|#)\s{0,20}<pre\b/i;
const PRE_CLOSE = /<\/pre>/i;

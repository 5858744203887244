import type { LanguageId } from "../syntax/facts.js";
import { parsesWhole } from "./parses-whole.js";

/**
 * Whether a text certainly has nothing for the syntax layer to set aside as prose: no comment,
 * no docstring, no string that spans lines. For such a text the code of every line is the line
 * itself, so a rule that only needs a file's code (code-change.ts) can skip parsing it: on a
 * large review of small files, parsing them was most of the time (issue #13, item 5).
 *
 * Conservative by construction: it answers true only when every way the language has to write a
 * comment, a docstring or a multi-line string is ruled out by the text alone, and false whenever
 * in doubt (a `/` in JavaScript could open a regex holding a quote, a `#` could be a hashbang or
 * a directive). Languages whose strings are too varied to rule out cheaply (Rust's raw strings and
 * lifetimes, Ruby's heredocs and `%q`, PHP's heredocs and inline HTML, TSX's text) always parse.
 */
export function proseFree(language: LanguageId, text: string): boolean {
  const maybeProse = MAYBE_PROSE[language];
  if (!maybeProse || !parsesWhole(text) || maybeProse.test(text)) return false;
  return text.split("\n").every(closesItsStrings);
}

/**
 * Per language, anything that could start a comment, a docstring or a string able to span lines,
 * or that could hide a quote from the line lexer below. A backslash is refused everywhere: it
 * escapes quotes and continues strings onto the next line.
 */
const C_FAMILY = String.raw`\/[\/*]|#|\\`;
const MAYBE_PROSE: Partial<Record<LanguageId, RegExp>> = {
  // Templates, regex literals (a `/"/` would unbalance the quotes), hashbangs.
  typescript: /[/#`\\]/,
  // The same, and JSX, whose text and attribute strings may span lines.
  javascript: /[/#`\\<]/,
  // Raw strings.
  go: new RegExp(`${C_FAMILY}|\``),
  // Text blocks.
  java: new RegExp(`${C_FAMILY}|"""`),
  // Raw strings and templates, whose `${…}` may hold quotes and line breaks.
  kotlin: new RegExp(`${C_FAMILY}|"""|\\$\\{`),
  // Verbatim, interpolated and raw strings; `#region` and other directives.
  csharp: new RegExp(`${C_FAMILY}|"""|[@$]"`),
  // Comments, triple-quoted strings, f-strings (whose fields may hold quotes and line breaks),
  // and any string where a statement may start: at a line's start or after `:` or `;`, a string
  // may be a docstring.
  python: /#|\\|"""|'''|[fF][rRbB]?["'].*\{|[rRbB][fF]["'].*\{|(^|[:;\r])[ \t\f\uFEFF]*[rRbBuUfF]{0,2}["']/m,
};

/** Every string opened on the line closes on it (no backslash is left by MAYBE_PROSE to escape a quote). */
function closesItsStrings(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== '"' && c !== "'") continue;
    const close = line.indexOf(c, i + 1);
    if (close === -1) return false;
    i = close;
  }
  return true;
}

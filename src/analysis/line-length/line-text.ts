import { lineHead } from "../../text/line-windows.js";

// A line's length as the tools measure it, and its text without a trailing comment, pragma or back-ticked names.

// Where a formatter wraps code: between arguments or elements, or at a boolean or arithmetic chain. A
// line with none (`export class A extends B {`, `export type X = Y.Z;`) is one its formatter left
// long because it could not break it: under the formatter's default, it is not the author's to wrap.
export const BREAK_POINT = /,\s*\S|\s(&&|\|\||and|or|\?\?|\+)\s/;
export const QUOTED = /"(?:\\.|[^"\\]){0,2000}"|'(?:\\.|[^'\\]){0,2000}'|`(?:\\.|[^`\\]){0,2000}`/g;

// A comment after the code, with no quote in it (so not inside a string): formatters leave it where it is.
const TRAILING_COMMENT_MAX = 2000;
const SPACE = /\s/;

/**
 * The line without a trailing `// …` or `# …` comment of at most 2,000 characters holding no quote,
 * and the spaces before it. A scan, not a pattern: `/\s+(\/\/|#)\s…$/` backtracks over every
 * start in a run of blanks, and a 500 KB line of tabs took minutes (hostile-lines test).
 */
export function withoutTrailingComment(text: string): string {
  const lastQuote = Math.max(text.lastIndexOf('"'), text.lastIndexOf("'"), text.lastIndexOf("`"));
  for (let p = Math.max(1, text.length - TRAILING_COMMENT_MAX - 3); p < text.length; p++) {
    const marker = text.startsWith("//", p) ? 2 : text[p] === "#" ? 1 : 0;
    if (!marker || !SPACE.test(text[p - 1]) || !SPACE.test(text[p + marker] ?? "")) continue;
    const body = p + marker + 1;
    if (text.length - body > TRAILING_COMMENT_MAX || body <= lastQuote) continue;
    let start = p - 1;
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    return text.slice(0, start);
  }
  return text;
}

// A trailing tool directive (`# type: ignore[…]`, `# noqa: E501`, `//nolint:…`, `// eslint-disable-line`,
// `# rubocop:disable …`, `#pragma warning`) must sit on the line it silences, so it cannot be
// wrapped; the line is judged without it, and without the explanation that follows it.
const TRAILING_PRAGMA =
  /\s(?:#|\/\/|\/\*)\s{0,4}(?:type:\s{0,4}ignore|noqa|nolint|pyright:|mypy:|pylint:|ty:\s{0,4}ignore|pyrefly:|eslint-disable|@ts-|prettier-ignore|rubocop:|NOSONAR|lgtm|nosec|fmt:)/;

const PRAGMA_LINE = /^\s{0,64}#pragma\s[^/]{0,200}\/\//;

export function withoutTrailingPragma(text: string): string {
  const head = lineHead(text);
  const m = TRAILING_PRAGMA.exec(head) ?? PRAGMA_LINE.exec(head);
  return m ? text.slice(0, m.index === 0 ? m[0].length - 2 : m.index) : text;
}

// A Kotlin back-ticked identifier (``fun `parses a nested type`(``); no quote inside, so a string's text is left alone.
const BACK_TICKED = /`[^`"\n]{1,1000}`/g;

/** The line as ktlint measures it with `ktlint_ignore_back_ticked_identifier = true`: without its back-ticked identifiers. */
export function withoutBackTicked(text: string): string {
  return text.replace(BACK_TICKED, "");
}

/** Length in code points, with tabs expanded; a line of emoji is not counted twice. */
export function measure(text: string, tabWidth: number): number {
  let n = 0;
  for (const ch of text) n += ch === "\t" ? tabWidth : 1;
  return n;
}

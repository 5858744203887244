const QUOTES = new Set(['"', "'", "`"]);

/**
 * True when the line holds a quoted literal with at least `min` characters between its quotes
 * (backslash escapes honoured). A left-to-right scan, linear in the line: the backtracking
 * pattern it replaces was quadratic on runs of quotes and backslashes (#9). Once a quote kind has
 * no closing quote further on, later quotes of that kind are not tried again.
 */
export function hasLongStringLiteral(text: string, min: number): boolean {
  const unclosed = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const q = text[i];
    if (!QUOTES.has(q) || unclosed.has(q)) continue;
    const end = closingQuote(text, i + 1, q);
    if (end === -1) {
      unclosed.add(q);
      continue;
    }
    if (end - i - 1 >= min) return true;
    i = end;
  }
  return false;
}

function closingQuote(text: string, from: number, q: string): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === "\\") k++;
    else if (text[k] === q) return k;
  }
  return -1;
}

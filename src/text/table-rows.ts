/**
 * Rows of a table written as code: runs of consecutive lines of the same shape once names, numbers
 * and strings are set aside (`"AD-07": true,` over 965 lines of an ISO code map; a translation
 * switch's `"EmailValidator" => "…",`). Such a run is read as one edit, not line by line (#10).
 */

// A run at least this long is a table, not code that happens to repeat a shape (a constructor's
// few `this.a = a;` lines stay counted).
export const TABLE_ROWS = 12;

/** A line's tokens: a name, a number, a quoted string, or one other character. */
export const CODE_TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|\S/g;

/** A line's shape: its punctuation, with every name, number and string made alike. */
export function lineShape(line: string): string {
  const tokens = line.match(CODE_TOKEN);
  if (!tokens) return "";
  // By each token's first character, without a regex per token: pr-size shapes every changed line of a review.
  let shape = "";
  for (let i = 0; i < tokens.length; i++) shape += (i === 0 ? "" : " ") + tokenShape(tokens[i]);
  return shape;
}

function tokenShape(token: string): string {
  const c = token.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36) return "a"; // [A-Za-z_$]
  if (c >= 48 && c <= 57) return "0";
  if (c === 34 || c === 39 || c === 96) return "s"; // " ' `
  return token;
}

/**
 * The lines (as given, in order) that repeat the shape of the line before them within a run of at
 * least TABLE_ROWS lines: all of a table's rows but its first. Blank lines do not break a run.
 */
export function repeatedRows(lines: string[]): string[] {
  // Too few lines for one table: nothing to shape (most files' changes).
  if (lines.length < TABLE_ROWS) return [];
  const out: string[] = [];
  let run: string[] = [];
  let shape: string | undefined;
  const close = () => {
    if (run.length >= TABLE_ROWS) out.push(...run.slice(1));
    run = [];
  };
  for (const line of lines) {
    if (line.trim() === "") continue;
    const s = lineShape(line);
    if (s !== shape) {
      close();
      shape = s;
    }
    run.push(line);
  }
  close();
  return out;
}

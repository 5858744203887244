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

/**
 * A line's shape: its punctuation, with every name, number and string made alike. It is CODE_TOKEN's
 * tokens, each by its first character, read in one pass without the array of tokens: pr-size shapes
 * every changed line of a review (a test checks it against CODE_TOKEN on every kind of character).
 */
export function lineShape(line: string): string {
  return scan(line, false);
}

/**
 * lineShape, or with `keyed` DATA_ROW when every token is a value (a number, a string, a literal
 * name) or DATA_PUNCTUATION and one at least is a value: found in the same pass, a name's text
 * looked at only while the line may still be data (most lines of code open with a name that is not).
 */
function scan(line: string, keyed: boolean): string {
  let shape = "";
  let data = keyed;
  let values = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const end = tokenEnd(line, i, c);
    const piece = pieceOf(line, i, end, c);
    if (data) {
      const value = isValue(piece, line, i, end);
      if (value) values++;
      data = value || DATA_PUNCTUATION.has(piece);
    }
    shape += shape === "" ? piece : ` ${piece}`;
    i = end;
  }
  return data && values > 0 ? DATA_ROW : shape;
}

/** A name, a number or a quoted string is made alike; any other character is its own token. */
function pieceOf(line: string, i: number, end: number, c: number): string {
  if (isNameStart(c)) return "a";
  if (isDigit(c)) return "0";
  return c === 34 || c === 39 || c === 96 ? "s" : line.slice(i, end);
}

/** A number, a string, or a name that is a value (`nil`, `true`…). */
function isValue(piece: string, line: string, i: number, end: number): boolean {
  return piece === "0" || piece === "s" || (piece === "a" && LITERAL_NAMES.has(line.slice(i, end)));
}

/** Where the CODE_TOKEN token that starts at `i` with character `c` ends. */
function tokenEnd(line: string, i: number, c: number): number {
  let j = i + 1;
  if (isNameStart(c)) {
    while (j < line.length && (isWord(line.charCodeAt(j)) || line.charCodeAt(j) === 36)) j++;
  } else if (isDigit(c)) {
    while (j < line.length && (isWord(line.charCodeAt(j)) || line.charCodeAt(j) === 46)) j++;
  } else if (c === 34 || c === 39 || c === 96) {
    // `"(?:[^"\\]|\\.)*"`: an escape takes any character but a line break; unclosed, the quote is a token alone.
    for (; j < line.length; j++) {
      const d = line.charCodeAt(j);
      if (d === c) return j + 1;
      if (d !== 92) continue;
      if (j + 1 >= line.length || isLineBreak(line.charCodeAt(j + 1))) break;
      j++;
    }
    return i + 1;
  }
  return j;
}

/** `[A-Za-z_$]` */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\w`: `[A-Za-z0-9_]` */
function isWord(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 57);
}

/** What `.` does not match: `\n`, `\r`, U+2028, U+2029. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** `\s`: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// Names that are values, not code: a table's `nil` cells are as much data as its numbers.
const LITERAL_NAMES = new Set(["nil", "null", "NULL", "nullptr", "None", "undefined", "true", "false", "True", "False", "TRUE", "FALSE"]);
// What a row of data holds besides its values: brackets, separators, `=>`, `->`, `:`, a sign.
const DATA_PUNCTUATION = new Set([..."[]{}(),;:=>-+.|&"]);
// The key of every row of data: such rows are one table whatever values they hold, in what order.
const DATA_ROW = "data";

/**
 * A line's key in a table: DATA_ROW for a row of literals only (`0x0969 => [0, 0, nil, "\343", nil],`,
 * `{"AD", 20, true},`, `(0x41, 'A'),`), where the cells change kind from row to row (a Unicode table's
 * `nil` or string, #11); otherwise its shape. `""` for a line with no token.
 */
export function rowKey(line: string): string {
  return scan(line, true);
}

/** A line of brackets and separators only (`},`, `]`, `);`): it closes one row of data and opens the next. */
function bracketsOnly(shape: string): boolean {
  return shape !== "" && shape.split(" ").every((piece) => /^[[\]{}(),;]$/.test(piece));
}

/**
 * The lines (as given, in order) that repeat the shape of the line before them within a run of at
 * least TABLE_ROWS lines: all of a table's rows but its first. Blank lines do not break a run.
 */
export function repeatedRows(lines: string[]): string[] {
  return repeatedRowIndexes(lines).map((i) => lines[i]);
}

/** repeatedRows as the lines' indexes: a caller that keyed the lines already looks its keys up by them. */
export function repeatedRowIndexes(lines: string[]): number[] {
  // Too few lines for one table: nothing to shape (most files' changes).
  if (lines.length < TABLE_ROWS) return [];
  const out: number[] = [];
  let runLength = 0;
  let shape: string | undefined;
  // Bracket lines after a row of data: in the table only if another row follows (not the table's closing `}`).
  let between: number[] = [];
  const close = () => {
    if (runLength >= TABLE_ROWS) for (let k = 1; k < runLength; k++) out.push(run[k]);
    runLength = 0;
    between = [];
  };
  const run: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A blank line (white space only) has no token, so no shape.
    const s = rowKey(lines[i]);
    if (s === "") continue;
    // Between rows of data, a bracket line (`},` of a row written over several lines) is part of the table.
    if (shape === DATA_ROW && bracketsOnly(s)) {
      between.push(i);
      continue;
    }
    if (s !== shape) {
      close();
      shape = s;
    }
    for (const j of between) run[runLength++] = j;
    between = [];
    run[runLength++] = i;
  }
  close();
  return out;
}

/**
 * The longest row of a table written as code: an entry over up to this many lines (`case 'low':` /
 * `str += '; Priority=Low'` / `break`; a label, a call, a `break`).
 */
export const ROW_LINES = 3;

/**
 * Lines repeating a row, at least, in a run for the run to be a table written as code: seven rows of
 * one line, three of three. Fewer lines alike (a constructor's few `this.a = a;`, a few updates of
 * one variable) are steps written alike, as any code has them.
 */
export const CODE_TABLE_RUN = 6;

/** Longest line read as a row; a longer one (minified code, a blob) is no row. Bounds a comparison's cost. */
const MAX_ROW_CHARS = 400;

/** A line's shape and its names, each name met earlier in the line as a back-reference (`this.age = age` → this, age, ^1). */
interface Row {
  shape: string;
  names: string[];
}

function rowOf(line: string): Row | undefined {
  if (line.length > MAX_ROW_CHARS) return undefined;
  const names: string[] = [];
  for (const token of line.match(CODE_TOKEN) ?? []) {
    if (!isNameStart(token.charCodeAt(0))) continue;
    const seen = names.indexOf(token);
    names.push(seen < 0 ? token : `^${seen}`);
  }
  return { shape: lineShape(line), names };
}

/**
 * Two lines are rows of one table when they have one shape and name the same things, place by place,
 * but for the entry: a key, a constant, an enum member, a type (a name with a capital:
 * `formatNameTable[Nil] = "nil";`, `case TypeCode.Int16: return Write(ref bytes, offset, (Int16)value);`)
 * and fewer than half the line's names besides (`case reflect.Int: return encodeInt(v)`). Steps that
 * share a shape by accident name different things (`config = load(path);`, `items = parse(config);`,
 * `options.a = makeA(options);`, `options.b = makeB(options);`), so they stay steps.
 */
function sameRow(a: Row, b: Row): boolean {
  if (a.shape !== b.shape) return false;
  let differ = 0;
  for (let k = 0; k < a.names.length; k++) {
    const [x, y] = [a.names[k], b.names[k]];
    if (x === y || (isCapital(x) && isCapital(y))) continue;
    // Variables numbered alike (`limit1`, `limit2`; fields `f1`, `f2`) are each a check of their own: only in a
    // function numbering its parameters are they copies of one step (indexed-copies.ts decides that).
    if (numberedAlike(x, y)) return false;
    differ++;
  }
  return differ * 2 < a.names.length || differ === 0;
}

/** `limit1` and `limit2`: one stem, two numbers. */
function numberedAlike(x: string, y: string): boolean {
  const stem = (name: string) => name.replace(/\d+$/, "");
  return x[0] !== "^" && y[0] !== "^" && stem(x) !== x && stem(x) === stem(y);
}

/** `[A-Z]` first: a constant, an enum member, a type, a .NET member. */
function isCapital(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * Lines of code (as indexes of `lines`) that repeat a row (see sameRow) of one of the ROW_LINES lines
 * before them, in runs of at least CODE_TABLE_RUN: all of a table's rows but its first. The caller
 * leaves out the lines that neither count nor break a run (blank lines, brackets). Linear: each line
 * is compared with ROW_LINES others, each comparison bounded by MAX_ROW_CHARS.
 */
export function codeTableRowIndexes(lines: string[]): number[] {
  const rows = lines.map(rowOf);
  const out: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= CODE_TABLE_RUN) out.push(...run);
    run = [];
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let repeats = false;
    for (let back = 1; row && !repeats && back <= ROW_LINES && back <= i; back++) {
      const earlier = rows[i - back];
      repeats = earlier !== undefined && sameRow(row, earlier);
    }
    if (repeats) run.push(i);
    else close();
  }
  close();
  return out;
}

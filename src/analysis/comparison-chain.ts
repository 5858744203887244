import type { Span } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";

/** A comparison: an operator, or a call that compares (`equals`, `Equals`, `compare`, `deepEquals`, `eq`). */
const COMPARISON = /[!=]==?|<=>|\b(?:equals|Equals|deepEquals|compare\w*|Compare\w*|eq|cmp)\s*\(/;
/** Hashing a field into a combined hash: `result = 31 * result + x.hashCode();`, `hasher.combine(x)`, `h.Add(x)`. */
const HASHING = /\bhash\w*\b|\bHash\w*\b|\bcombine\s*\(/;
/** A line that only ends a comparison: `return true;`, `return false`, `return 0;`, `else`, `} else {`, `end`. */
const VERDICT = /^\s*(?:\}\s*)?(?:return\s+(?:true|false|True|False|0|-1|1|result|res)\s*;?|else\s*\{?|else:)\s*$/;
/** A check for null before a field's comparison: `if (quoteChar == null)`, `other.escape != null`, `x is None`. */
const NULL_CHECK = /[!=]==?\s*(?:null|nil|None|undefined)\b|\bis\s+(?:not\s+)?None\b/;
/** A name with what it is read from: `other.delimiter`, `$that->name`, `self.x`, or a bare `delimiter`. */
const ACCESS = /(?:([\w$]+)\s*(?:\?\.|\.|->)\s*)?([A-Za-z_$][\w$]*)/g;

/** Fewest fields compared one by one for a chain of comparisons. */
const MIN_FIELDS = 4;
/** Share of a span's lines of work that compare or hash for it to be a chain of comparisons. */
const COMPARING_SHARE = 0.75;

/**
 * Whether the line compares a member with the same member of another object: `delimiter !=
 * other.delimiter`, `!quoteChar.equals(other.quoteChar)`, `self.x == other.x and`, `a.X == b.X`,
 * `$this->name === $that->name`, `Objects.equals(header, that.header)`.
 */
function comparesAField(text: string): boolean {
  const from = new Map<string, Set<string>>();
  for (const m of text.matchAll(ACCESS)) {
    const seen = from.get(m[2]) ?? new Set<string>();
    seen.add(m[1] ?? "");
    from.set(m[2], seen);
  }
  for (const receivers of from.values()) if (receivers.size >= 2) return true;
  return false;
}

/**
 * A span made of field-by-field comparisons or hashing: an `equals`, `==`, `__eq__`, `Equals`,
 * `compareTo` or `hashCode` written out one field at a time (`if (delimiter != other.delimiter) {
 * return false; }`, then the next field). Its length is the number of fields, not of steps: a bug
 * fix adding six missing fields to commons-csv's `equals`, or an IDE-generated `equals` of 82
 * lines, Allman braces and null checks, do nothing worth extracting (judged "not worth saying",
 * session 11). Splitting one into helpers only spreads the field list.
 */
export function comparisonChain(code: (line: number) => string, span: Span): boolean {
  let work = 0;
  let comparing = 0;
  let fields = 0;
  let nullChecks = 0;
  for (let line = span.start; line <= span.end; line++) {
    const text = code(line);
    if (text === "" || BRACKETS_ONLY.test(text) || VERDICT.test(text)) continue;
    work++;
    const field = (COMPARISON.test(text) && comparesAField(text)) || HASHING.test(text);
    if (field) fields++;
    else if (NULL_CHECK.test(text)) nullChecks++;
    if (field || COMPARISON.test(text)) comparing++;
  }
  // Mostly comparisons, most of them of a field with its counterpart (or the null checks guarding one).
  return fields >= MIN_FIELDS && (fields + nullChecks) * 2 >= comparing && comparing >= COMPARING_SHARE * work;
}

import { relaidLines } from "./sweeps.js";

/**
 * Python type hints added to (or corrected in) code that does not otherwise change: a sweep by
 * a tool such as monkeytype, or by hand after mypy. The code's behaviour is the same, so a
 * reviewer reads the hints lightly, as the nullability annotations of a C# migration (#11).
 */

const PYTHON = /\.pyi?$/;
// A return annotation: `) -> Optional[str]:` is `):` without it.
const RETURN_HINT = /\)\s*->[^:#]*:/g;
// A type: names, dotted names, subscripts (`Dict[str, List[int]]`), unions and string forward references.
const TYPE_TEXT = /^[\w.[\], |'"]+$/;
// Lines where `name: value` is not an annotation: a lambda's body, a dict literal's entries
// (a signature's `= {}` default is still one).
const NOT_ANNOTATED = /\blambda\b|\{/;
const SIGNATURE = /^\s*(?:async\s+)?def\s/;

// A comment at the end of a line of code: `# type: ignore[arg-type]`, `# noqa: E501`. One that a
// quote follows may be a `#` inside a string, and stays.
const TRAILING_COMMENT = /(\S)\s+#[^'"]*$/;

/**
 * The line without its type hints and its trailing comment (a type checker's `# type: ignore`),
 * whitespace removed: what a type-hint sweep leaves unchanged.
 */
export function withoutTypeHints(line: string): string {
  let out = line.replace(TRAILING_COMMENT, "$1").replace(RETURN_HINT, "):");
  if (SIGNATURE.test(out) || !NOT_ANNOTATED.test(out)) out = withoutAnnotations(out);
  return out.replace(/\s+/g, "");
}

// A parameter or variable name where an annotation may follow: at the line's start, or after `(`, `,` or `*`.
const ANNOTATED_NAME = /(^|[(,*])(\s*)([A-Za-z_]\w*)\s*:(?!=)/g;

/** `a: int, *args: Any, b: Dict[str, int] = {}` → `a, *args, b = {}`. */
function withoutAnnotations(line: string): string {
  let out = "";
  let from = 0;
  for (const m of line.matchAll(ANNOTATED_NAME)) {
    if (m.index < from) continue;
    const typeStart = m.index + m[0].length;
    const typeEnd = endOfType(line, typeStart);
    const type = line.slice(typeStart, typeEnd).trim();
    if (type === "" || !TYPE_TEXT.test(type)) continue;
    out += line.slice(from, m.index) + m[1] + m[2] + m[3];
    from = typeEnd;
  }
  return out + line.slice(from);
}

/** Where a type that starts at `i` ends: at a `,`, `)` or `=` outside its brackets, or at the line's end. */
function endOfType(line: string, i: number): number {
  let depth = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (depth === 0 && (c === "," || c === ")" || c === "=" || c === "#")) break;
    if (depth < 0) break;
  }
  return i;
}

/**
 * The lines of each side of a Python file that say what a line of the other side says but for
 * their type hints: matched line by line, or laid out again (black wraps a signature that hints
 * made too long). Keys are the lines with whitespace removed; other files have none.
 */
export function typeHintsOnly(path: string, removed: string[], added: string[]): { removed: Set<string>; added: Set<string> } {
  const out = { removed: new Set<string>(), added: new Set<string>() };
  if (!PYTHON.test(path) || removed.length === 0 || added.length === 0) return out;
  const [bareRemoved, bareAdded] = [removed.map(withoutTypeHints), added.map(withoutTypeHints)];
  const relaid = relaidLines(bareRemoved, bareAdded);
  const keep = (lines: string[], bare: string[], found: Set<string>, into: Set<string>) =>
    lines.forEach((l, i) => {
      if (found.has(bare[i])) into.add(l.replace(/\s+/g, ""));
    });
  keep(removed, bareRemoved, relaid.removed, out.removed);
  keep(added, bareAdded, relaid.added, out.added);
  return out;
}

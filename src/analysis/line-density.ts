import { syntaxLanguageOf } from "../syntax/grammars.js";

/**
 * How much logic one line of code packs: what makes a long line hard to read, rather than merely
 * long. A declaration's signature, a `throw new X("message " . $v)` or a call with a string message
 * is long but scans at a glance; a condition of three parts, nested calls, a nested ternary or a
 * closure inside a call is several steps a reader must hold at once (session 8's judge: the former
 * not worth saying 15–30 characters over a 120 guide, the latter agreed).
 */

// String literals (one line's worth) are content, not structure: their commas and brackets do not count.
const QUOTED = /"(?:\\.|[^"\\]){0,2000}"|'(?:\\.|[^'\\]){0,2000}'|`(?:\\.|[^`\\]){0,2000}`/g;
// A comment after the code says nothing of its density.
const TRAILING_COMMENT = /\s(?:\/\/|#)\s.{0,2000}$/;
// Parts of a condition: `&&`, `||`, `and`, `or`, `??`.
const LOGICAL = /&&|\|\||\?\?|\s(?:and|or)\s/g;
// A ternary's `?` (not `?.`, `??`, `?->`, `?:` or Rust's `?` after a call), and Python's `x if c else y`.
const TERNARY = /\s\?\s|\sif\s.{1,400}\selse\s/g;
// A call: a name (or a closing bracket) right before `(`, not a keyword that takes parentheses.
const CALL = /([\w$]+|[)\]])\s?\(/g;
const NOT_CALLS = new Set([
  "if",
  "elif",
  "elseif",
  "for",
  "foreach",
  "while",
  "switch",
  "catch",
  "match",
  "when",
  "return",
  "and",
  "or",
  "not",
  "in",
  "function",
  "fn",
  "def",
  "fun",
  "func",
  "lambda",
  "typeof",
  "sizeof",
]);
// A statement packed after a condition or an arm on the same line (`if (x) throw …`, `=> throw …`, `: return …`).
const PACKED_JUMP = /\S\s+(?:throw|return|raise|break|continue)\b/;
/** Closures by language: an arrow where it means a function, an anonymous function, a block with parameters. */
const CLOSURES: Record<string, RegExp> = {
  js: /=>|\bfunction\s*\(/g,
  php: /\bfunction\s*\(|\bfn\s*\(/g,
  python: /\blambda\b/g,
  ruby: /\{\s*\|[^|]{0,80}\||\bdo\s*\|[^|]{0,80}\||->\s*[({]/g,
  jvm: /->/g,
  csharp: /=>|\bdelegate\s*\(/g,
  go: /\bfunc\s*\(/g,
  rust: /\|[\w\s:&,()]{0,80}\|\s*[\w{]|\bmove\s*\|/g,
};
const FAMILY: Record<string, string> = {
  javascript: "js",
  typescript: "js",
  tsx: "js",
  php: "php",
  python: "python",
  ruby: "ruby",
  java: "jvm",
  kotlin: "jvm",
  csharp: "csharp",
  go: "go",
  rust: "rust",
};

// A declaration's signature (`public function __construct(`, `fun load(`, `def f(`, `pub fn new(`, `public static Foo bar(`):
// its parameters' default values (`= listOf()`, `= new DateTimeImmutable()`) are not calls a reader follows.
const MODIFIER = String.raw`(?:public|private|protected|internal|static|final|abstract|override|open|suspend|inline|async|export|default|readonly|virtual|sealed|unsafe|extern|const|pub(?:\([\w:]{1,40}\))?)`;
const DECLARATION = new RegExp(
  String.raw`^\s*(?:${MODIFIER}\s+){0,6}(?:function|fun|def|fn|func)\b|^\s*(?:${MODIFIER}\s+){1,6}(?:[\w.<>\[\]?,]{1,80}\s+)?[\w$]{1,80}\s*\(|^\s*constructor\s*\(`,
);

/** Brackets this deep on one line (`f(g(h(x)))`, `[[…[…]]]`) are nested past what a glance takes in. */
export const DENSE_DEPTH = 3;
/** Points at which a line is dense: two condition parts; a condition and two calls; a nested ternary; four calls. */
export const DENSE_POINTS = 4;

/** A line's density: its deepest bracket nesting and its points (a condition part or a ternary 2, a call, a closure or a packed jump 1). */
export function lineDensity(path: string, text: string): { depth: number; points: number } {
  const code = text.replace(QUOTED, '""').replace(TRAILING_COMMENT, "");
  let points = 2 * (code.match(LOGICAL)?.length ?? 0) + 2 * (code.match(TERNARY)?.length ?? 0);
  if (!DECLARATION.test(code)) for (const m of code.matchAll(CALL)) if (!NOT_CALLS.has(m[1])) points++;
  const family = FAMILY[syntaxLanguageOf(path) ?? ""];
  if (family) points += code.match(CLOSURES[family])?.length ?? 0;
  if (PACKED_JUMP.test(code)) points++;
  return { depth: bracketDepth(code), points };
}

/** Whether a line packs enough logic that its length is a reading problem, not only a layout one. */
export function isDense(path: string, text: string): boolean {
  const { depth, points } = lineDensity(path, text);
  return depth >= DENSE_DEPTH || points >= DENSE_POINTS;
}

/** The deepest nesting of brackets opened on the line (a closer of an earlier line's bracket does not go below 0). */
function bracketDepth(code: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of code) {
    if (ch === "(" || ch === "[" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if (ch === ")" || ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

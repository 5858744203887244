/**
 * Comments that are mathematics written in a program's syntax, not code switched off: a heading that names a
 * distribution or a complexity over the definition it introduces, and an equivalent formula kept with the derivation
 * that leads to the live one.
 */

// A name of at most four letters, capitalised, applied to numbers only: `N(0, 1)`, `Exp(1)`, `O(1)`, `Beta(2, 5)`.
const NOTATION = /^[A-Z][a-z]{0,3}\(\s*-?[\d.]+(?:\s*,\s*-?[\d.]+){0,3}\s*\)$/;
// The definition a heading introduces: a function or a class.
const DEFINITION = /^\s*(?:(?:pub|export|async|static|public|private)\s+){0,2}(?:def|fn|func|fun|function|class)\s+\w/;

/**
 * Whether a lone commented line is a heading in mathematical notation right over the definition it introduces (rand's
 * ziggurat_tables.py: `# N(0, 1)` over `def norm_f(x):`, `# Exp(1)` over `def exp_f(x):`): it names the distribution
 * the functions below compute. A statement that calls a function with constants only, for nothing, is no code anyone
 * switches off.
 */
export function notationHeading(content: string, next: string | undefined): boolean {
  return NOTATION.test(content.trim()) && next !== undefined && DEFINITION.test(next);
}

// An assignment, with its binding keyword if any: `let mu = …`, `mu = …`, `val x: F = …`; the name assigned.
const ASSIGNS = /^\s*(?:(?:let|var|const|val|auto|final)\s+(?:mut\s+)?)?([A-Za-z_]\w{0,60})\s*(?::[^=]{1,60})?=(?!=)/;
const COMMENT = /^\s*(?:\/\/|#)/;
/** Lines over the commented formula read for the derivation, and comment lines that make one. */
const DERIVATION_REACH = 4;
const DERIVATION_LINES = 2;

/**
 * Whether a lone commented assignment is an equivalent formula for the value the live line right under it computes,
 * kept with the derivation just above (rand's LogNormal::from_mean_cv: `// thus σ² = log(CV² + 1)`, `// and exp(μ) = …`,
 * then `// let mu = F::from(0.5).unwrap() * (mean * mean / a).ln();` over `let mu = (mean / a.sqrt()).ln();`). It is
 * part of the math notes. With no derivation above, `// x = old` over `x = new` is still a leftover.
 */
export function derivedAlternative(content: string, below: string | undefined, above: Array<string | undefined>): boolean {
  const name = ASSIGNS.exec(content)?.[1];
  if (name === undefined || below === undefined || COMMENT.test(below) || ASSIGNS.exec(below)?.[1] !== name) return false;
  return above.slice(0, DERIVATION_REACH).filter((l) => l !== undefined && COMMENT.test(l) && l.replace(COMMENT, "").trim() !== "").length >= DERIVATION_LINES;
}

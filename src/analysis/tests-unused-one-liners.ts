import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { isPublic } from "./behaviour-change.js";
import { wordPattern } from "./tests-used-already.js";

/**
 * Groundwork no code runs yet (#11, set 10): commons-csv's four package-private one-line predicates
 * (`boolean isDelimiter(int c) { return c == delimiter; }`) added to `Lexer` "for CSVLexer to
 * follow", nothing calling them. A test would restate each comparison; the tests come with the
 * code that uses them. Only where every new function is one line of body, decides at most once,
 * is visible only inside its module or package, and no changed source names it outside its own
 * lines, and the rest of the change decides nothing (the fields they read, assigned in a constructor).
 * A public one-liner is API a user can call: it is not covered here.
 */

/** Lines of code a one-liner holds: its signature, its one statement, its closing line. */
const MAX_ONE_LINER_LINES = 3;

export function onlyUnusedOneLiners(
  newFunctions: readonly FunctionFact[],
  newDecisions: number,
  language: LanguageId,
  lines: readonly string[],
  all: FunctionFact[],
  sourceTexts: () => Iterable<string>,
): boolean {
  if (newFunctions.length === 0) return false;
  const decided = newFunctions.reduce((n, fn) => n + fn.decisions, 0);
  // Whatever else the change writes decides nothing: more than the new functions' own decisions is behaviour.
  if (newDecisions > decided) return false;
  return newFunctions.every(
    (fn) =>
      statementLines(fn, lines) <= MAX_ONE_LINER_LINES && fn.decisions <= 1 && narrow(fn, language, lines as string[], all) && unused(fn, lines, sourceTexts),
  );
}

/** The function's lines that hold more than a brace: C#'s brace lines are no statement. */
export function statementLines(fn: FunctionFact, lines: readonly string[]): number {
  return lines.slice(fn.start - 1, fn.end).filter((l) => !/^\s*[{}]?\s*$/.test(l)).length;
}

/** Visible only inside its module or package: private by the language's rule, or a Java or C# member without `public`/`protected`. */
export function narrow(fn: FunctionFact, language: LanguageId, lines: string[], all: FunctionFact[]): boolean {
  if (!isPublic(fn, language, lines, all)) return true;
  return (language === "java" || language === "csharp") && !/\b(public|protected)\b/.test(lines[fn.start - 1] ?? "");
}

/**
 * No line of the file outside the function, nor any other changed source, names it. The other
 * texts come last and only when asked for: gathering them for every file of a large change, most
 * of which fail a cheaper test first, cost the number of files squared.
 */
function unused(fn: FunctionFact, lines: readonly string[], otherTexts: () => Iterable<string>): boolean {
  const name = wordPattern(fn.name);
  if (lines.some((l, i) => (i + 1 < fn.start || i + 1 > fn.end) && name.test(l))) return false;
  for (const t of otherTexts()) if (name.test(t)) return false;
  return true;
}

import type { FunctionFact, LanguageId } from "../syntax/facts.js";

/**
 * A debug description's format tweaked (#11, set 10): commons-csv's `CSVFormat.toString()` that
 * now separates `Delimiter=<,>` from `Escape=<\>` by a space and adds `EmptyLines:ignored`. Output
 * for a developer reading a log or a debugger, not behaviour a user relies on; reviewers call it
 * cosmetic. Only a language's debug description (Java's and Kotlin's `toString`, C#'s `ToString`,
 * Python's `__repr__`, Ruby's `inspect`) whose text labels fields (`"Escape=<"`, `" SurroundingSpaces:ignored"`,
 * `f"<Signer salt={…}"`): a `toString` that renders the value itself (`1.2.3` for a version) is behaviour.
 */

const DEBUG_DESCRIPTION: Partial<Record<LanguageId, RegExp>> = {
  java: /^toString$/,
  kotlin: /^toString$/,
  csharp: /^ToString$/,
  python: /^__repr__$/,
  ruby: /^inspect$/,
};

/** String literals, each read alone: text between two literals (`" + pre == null ? "`) is code. */
const LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

/** A literal that labels a field: a word then `=` or `:` inside it. */
const LABEL = /[A-Za-z]\w*\s*[=:]/;

const labels = (line: string) => (line.match(LITERAL) ?? []).some((lit) => LABEL.test(lit));

/** The fresh lines that sit in a debug description that labels its fields. */
export function debugOutputLines(fresh: Set<number>, functions: FunctionFact[], lines: string[], language: LanguageId | undefined): Set<number> {
  const name = language ? DEBUG_DESCRIPTION[language] : undefined;
  const out = new Set<number>();
  if (!name) return out;
  for (const fn of functions) {
    if (!name.test(fn.name)) continue;
    const body = lines.slice(fn.start - 1, fn.end);
    if (!body.some(labels)) continue;
    for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  }
  return out;
}

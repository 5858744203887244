import type { FunctionFact, LanguageId } from "../syntax/facts.js";

/**
 * Code that only writes documentation (#11, session 13): a docstring set at run time
 * (`notificator.__doc__ = make_docstring(provider)`, `dict_["__doc__"] = cls.generate_doc(dict_)`)
 * and the new functions whose every call in the file hands its result to such an assignment, or
 * sits in another such function (loguru's `generate_doc` and `make_docstring`, which build the
 * notifier's reference pages from the providers' schemas). What they produce is read by people in
 * `help()` and the rendered docs; nothing the program does depends on it, so a reviewer asks no
 * test of it, as of a docstring written by hand (judged set 11: "Notifier behaviour is unchanged").
 */

/** An assignment to a docstring: `x.__doc__ = …`, `d["__doc__"] = …`, a class body's `__doc__ = …`. */
const DOC_ASSIGNMENT = /(?:\.__doc__|\[\s*["']__doc__["']\s*\]|^\s*__doc__)\s*=(?!=)/;

/** Names too short to find their calls by (`f`, `go`): a function so named is judged as before. */
const MIN_NAME = 4;

/**
 * The fresh lines (1-based) that only write documentation: docstring assignments, and the lines of
 * new functions whose every call is on such an assignment or inside another such function. Python
 * only, where a docstring is a value the code may build. One pass over the lines per round, with
 * at most a few rounds: linear in the file.
 */
export function docsGenerationLines(fresh: Set<number>, functions: FunctionFact[], lines: string[], language: LanguageId): Set<number> {
  const out = new Set<number>();
  if (language !== "python") return out;
  const docLines = [...fresh].filter((l) => DOC_ASSIGNMENT.test(lines[l - 1] ?? ""));
  if (docLines.length === 0) return out;
  for (const l of docLines) out.add(l);
  const candidates = functions.filter((fn) => fresh.has(fn.start) && /^\w+$/.test(fn.name) && fn.name.length >= MIN_NAME && fn.kind !== "lambda");
  if (candidates.length === 0) return out;
  const docFunctions = new Set<FunctionFact>();
  // A helper of a helper (a `format_argument` that `make_docstring` calls) is found in the next round.
  for (let round = 0; round < 3; round++) {
    const before = docFunctions.size;
    const open = candidates.filter((fn) => !docFunctions.has(fn));
    for (const fn of onlyCalledForDocs(open, lines, (l) => DOC_ASSIGNMENT.test(lines[l - 1] ?? "") || [...docFunctions].some((d) => within(l, d))))
      docFunctions.add(fn);
    if (docFunctions.size === before) break;
  }
  for (const fn of docFunctions) for (let l = fn.start; l <= fn.end; l++) if (fresh.has(l)) out.add(l);
  return out;
}

/** The functions called at least once, and only on lines `forDocs` accepts (their own bodies aside). */
function onlyCalledForDocs(fns: FunctionFact[], lines: string[], forDocs: (line: number) => boolean): FunctionFact[] {
  if (fns.length === 0) return [];
  const byName = new Map(fns.map((fn) => [fn.name, fn]));
  const call = new RegExp(`(?:^|[^\\w])(${[...byName.keys()].join("|")})\\s*\\(`, "g");
  const calls = new Map<FunctionFact, number>();
  const other = new Set<FunctionFact>();
  lines.forEach((text, i) => {
    const l = i + 1;
    for (const m of text.matchAll(call)) {
      const fn = byName.get(m[1])!;
      // A recursive call is no use of the result.
      if (within(l, fn)) continue;
      if (forDocs(l)) calls.set(fn, (calls.get(fn) ?? 0) + 1);
      else other.add(fn);
    }
  });
  return fns.filter((fn) => (calls.get(fn) ?? 0) > 0 && !other.has(fn));
}

function within(line: number, fn: FunctionFact): boolean {
  return line >= fn.start && line <= fn.end;
}

import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import type { FunctionFact, Span } from "../syntax/facts.js";
import { baseCode, codeChange, headCode, newLinesAfterMoves, removedFileCode, type FileCode } from "./code-change.js";
import { restoredLines } from "./restored-code.js";
import { perReviewFiles } from "./review-memo.js";
import { insertedTokens, tokenize, type LineTokens } from "./token-diff.js";

/** One side (head or base) of a file, seen as code: comments, docstrings and blank lines set aside. */
export interface CodeView {
  /** The line's code with comments and docstrings blanked; "" when it holds none. */
  code(line: number): string;
  /** Lines of `span` that hold code. */
  codeLines(span: Span): number;
  /** Lines of `span` that hold code other than a line of a data literal (`key: value,`, `name = value,`, `{"1", "Tokyo"},`; see isDataLine). */
  logicLines(span: Span): number;
  /**
   * Lines of `fn` that belong to a named function, method or constructor declared inside it (a
   * method of an object literal, a nested helper): those are functions of their own, measured on
   * their own. Callbacks and lambdas passed inline stay part of `fn`.
   */
  nestedDeclarations(fn: FunctionFact): Set<number>;
  /** The functions declared inside `fn`, of any kind (lambdas and callbacks included). */
  nestedFunctions(fn: FunctionFact): FunctionFact[];
  /** The tokens of `span`, line by line (lines without code left out). */
  tokens(span: Span): LineTokens[];
}

const headViews = new WeakMap<ChangedFile, CodeView | null>();
const baseViews = new WeakMap<ChangedFile, CodeView | null>();

export function headView(file: ChangedFile, found: Lookups): CodeView | undefined {
  return memo(headViews, file, () => viewOf(headCode(file, found)));
}

export function baseView(file: ChangedFile, found: Lookups): CodeView | undefined {
  return memo(baseViews, file, () => viewOf(baseCode(file, found)));
}

function memo(cache: WeakMap<ChangedFile, CodeView | null>, file: ChangedFile, make: () => CodeView | undefined): CodeView | undefined {
  if (!cache.has(file)) cache.set(file, make() ?? null);
  return cache.get(file) ?? undefined;
}

/**
 * A line that only names one entry of an option, table or struct literal, or one keyword argument
 * (`event: { type: "string", short: "e" },`, `"payload-path" => path,`, `level=logging.INFO,`,
 * `Name = value,`): data being wired, however long the list, not steps of logic.
 */
const LITERAL_PROPERTY = [
  /^\s*[\w$"'.\-[\]]+\s*(:|=>|=)\s*\S.*,\s*$/,
  /^\s*[\w$"'.\-]+\s*(:|=>)\s*[{[(]\s*$/,
  // A quoted key of any text (a letter of another script, punctuation, a space): faker's `"а": "a",`
  // and `"'": "",`, the 70 entries of a transliteration table that `[\w]` does not read as a name.
  /^\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*(:|=>)\s*\S.*,\s*$/,
];

/** A literal value: a string, a number, a boolean or null, optionally named (`Width: 4`). */
const LITERAL = String.raw`(?:[\w$]+\s*:\s*)?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d[\w.]*|true|false|nil|null|None)`;
/**
 * A line holding one row of a table literal, only literal values in brackets (`{"1", "Tokyo",
 * "Japan", "37,274,000"},`, `[404, "Not Found"],`, `{Title: "Rank", Width: 4},`, `listOf("a", 1),`): a record of
 * data, however many rows the table has. bubbletea's table example is a `main` of 132 lines, 100 of
 * them city rows (judged "not worth saying" on held-out histories, session 6).
 */
const ROW = String.raw`[[{(]\s*(?:${LITERAL}\s*,\s*)*${LITERAL}\s*,?\s*[\]})]`;
// A row built by a call (`listOf(…)`, `new[] {…}`) is one only in a list, ending in a comma: `log("done")` alone is a step.
const DATA_ROW = new RegExp(String.raw`^\s*(?:${ROW}\s*,?|(?:new\s+)?[\w.$]+(?:<[^>]*>)?(?:\[\])?!?\s*${ROW}\s*,)\s*$`);

/** A line of a data literal: one property of an option or record literal, or one row of a table of literals. */
export function isDataLine(code: string): boolean {
  return DATA_ROW.test(code) || LITERAL_PROPERTY.some((re) => re.test(code));
}

/**
 * A file with unresolved merge-conflict markers holds both sides of the conflict: its functions'
 * shape is neither side's, so its structure is not judged.
 */
const CONFLICT_MARKERS = [/^<{7}(?: |$)/m, /^={7}$/m, /^>{7}(?: |$)/m];

export function hasConflictMarkers(text: string): boolean {
  return CONFLICT_MARKERS.every((re) => re.test(text));
}

function viewOf(side: FileCode | undefined): CodeView | undefined {
  if (!side?.facts || hasConflictMarkers(side.text)) return undefined;
  const { code, facts } = side;
  const at = (line: number) => {
    const c = code.get(line) ?? "";
    return c.trim() === "" ? "" : c;
  };
  const inSpan = (span: Span) => Array.from({ length: span.end - span.start + 1 }, (_, i) => span.start + i).filter((l) => at(l) !== "");
  return {
    code: at,
    codeLines: (span) => inSpan(span).length,
    logicLines: (span) => inSpan(span).filter((l) => !isDataLine(at(l))).length,
    tokens: (span) => tokenize(inSpan(span).map((line) => ({ line, code: at(line) }))),
    nestedDeclarations: (fn) => {
      const out = new Set<number>();
      for (const f of nestedIn(facts.functions, fn)) if (f.kind !== "lambda" && f.kind !== "callback") for (let l = f.start; l <= f.end; l++) out.add(l);
      return out;
    },
    nestedFunctions: (fn) => nestedIn(facts.functions, fn),
  };
}

function nestedIn(functions: FunctionFact[], fn: FunctionFact): FunctionFact[] {
  return functions.filter((f) => f !== fn && f.start >= fn.start && f.end <= fn.end && (f.start > fn.start || f.end < fn.end));
}

/**
 * Lines (at head) of each file holding code the change wrote: not re-indented, not moved within
 * the file or from another file of the change, not only a bracket or an import. Computed once per
 * review (and set of files) for all rules that ask.
 */
export interface FreshCode {
  /** Lines of new code. */
  fresh: Set<number>;
  /** Every added line that holds code (not only a bracket, an import or a type), new or moved. */
  added: Set<number>;
}

export function freshCodeLines(change: Change, file: ChangedFile, found: Lookups): FreshCode {
  return freshByFiles(change.files, found).get(file) ?? { fresh: new Set(), added: new Set() };
}

/**
 * Keyed by the change's files, not the change: each rule run (max-function-length, max-complexity,
 * max-nesting-depth) has a change object of its own, and all read the same code.
 */
const freshByFiles = perReviewFiles((files: ChangedFile[], found: Lookups) => {
  const kept = files.filter((f) => f.status !== "removed" && f.additions > 0);
  const changes = kept.map((f) => codeChange(f, found));
  const removed = files.filter((f) => f.status === "removed").map((f) => removedFileCode(f, found));
  const moved = newLinesAfterMoves(changes, removed);
  // Runs of lines that were at base already (un-commented, inlined back, moved in) are not new either.
  const fresh = kept.map((f, i) => without(moved[i], restoredLines(files, f, found)));
  return new Map<ChangedFile, FreshCode>(kept.map((f, i) => [f, { fresh: fresh[i], added: new Set(changes[i].addedCodeLines) }]));
});

function without(lines: Set<number>, drop: Set<number>): Set<number> {
  return drop.size === 0 ? lines : new Set([...lines].filter((l) => !drop.has(l)));
}

/**
 * The lines of `fn` (at head) that hold new code compared with `before`, its version at base:
 * a line counts when more than half of its tokens are not in a longest common subsequence with the
 * old body, so a re-wrapped or re-indented line, or one where a name changed, is not new.
 */
export function newTokenLines(head: LineTokens[], before: LineTokens[] | undefined): Set<number> {
  if (!before) return new Set(head.filter((l) => l.tokens.length > 0).map((l) => l.line));
  const inserted = insertedTokens(
    before.flatMap((l) => l.tokens),
    head.flatMap((l) => l.tokens),
  );
  const out = new Set<number>();
  let k = 0;
  for (const { line, tokens } of head) {
    let n = 0;
    for (let i = 0; i < tokens.length; i++) if (inserted[k + i]) n++;
    k += tokens.length;
    if (tokens.length > 0 && n * 2 > tokens.length) out.add(line);
  }
  return out;
}

/** The words, numbers and strings of a function's code (punctuation left out), to compare with another function's. */
export function vocabulary(view: CodeView, fn: FunctionFact): string[] {
  return view.tokens(fn).flatMap((l) => l.tokens.filter((t) => /^[\p{L}\p{N}_$"]/u.test(t)));
}

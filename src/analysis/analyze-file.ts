import type { ChangedFile } from "../model/change.js";
import type { Lookups } from "../engine/rule.js";
import { languageOf } from "../text/languages.js";
import { maskAddedLines, type MaskedLine } from "../text/mask-code.js";
import { codeLinesOf } from "./code-lines.js";
import { analyzeHeuristic } from "./analyze-heuristic.js";
import { analyzeTypeScript } from "./analyze-typescript.js";
import type { FileAnalysis } from "./functions.js";

const TS_JS = /\.([cm]?[jt]sx?)$/i;

/** Files a function-level rule can analyse: code with added lines in a language we can read. */
export function canAnalyze(file: ChangedFile): boolean {
  if (file.addedLines.length === 0 || file.binary) return false;
  if (TS_JS.test(file.path)) return true;
  const lang = languageOf(file.path);
  return lang !== "unknown" && lang !== "shell";
}

/** Paths whose text at head must be fetched: a new file's added lines already are its whole text. */
export function contentsNeeded(files: ChangedFile[]): string[] {
  return files.filter((f) => canAnalyze(f) && f.status !== "added").map((f) => f.path);
}

// The three function-level rules analyse the same files; parse each once per review.
const cache = new WeakMap<ChangedFile, FileAnalysis | null>();
const failures = new WeakMap<ChangedFile, string>();

/**
 * The TypeScript parser recurses once per nesting level and keeps module-wide state: a stack
 * overflow inside it leaves it unusable for the rest of the process. Real code never nests
 * anywhere near this deep, so deeper input is refused before it reaches the parser.
 */
const MAX_BRACKET_DEPTH = 400;

function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

/** Why a file could not be analysed (e.g. nesting too deep for the parser), if it could not. */
export function analysisFailure(file: ChangedFile): string | undefined {
  return failures.get(file);
}

/** The file's whole text at head: fetched by the source, or, for a new file, its added lines. */
export function fileText(file: ChangedFile, found: Lookups): string | undefined {
  return found.fileContents.get(file.path) ?? (file.status === "added" && !file.patchProblem ? file.addedLines.map((l) => l.text).join("\n") : undefined);
}

/**
 * Cheap, exact pre-checks that let a rule skip parsing: a file of n lines has no function longer
 * than n, and a function cannot have more decision points than the file has decision tokens.
 */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// A superset of both what adds complexity and what nests, so the pre-check never skips a real finding.
const DECISION_TOKENS = /\b(if|for|foreach|while|do|switch|case|catch|try|with|elif|except|match|when|loop|select|unless|until|begin)\b|&&|\|\||\?/g;
export function decisionTokens(text: string, atLeast: number): boolean {
  let n = 0;
  DECISION_TOKENS.lastIndex = 0;
  while (DECISION_TOKENS.exec(text)) if (++n >= atLeast) return true;
  return false;
}

/** The file's functions and nesting, or undefined when its text is not available. */
export function analyzeFile(file: ChangedFile, found: Lookups): FileAnalysis | undefined {
  if (cache.has(file)) return cache.get(file) ?? undefined;
  const text = fileText(file, found);
  let result: FileAnalysis | undefined;
  if (text !== undefined && bracketDepth(text) > MAX_BRACKET_DEPTH) {
    failures.set(file, `it nests brackets more than ${MAX_BRACKET_DEPTH} levels deep, past what the parser can take`);
  } else if (text !== undefined) {
    try {
      result = TS_JS.test(file.path) ? analyzeTypeScript(file.path, text) : analyzeHeuristic(languageOf(file.path), maskedText(file, found, text));
    } catch (err) {
      // Pathological input (thousands of nested brackets) can exhaust the parser's stack. The
      // file is then left out of the function-level rules, and the summary says so.
      const reason = err instanceof RangeError ? "it is nested too deeply to parse" : `the parser failed (${err instanceof Error ? err.message : String(err)})`;
      failures.set(file, reason);
    }
  }
  cache.set(file, result ?? null);
  return result;
}

/** The file's lines lexed: a new file's added lines were already lexed for the line rules; reuse them. */
function maskedText(file: ChangedFile, found: Lookups, text: string): MaskedLine[] {
  if (!found.fileContents.has(file.path)) return codeLinesOf(file).masked;
  const lines = text.split("\n").map((t, i) => ({ line: i + 1, text: t.endsWith("\r") ? t.slice(0, -1) : t }));
  return maskAddedLines(languageOf(file.path), lines);
}

/** True when any added line falls inside [start, end]. */
export function touches(file: ChangedFile, start: number, end: number): boolean {
  return file.addedLines.some((l) => l.line >= start && l.line <= end);
}

/** Where to put a finding about lines start..end: the first added line in it, so it can be commented inline. */
export function anchorLine(file: ChangedFile, start: number, end: number): number {
  if (file.addedLines.some((l) => l.line === start)) return start;
  return file.addedLines.find((l) => l.line >= start && l.line <= end)?.line ?? start;
}

/**
 * The files a function-level rule should look at, with their analysis: code files with added
 * lines whose text is available and passes the rule's cheap pre-check (`worthParsing`).
 */
export function* analyzedFiles(
  files: ChangedFile[],
  found: Lookups,
  worthParsing: (text: string, file: ChangedFile) => boolean,
): Generator<{ file: ChangedFile; analysis: FileAnalysis }> {
  for (const file of files) {
    if (!canAnalyze(file)) continue;
    const text = fileText(file, found);
    if (text === undefined || !worthParsing(text, file)) continue;
    const analysis = analyzeFile(file, found);
    if (analysis) yield { file, analysis };
  }
}

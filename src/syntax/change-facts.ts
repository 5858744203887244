import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import type { FileFacts, LanguageId } from "./facts.js";
import { FactsCache } from "./facts-cache.js";
import { parserFor, syntaxLanguageOf } from "./grammars.js";
import { isNotAnalysed, parseText, parseTextPair } from "./parse-file.js";

/**
 * Facts for the files of a change, at head and at base, parsed at most once per file per review
 * whatever number of rules ask (memoised on the file object, which every rule run shares).
 */
const headCache = new WeakMap<ChangedFile, FileFacts | null>();
const baseCache = new WeakMap<ChangedFile, FileFacts | null>();
const failures = new WeakMap<ChangedFile, string>();

/**
 * Facts by content across reviews (see facts-cache.ts): a blob is parsed once per process, not
 * once at head of one commit and again at base of the next. 64 MB of facts is some 200,000 functions.
 */
export const factsByContent = new FactsCache(64 * 1024 * 1024);

/** parseText, through the content cache; a language whose grammar is not loaded yet is not cached. */
export function parseShared(language: LanguageId, text: string): ReturnType<typeof parseText> {
  if (!parserFor(language)) return parseText(language, text);
  return factsByContent.get(language, text, () => parseText(language, text));
}

/**
 * Both sides of a modified file when neither was parsed before: the head is parsed from the base's
 * tree (parseTextPair), which costs tree-sitter only what the change touched. Whichever side a rule
 * asks for first, the other is then ready.
 */
function parseBothSides(file: ChangedFile, found: Lookups): void {
  if (headCache.has(file) || baseCache.has(file) || !hasSyntax(file) || !hasBase(file)) return;
  const language = syntaxLanguageOf(file.path)!;
  if (syntaxLanguageOf(file.previousPath ?? file.path) !== language || !parserFor(language)) return;
  const head = headText(file, found);
  const base = baseText(file, found);
  if (head === undefined || base === undefined) return;
  const atHead = factsByContent.lookup(language, head);
  const atBase = factsByContent.lookup(language, base);
  let pair: [ReturnType<typeof parseText>, ReturnType<typeof parseText>];
  if (atHead.parsed || atBase.parsed) pair = [atBase.parsed ?? parseText(language, base), atHead.parsed ?? parseText(language, head)];
  else pair = parseTextPair(language, base, head, file.patchProblem ? [] : file.hunks);
  factsByContent.store(atBase.key, pair[0]);
  factsByContent.store(atHead.key, pair[1]);
  if (isNotAnalysed(pair[1])) failures.set(file, pair[1].notAnalysed);
  headCache.set(file, isNotAnalysed(pair[1]) ? null : pair[1]);
  baseCache.set(file, isNotAnalysed(pair[0]) ? null : pair[0]);
}

/** Files the layer can parse and the change added lines to: only these are ever parsed. */
export function hasSyntax(file: ChangedFile): boolean {
  return file.addedLines.length > 0 && !file.binary && syntaxLanguageOf(file.path) !== undefined;
}

/** Languages of the files a review may parse: their grammars are loaded before the rules run. */
export function languagesOf(files: ChangedFile[]): LanguageId[] {
  const ids = new Set<LanguageId>();
  for (const f of files) if (hasSyntax(f)) ids.add(syntaxLanguageOf(f.path)!);
  return [...ids];
}

/** Paths whose text at head must be fetched: a new file's added lines already are its whole text. */
export function headPaths(files: ChangedFile[]): string[] {
  return files.filter((f) => hasSyntax(f) && (f.status !== "added" || f.patchProblem !== undefined)).map((f) => f.path);
}

/** Paths (at base) whose text the base comparison needs: every parsed file that existed before. */
export function basePaths(files: ChangedFile[]): string[] {
  return files.filter((f) => hasSyntax(f) && f.status !== "added").map((f) => f.previousPath ?? f.path);
}

/**
 * Paths (at base) of the files code may have moved out of: every parseable file the change
 * deleted lines from, including removed files. A function or comment that reappears elsewhere in
 * the change is moved, not new.
 */
export function movedFromPaths(files: ChangedFile[]): string[] {
  return files.filter((f) => hasBase(f) && f.deletions > 0).map((f) => f.previousPath ?? f.path);
}

function hasBase(file: ChangedFile): boolean {
  return file.status !== "added" && !file.binary && syntaxLanguageOf(file.previousPath ?? file.path) !== undefined;
}

/** The file's whole text at head: fetched by the source, or, for a new file, its added lines. */
export function headText(file: ChangedFile, found: Lookups): string | undefined {
  return found.fileContents.get(file.path) ?? (file.status === "added" && !file.patchProblem ? addedText(file) : undefined);
}

/**
 * A new file's added lines joined, once per file object: many rules ask a new file's text, and
 * joining a large file's lines again for each of them was a third of a large review's time.
 */
const addedTexts = new WeakMap<ChangedFile, { lines: ChangedFile["addedLines"]; text: string }>();
function addedText(file: ChangedFile): string {
  const known = addedTexts.get(file);
  if (known && known.lines === file.addedLines) return known.text;
  const text = file.addedLines.map((l) => l.text).join("\n");
  addedTexts.set(file, { lines: file.addedLines, text });
  return text;
}

/** The file's text at base; undefined when it is new or the source could not provide it. */
export function baseText(file: ChangedFile, found: Lookups): string | undefined {
  if (file.status === "added") return undefined;
  return found.baseContents?.get(file.previousPath ?? file.path);
}

/** Facts of the file at head, or undefined (no text, no grammar, or not analysed: see syntaxFailure). */
export function headFacts(file: ChangedFile, found: Lookups): FileFacts | undefined {
  parseBothSides(file, found);
  if (headCache.has(file)) return headCache.get(file) ?? undefined;
  let facts: FileFacts | undefined;
  const text = hasSyntax(file) ? headText(file, found) : undefined;
  if (text !== undefined) {
    const parsed = parseShared(syntaxLanguageOf(file.path)!, text);
    if (isNotAnalysed(parsed)) failures.set(file, parsed.notAnalysed);
    else facts = parsed;
  }
  headCache.set(file, facts ?? null);
  return facts;
}

/** Facts of the file at base (removed files too); undefined for a new file or when its base text is unavailable. */
export function baseFacts(file: ChangedFile, found: Lookups): FileFacts | undefined {
  parseBothSides(file, found);
  if (baseCache.has(file)) return baseCache.get(file) ?? undefined;
  const text = hasBase(file) ? baseText(file, found) : undefined;
  const parsed = text === undefined ? undefined : parseShared(syntaxLanguageOf(file.previousPath ?? file.path)!, text);
  const facts = parsed && !isNotAnalysed(parsed) ? parsed : undefined;
  baseCache.set(file, facts ?? null);
  return facts;
}

/** Why a file's head could not be analysed (too large, minified, out of time), if it could not. */
export function syntaxFailure(file: ChangedFile): string | undefined {
  return failures.get(file);
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

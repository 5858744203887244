import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import type { FileFacts, LanguageId } from "./facts.js";
import { FactsCache, type Parsed } from "./facts-cache.js";
import { parserFor, syntaxLanguageOf } from "./grammars.js";
import { isNotAnalysed, parseText, parseTextPair } from "./parse-file.js";
import { jobSize, type ParseJob, type ParseResult } from "./parse-job.js";
import { hasParseWorkers, parseInParallel, warmParsePool } from "./parse-pool.js";

/**
 * Facts for the files of a change, at head and at base, parsed at most once per file per review
 * whatever number of rules ask (memoised on the file object, which every rule run shares).
 */
/**
 * Each with the text it was parsed from: a rule sees only the texts it asked for (rule-lookups.ts),
 * so facts parsed from a head text another rule fetched are not this rule's when it did not.
 */
interface Settled {
  text: string | undefined;
  facts: FileFacts | null;
}
const headCache = new WeakMap<ChangedFile, Settled>();
const baseCache = new WeakMap<ChangedFile, Settled>();
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
  let pair: [Parsed, Parsed];
  if (atHead.parsed || atBase.parsed) pair = [atBase.parsed ?? parseText(language, base), atHead.parsed ?? parseText(language, head)];
  else pair = parseTextPair(language, base, head, hunksOf(file));
  factsByContent.store(atBase.key, pair[0]);
  factsByContent.store(atHead.key, pair[1]);
  settleHead(file, pair[1], head);
  settleBase(file, pair[0], base);
}

/** The diff's hunks that say where the head left the base alone; none when the patch was not read. */
function hunksOf(file: ChangedFile): ChangedFile["hunks"] {
  return file.patchProblem ? [] : file.hunks;
}

/** The file's facts at head for every rule of this review (null: none), and why, when it could not be analysed. */
function settleHead(file: ChangedFile, parsed: Parsed | undefined, text: string | undefined): void {
  if (parsed && isNotAnalysed(parsed)) failures.set(file, parsed.notAnalysed);
  headCache.set(file, { text, facts: factsOf(parsed) });
}

function settleBase(file: ChangedFile, parsed: Parsed | undefined, text: string | undefined): void {
  baseCache.set(file, { text, facts: factsOf(parsed) });
}

const factsOf = (parsed: Parsed | undefined): FileFacts | null => (parsed && !isNotAnalysed(parsed) ? parsed : null);

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

/**
 * Paths (at base) of every text file the change deleted lines from, in any language, parsed or not: a
 * statement moved out of a file the syntax layer does not read (a Groovy `teamcity.gradle` deleted as its
 * Kotlin `teamcity-conventions.gradle.kts` is added) is still old. A rule that judges moves by these texts
 * asks for them itself, so its verdict does not depend on which other rules happened to ask.
 */
export function deletedFromPaths(files: ChangedFile[]): string[] {
  return files.filter((f) => f.status !== "added" && !f.binary && f.deletions > 0).map((f) => f.previousPath ?? f.path);
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
  const text = hasSyntax(file) ? headText(file, found) : undefined;
  const known = headCache.get(file);
  if (known && known.text === text) return known.facts ?? undefined;
  const parsed = text === undefined ? undefined : parseShared(syntaxLanguageOf(file.path)!, text);
  // The first rule with the text settles the file (and its failure, for the summary); a rule
  // without it (it did not ask) settles nothing a rule with it would then miss.
  if (!known || known.text === undefined) settleHead(file, parsed, text);
  return factsOf(parsed) ?? undefined;
}

/** Facts of the file at base (removed files too); undefined for a new file or when its base text is unavailable. */
export function baseFacts(file: ChangedFile, found: Lookups): FileFacts | undefined {
  parseBothSides(file, found);
  const text = hasBase(file) ? baseText(file, found) : undefined;
  const known = baseCache.get(file);
  if (known && known.text === text) return known.facts ?? undefined;
  const parsed = text === undefined ? undefined : parseShared(syntaxLanguageOf(file.previousPath ?? file.path)!, text);
  if (!known || known.text === undefined) settleBase(file, parsed, text);
  return factsOf(parsed) ?? undefined;
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

/**
 * Below this many characters to parse in all, a review parses as its rules ask, in this thread:
 * starting the workers and loading their grammars costs more than sharing the parse saves.
 */
export const PARALLEL_MIN_CHARS = 2_000_000;

/**
 * Starts the parse workers while the review reads its texts, when the lines the change adds
 * alone already make it large enough for them (prefetchFacts will use them).
 */
export function warmParseWorkers(files: ChangedFile[]): void {
  let chars = 0;
  for (const f of files) if (hasSyntax(f)) for (const l of f.addedLines) chars += l.text.length + 1;
  if (chars >= PARALLEL_MIN_CHARS) warmParsePool(languagesOf(files));
}

/** One parse to do before the rules run: a file's texts that are in no cache yet. */
interface PlannedParse {
  file: ChangedFile;
  job: Omit<ParseJob, "id">;
  /** Both sides, as parseBothSides takes them; the side already in the content cache is here, not in the job. */
  pair?: { base?: Parsed; head?: Parsed };
  keys: { base?: string; head?: string };
}

/**
 * Parses, before the rules run, every text they may ask facts of, on the parse workers
 * (parse-pool.ts) and this thread at once. Only for a large review (PARALLEL_MIN_CHARS) on a
 * machine with more than one core; the facts are those the rules' own requests would have made,
 * and a file left out (`stop()` said so, a worker failed) is parsed when a rule asks for it.
 */
export async function prefetchFacts(files: ChangedFile[], found: Lookups, stop: () => boolean = () => false, minChars = PARALLEL_MIN_CHARS): Promise<void> {
  // Planning hashes every text to look it up in the content cache, which the rules then do again:
  // for a review too small for the workers whatever is cached (most reviews), plan nothing.
  if (textChars(files, found) < minChars) return;
  const planned = files.flatMap((file) => planParse(file, found));
  const chars = planned.reduce((n, p) => n + jobSize(p.job), 0);
  if (planned.length === 0 || chars < minChars || !hasParseWorkers()) return;
  await parseInParallel(planned, (p) => p.job, settlePlanned, stop);
}

/** The characters of every text the rules may ask facts of: what a parse plan holds at most. */
function textChars(files: ChangedFile[], found: Lookups): number {
  let chars = 0;
  for (const file of files) {
    if (hasSyntax(file)) chars += headText(file, found)?.length ?? 0;
    if (hasBase(file)) chars += baseText(file, found)?.length ?? 0;
  }
  return chars;
}

/** One side of a file as the parse plan sees it: its language and text, and what the content cache holds of it. */
interface PlannedSide {
  language: LanguageId;
  text: string;
  key: string;
  parsed?: Parsed;
}

function sideToPlan(language: LanguageId | undefined, text: (() => string | undefined) | undefined): PlannedSide | undefined {
  if (!language || !parserFor(language) || !text) return undefined;
  const t = text();
  return t === undefined ? undefined : { language, text: t, ...factsByContent.lookup(language, t) };
}

function planParse(file: ChangedFile, found: Lookups): PlannedParse[] {
  if (headCache.has(file) || baseCache.has(file)) return [];
  const head = sideToPlan(hasSyntax(file) ? syntaxLanguageOf(file.path) : undefined, () => headText(file, found));
  const base = sideToPlan(hasBase(file) ? syntaxLanguageOf(file.previousPath ?? file.path) : undefined, () => baseText(file, found));
  const keys = { base: base?.key, head: head?.key };
  if (head && base && head.language === base.language) return plannedPair(file, head, base, keys);
  const lone: PlannedParse[] = [];
  if (head && !head.parsed) lone.push({ file, job: { language: head.language, head: head.text }, keys });
  if (base && !base.parsed) lone.push({ file, job: { language: base.language, base: base.text }, keys });
  return lone;
}

/** Both sides in one language: parseBothSides' case (the head parsed incrementally from the base), unless both are cached. */
function plannedPair(file: ChangedFile, head: PlannedSide, base: PlannedSide, keys: PlannedParse["keys"]): PlannedParse[] {
  // With both sides cached, it costs the rules nothing.
  if (head.parsed && base.parsed) return [];
  const job = { language: head.language, ...(base.parsed ? {} : { base: base.text }), ...(head.parsed ? {} : { head: head.text }) };
  const hunks = base.parsed || head.parsed ? {} : { hunks: hunksOf(file) };
  return [{ file, job: { ...job, ...hunks }, pair: { base: base.parsed, head: head.parsed }, keys }];
}

/**
 * What a rule's first request for the file's facts would have parsed, in the content cache. Not
 * settled for the file: the prefetch read every text any rule asked for, and a rule that did not
 * ask for this one must not see its facts (rule-lookups.ts); the first request finds them cached.
 * A text that could not be analysed has its gap ("not analysed: …") only if a rule asks, as without workers.
 */
function settlePlanned(p: PlannedParse, result: ParseResult): void {
  if (result.base) factsByContent.store(p.keys.base!, result.base);
  if (result.head) factsByContent.store(p.keys.head!, result.head);
}

import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts, baseText, headFacts, headText, hasSyntax } from "../syntax/change-facts.js";
import type { FileFacts, LanguageId } from "../syntax/facts.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";
import { columnsOn, lineFacts, spansByLine } from "../syntax/line-view.js";
import { proseFree } from "./prose-free.js";
import { perReviewFile } from "./review-memo.js";
import { withoutWhitespace } from "../text/without-whitespace.js";
import { linesOf } from "../text/text-lines.js";
import { docAttributeExampleLines } from "./rust-doc-attribute-examples.js";

/**
 * Lines that are not behaviour even though they are not comments: attributes and annotations that
 * only silence a linter or formatter (`#[allow(dead_code)]`, `@SuppressWarnings`, `[SuppressMessage]`).
 */
const PRAGMA_ONLY =
  /^(#!?\[(allow|expect|warn|deny|forbid|rustfmt::skip|clippy::\w+|cfg_attr\([^\]]*(allow|rustfmt))[^\]]*\]|@(SuppressWarnings|Suppress|SuppressLint|SuppressFBWarnings|Override|CanIgnoreReturnValue|CheckReturnValue|Nullable|NonNull|Nonnull|NotNull|CheckForNull|SafeVarargs|FunctionalInterface|InlineMe|Keep|VisibleForTesting|Generated|JvmStatic|Throws|Deprecated)\b.*|\[(assembly:\s*)?(SuppressMessage|ExcludeFromCodeCoverage)\b.*\])$/;

/**
 * A deprecation notice added to code that keeps working: `warn "Gem::Specification.add_spec is deprecated …" unless
 * Gem::Deprecate.skip`, `warnings.warn("…", DeprecationWarning)`, `@trigger_error('…', E_USER_DEPRECATED)`, a
 * `Gem::Deprecate.skip_during do` wrapper. It tells callers to move on; a test would pin the warning's words
 * (rubygems 33f03a482e deprecating `add_spec` and `add_specs`, a test request judged not worth saying on set 31).
 * One statement a line: a notice chained to more code (`warn "…deprecated"; run()`, `… || run()`) is code.
 */
const DEPRECATION_NOTICE =
  /^(?:(?:(?:Kernel|self)\.)?warn\b|warnings\.warn\s*\(|console\.warn\s*\(|@?trigger_(?:error|deprecation)\s*\(|(?:[\w$]+\.)?deprecate\s*\()[^;]*\bdeprecat|^(?:[A-Z]\w*::)*Deprecat(?:e|ion)\b[.:][^;]*$|^ActiveSupport::Deprecation\.warn\b[^;]*$/i;

/** Every pragma above starts with one of these: other lines skip the long pattern. */
const PRAGMA_START = new Set(["#", "@", "["]);

/**
 * Lines that carry no behaviour of their own: imports (a module system migration, a renamed
 * package), lone closing brackets, and TypeScript type declarations and property signatures.
 */
const NOT_BEHAVIOUR: [RegExp, RegExp] = [
  /^(import\b|from\S+import\b|export(\*|\{[^}]*\})from|use[\w:{]|package\w|using[\w.]+;|externcrate|require_relative|require["'(])/,
  /^[)\]}>;,]+$/,
];
const TS_TYPE_ONLY = [/^(export)?(declare)?(interface|type)[A-Z_$]/, /^(readonly)?[\w$"']+\??:[^=()]*[;,]?$/, /^[|&][^=()]*[;,]?$/];

/** What a change did to a source file's code, after comments, docstrings, pragmas and whitespace are set aside. */
export interface CodeChange {
  /** Added lines of code that were not already there (a moved line or one that only lost a `# type: ignore` is not new). */
  codeLines: number;
  /** Added lines inside the file's own tests: a Rust `#[cfg(test)]` module or `#[test]`, or a doctest. */
  inFileTestLines: number;
  /** The code of the lines counted in `codeLines`, to match with code the change removed elsewhere (a move). */
  newCode: string[];
  /** The line (at head) of each entry of `newCode`. */
  newCodeLines: number[];
  /** Every added line that holds code (outside the file's own tests), new or not. */
  addedCodeLines: number[];
  /** Code the change removed from this file (more often at base than at head). */
  removedCode: Map<string, number>;
}

/**
 * Each line's code with comments and docstrings blanked and all whitespace removed; "" when
 * nothing is left or the line is inert. `plain` also sets aside lone brackets and TypeScript
 * types; `stream` (the whole file as one stream) drops only pragmas and imports, since brackets
 * and types still shape the code. Both from one pass, so each line is keyed once.
 */
interface CodeKeys {
  plain: Map<number, string>;
  /** The keys that are not inert, in line order, as one string. */
  stream: string;
}

function codeKeys(code: Map<number, string>, lines: string[], language: LanguageId | undefined): CodeKeys {
  const typescript = language === "typescript" || language === "tsx";
  const inImport = importBlockLines(lines);
  const plain = new Map<number, string>();
  const stream: string[] = [];
  for (const [line, text] of code) {
    const key = withoutWhitespace(text);
    const inert = (PRAGMA_START.has(key[0]) && PRAGMA_ONLY.test(text.trim())) || NOT_BEHAVIOUR[0].test(key) || inImport.has(line) || deprecationNotice(text);
    if (!inert) stream.push(key);
    plain.set(line, inert || NOT_BEHAVIOUR[1].test(key) || (typescript && TS_TYPE_ONLY.some((re) => re.test(key))) ? "" : key);
  }
  return { plain, stream: stream.join("") };
}

/** Whether the line is one deprecation notice (see DEPRECATION_NOTICE); cheap for every other line. */
function deprecationNotice(text: string): boolean {
  return /deprecat/i.test(text) && !/&&|\|\|/.test(text) && DEPRECATION_NOTICE.test(text.trim().replace(/;\s*$/, ""));
}

/** One side (head or base) of a file: its lines, facts and code (see codeText), for every rule that reads it. */
export interface FileCode {
  text: string;
  lines: string[];
  facts: FileFacts | undefined;
  code: Map<number, string>;
}

function fileCode(text: string | undefined, facts: FileFacts | undefined): FileCode | undefined {
  if (text === undefined) return undefined;
  const lines = linesOf(text);
  return { text, lines, facts, code: codeText(lines, allLines(lines.length), facts) };
}

/** The file at head as code, when its text is at hand; computed once per review. */
export const headCode = perReviewFile((file, found) => fileCode(headText(file, found), headFacts(file, found)));

/**
 * The file at base as code, when its text is at hand. Not kept: codeChange reads it once per file,
 * and the structural rules keep the base views they need (function-code.ts).
 */
export function baseCode(file: ChangedFile, found: Lookups): FileCode | undefined {
  return fileCode(baseText(file, found), baseFacts(file, found));
}

function keysOf(side: FileCode | UnparsedCode): CodeKeys {
  return codeKeys(side.code, side.lines, side.facts?.language ?? ("language" in side ? side.language : undefined));
}

/**
 * A side whose text has nothing to blank (see prose-free.ts): its code is its lines as they are,
 * which is what codeText gives with the facts, without parsing the text for them. Only the
 * language of the facts is kept, for codeKeys. Not a FileCode: the structural rules, which read
 * functions, still get the parsed one from headCode.
 */
interface UnparsedCode {
  lines: string[];
  facts?: undefined;
  code: Map<number, string>;
  language: LanguageId;
}

function unparsedCode(language: LanguageId | undefined, text: string | undefined): UnparsedCode | undefined {
  if (language === undefined || text === undefined || !proseFree(language, text)) return undefined;
  const lines = text.split("\n");
  // Filled in a loop: a [line, text] pair per line was garbage for the collector on every file.
  const code = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) code.set(i + 1, lines[i]);
  return { lines, code, language };
}

/** The head's code for codeChange: unparsed when the text allows it, else headCode's (parsed). */
function headCodeForChange(file: ChangedFile, found: Lookups): FileCode | UnparsedCode | undefined {
  const language = hasSyntax(file) ? syntaxLanguageOf(file.path) : undefined;
  return unparsedCode(language, language && headText(file, found)) ?? headCode(file, found);
}

/** The base's code for codeChange, when its text is at hand: unparsed when the text allows it, else baseCode's. */
function baseCodeForChange(file: ChangedFile, found: Lookups): FileCode | UnparsedCode | undefined {
  const base = baseText(file, found);
  if (base === undefined) return undefined;
  const language = file.binary ? undefined : syntaxLanguageOf(file.previousPath ?? file.path);
  return unparsedCode(language, base) ?? baseCode(file, found);
}

/**
 * Each wanted line with its comments, docstrings, and prose or data in multi-line strings (a
 * flag's long help, a template) blanked to spaces: what is left is code, in its columns.
 */
export function codeText(lines: string[], wanted: Set<number>, facts: FileFacts | undefined): Map<number, string> {
  const out = new Map<number, string>();
  const prose = facts ? facts.strings.filter((s) => s.kind === "docstring" || s.end > s.start) : [];
  const blanks = facts ? spansByLine([...facts.comments, ...prose], wanted) : new Map();
  for (const line of wanted) {
    let text = lines[line - 1] ?? "";
    for (const span of blanks.get(line) ?? []) {
      const cols = columnsOn(span, line, text.length);
      if (cols) text = text.slice(0, cols[0]) + " ".repeat(Math.max(0, cols[1] - cols[0])) + text.slice(cols[1]);
    }
    out.set(line, text);
  }
  return out;
}

/** Lines inside a multi-line import (`import {` … `} from "x"`, Go's `import (` … `)`, Python's `from x import (` … `)`). */
function importBlockLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  lines.forEach((text, i) => {
    const t = text.trim();
    if (open) {
      out.add(i + 1);
      if (/[})]/.test(t)) open = false;
    } else if (/^(import\b|from\s+\S+\s+import\b|export\s*\{)/.test(t) && /[{(]\s*$/.test(t)) open = true;
  });
  return out;
}

/** A file's code as one stream, with what formatters change (line breaks, quotes, trailing commas) evened out. */
function reformatted(stream: string): string {
  return stream
    .replace(/'/g, '"')
    .replace(/,(?=[)\]}])/g, "")
    .replace(/;/g, "");
}

const allLines = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));

/** Counts of each code key in a whole text. */
function keyCounts(keys: Map<number, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys.values()) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * The code a change added to a file. With the texts at head and base, an added line counts only
 * when its code occurs more often at head than at base: a line that only lost a pragma, moved, or
 * was re-indented adds nothing. A diff too large to read counts all its additions.
 */
export const codeChange: (file: ChangedFile, found: Lookups) => CodeChange = perReviewFile(codeChangeOf);

function codeChangeOf(file: ChangedFile, found: Lookups): CodeChange {
  if (file.patchProblem && file.addedLines.length === 0)
    return { codeLines: file.additions, inFileTestLines: 0, newCode: [], newCodeLines: [], addedCodeLines: [], removedCode: new Map() };
  const head = headCodeForChange(file, found);
  // With the head text, its facts are the whole file's (headFacts); without, those of the added lines alone.
  const facts = head ? head.facts : hasSyntax(file) ? lineFacts(file, found) : undefined;
  const lines = head ? head.lines : linesFromAdded(file);
  const addedSet = new Set(file.addedLines.map((l) => l.line));
  const tests = facts ? testSpans(file, facts, lines) : [];
  const inTests = (line: number) => tests.some((s) => line >= s.start && line <= s.end);
  // A line's key does not depend on the other lines asked for: the whole file's keys serve the added lines.
  const headAll = head && keysOf(head);
  const keys = headAll
    ? new Map([...addedSet].map((line) => [line, headAll.plain.get(line) ?? ""]))
    : codeKeys(codeText(lines, addedSet, facts), lines, facts?.language).plain;
  // Comments are known from a parse of the whole head, or from a text that has none (UnparsedCode): else see withoutCommentBody.
  const addedKeys =
    head && (head.facts || "language" in head) ? keys : withoutCommentBody(keys, lines, hasSyntax(file) ? syntaxLanguageOf(file.path) : undefined);
  const { testLines, newKeys, newKeyLines } = apartFromTests(addedKeys, inTests);
  const inFileTestLines = testLines + doctestLines(file, facts, lines);
  const baseSide = baseCodeForChange(file, found);
  if (!headAll || !baseSide)
    return { codeLines: newKeys.length, inFileTestLines, newCode: newKeys, newCodeLines: newKeyLines, addedCodeLines: newKeyLines, removedCode: new Map() };
  const baseAll = keysOf(baseSide);
  // Reformatted only (a formatter split or joined lines, changed quotes or trailing commas).
  const sameCode = reformatted(baseAll.stream) === reformatted(headAll.stream);
  if (sameCode) return { codeLines: 0, inFileTestLines, newCode: [], newCodeLines: [], addedCodeLines: newKeyLines, removedCode: new Map() };
  const before = keyCounts(baseAll.plain);
  const after = keyCounts(headAll.plain);
  const { newCode, newCodeLines } = moreThanAtBase(newKeys, newKeyLines, before, after);
  return { codeLines: newCode.length, inFileTestLines, newCode, newCodeLines, addedCodeLines: newKeyLines, removedCode: fewerThanAtBase(before, after) };
}

// Languages whose block comments run over lines: an opener, lines of ` * text`, a closer.
const BLOCK_COMMENT_LANGUAGES = new Set<LanguageId>(["typescript", "tsx", "javascript", "go", "java", "kotlin", "rust", "csharp", "php"]);
// A line that opens, continues (` * <dd>text`) or closes a block comment; not Go's `*p = x`, whose star has no space after it.
const COMMENT_BODY = /^\s*(?:\/\*+|\*+\/|\*(?:\s|$))/;

/**
 * Keys of added lines whose comments no parse of the whole file marked (a file too large to parse, as RxJava's 1.1 MB
 * `Flowable.java`, or the added lines parsed alone): a Javadoc's middle lines are no comment then, so an edit of its text read as code and asked for tests (judged
 * *wrong* twice, set 29). A line that opens, continues or closes a block comment is none.
 */
function withoutCommentBody(keys: Map<number, string>, lines: string[], language: LanguageId | undefined): Map<number, string> {
  if (language === undefined || !BLOCK_COMMENT_LANGUAGES.has(language)) return keys;
  for (const line of keys.keys()) if (COMMENT_BODY.test(lines[line - 1] ?? "")) keys.set(line, "");
  return keys;
}

/** Added lines of code split into those inside the file's own tests (a count) and the others. */
function apartFromTests(addedKeys: Map<number, string>, inTests: (line: number) => boolean): { testLines: number; newKeys: string[]; newKeyLines: number[] } {
  let testLines = 0;
  const newKeys: string[] = [];
  const newKeyLines: number[] = [];
  for (const [line, key] of addedKeys) {
    if (!key) continue;
    if (inTests(line)) testLines++;
    else {
      newKeys.push(key);
      newKeyLines.push(line);
    }
  }
  return { testLines, newKeys, newKeyLines };
}

/** The added keys (in order) that head holds more of than base: each extra occurrence counts once. */
function moreThanAtBase(
  newKeys: string[],
  newKeyLines: number[],
  before: Map<string, number>,
  after: Map<string, number>,
): { newCode: string[]; newCodeLines: number[] } {
  const budget = new Map<string, number>();
  for (const [k, n] of after) budget.set(k, Math.max(0, n - (before.get(k) ?? 0)));
  const newCode: string[] = [];
  const newCodeLines: number[] = [];
  for (const [i, k] of newKeys.entries()) {
    const left = budget.get(k) ?? 0;
    if (left <= 0) continue;
    newCode.push(k);
    newCodeLines.push(newKeyLines[i]);
    budget.set(k, left - 1);
  }
  return { newCode, newCodeLines };
}

/** The keys base holds more of than head, with how many more: the code the change removed. */
function fewerThanAtBase(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const removedCode = new Map<string, number>();
  for (const [k, n] of before) if (n > (after.get(k) ?? 0)) removedCode.set(k, n - (after.get(k) ?? 0));
  return removedCode;
}

/** The whole code of a file the change removed, to recognise it where it was moved to. */
export const removedFileCode: (file: ChangedFile, found: Lookups) => Map<string, number> = perReviewFile((file, found) => {
  const base = baseText(file, found);
  if (base === undefined) return new Map();
  const lines = base.split("\n");
  return keyCounts(codeKeys(codeText(lines, allLines(lines.length), undefined), lines, undefined).plain);
});

/**
 * Code moved between files (a class moved to its own file, a function to another module) is not
 * new: each file's new lines are matched against what the change removed from the other files.
 */
export function withoutMovedCode(changes: CodeChange[], removedFiles: Array<Map<string, number>>): number[] {
  const fresh = newLinesAfterMoves(changes, removedFiles);
  return changes.map((c, i) => (c.newCode.length === 0 ? c.codeLines : fresh[i].size));
}

/**
 * Answers of newLinesAfterMoves by its arguments: tests-required asks withoutMovedCode and
 * newLinesAfterMoves of the same lists in a row, and each keyed every new line of the change
 * against the pool of removed code (#13). Weak, so an answer lives as long as the lists it is
 * about; callers only read the sets.
 */
const movesOf = new WeakMap<CodeChange[], { removedFiles: Array<Map<string, number>>; fresh: Array<Set<number>> }>();

/** Per change, the lines (at head) of its new code that no other file of the change lost: what it really wrote. */
export function newLinesAfterMoves(changes: CodeChange[], removedFiles: Array<Map<string, number>>): Array<Set<number>> {
  const known = movesOf.get(changes);
  if (known?.removedFiles === removedFiles) return known.fresh;
  const fresh = linesAfterMoves(changes, removedFiles);
  movesOf.set(changes, { removedFiles, fresh });
  return fresh;
}

function linesAfterMoves(changes: CodeChange[], removedFiles: Array<Map<string, number>>): Array<Set<number>> {
  const pool = new Map<string, number>();
  for (const removed of [...changes.map((c) => c.removedCode), ...removedFiles]) for (const [k, n] of removed) pool.set(k, (pool.get(k) ?? 0) + n);
  return changes.map((c) => {
    const fresh = new Set<number>();
    for (const [i, k] of c.newCode.entries()) {
      const left = pool.get(k) ?? 0;
      if (left > 0) pool.set(k, left - 1);
      else fresh.add(c.newCodeLines[i]);
    }
    return fresh;
  });
}

function linesFromAdded(file: ChangedFile): string[] {
  const lines: string[] = [];
  for (const l of file.addedLines) {
    while (lines.length < l.line - 1) lines.push("");
    lines[l.line - 1] = l.text;
  }
  return lines;
}

/** A Rust file's own tests: its `#[cfg(test)]` modules and its `#[test]` functions. */
export function testSpans(file: ChangedFile, facts: FileFacts, lines: string[]): Array<{ start: number; end: number }> {
  if (facts.language !== "rust") return [];
  const spans: Array<{ start: number; end: number }> = facts.tests.map((t) => ({ start: t.start, end: t.end }));
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*#\[cfg\(test\)\]/.test(lines[i])) continue;
    const end = blockEnd(lines, i);
    if (end !== undefined) spans.push({ start: i + 1, end: end + 1 });
  }
  return spans;
}

/** The 0-based line where the block opened at or after `from` closes (braces counted; strings ignored, good enough for modules). */
function blockEnd(lines: string[], from: number): number | undefined {
  let depth = 0;
  let opened = false;
  for (let i = from; i < lines.length; i++) {
    const code = lines[i].replace(/"(\\.|[^"\\])*"|'(\\.|[^'\\])'|\/\/.*$/g, "");
    for (const ch of code) {
      if (ch === "{") {
        depth++;
        opened = true;
      } else if (ch === "}") depth--;
    }
    if (opened && depth <= 0) return i;
    if (!opened && i > from + 3) return undefined;
  }
  return undefined;
}

/** Added lines inside the code examples of Rust doc comments: doctests, which `cargo test` runs. */
function doctestLines(file: ChangedFile, facts: FileFacts | undefined, lines: string[]): number {
  if (!facts || facts.language !== "rust") return 0;
  const added = new Set(file.addedLines.map((l) => l.line));
  let inExample = false;
  let n = 0;
  lines.forEach((text, i) => {
    const doc = /^\s*\/\/[/!]\s?(.*)$/.exec(text);
    if (!doc) return void (inExample = false);
    if (/^```/.test(doc[1].trim())) inExample = !inExample;
    else if (inExample && added.has(i + 1) && doc[1].trim() !== "") n++;
  });
  // And the examples of `#[doc = "…"]` attributes, which macros take where `///` cannot go.
  return n + docAttributeExampleLines(lines).filter((line) => added.has(line)).length;
}

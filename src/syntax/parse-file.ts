import { commentedOutCodeStart, markSplitBlocks } from "./commented-code.js";
import { commentFacts } from "./comments.js";
import type { CommentFact, FileFacts, FunctionFact, LanguageId, NotAnalysed, TestCaseFact } from "./facts.js";
import type { Parser, Tree } from "web-tree-sitter";
import type { HunkRange } from "../model/change.js";
import { parserFor, syntaxLanguageOf } from "./grammars.js";
import type { LanguageSpec } from "./language-spec.js";
import { specs } from "./languages/index.js";
import { editsBetween } from "./text-edit.js";
import { TooDeep, TooSlow, walk } from "./walk.js";

/** Past these, a file is not analysed: real source is smaller, and generated or minified code is not reviewed by hand. */
export const MAX_FILE_CHARS = 1_000_000;
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_CHARS = 10_000;
/** Time one file may take to parse and query; tree-sitter checks it as it goes and gives up cleanly. */
export const PARSE_BUDGET_MS = 3_000;

function lineStarts(text: string): string[] {
  return text.split("\n");
}

/** Brackets open at once past which a file is refused before parsing (the parser copes; the walk's node lookups would not). */
const MAX_BRACKET_DEPTH = 1_000;

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

/** Why a text is not worth parsing, before the parser sees it. */
function refuse(text: string, lines: string[]): string | undefined {
  if (text.length > MAX_FILE_CHARS) return `it is larger than ${MAX_FILE_CHARS / 1_000_000} MB`;
  if (bracketDepth(text) > MAX_BRACKET_DEPTH) return `it nests brackets more than ${MAX_BRACKET_DEPTH.toLocaleString("en-US")} levels deep`;
  const average = text.length / lines.length;
  if (text.length > MINIFIED_MIN_CHARS && average > MINIFIED_AVERAGE_LINE)
    return `it looks minified or generated (lines average ${Math.round(average)} characters)`;
  return undefined;
}

/**
 * The facts of one file's text, or why it was not analysed. Synchronous: the language's grammar
 * must have been loaded (loadGrammars) before; undefined for a path in no language the layer knows.
 */
export function parseFacts(path: string, text: string): FileFacts | NotAnalysed | undefined {
  const language = syntaxLanguageOf(path);
  if (!language) return undefined;
  return parseText(language, text);
}

export function parseText(language: LanguageId, text: string): FileFacts | NotAnalysed {
  const side = prepare(language, text);
  if ("notAnalysed" in side) return side;
  const deadline = performance.now() + PARSE_BUDGET_MS;
  const tree = parseWithin(side, null, deadline);
  if (!tree) return tooLong();
  return judged(side, factsOfTree(side, tree, deadline));
}

/**
 * The facts of a file at base and at head, in that order: the head is parsed incrementally from
 * the base's tree, so tree-sitter reuses every subtree the change left alone (for a change that
 * appends, the whole base). `hunks` (the diff's, new side) say where to look for what was left
 * alone; without them the head is reparsed from the first difference to the last. The facts are
 * those parseText gives each text on its own.
 */
export function parseTextPair(language: LanguageId, base: string, head: string, hunks: HunkRange[] = []): [FileFacts | NotAnalysed, FileFacts | NotAnalysed] {
  const before = prepare(language, base);
  const after = prepare(language, head);
  const edits = editsBetween(base, head, hunks);
  if ("notAnalysed" in before || "notAnalysed" in after || edits.length === 0) return [parseText(language, base), parseText(language, head)];
  const baseDeadline = performance.now() + PARSE_BUDGET_MS;
  const baseTree = parseWithin(before, null, baseDeadline);
  if (!baseTree) return [tooLong(), parseText(language, head)];
  let headTree: Tree | null;
  let baseFacts: FileFacts | NotAnalysed;
  const headDeadline = performance.now() + PARSE_BUDGET_MS;
  try {
    baseFacts = factsOfTree(before, baseTree, baseDeadline, false);
    for (const edit of edits) baseTree.edit(edit);
    headTree = parseWithin(after, baseTree, headDeadline);
  } finally {
    baseTree.delete();
  }
  const headFacts = headTree ? factsOfTree(after, headTree, headDeadline) : tooLong();
  return [judged(before, baseFacts), judged(after, headFacts)];
}

/** A text ready to parse: its language's parser and lines, or why it is not parsed. */
interface Side {
  language: LanguageId;
  spec: LanguageSpec;
  parser: Parser;
  text: string;
  lines: string[];
}

function prepare(language: LanguageId, text: string): Side | NotAnalysed {
  const spec = specs.get(language)!;
  const parser = parserFor(language);
  if (!parser) return { notAnalysed: `the ${language} grammar was not loaded` };
  const lines = lineStarts(text);
  const refused = refuse(text, lines);
  if (refused) return { notAnalysed: refused };
  return { language, spec, parser, text, lines };
}

const tooLong = (): NotAnalysed => ({ notAnalysed: `it took longer than ${PARSE_BUDGET_MS / 1000} s to parse` });

/** Tree-sitter's parse within the budget (from `old`, edited to the text, when given); null past it. */
function parseWithin(side: Side, old: Tree | null, deadline: number): Tree | null {
  return side.parser.parse(side.text, old, { progressCallback: () => performance.now() > deadline });
}

/** The facts the walk reads off a tree; the tree is deleted afterwards unless `free` is false. */
function factsOfTree(side: Side, tree: Tree, deadline: number, free = true): FileFacts | NotAnalysed {
  const { language, spec, text, lines } = side;
  try {
    const found = walk(tree, spec, text, lines, deadline);
    const comments = commentFacts(found.comments, spec, found.declarationLines);
    countCodeLines(found.functions, comments, lines);
    markSuites(found.functions, found.tests);
    return {
      language,
      functions: found.functions,
      comments: [...comments, ...found.docstrings].sort((a, b) => a.start - b.start),
      strings: found.strings,
      calls: found.calls,
      tests: found.tests.map((t) => markCompileOnly(t, language)),
      hasErrors: tree.rootNode.hasError,
    };
  } catch (err) {
    if (err instanceof TooDeep) return { notAnalysed: err.message };
    if (err instanceof TooSlow) return { notAnalysed: `it took longer than ${PARSE_BUDGET_MS / 1000} s to analyse` };
    throw err;
  } finally {
    if (free) tree.delete();
  }
}

/** Which comments hold code. After the file's own tree is freed: each judgement parses the comment's text on its own. */
function judged(side: Side, facts: FileFacts | NotAnalysed): FileFacts | NotAnalysed {
  if ("notAnalysed" in facts) return facts;
  const { spec, parser, lines } = side;
  for (const c of facts.comments) {
    if (c.kind === "doc") continue;
    const start = commentedOutCodeStart(c, spec, parser);
    if (start === "explained") c.explained = true;
    else if (start !== undefined) {
      c.code = true;
      c.codeStart = start;
    }
  }
  markSplitBlocks(facts.comments, lines, spec, parser);
  return facts;
}

/**
 * Lines of each function that hold code, so growth by comments or blank lines is not growth:
 * a line is code unless blank or covered, from its first non-blank column, by a comment.
 */
function countCodeLines(functions: FunctionFact[], comments: CommentFact[], lines: string[]): void {
  if (functions.length === 0) return;
  const commentOnly = new Uint8Array(lines.length + 2);
  for (const c of comments) {
    if (c.trailing) continue;
    for (let l = c.start; l <= c.end; l++) commentOnly[l] = 1;
    // A block comment that ends mid-line with code after it leaves that line code.
    const last = lines[c.end - 1] ?? "";
    if (last.slice(c.endColumn).trim() !== "") commentOnly[c.end] = 0;
  }
  const prefix = new Uint32Array(lines.length + 1);
  for (let i = 1; i <= lines.length; i++) prefix[i] = prefix[i - 1] + (lines[i - 1].trim() !== "" && !commentOnly[i] ? 1 : 0);
  for (const fn of functions) fn.codeLines = prefix[Math.min(fn.end, lines.length)] - prefix[fn.start - 1];
}

/** A callback that holds test cases (`[true, false].each do … it … end`) is a suite, not a function. */
function markSuites(functions: FunctionFact[], tests: TestCaseFact[]): void {
  if (tests.length === 0) return;
  for (const fn of functions) {
    if (fn.kind !== "callback" || fn.testCallback) continue;
    if (tests.some((t) => t.start >= fn.start && t.end <= fn.end && !(t.start === fn.start && t.end === fn.end))) fn.testCallback = true;
  }
}

/** A Go test of only `var _ I = x` lines, or a Rust test of only macro expansions, asserts by compiling. */
function markCompileOnly(t: TestCaseFact, language: LanguageId): TestCaseFact {
  if (t.assertions > 0 || t.passesHandle || t.expectsFailureOrSnapshot) return t;
  // `(*S)(nil)` is a conversion, not a call.
  if (language === "go" && t.calls.every((c) => /^\(\*?[\w.]+\)$/.test(c))) t.compileOnly = true;
  if (language === "rust" && t.calls.length > 0 && t.calls.every((c) => c.endsWith("!"))) t.compileOnly = true;
  return t;
}

export function isNotAnalysed(facts: FileFacts | NotAnalysed | undefined): facts is NotAnalysed {
  return facts !== undefined && "notAnalysed" in facts;
}

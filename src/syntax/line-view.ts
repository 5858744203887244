import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { hasSyntax, headFacts, headText, parseShared } from "./change-facts.js";
import type { CommentFact, FileFacts, Span, StringFact } from "./facts.js";
import { syntaxLanguageOf } from "./grammars.js";
import { isNotAnalysed } from "./parse-file.js";

const addedOnlyCache = new WeakMap<ChangedFile, FileFacts | null>();

/**
 * Facts for the line rules (debug statements, TODOs, line length): from the whole file at head
 * when its text is at hand, else from the added lines alone, each on its own line number (the
 * parser recovers around the gaps). Line rules never make the source fetch anything.
 */
export function lineFacts(file: ChangedFile, found: Lookups): FileFacts | undefined {
  if (!hasSyntax(file)) return undefined;
  if (headText(file, found) !== undefined) return headFacts(file, found);
  if (addedOnlyCache.has(file)) return addedOnlyCache.get(file) ?? undefined;
  const parsed = parseShared(syntaxLanguageOf(file.path)!, addedLinesText(file));
  const facts = isNotAnalysed(parsed) ? undefined : parsed;
  addedOnlyCache.set(file, facts ?? null);
  return facts;
}

/** The added lines at their line numbers, blank lines between: what is known of a file without its text. */
export function addedLinesText(file: ChangedFile): string {
  const lines: string[] = [];
  for (const l of file.addedLines) {
    while (lines.length < l.line - 1) lines.push("");
    lines[l.line - 1] = l.text;
  }
  return lines.join("\n");
}

type Spanned = Span & { startColumn: number; endColumn: number };

/** The part of `line` a span covers, as [from, to) columns; undefined when it misses the line. */
export function columnsOn(span: Spanned, line: number, length: number): [number, number] | undefined {
  if (line < span.start || line > span.end) return undefined;
  return [line === span.start ? span.startColumn : 0, line === span.end ? span.endColumn : length];
}

/** Indexes spans by line, so each added line finds its comments and strings without a scan. */
export function spansByLine<T extends Spanned>(spans: T[], wanted: Set<number>): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const s of spans) {
    for (let line = s.start; line <= s.end; line++) {
      if (!wanted.has(line)) continue;
      const list = out.get(line);
      if (list) list.push(s);
      else out.set(line, [s]);
    }
  }
  return out;
}

/** Each added line with its strings and comments blanked: what is left is code. */
export function addedCode(file: ChangedFile, facts: FileFacts): Array<{ line: number; code: string }> {
  const wanted = new Set(file.addedLines.map((l) => l.line));
  const blanks = spansByLine<Spanned>([...facts.comments, ...facts.strings], wanted);
  const lostComment = facts.hasErrors ? LINE_COMMENT_START[facts.language] : undefined;
  return file.addedLines.map(({ line, text }) => {
    // Past a parse error tree-sitter may drop the comments that follow (tree-sitter-kotlin after SKIE's `@targets@`
    // placeholder: the commented-out `// println(…)` dumps below it were said as leftovers; set 40). A line that opens with
    // the language's line-comment marker is a comment whatever the tree says.
    if (lostComment?.test(text)) return { line, code: " ".repeat(text.length) };
    let code = text;
    for (const span of blanks.get(line) ?? []) {
      const cols = columnsOn(span, line, text.length);
      if (cols) code = code.slice(0, cols[0]) + " ".repeat(Math.max(0, cols[1] - cols[0])) + code.slice(cols[1]);
    }
    return { line, code };
  });
}

// The marker that opens a line comment, by language: `#` in Python and Ruby (not a shebang), both in PHP (not an attribute).
const LINE_COMMENT_START: Record<FileFacts["language"], RegExp | undefined> = {
  python: /^\s*#(?!!)/,
  ruby: /^\s*#(?![!{])/,
  php: /^\s*(?:\/\/|#(?!\[))/,
  typescript: /^\s*\/\//,
  tsx: /^\s*\/\//,
  javascript: /^\s*\/\//,
  go: /^\s*\/\//,
  java: /^\s*\/\//,
  kotlin: /^\s*\/\//,
  rust: /^\s*\/\//,
  csharp: /^\s*\/\//,
};

/** The comment text on each added line (delimiters removed), with the comment it belongs to. */
export function addedComments(file: ChangedFile, facts: FileFacts): Array<{ line: number; text: string; comment: CommentFact }> {
  const wanted = new Set(file.addedLines.map((l) => l.line));
  const byLine = spansByLine(facts.comments, wanted);
  const out: Array<{ line: number; text: string; comment: CommentFact }> = [];
  for (const { line } of file.addedLines) {
    for (const comment of byLine.get(line) ?? []) {
      const text = comment.lines[line - comment.start];
      if (text !== undefined) out.push({ line, text, comment });
    }
  }
  return out;
}

/** Strings on a line, for rules that leave long literals alone. */
export function stringsOn(facts: FileFacts, wanted: Set<number>): Map<number, StringFact[]> {
  return spansByLine(facts.strings, wanted);
}

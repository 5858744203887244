import type { Lookups } from "../../engine/rule.js";
import { markupProse } from "./markup-prose.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { baseText, hasSyntax } from "../../syntax/change-facts.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { lineFacts, stringsOn, columnsOn } from "../../syntax/line-view.js";
import { isTestPath } from "../../text/test-conventions.js";
import { formatterSkippedLines } from "../formatter-skips.js";
import { type BaseLines, keptLines, editedFrom, lineKey, baseLinesOf } from "../line-origin.js";
import { modifierOnlyEdit } from "../modifier-edit.js";
import { pairedLines } from "../paired-lines.js";
import { repeatedEdits } from "../repeated-edit.js";
import { replacedLines } from "../replaced-line.js";
import { LONG_LITERAL } from "./exemptions.js";
import type { Limit } from "./limits.js";
import { measure } from "./line-text.js";

// What max-line-length knows of one file while it judges its lines: its base, comments, literals, sweeps, re-joined lines.

export type Options = {
  max?: number;
  default_max?: number;
  files: "code" | "all";
  tab_width?: number;
  clear_margin: number;
  soft_limits: boolean;
  group_over: number;
  ignore_urls: boolean;
  ignore_imports: boolean;
  ignore_strings: boolean;
  ignore_pattern?: { test(s: string): boolean };
  comments: boolean;
  follow_practice: boolean;
};

/** What is known of one file while its lines are judged. */
export interface FileView {
  limit: Limit;
  tabWidth: number;
  /** Whether a line only re-joins lines that were at base (a formatter run, a "CS fix"): the formatter's choice, not the author's. */
  rejoined: (text: string) => boolean;
  /** The change says it runs a style fixer ("CS fixes", "cargo fmt"): the lines it joins are the tool's, however long. */
  styleRun: boolean;
  options: Options;
  longLiteral?: { parsed: boolean; lines: Set<number> };
  macros: Array<{ start: number; end: number }>;
  base: BaseLines;
  house: number;
  testFile: boolean;
  /** Whether a line is running text in markup (markup-prose.ts): prose, judged as a comment is. */
  markupProse?: (text: string) => boolean;
  /** Lines inside a comment that spans them (the inside of a Rust `/*!` doc block), where the formatter leaves comments alone. */
  commentLines?: Set<number>;
  /** Where a trailing comment starts on a line (its column), from the parser, where the formatter leaves comments alone. */
  trailingAt?: Map<number, number>;
  /** Lines the formatter was told to leave as written (`// prettier-ignore`, `# fmt: off`), where the width is its own. */
  formatterSkipped?: Set<number>;
  /** In a sweep across many files under a guide, whether a line is an edit of one of the file's base lines. */
  swept?: (text: string) => boolean;
  /** Whether an added line is a base line with only modifier keywords inserted (`final`, `readonly`): a sweep's edit. */
  modifierEdit: (text: string) => boolean;
  /** The base line an added line replaced in place (same neighbours, or paired in its hunk), if any. */
  replaced: (line: number) => string | undefined;
  /** In a sweep across many files, whether a line is its base line with a replacement repeated on other lines of the file. */
  repeatedEdit?: (line: number) => boolean;
  /** The file's lines at head (split once, when asked): a test row's neighbours. */
  headLines?: () => string[];
}

/** The lines of a file's head text, split once and only when a test row asks for its neighbours. */
export function headLinesOf(head: string): () => string[] {
  let lines: string[] | undefined;
  return () => (lines ??= head.split("\n"));
}

/** The base line an added line replaced: by its neighbours, else as its hunk pairs it (src/analysis/paired-lines.ts). */
export function replacedIn(head: string | undefined, base: string | undefined, added: ReadonlySet<number>): (line: number) => string | undefined {
  const paired = pairedLines(head, base, added);
  const near = head === undefined || base === undefined ? () => undefined : replacedLines(head, base);
  return (line) => near(line) ?? paired(line);
}

/**
 * A change touching this many files is a sweep (types added to every constructor, a deprecated call
 * replaced in every test): under a width no tool checks, the lines it edits keep the layout they had.
 */
export const SWEEP_FILES = 10;

// How many files the whole change touches: the engine may judge a per-file rule one file at a time.
export const filesChanged = (change: Change) => change.filesInRun ?? change.files.length;

/** Whether an added line edits a base line of the file (one at least 60% of the width: a short line is not it). */
export function editOfBase(file: ChangedFile, found: Lookups, max: number): (text: string) => boolean {
  let base: ReturnType<typeof keptLines> | undefined;
  return (text) => {
    base ??= keptLines((baseText(file, found) ?? "").split("\n").filter((l) => l.length >= max * 0.6));
    return editedFrom(text, base) !== undefined;
  };
}

/** Lines a comment of the file covers whole, from the parser (the inside of a block comment has no leader of its own). */
export function commentLines(file: ChangedFile, found: Lookups): Set<number> {
  const lines = new Set<number>();
  for (const c of lineFacts(file, found)?.comments ?? []) {
    if (c.trailing) continue;
    for (let l = c.start; l <= c.end; l++) lines.add(l);
  }
  return lines;
}

/**
 * The column where a comment after code starts, by line: the parser knows a quote inside the comment
 * (immer's `// N.B. this outcome doesn't seem…`) from one that opens a string, as a pattern does not.
 */
export function trailingComments(file: ChangedFile, found: Lookups): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of lineFacts(file, found)?.comments ?? []) if (c.trailing) out.set(c.start, c.startColumn);
  return out;
}

/** How far over the limit a re-joined base line may be and still count as the formatter's choice. */
export const REJOIN_TOLERANCE = 1.1;

/** A line's text for finding it inside re-joined base lines: no whitespace, no trailing comma before a closing bracket, one kind of quote. */
function joinKey(text: string): string {
  return lineKey(text).replace(/,(?=[)\]}])/g, "");
}

/**
 * Whether an added line is base lines joined into one (what a formatter run or a "CS fixes" commit
 * writes): its text, without whitespace, is a run of the base file's text. Only lines at least
 * this long are compared, so a short common statement is never taken for a re-join.
 */
export function rejoinedFrom(file: ChangedFile, found: Lookups): (text: string) => boolean {
  const base = baseText(file, found);
  if (base === undefined) return () => false;
  let joined: string | undefined;
  return (text) => {
    const key = joinKey(text);
    if (key.length < 40) return false;
    joined ??= joinKey(
      base
        .split("\n")
        .map((l) => l.trim())
        .join(""),
    );
    return joined.includes(key);
  };
}

/**
 * A file's own practice: with this many lines over the limit at base, the longest of them sets the
 * bar; when they are also a fair share of the file (one paragraph a line, as rack's lint.rb
 * writes its spec), the file does not follow the limit at all.
 */
export const HOUSE_STYLE_LINES = 5;
export const EDITED_GROWTH = 1.25;
const HOUSE_STYLE_SHARE = 0.02;

export function houseLongest(base: BaseLines, tabWidth: number, max: number): number {
  if (base.keptCount < HOUSE_STYLE_LINES) return 0;
  if (base.keptCount >= base.lines * HOUSE_STYLE_SHARE) return Infinity;
  return Math.max(max, ...base.kept.map((l) => measure(l.text, tabWidth)));
}

/** Bodies of Rust `macro_rules!` definitions: rustfmt leaves them as written, and their nesting is deep by nature. */
export function macroBodies(text: string): Array<{ start: number; end: number }> {
  const lines = text.split("\n");
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*macro_rules!\s*\w+\s*[{(]?\s*$/.test(lines[i])) continue;
    const end = macroEnd(lines, i);
    if (end === undefined) continue;
    out.push({ start: i + 1, end: end + 1 });
    i = end;
  }
  return out;
}

/** The line on which the brackets a `macro_rules!` opens on line `start` close again. */
function macroEnd(lines: string[], start: number): number | undefined {
  let depth = 0;
  for (let j = start; j < lines.length; j++) {
    depth += bracketBalance(lines[j]);
    if (depth <= 0 && j > start) return j;
  }
  return undefined;
}

/** Opening minus closing brackets on a line, outside strings and `//` comments. */
function bracketBalance(line: string): number {
  let depth = 0;
  for (const ch of line.replace(/"(\\.|[^"\\])*"|\/\/.*$/g, "")) depth += ch === "{" || ch === "(" ? 1 : ch === "}" || ch === ")" ? -1 : 0;
  return depth;
}

/**
 * Added lines that hold 40+ characters of one string, template or regular-expression literal
 * (or lie inside a multi-line one), from the parser; `parsed` is false where it has no facts.
 */
export function longLiteralLines(file: ChangedFile, found: Lookups, max: number): { parsed: boolean; lines: Set<number> } {
  // Only a file with a line over the limit is worth parsing for this.
  const facts = hasSyntax(file) && file.addedLines.some((l) => l.text.length > max) ? lineFacts(file, found) : undefined;
  if (!facts) return { parsed: false, lines: new Set() };
  const texts = new Map(file.addedLines.map((l) => [l.line, l.text]));
  const lines = new Set<number>();
  for (const [line, strings] of stringsOn(facts, new Set(texts.keys()))) {
    const length = texts.get(line)!.length;
    for (const s of strings) {
      const cols = columnsOn(s, line, length);
      if (cols && cols[1] - cols[0] >= LONG_LITERAL) lines.add(line);
    }
  }
  return { parsed: true, lines };
}

/** What is known of one file while its lines are judged: its base, its comments, its sweeps and re-joined lines. */
export function fileView(
  file: ChangedFile,
  change: Change,
  found: Lookups,
  options: Options,
  at: {
    limit: Limit;
    tabWidth: number;
    head: string | undefined;
    styleRun: boolean;
    over: (text: string) => boolean;
  },
): FileView {
  const { limit, tabWidth, head, styleRun } = at;
  const base = baseLinesOf(file, change, found, at.over);
  const replaced = replacedIn(head, baseText(file, found), new Set(file.addedLines.map((l) => l.line)));
  // Where comments are left to the team's own limit, the parser tells them (a trailing comment
  // with quotes in it, formik's `// The order of addons in the "Addons Panel"…`, is one too).
  const commentsApart = limit.ignoresComments || limit.codeOnly || !options.comments;
  return {
    limit,
    tabWidth,
    options,
    longLiteral: options.ignore_strings ? longLiteralLines(file, found, limit.max) : undefined,
    macros: syntaxLanguageOf(file.path) === "rust" && head !== undefined ? macroBodies(head) : [],
    base,
    rejoined: rejoinedFrom(file, found),
    styleRun,
    house: houseLongest(base, tabWidth, limit.max),
    testFile: isTestPath(file.path) || TEST_BASE.test(file.path),
    markupProse: (text) => markupProse(file.path, text),
    commentLines: commentsApart ? commentLines(file, found) : undefined,
    trailingAt: commentsApart ? trailingComments(file, found) : undefined,
    formatterSkipped: limit.formatter && head !== undefined ? formatterSkippedLines(head) : undefined,
    swept: limit.unenforced && filesChanged(change) >= SWEEP_FILES ? editOfBase(file, found, limit.max) : undefined,
    replaced,
    repeatedEdit: filesChanged(change) >= SWEEP_FILES ? repeatedEdits(file.addedLines, replaced) : undefined,
    modifierEdit: modifierOnlyEdit(baseText(file, found)),
    headLines: head === undefined ? undefined : headLinesOf(head),
  };
}

// A test base class kept beside the code it tests (csv's `src/TabularDataReaderTestCase.php`, JUnit's
// `…TestCase.java`): its lines are tests' lines, assertions and all.
const TEST_BASE = /(^|\/)\w{0,200}TestCase\.(php|java|kt|cs|py|rb|ts|js)$/;

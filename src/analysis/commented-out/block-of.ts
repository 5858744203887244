import type { CommentFact } from "../../syntax/facts.js";
import { attachesDebugger } from "../debugger-attach.js";
import { reshapesCompared } from "../failure-view-switch.js";
import { grammarRule } from "../grammar-notation.js";
import { callsOwnTracing } from "../kept-switches.js";
import { nameLegend } from "../name-legend.js";
import { gatedFeature } from "../parked-code.js";
import { addedCommentLines } from "../said-disabled.js";
import { silencesLog } from "../silenced-log.js";
import { editedInTemplate } from "../template-edits.js";
import { tracePointByConvention } from "../trace-point-convention.js";
import { commentContent, enclosingFunction, STATEMENT_WORD } from "./comment-lines.js";
import { exampleData, dataRows, foreignC } from "./example-data.js";
import { type FileScan, runLines, liveNeighbour } from "./file-scan.js";
import { keptOnPurpose, isPlaceholder } from "./kept-on-purpose.js";
import { debugToggles, verbositySwitch, importsOnly, capturedTestPrints, measurementPrints, allPrints } from "./test-prints.js";

// The block of commented-out code one comment adds, and where it is reported: none when it is old, data, or kept on purpose.

/** A comment that holds code, before the checks that may find it kept on purpose. */
export interface Candidate {
  comment: CommentFact;
  index: number;
  codeStart: number;
  codeLines: string[];
  count: number;
  fn: number | undefined;
}

// Code switched off at base already: after an early `return` (`if (true) return;`) or inside `if (false) {`.
const DISABLING_GUARD = /^\s*(if\s*\(?\s*(true|1)\s*\)?\s*[{:]?\s*(then\s+)?return\b.*|return\s*;?|if\s*\(?\s*(false|0)\s*\)?\s*(\{|:|then)?)\s*$/i;

/**
 * Whether every line of a block was live at base but switched off there already (jackson-core
 * 425da977ca: `if (true) return;` over the calls it then comments out): the change only changed
 * how the code is switched off, mid-way through the work on it.
 */
function disabledAtBase(codeLines: string[], baseLines: string[]): boolean {
  const code = codeLines.map(commentContent).filter((l) => l !== "");
  if (code.length === 0 || baseLines.length === 0) return false;
  return code.every((line) => baseLines.some((b, i) => b.trim() === line && behindGuard(baseLines, i)));
}

/** Whether base line i comes after a disabling guard of its own block. */
function behindGuard(lines: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
    const t = lines[k].trim();
    if (DISABLING_GUARD.test(t)) return true;
    if (t.endsWith("{") || t.startsWith("}")) return false;
  }
  return false;
}

/** Lines below a comment searched for the next line of code. */
const NEXT_REACH = 3;

/** The first non-blank line after a comment, within a few lines. */
function nextLiveLine(end: number, scan: FileScan): string | undefined {
  for (let l = end + 1; l <= end + NEXT_REACH; l++) {
    const text = scan.lineAt(l);
    if (text !== undefined && text.trim() !== "") return text;
  }
  return undefined;
}

/** The block of commented-out code a comment adds, unless it is old, explained or kept on purpose. */
export function blockOf(comment: CommentFact, index: number, scan: FileScan): Block | undefined {
  if (!comment.code || comment.codeStart === undefined || scan.quiet.has(scan.run[index])) return undefined;
  const codeStart = blockStart(comment);
  const codeEnd = withoutTrailingNote(comment, codeStart);
  const codeLines = comment.lines.slice(codeStart - comment.start, codeEnd - comment.start + 1);
  // A part of a block cut at blank lines that is only a note or a section label (`// Router` under `// app2.use(…)`):
  // parsed with the code over it, a lone name reads as a statement, but it heads the live code under it.
  if (codeLines.every((l) => sectionLabel(commentContent(l)))) return undefined;
  if (dataNotCode(comment, codeLines, scan) || testOutputSwitch(comment, codeLines, scan) || offByProjectHabit(codeLines, scan)) return undefined;
  const line = anchorLine(comment, codeStart, scan);
  if (line === 0) return undefined;
  // A smaller old block re-wrapped by a formatter, or edited by a search-and-replace across the file (`~[` became
  // `vec!(`): its run is judged whole, as its lines at another indentation are comments of their own.
  if (scan.editedAtBase(runLines(index, scan))) return undefined;
  const candidate: Candidate = {
    comment,
    index,
    codeStart,
    codeLines,
    count: codeEnd - codeStart + 1,
    fn: enclosingFunction(scan.facts.functions, comment.start),
  };
  if (keptOnPurpose(candidate, scan)) return undefined;
  const placeholder = isPlaceholder(candidate, scan);
  if (placeholder && scan.notYet) return undefined;
  const { count, fn } = candidate;
  const prints = allPrints(codeLines);
  return {
    line,
    start: codeStart,
    end: codeEnd,
    count,
    run: scan.run[index],
    fn,
    feature: gatedFeature(codeLines),
    placeholder: placeholder && !prints,
    prints,
  };
}

/** Lines that only look like code: example data, a grammar rule, sample rows, C beside its port, a legend of names. */
function dataNotCode(comment: CommentFact, codeLines: string[], scan: FileScan): boolean {
  // Example data, or a grammar rule the code implements (`val = string / boolean / inline-table`).
  if (codeLines.every((l) => exampleData(l) || grammarRule(commentContent(l)) || commentContent(l) === "")) return true;
  // Rows of sample input (a test's CSV under `/* file: a;'b … */`: `!comment;;;;`, `;;`), or C beside its port.
  if (dataRows(codeLines) || foreignC(scan.file.path, codeLines)) return true;
  // `S = State`, `A = Action`: a legend of the names the code below uses, in prose.
  return nameLegend(comment.lines);
}

/** A test's switches of its own output: debug toggles, a verbosity switch, imports, a view switch, captured prints. */
function testOutputSwitch(comment: CommentFact, codeLines: string[], scan: FileScan): boolean {
  if (scan.testFile && (debugToggles(codeLines) || verbositySwitch(comment, codeLines, scan) || importsOnly(codeLines))) return true;
  // A test's view switch: values reshaped from themselves over the comparison that shows them when it fails.
  if (scan.testFile && reshapesCompared(codeLines, nextLiveLine(comment.end, scan))) return true;
  return capturedTestPrints(comment, codeLines, scan) || measurementPrints(comment, codeLines, scan);
}

/** Lines the project keeps off by habit: its own tracing, a silenced log, a template's line, a debugger hook, code off at base. */
function offByProjectHabit(codeLines: string[], scan: FileScan): boolean {
  // Switches of a tracing facility the file defines, a noisy log silenced, a line the generator's template gained too.
  if (callsOwnTracing(codeLines, scan.facts.functions) || silencesLog(codeLines, scan.baseLines) || editedInTemplate(codeLines, scan.templates)) return true;
  // Trace points where the change's files kept such commented logger calls at base: the project's convention.
  if (tracePointByConvention(codeLines, scan.keepsTracePoints)) return true;
  // `// Debugger.Launch();` in a source generator: the opt-in hook that attaches a debugger to the compiler's process.
  return attachesDebugger(codeLines) || disabledAtBase(codeLines, scan.baseLines) || assertsByHabit(codeLines, scan.baseLines);
}

// A commented assertion: `// assert(dataMap == 0 && nodeMap xor positionMask == 0)`, `# assert x > 0`.
const ASSERTION = String.raw`(?:assert\w*|require|check|debug_assert\w*!?|Debug\.Assert|precondition|invariant)\s*[(!\s]`;
const COMMENTED_ASSERT = new RegExp(String.raw`^\s*(?:\/\/+|#+|--)\s*${ASSERTION}`);
// The same as a block's code line, its comment marker maybe taken off already.
const ASSERT_CODE = new RegExp(String.raw`^\s*(?:(?:\/\/+|#+|--)\s*)?${ASSERTION}`);
/** Commented assertions the file held at base, at least, for a new one to be its way of stating an invariant. */
const ASSERT_HABIT = 3;

/**
 * Assertions kept as comments where the file already states its invariants that way: kotlinx.collections.immutable's
 * trie nodes held 13 `// assert(…)` lines at base (Kotlin's common code had no `assert` on every platform), and the
 * ones its commits add were judged not worth saying three times on set 47. Only assertion lines, and only the base's
 * habit: a pull request cannot build the habit it is judged by.
 */
function assertsByHabit(codeLines: string[], baseLines: string[]): boolean {
  if (!codeLines.every((l) => ASSERT_CODE.test(l))) return false;
  let held = 0;
  for (const l of baseLines) if (COMMENTED_ASSERT.test(l) && ++held >= ASSERT_HABIT) return true;
  return false;
}

// A line of plain words (`revoke all proxies`), not a statement that starts with a keyword (`return result`).
const NOTE_LINE = /^[A-Za-z][\w']*(\s+[\w'-]+)+[.!?:]?$/;

// A test's section label, one capitalised word (`// Teardown`, `// Cleanup`, `// Assert`): the live comment under the
// block (commandline ec4eb7c8cb: nine commented asserts, then `// Teardown`), not a tenth line of it.
const SECTION_LABEL = /^[A-Z][a-z]{2,30}[.:]?$/;

/**
 * The last line of a block's code: a note of plain words under it (immer's `// console.log(…)` over
 * `// revoke all proxies`, the live comment of the next line) is not part of it, and deleting the
 * block must not delete that note.
 */
function withoutTrailingNote(c: CommentFact, codeStart: number): number {
  let end = c.end;
  while (end > codeStart) {
    const text = commentContent(c.lines[end - c.start] ?? "");
    if (text !== "" && !noteLine(text)) break;
    end--;
  }
  return end;
}

/** A line of plain words or a section label, not a statement that starts with a keyword. */
function noteLine(text: string): boolean {
  return (NOTE_LINE.test(text) || SECTION_LABEL.test(text)) && !STATEMENT_WORD.test(text);
}

/** A section label alone (`Router`, `Teardown:`), or a blank line. */
function sectionLabel(text: string): boolean {
  return text === "" || (SECTION_LABEL.test(text) && !STATEMENT_WORD.test(text));
}

/** A block this long, of which at most a fifth is new, was commented out before the change. */
const OLD_BLOCK_LINES = 5;
const OLD_BLOCK_SHARE = 5;

/**
 * Where a block is reported: it is anchored on its first commented line that is new (not one the
 * file had at base, re-indented or moved), then pointed at its first line in the diff. 0: none
 * is new, or the block is disabled on purpose or a side of a merge conflict.
 */
function anchorLine(c: CommentFact, codeStart: number, scan: FileScan): number {
  let line = 0;
  let fresh = 0;
  for (let l = codeStart; l <= c.end; l++) {
    const text = c.lines[l - c.start] ?? "";
    if (!scan.added.has(l) || scan.atBase(text) || scan.reflowed(l)) continue;
    if (c.start === c.end && scan.rewrittenAtBase(text, liveNeighbour(scan, l, -1), liveNeighbour(scan, l, 1))) continue;
    fresh++;
    if (line === 0) line = l;
  }
  const testCode = scan.testFile || scan.rustTests.some((t) => t.start <= c.start && c.end <= t.end);
  if (line === 0 || scan.conflicted.has(line)) return 0;
  // Words that switch code off name it in this block, or in the code the file comments out with it.
  if (scan.disabledOnPurpose(c.lines, testCode) || scan.disabledOnPurpose(addedCommentLines(scan.file), false)) return 0;
  // Or say the file's code is commented out, the file named as the subject's scope (see fileSaidDisabled).
  if (scan.fileSaidDisabled(scan.file.path)) return 0;
  // A block commented out already, edited inside (`.done()` became `.only()` in a rename across the file): not new.
  const size = c.end - codeStart + 1;
  if (size >= OLD_BLOCK_LINES && fresh * OLD_BLOCK_SHARE <= size) return 0;
  for (let l = codeStart; l < line; l++) if (scan.added.has(l)) line = l;
  return line;
}

/**
 * Where a commented-out block starts: the parser's first line of code, or the comment's first line
 * when every line over that is code-shaped too (`# context 'when …' do`, `#   let(:x) { … }`): the
 * block a reader sees is the whole contiguous comment.
 */
function blockStart(c: CommentFact): number {
  const start = c.codeStart ?? c.start;
  const over = c.lines.slice(0, start - c.start).map(commentContent);
  return over.length > 0 && over.every((l) => l === "" || CODE_SHAPED.test(l)) && over.some((l) => l !== "") ? c.start : start;
}

const CODE_SHAPED = /[(){}[\];=]|\bdo(\s*\|[^|]{0,80}\|)?\s*$/;

/** Commented-out code of one comment: where it is reported, and what it may be joined with. */
export interface Block {
  line: number;
  start: number;
  end: number;
  count: number;
  /** The run of comments it belongs to (comments set apart by blank lines only). */
  run: number;
  /** The first line of the innermost function around it, if any. */
  fn: number | undefined;
  /** The optional feature the block gates (`#[cfg(feature = "trust-dns")]`): it may come back. */
  feature?: string;
  /** In a new file, calls mirroring the live ones beside them: a part not written yet. */
  placeholder?: boolean;
  /** Every line a debug print (`// System.out.println(x)`): a debugging session's leftover, not a part to come. */
  prints?: boolean;
  /** Once joined with blocks of other runs: the first run's lines, and where the other runs start. */
  firstRunCount?: number;
  elsewhere?: number[];
  lastRun?: number;
}

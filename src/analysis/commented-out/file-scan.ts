import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { headText, baseText } from "../../syntax/change-facts.js";
import { MAX_BLOCK_LINES, TASK, explains } from "../../syntax/commented-code.js";
import type { CommentFact, FunctionFact, TestCaseFact } from "../../syntax/facts.js";
import { generatedByItsHeader } from "../../syntax/generated.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { lineFacts, addedLinesText } from "../../syntax/line-view.js";
import { isTestPath } from "../../text/test-conventions.js";
import { bundleOutput, bundleVouchers } from "../bundle-outputs.js";
import { rebuiltBundle } from "../bundled-script.js";
import { testSpans } from "../code-change.js";
import { ROOT_LICENCES, portedFile } from "../not-authored.js";
import { inDisabledFolder, referenceForTests } from "../kept-off-files.js";
import { togglesByPlace, conflictLines } from "../parked-code.js";
import { inPlaygroundFolder } from "../playground-folder.js";
import { showcaseScript, tryOutScript } from "../program-output.js";
import { reflowed } from "../reflowed-code.js";
import { scaffoldTemplate } from "../scaffold-templates.js";
import { openedAsTemplate } from "../template-files.js";
import { mayHoldCode, COMMENT_WITH_PUNCTUATION, liveLine } from "./comment-lines.js";
import { disabledInCopy } from "../patched-copies.js";

// One file as no-commented-out-code reads it: which files it skips, its comments and their runs, the lines around them.

/** What every file of the change is judged against. */
export interface ChangeContext {
  change: Change;
  atBase: (line: string) => boolean;
  /** Whether a commented line between live lines was commented out at base between their old forms (a move that rewrote them all). */
  rewrittenAtBase: (line: string, before: string | undefined, after: string | undefined) => boolean;
  /** Whether a block is the base's commented-out code that the change only re-wrapped or edited by search-and-replace. */
  editedAtBase: (lines: string[]) => boolean;
  disabledOnPurpose: (lines: string[], test: boolean) => boolean;
  /** Whether a subject scoped to the file says its code is commented out or disabled (disabled-by-message.ts). */
  fileSaidDisabled: (path: string) => boolean;
  notYet: boolean;
  /** Lines the change adds to generators' templates and grammars, without spaces. */
  templates: Set<string>;
  /** Whether the change's files held commented trace points at base (read on first use). */
  keepsTracePoints: () => boolean;
}

/** One file's comments, and what a block's verdict needs to know about the lines around it. */
export interface FileScan extends ChangeContext {
  file: ChangedFile;
  facts: { comments: CommentFact[]; functions: FunctionFact[]; tests: TestCaseFact[] };
  added: Set<number>;
  /** Whether an added line only re-wraps or re-spaces the file's text at base (a revert of collapsed line breaks). */
  reflowed: (line: number) => boolean;
  lineAt: (n: number) => string | undefined;
  run: number[];
  quiet: Set<number>;
  headLinesAll: string[];
  /** The file's lines at base, when at hand. */
  baseLines: string[];
  conflicted: Set<number>;
  testFile: boolean;
  /** A Rust file's own tests (`#[test]` functions, the `#[cfg(test)]` module), whose output libtest captures. */
  rustTests: Array<{ start: number; end: number }>;
}

export function scanFile(file: ChangedFile, found: Lookups, context: ChangeContext): FileScan | undefined {
  if (!mayHoldCode(file.addedLines) || documentationPath(file.path) || togglesByPlace(file.path) || parkedWholesale(file)) return undefined;
  // A project template a generator copies into its users' projects: its commented blocks are offered alternatives.
  if (scaffoldTemplate(file.path)) return undefined;
  const facts = lineFacts(file, found);
  const text = headText(file, found);
  const base = baseText(file, found);
  if (!facts || generatedByItsHeader(file, text ?? "", base) || bundleOutput(file.path, bundleVouchers(context.change, found))) return undefined;
  // A bundle at base and at head, however few lines the rebuild changed (markRebuiltBundles reads only large rebuilds):
  // its commented blocks are its inputs', said where they are written. The texts are at hand here already.
  if (text !== undefined && rebuiltBundle(file.path, text, base)) return undefined;
  // Another project's code (its licence and holder, "derived from FastDoubleParser"): its commented lines are upstream's.
  const licence = ROOT_LICENCES.map((p) => found.baseContents?.get(p)).find((t) => t !== undefined);
  if (portedFile(file, text ?? "", { change: context.change, baseText: base, baseTexts: found.baseContents, licence })) return undefined;
  // A playground or demo script (zod's root `play.ts`, judged set 16): lines tried and switched off are what it is for.
  const script = { language: syntaxLanguageOf(file.path) ?? "", tests: facts.tests };
  const scriptText = text ?? addedLinesText(file);
  if (showcaseScript(file.path, scriptText, script) || tryOutScript(file.path, scriptText, script)) return undefined;
  // Any file of a playground folder (pinia's `packages/playground/src/stores/nasa-pod.ts`), a module of helpers too.
  if (inPlaygroundFolder(file.path)) return undefined;
  // A file kept switched off by its folder, or kept in tests as the reference to compare with (kept-off-files.ts).
  // The header is read at base: one the pull request writes (or a new file's) cannot quiet the file's own lines.
  const headLinesAll = text?.split("\n") ?? [];
  const baseLines = base?.split("\n") ?? [];
  if (inDisabledFolder(file.path) || referenceForTests(isTestPath(file.path), baseLines)) return undefined;
  // A template copied in (rakegem's gemspec): its commented settings are options its maker offers, not code the author disabled.
  if (openedAsTemplate(file, text?.split("\n", 10) ?? [])) return undefined;
  // Lines the source found put back or ported from the base are not new (#10).
  const restored = new Set([...(file.restoredLines ?? []), ...disabledInCopy(file, found)]);
  const added = new Set(file.addedLines.flatMap((l) => (restored.has(l.line) ? [] : [l.line])));
  const lineAt = headLines(file, text);
  const run = runsOfComments(facts.comments, lineAt);
  return {
    ...context,
    file,
    facts,
    added,
    reflowed: (line) => reflowed(file, found, line),
    lineAt,
    run,
    quiet: quietRuns(facts.comments, run),
    headLinesAll,
    baseLines,
    // A side of a committed merge conflict: the markers are the defect, not the code between them.
    conflicted: conflictLines(headLinesAll),
    testFile: isTestPath(file.path),
    rustTests: testSpans(file, facts, headLinesAll),
  };
}

/**
 * A reason anywhere on a run (a TODO over its first part, prose inside it, a test disabled with
 * a link to the issue that blocks it) covers all of it.
 */
function quietRuns(comments: CommentFact[], run: number[]): Set<number> {
  return new Set(
    comments.flatMap((c, i) =>
      c.explained || (c.code && (explainedByNeighbour(comments, i) || c.lines.some((l) => ISSUE_LINK.test(l)))) || opensWithTask(comments, run, i)
        ? [run[i]]
        : [],
    ),
  );
}

/**
 * The run's first comment, read as prose, that opens with a task note (`// TODO: Fix SelectMany query [fatii, 11/02/2025]`
 * over `//[Fact]`, `//public void QueriesMatch_…()` and the rest of a test parked in parts): the parser took the note
 * and the test's first lines for one prose comment, so the task covered nothing, and the test's body was said as dead weight
 * (ardalis/Specification 237f2e2bc0, set 37, judged not worth saying: the TODO says why it is there).
 */
function opensWithTask(comments: CommentFact[], run: number[], i: number): boolean {
  const c = comments[i];
  if (c.code || c.trailing || (i > 0 && run[i - 1] === run[i])) return false;
  const first = c.lines.find((l) => l.trim() !== "");
  return first !== undefined && TASK.test(first) && run[i + 1] === run[i];
}

/**
 * A change that comments out more lines of a file than the parser reads as one block (validator's
 * "working instance" commented out 4,500 lines of tests while it rewrote the code under them,
 * between the few it kept live) parks the file's code wholesale, on purpose: its pieces, said one
 * by one ("10 lines" of 4,500), would miscount it and give the wrong advice.
 */
function parkedWholesale(file: ChangedFile): boolean {
  let commented = 0;
  for (const l of file.addedLines) if (COMMENT_WITH_PUNCTUATION.test(l.text) && ++commented > MAX_BLOCK_LINES) return true;
  return false;
}

/** The lines of every comment in the run of comment `index` (comments set apart by blank lines only). */
export function runLines(index: number, scan: FileScan): string[] {
  return scan.facts.comments.flatMap((c, i) => (scan.run[i] === scan.run[index] ? c.lines : []));
}

// `[Ignore("https://github.com/dotnet/roslyn/issues/36974")]`: the code waits for that issue.
const ISSUE_LINK = /https?:\/\/\S+\/(issues|pull|pulls)\/\d+/;

/**
 * Which run each comment belongs to: comments with only blank lines between them are one run, so a
 * commented-out test with blank lines inside is one thing, not a "2 lines" and a "9 lines" finding.
 */
function runsOfComments(comments: CommentFact[], lineAt: (n: number) => string | undefined): number[] {
  const run: number[] = [];
  let id = 0;
  for (const [i, c] of comments.entries()) {
    const prev = comments[i - 1];
    const joined = prev && !prev.trailing && !c.trailing && prev.kind !== "doc" && c.kind !== "doc" && onlyBlankBetween(prev.end, c.start, lineAt);
    if (!joined) id++;
    run.push(id);
  }
  return run;
}

function onlyBlankBetween(end: number, start: number, lineAt: (n: number) => string | undefined): boolean {
  for (let l = end + 1; l < start; l++) if (lineAt(l)?.trim() !== "") return false;
  return true;
}

/**
 * A comment right above or below, set apart only by its indentation (`  // TODO doesn't work yet`
 * over `//    val result = …`), that explains the code: it gives a reason or introduces it.
 */
function explainedByNeighbour(comments: CommentFact[], i: number): boolean {
  const c = comments[i];
  const above = comments[i - 1];
  const below = comments[i + 1];
  const before = above && !above.code && !above.trailing && above.end === c.start - 1 ? above.lines.filter((l) => l.trim() !== "") : [];
  const after = below && !below.code && below.start === c.end + 1 ? below.lines.filter((l) => l.trim() !== "") : [];
  // Any line of a prose comment above may give the reason ("TODO doesn't work yet." then how to fix it).
  if (before.some((l, k) => explains(l, k < before.length - 1)) || (after.length > 0 && explains(after[0], true))) return true;
  // Or a task note trailing the live line right above (psych e0e3ea15ea: `tag = '!binary' # FIXME: change to below when syck is
  // removed` over `#tag = 'tag:yaml.org,2002:binary'`; set 39, judged not worth saying: the note points at the line).
  return above !== undefined && above.trailing && above.end === c.start - 1 && above.lines.some((l) => TASK.test(l));
}

// Examples, docs and sample configs are written to be read and copied: their commented-out lines
// are options for the reader (Sphinx's conf.py, `examples/snippets/*.ts`). Compiled output
// (`esm/`, `cjs/`, `dist/`) is nobody's writing.
const DOCUMENTATION_PATH =
  /(^|\/)(_?examples?|samples?|snippets?|demos?|docs?|documentation|tutorials?|esm|cjs|dist)\/|\.(example|sample|template|dist)(\.\w+)?$/i;

// A project of samples named for the product (`src/AutoMapperSamples/`, `Foo.Examples/`).
const SAMPLES_PROJECT = /(^|\/)[\w.-]+(Samples?|Examples?|Demos?)\//;

function documentationPath(path: string): boolean {
  return DOCUMENTATION_PATH.test(path) || SAMPLES_PROJECT.test(path);
}

/** The head text's line n (1-based), from the whole text when at hand, else from the added lines. */
function headLines(file: ChangedFile, text: string | undefined): (n: number) => string | undefined {
  if (text !== undefined) {
    const lines = text.split("\n");
    return (n) => lines[n - 1];
  }
  const added = new Map(file.addedLines.map((l) => [l.line, l.text]));
  return (n) => added.get(n);
}

export function liveNeighbour(scan: FileScan, line: number, step: number): string | undefined {
  return liveLine(scan.lineAt, line, step);
}

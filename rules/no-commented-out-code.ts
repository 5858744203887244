import * as z from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { Lookups } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { baseFacts, basePaths, baseText, headPaths, headText, movedFromPaths } from "../src/syntax/change-facts.js";
import { explains, MAX_BLOCK_LINES } from "../src/syntax/commented-code.js";
import type { CommentFact, FunctionFact, TestCaseFact } from "../src/syntax/facts.js";
import { copiedOriginalTexts, mayHoldCopies } from "../src/analysis/copy-originals.js";
import { notAuthored, ownHolderPaths, portedFile, ROOT_LICENCES } from "../src/analysis/not-authored.js";
import { siblingCopyPaths } from "../src/analysis/sibling-copy.js";
import {
  conflictLines,
  gatedFeature,
  menuOfCalls,
  mirrorsNeighbours,
  noteAfterCode,
  notesWhatEmptyBlockYields,
  namedByTaskNote,
  partOfExplainedParking,
  namesWhatIsSkipped,
  negativeTypeCase,
  parkedByEnclosingScope,
  explainedAlternative,
  explainsWhy,
  saysNotYetImplemented,
  showsEnvironmentValue,
  togglesByPlace,
} from "../src/analysis/parked-code.js";
import { importsWholeCodebase } from "../src/analysis/initial-import.js";
import { saysUnfinished } from "../src/analysis/unfinished-work.js";
import { reflowed } from "../src/analysis/reflowed-code.js";
import { nameLegend } from "../src/analysis/name-legend.js";
import { derivedAlternative, notationHeading } from "../src/analysis/math-notes.js";
import { switchesOwnHelper } from "../src/analysis/helper-switch.js";
import { callsOwnTracing, DEBUG_PRINT, debugSwitch, inDemoBlock, notesIgnoredError } from "../src/analysis/kept-switches.js";
import { silencesLog } from "../src/analysis/silenced-log.js";
import { tracePointByConvention, tracePointsAtBase } from "../src/analysis/trace-point-convention.js";
import { attachesDebugger } from "../src/analysis/debugger-attach.js";
import { reshapesCompared } from "../src/analysis/failure-view-switch.js";
import { reasonElsewhereInTest } from "../src/analysis/reason-in-test.js";
import { reasonOverSetup } from "../src/analysis/reason-over-setup.js";
import { addedCommentLines, disablingLines, namesCode, namingWords } from "../src/analysis/said-disabled.js";
import { disownedAssertion } from "../src/analysis/disowned-assertion.js";
import { inPlaygroundFolder } from "../src/analysis/playground-folder.js";
import { showcaseScript } from "../src/analysis/program-output.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { addedLinesText } from "../src/syntax/line-view.js";
import { playgroundMain } from "../src/analysis/playground-main.js";
import { labelsStatementBelow, labelsWithUnknownName } from "../src/analysis/statement-label.js";
import { grammarRule } from "../src/analysis/grammar-notation.js";
import { documentsDeclarationBelow } from "../src/analysis/declaration-doc.js";
import { introducesExample } from "../src/analysis/example-intro.js";
import { reportsMeasurement } from "../src/analysis/measurement-report.js";
import { editedInTemplate, templateLines } from "../src/analysis/template-edits.js";
import { openedAsTemplate } from "../src/analysis/template-files.js";
import { wasLiveAtBase } from "../src/analysis/live-at-base.js";
import { disabledInCopy, mayPatchCopies, patchedCopyOriginals } from "../src/analysis/patched-copies.js";
import { scaffoldTemplate } from "../src/analysis/scaffold-templates.js";
import { testSpans } from "../src/analysis/code-change.js";
import { inParkedTest } from "../src/analysis/parked-tests.js";
import { minorTestLine } from "../src/analysis/parked-test-line.js";
import { aloneInBlock, onePrintCall } from "../src/analysis/wrapped-print.js";
import { markedBySuppression } from "../src/analysis/suppression-marker.js";
import { enclosingOpeners } from "../src/analysis/enclosing-openers.js";
import { generatedByItsHeader } from "../src/syntax/generated.js";
import { bundleBasePaths, bundleConfigPaths, bundleOutput, bundleVouchers } from "../src/analysis/bundle-outputs.js";
import { lineFacts } from "../src/syntax/line-view.js";
import { alsoOn } from "../src/text/also-on.js";
import { isTestPath } from "../src/text/test-conventions.js";
import { escapeRegExp } from "../src/text/escape-regexp.js";
import { STRING_LITERALS } from "../src/text/string-literals.js";

/** Java, Kotlin, Scala and Groovy sources, whose packages name their organisation by its reversed domain. */
const JVM_SOURCE = /\.(?:java|kt|scala|groovy)$/;

export default defineRule({
  meta: {
    id: "no-commented-out-code",
    description: "The change adds no commented-out code.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      commentedOut: "These {count} commented-out lines of code are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLine: "This commented-out line of code is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
      commentedOutAlso:
        "These {count} commented-out lines of code{also} are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLineAlso: "This commented-out line of code{also} is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
      commentedOutFeature:
        "These {count} commented-out lines are code of the `{feature}` feature, switched off without saying why or until when. If it comes back, say so in a TODO that names the issue; otherwise delete them.",
      commentedOutFeatureLine:
        "This commented-out line is code of the `{feature}` feature, switched off without saying why or until when. If it comes back, say so in a TODO that names the issue; otherwise delete it.",
      commentedOutPlaceholder:
        "This new file holds {count} commented-out lines that mirror the live calls beside them, here and {more} more places: parts not written yet? Say so in a TODO (naming the issue), so readers know they are planned, not dead.",
      commentedOutPlaceholderOne:
        "These {count} commented-out lines in a new file mirror the live calls beside them: a part not written yet? Say so in a TODO (naming the issue), so readers know it is planned, not dead.",
      commentedOutPlaceholderLine:
        "This commented-out line in a new file mirrors the live calls beside it: a part not written yet? Say so in a TODO (naming the issue), so readers know it is planned, not dead.",
      commentedOutPrint: "This commented-out debug print is a leftover of a debugging session: delete it; git keeps it if it is ever needed again.",
      commentedOutPrints:
        "These {count} commented-out debug prints are leftovers of a debugging session: delete them; git keeps them if they are ever needed again.",
    },
  },
  options: z
    .object({
      min_lines: z.number().int().min(1).default(1).describe("Lines of commented-out code a comment must hold to be reported."),
      report_lone_lines_in_new_files: z
        .boolean()
        .default(false)
        .describe("Report a file's only commented-out line when the change creates the file (off: a toggle or note written with it)."),
    })
    .strict(),
  // The base texts say which commented lines the files already had: a reformat, or a move from a
  // file the change deleted lines from, re-adds them and is not this change's doing (clean as you code).
  needs(change) {
    // A whole codebase imported at once (the first commit, "Initial import"): not this change's writing.
    // Work its author says is unfinished ("WIP", "complete fix to follow", "all tests failing") is a draft:
    // code commented out mid-way is judged in the commit that finishes it.
    if (importsWholeCodebase(change) || saysUnfinished(change)) return {};
    const candidates = change.files.filter((f) => mayHoldCode(f.addedLines));
    // The head text too: parsed whole, a file's comments are what they are (a PHP file's added
    // lines alone are not inside `<?php`, and a Go doc comment needs its declaration).
    if (candidates.length === 0) return {};
    // A new file's twin under another top folder (`newtests/replace.rs` beside `tests/replace.rs`):
    // the commented lines ported with it were commented out there already.
    const twins = candidates.flatMap((f) => twinPaths(f, change));
    // A new JVM file under the copyright of the organisation its package names: the LICENSE says whose the project is.
    const licences = candidates.some((f) => f.status === "added" && JVM_SOURCE.test(f.path)) ? ROOT_LICENCES : [];
    return {
      // A JavaScript file's package.json and rollup config, which may name it as a bundle (see bundle-outputs.ts).
      fileContents: [...new Set([...headPaths(candidates), ...candidates.flatMap((f) => bundleConfigPaths(f.path))])],
      baseContents: [
        ...new Set([
          ...basePaths(candidates),
          ...movedFromPaths(change.files),
          ...twins,
          ...licences,
          ...candidates.flatMap((f) => bundleBasePaths(f.path, change)),
          // The other files' headers: whose the project is, against a header's holder (not-authored.ts).
          ...ownHolderPaths(change.files),
        ]),
      ],
      // A new file may be a copy of a file the repository has: its commented lines were there already.
      ...(mayHoldCopies(candidates) ? { copyOriginals: true } : {}),
      ...(mayPatchCopies(candidates) ? { fileTree: true } : {}),
    };
  },
  // The originals of patched copies (patched-copies.ts), found in the tree.
  laterNeeds: (change, _opts, found) => [...patchedCopyOriginals(change.files, found.fileTree).values()],
  check(change, opts, found) {
    if (importsWholeCodebase(change) || saysUnfinished(change)) return [];
    const context: ChangeContext = {
      change,
      ...commentedLinesAtBase(change.files, found, twinTexts(change, found)),
      disabledOnPurpose: disabledByMessage(change),
      notYet: saysNotYetImplemented([change.title, change.body, ...change.commits.map((c) => c.message)]),
      templates: templateLines(change),
      keepsTracePoints: tracePointsAtBase(() => change.files.flatMap((f) => baseText(f, found) ?? [])),
    };
    // Vendored, installed or released code (a NuGet package's jQuery UI) is not the change's to clean up.
    const authored = change.files.filter((file) => notAuthored(file.path, change) === undefined);
    return authored.flatMap((file) => fileFindings(file, found, context, opts));
  },
});

/** What every file of the change is judged against. */
interface ChangeContext {
  change: Change;
  atBase: (line: string) => boolean;
  /** Whether a commented line between live lines was commented out at base between their old forms (a move that rewrote them all). */
  rewrittenAtBase: (line: string, before: string | undefined, after: string | undefined) => boolean;
  /** Whether a block is the base's commented-out code that the change only re-wrapped or edited by search-and-replace. */
  editedAtBase: (lines: string[]) => boolean;
  disabledOnPurpose: (lines: string[], test: boolean) => boolean;
  notYet: boolean;
  /** Lines the change adds to generators' templates and grammars, without spaces. */
  templates: Set<string>;
  /** Whether the change's files held commented trace points at base (read on first use). */
  keepsTracePoints: () => boolean;
}

/** One file's comments, and what a block's verdict needs to know about the lines around it. */
interface FileScan extends ChangeContext {
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

/** A comment that holds code, before the checks that may find it kept on purpose. */
interface Candidate {
  comment: CommentFact;
  index: number;
  codeStart: number;
  codeLines: string[];
  count: number;
  fn: number | undefined;
}

/** The rule's options, as its schema gives them. */
interface Options {
  min_lines: number;
  report_lone_lines_in_new_files: boolean;
}

function fileFindings(file: ChangedFile, found: Lookups, context: ChangeContext, opts: Options): RawFinding[] {
  const minLines = opts.min_lines;
  const scan = scanFile(file, found, context);
  if (!scan) return [];
  // The parser decided which comments are code (doc comments and their examples never are).
  const blocks = scan.facts.comments.flatMap((c, i) => blockOf(c, i, scan) ?? []);
  const out: RawFinding[] = [];
  const placeholders = blocks.filter((b) => b.placeholder);
  const parked = widenedRuns(
    blocks.filter((b) => !b.placeholder),
    scan,
  ).filter((b) => !minorInTests(b, scan));
  const said = onePerKind(joinRelated(parked).filter((b) => b.count >= minLines));
  // One finding per file: a scratch file's calls mirroring its live ones, beside its other commented-out code, are
  // more of the same, named by their lines (jimfs ab0f5129c5: a second finding on `Testing.java` asked for a TODO).
  const code = said.find((b) => b.feature === undefined);
  if (code && placeholders.length > 0) {
    code.firstRunCount ??= code.count;
    code.elsewhere = [...(code.elsewhere ?? []), ...placeholders.map((b) => b.line)].sort((a, b) => a - b);
  } else {
    const asked = placeholderFinding(file.path, placeholders, minLines);
    if (asked) out.push(asked);
  }
  for (const b of said) out.push(blockFinding(file.path, b));
  return opts.report_lone_lines_in_new_files ? out : out.filter((f) => !loneLineOfNewFile(file, f));
}

// The findings that say one commented line and no other place: what a file the change creates holds when its author
// kept a single line commented out with it.
const LONE_LINE = new Set(["commentedOutLine", "commentedOutPrint", "commentedOutPlaceholderLine"]);

/**
 * A new file's only commented-out line (calibration, session 18). Commented-out code is what an edit leaves behind of
 * the code it replaced; a file the change creates has no earlier version, and one commented line written with it is
 * a toggle, a note or an example (ziggurat's `# N(0, 1)`, a source generator's `// Debugger.Launch();`, a benchmark
 * config's column switch, `// return ctx` over the statement it names). Sets 11–17 judged 13 such findings, one agreed
 * (gunicorn's `#self.socket = socket.socket(_sock=self.socket)`). A block of two lines or more in a new file (a test
 * or a class commented out whole: 15 of 21 agreed) is still said, and so is a lone line in a file that existed.
 * `status` comes from the diff, not from the file's text: nothing the change writes turns this on.
 */
function loneLineOfNewFile(file: ChangedFile, f: RawFinding): boolean {
  return file.status === "added" && LONE_LINE.has(f.messageId);
}

/**
 * One commented-out line of test code that is no parked assertion of a test case: too small to raise. So is one
 * print or log call a formatter wrapped over a few lines (see wrapped-print).
 */
function minorInTests(b: Block, scan: FileScan): boolean {
  if (!(scan.testFile || scan.rustTests.some((t) => t.start <= b.start && b.start <= t.end))) return false;
  const c = scan.facts.comments.find((k) => k.start <= b.start && b.start <= k.end);
  if (b.count !== 1) return c !== undefined && b.end <= c.end && wrappedPrintBesideCode(b, c, scan);
  const code = commentContent(c?.lines[b.start - c.start] ?? "");
  if (supersededBeside(code, scan, b.start)) return false;
  return minorTestLine(code, b.start, scan.facts.tests, scan.facts.functions, scan.rustTests);
}

/** One print call a formatter wrapped (see wrapped-print), beside live code in its block: not all an empty branch holds. */
function wrappedPrintBesideCode(b: Block, c: CommentFact, scan: FileScan): boolean {
  const lines = c.lines.slice(b.start - c.start, b.end - c.start + 1);
  if (!onePrintCall(lines.map(commentContent).filter((l) => l !== ""))) return false;
  return !aloneInBlock(scan.lineAt(c.start - 1), scan.lineAt(c.end + 1), /^\s*/.exec(lines[0] ?? "")![0].length);
}

/** Names a parked line shares with the live line beside it, at least, to be that line's old version. */
const SUPERSEDED_SHARE = 0.75;

/**
 * A parked line beside the live line it was replaced by (NLog's `//var arhiveFile = …` over its one-line rewrite,
 * `//timeSource.AddToSystemTime(…)` under `AddToLocalTime(…)`, faker's names split in the other order; judged
 * "agree" on set 16, three of the five lone test lines judged there): the old version left behind, or a changed
 * behaviour the test no longer simulates, is worth a word even in a test.
 */
function supersededBeside(code: string, scan: FileScan, line: number): boolean {
  const mine = identifiers(code);
  if (mine.size < MIN_NAMES) return false;
  return [liveNeighbour(scan, line, -1), liveNeighbour(scan, line, 1)].some((live) => {
    if (live === undefined) return false;
    const theirs = identifiers(live);
    let shared = 0;
    for (const n of mine) if (theirs.has(n)) shared++;
    return shared >= SUPERSEDED_SHARE * mine.size;
  });
}

/**
 * One finding per file for each kind of commented-out code (code and debug prints alike, a feature's lines), on the
 * first block, naming the lines of the others (FakeItEasy 663b75e9db: two tests of one new class, each with its body
 * commented out, were two findings). Debug prints are code to delete like the rest; only a feature's lines get other advice.
 */
function onePerKind(blocks: Block[]): Block[] {
  const byKind = new Map<string, Block>();
  for (const b of blocks) {
    const kind = b.feature !== undefined ? `feature ${b.feature}` : "code";
    const first = byKind.get(kind);
    if (!first) {
      byKind.set(kind, { ...b });
      continue;
    }
    first.firstRunCount ??= first.count;
    first.count += b.count;
    (first.elsewhere ??= []).push(b.line, ...(b.elsewhere ?? []));
  }
  return [...byKind.values()].sort((a, b) => a.line - b.line);
}

// A line of a fragment of commented-out code that does not parse alone: it ends or opens like code, declares
// (`namespace X`, `public class T`, `[TestFixture]`, `@Test`), or is the old code's own comment (`// Arrange`).
const DECLARES =
  /^(?:namespace|using|import|package|public|private|protected|internal|static|final|abstract|override|class|struct|interface|enum|def|fn|func|function|module|end|else|try|catch|finally|return|var|let|const|val)\b/;
const FRAGMENT_LINE = new RegExp(String.raw`[(){}[\];=]|,$|^(?:\/\/|#|\/\*|\*)|^@\w|` + DECLARES.source);
// Three plain words in a row outside strings, on a line that declares nothing: a sentence (`Copyright (c) Foo. All
// rights reserved.`), not a piece of code, however it is punctuated.
const SENTENCE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
const fragmentLine = (l: string) => FRAGMENT_LINE.test(l) && (DECLARES.test(l) || !SENTENCE.test(l.replace(/"[^"]*"|'[^']*'/g, '""')));
// A line that is code, not only the old code's own comment.
const NESTED_COMMENT = /^(?:\/\/|#|\/\*|\*)/;

/**
 * Whether a comment the parser did not read as code is a fragment of the code around it: its lines all code-shaped
 * and not all the old code's own comments. `between` two blocks of the run, one code-shaped line is enough (a test's
 * multi-line expected text sits among its statements), and the old code's own comment (`// // Act`) counts too.
 */
function codeFragment(c: CommentFact, scan: FileScan, between = false): boolean {
  if (c.kind === "doc" || c.trailing || c.explained || !scan.added.has(c.start)) return false;
  const filled = c.lines.map(commentContent).filter((l) => l !== "");
  if (between) return filled.some((l) => FRAGMENT_LINE.test(l));
  // Pieces of code the change commented out where it stood (`while true`, `raise "…"`): they were its live lines.
  if (wasLiveAtBase(filled, scan.baseLines)) return true;
  const shaped = filled.filter(fragmentLine).length;
  return filled.length > 0 && shaped === filled.length && filled.some((l) => !NESTED_COMMENT.test(l));
}

/**
 * One block for each run that holds commented-out code, spanning its fragments too: a class commented out whole
 * (FakeItEasy c03786ca62: all 551 lines) parses in pieces, its `namespace X {` and `public class T {` heads and
 * `}` tails not at all, so the blocks alone said "122 lines from line 23". The fragments before, between and after
 * the run's blocks are counted with them, and the block starts at the first.
 */
function widenedRuns(blocks: Block[], scan: FileScan): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1].run === blocks[i].run) j++;
    out.push(...widenedRun(blocks.slice(i, j + 1), scan));
    i = j + 1;
  }
  return out;
}

/** One run's blocks as one block, widened over the code fragments before, between and after them. */
function widenedRun(own: Block[], scan: FileScan): Block[] {
  const { comments } = scan.facts;
  const commentAt = (line: number) => comments.findIndex((c) => c.start <= line && c.end >= line);
  const own0 = commentAt(own[0].start);
  const ownN = commentAt(own.at(-1)!.end);
  if (own0 < 0 || ownN < 0) return own;
  const inRun = (k: number) => scan.run[k] === own[0].run && codeFragment(comments[k], scan);
  let first = own0;
  let last = ownN;
  while (first > 0 && inRun(first - 1)) first--;
  while (last + 1 < comments.length && inRun(last + 1)) last++;
  const extra = fragmentLines(own, scan, first, last, commentAt);
  // Only a fragment before the block's own comment moves its start: the prose a comment opens with is not code.
  const start = first < own0 ? comments[first].start : own[0].start;
  const end = last > ownN ? comments[last].end : own.at(-1)!.end;
  const merged: Block = { ...own[0], count: own.reduce((n, b) => n + b.count, 0) + extra, end };
  merged.prints = own.every((b) => b.prints === true) && extra === 0;
  merged.feature = own.find((b) => b.feature !== undefined)?.feature;
  if (start < merged.start) merged.line = merged.start = start;
  return [merged];
}

/** Lines of the run's code fragments from comment `first` to `last` that no block of `own` counted. */
function fragmentLines(own: Block[], scan: FileScan, first: number, last: number, commentAt: (line: number) => number): number {
  const { comments } = scan.facts;
  const counted = new Set(own.map((b) => commentAt(b.start)));
  let extra = 0;
  for (let k = first; k <= last; k++)
    if (!counted.has(k) && scan.run[k] === own[0].run && codeFragment(comments[k], scan, true)) extra += comments[k].end - comments[k].start + 1;
  return extra;
}

function scanFile(file: ChangedFile, found: Lookups, context: ChangeContext): FileScan | undefined {
  if (!mayHoldCode(file.addedLines) || documentationPath(file.path) || togglesByPlace(file.path) || parkedWholesale(file)) return undefined;
  // A project template a generator copies into its users' projects: its commented blocks are offered alternatives.
  if (scaffoldTemplate(file.path)) return undefined;
  const facts = lineFacts(file, found);
  const text = headText(file, found);
  if (!facts || generatedByItsHeader(file, text ?? "", baseText(file, found)) || bundleOutput(file.path, bundleVouchers(context.change, found)))
    return undefined;
  // Another project's code (its licence and holder, "derived from FastDoubleParser"): its commented lines are upstream's.
  const licence = ROOT_LICENCES.map((p) => found.baseContents?.get(p)).find((t) => t !== undefined);
  if (portedFile(file, text ?? "", { change: context.change, baseText: baseText(file, found), baseTexts: found.baseContents, licence })) return undefined;
  // A playground or demo script (zod's root `play.ts`, judged set 16): lines tried and switched off are what it is for.
  if (showcaseScript(file.path, text ?? addedLinesText(file), { language: syntaxLanguageOf(file.path) ?? "" })) return undefined;
  // Any file of a playground folder (pinia's `packages/playground/src/stores/nasa-pod.ts`), a module of helpers too.
  if (inPlaygroundFolder(file.path)) return undefined;
  // A template copied in (rakegem's gemspec): its commented settings are options its maker offers, not code the author disabled.
  if (openedAsTemplate(file, text?.split("\n", 10) ?? [])) return undefined;
  // Lines the source found put back or ported from the base are not new (#10).
  const restored = new Set([...(file.restoredLines ?? []), ...disabledInCopy(file, found)]);
  const added = new Set(file.addedLines.flatMap((l) => (restored.has(l.line) ? [] : [l.line])));
  const lineAt = headLines(file, text);
  const run = runsOfComments(facts.comments, lineAt);
  const headLinesAll = text?.split("\n") ?? [];
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
    baseLines: baseText(file, found)?.split("\n") ?? [],
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
    comments.flatMap((c, i) => (c.explained || (c.code && (explainedByNeighbour(comments, i) || c.lines.some((l) => ISSUE_LINK.test(l)))) ? [run[i]] : [])),
  );
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
function blockOf(comment: CommentFact, index: number, scan: FileScan): Block | undefined {
  if (!comment.code || comment.codeStart === undefined || scan.quiet.has(scan.run[index])) return undefined;
  const codeStart = blockStart(comment);
  const codeEnd = withoutTrailingNote(comment, codeStart);
  const codeLines = comment.lines.slice(codeStart - comment.start, codeEnd - comment.start + 1);
  // Example data, or a grammar rule the code implements (`val = string / boolean / inline-table`).
  if (codeLines.every((l) => exampleData(l) || grammarRule(commentContent(l)) || commentContent(l) === "")) return undefined;
  // Rows of sample input (a test's CSV under `/* file: a;'b … */`: `!comment;;;;`, `;;`), or C beside its port.
  if (dataRows(codeLines) || foreignC(scan.file.path, codeLines)) return undefined;
  // `S = State`, `A = Action`: a legend of the names the code below uses, in prose.
  if (nameLegend(comment.lines)) return undefined;
  if (scan.testFile && (debugToggles(codeLines) || verbositySwitch(comment, codeLines, scan) || importsOnly(codeLines))) return undefined;
  // A test's view switch: values reshaped from themselves over the comparison that shows them when it fails.
  if (scan.testFile && reshapesCompared(codeLines, nextLiveLine(comment.end, scan))) return undefined;
  if (capturedTestPrints(comment, codeLines, scan) || measurementPrints(comment, codeLines, scan)) return undefined;
  // Switches of a tracing facility the file defines, a noisy log silenced, a line the generator's template gained too.
  if (callsOwnTracing(codeLines, scan.facts.functions) || silencesLog(codeLines, scan.baseLines) || editedInTemplate(codeLines, scan.templates))
    return undefined;
  // Trace points where the change's files kept such commented logger calls at base: the project's convention.
  if (tracePointByConvention(codeLines, scan.keepsTracePoints)) return undefined;
  // `// Debugger.Launch();` in a source generator: the opt-in hook that attaches a debugger to the compiler's process.
  if (attachesDebugger(codeLines)) return undefined;
  if (disabledAtBase(codeLines, scan.baseLines)) return undefined;
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

// A line of plain words (`revoke all proxies`), not a statement that starts with a keyword (`return result`).
const NOTE_LINE = /^[A-Za-z][\w']*(\s+[\w'-]+)+[.!?:]?$/;
const STATEMENT_WORD =
  /^(return|throw|raise|yield|await|break|continue|goto|end|pass|else|elif|import|from|package|using|require|include|new|delete|echo|print|puts|def|class|let|var|const|val|fun|func|function|public|private|protected|static|int|long|void|if|for|while|do|case|when|unless)\b/;

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
    if (text !== "" && !((NOTE_LINE.test(text) || SECTION_LABEL.test(text)) && !STATEMENT_WORD.test(text))) break;
    end--;
  }
  return end;
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
  // A block commented out already, edited inside (`.done()` became `.only()` in a rename across the file): not new.
  const size = c.end - codeStart + 1;
  if (size >= OLD_BLOCK_LINES && fresh * OLD_BLOCK_SHARE <= size) return 0;
  for (let l = codeStart; l < line; l++) if (scan.added.has(l)) line = l;
  return line;
}

// The reason an alternative is not the one used: "…, hence not instanceof", "can't", "haven't figured out how".
const WHY_NOT = /\b(hence|therefore|instead|not)\b|n't\b/i;

/** Commented-out lines whose neighbours say why they stay: a note, a toggle, a menu of calls… */
function keptOnPurpose(k: Candidate, scan: FileScan): boolean {
  const { comment: c, codeLines, count } = k;
  const { lineAt, facts } = scan;
  const first = c.lines[k.codeStart - c.start];
  // A note after a lone commented line (`foo();  // breaks on IE`) says why it stays; inside a
  // longer block (`expect(a).toBe(30); // info level`) it is the old code's own comment.
  const alone = count === 1 && scan.run.filter((r) => r === scan.run[k.index]).length === 1;
  if (alone && noteAfterCode(first ?? "") !== undefined) return true;
  // `func TestFanIn(t *testing.T) { //nolint:paralleltest` over `// t.Parallel()`: a marker the suppression names.
  if (count === 1 && markedBySuppression(commentContent(first ?? ""), k.codeStart, lineAt)) return true;
  if (parkedByEnclosingScope(scan.headLinesAll, c.start, facts.comments, facts.functions)) return true;
  if (negativeTypeCase(scan.file.path, scan.testFile, codeLines, lineAt(k.codeStart - 1))) return true;
  if (namedByTaskNote(codeLines, facts.comments) || partOfExplainedParking(codeLines, facts.comments)) return true;
  if (keptAsSwitch(k, scan) || explainedAbove(k, scan) || reasonForAll(k, scan) || leftOutByCase(k, scan)) return true;
  const next = [lineAt(c.end + 1), lineAt(c.end + 2), lineAt(c.end + 3)];
  if (count === 1 && (isToggle(first, [lineAt(c.start - 1), lineAt(c.end + 1)]) || showsIndirectCall(first, next.slice(0, 2)))) return true;
  if (alone && (showsEnvironmentValue(first, next[0]) || explainedAlternative(first, next.slice(1), (l) => explains(l, true) || WHY_NOT.test(l)))) return true;
  if (alone && (ruledOutUnderLive(first, c.start, scan) || ruledOutOverLive(first, c.start, scan))) return true;
  if (alone && namesWhatIsSkipped([lineAt(c.start - 1), lineAt(c.end + 1)])) return true;
  // `// return username` where the file's code has no `username`: a label of the statement under it.
  if (count === 1 && labelsWithUnknownName(first ?? "", scan.headLinesAll)) return true;
  // `// return ctx` over `return &DefaultCtx{`: a label of the statement under it, which builds what it names.
  if (alone && labelsStatementBelow(first ?? "", lineAt(c.end + 1))) return true;
  // `// proto[keysSymbol] = new Set()` over `const keysSymbol = Symbol()`: it cannot have run before its name was declared.
  if (alone && documentsDeclarationBelow(commentContent(first ?? ""), lineAt(c.end + 1))) return true;
  // "Allow" or "For example:" over the lines: an example of what the code below handles.
  if (introducedAsExample(k, scan)) return true;
  // "Avoid using fake timers for now: <issue>" over `const FAKE_TIMEOUT = 50` over `// jest.useFakeTimers()`.
  if (reasonOverSetup(codeLines, k.codeStart, lineAt)) return true;
  // "rAF does not repro, so …" elsewhere in the test, over `// requestAnimationFrame(…)`: the approach it ruled out.
  if (alone && reasonElsewhereInTest(codeLines, c.start, facts.tests, facts.comments)) return true;
  // `@Test // best effort, no asserts` over the test: its commented assertion is the outcome it cannot rely on.
  if (disownedAssertion(codeLines, c.start, facts.tests, lineAt)) return true;
  // Mathematics in the program's syntax: `# N(0, 1)` heading the function below, a formula kept with its derivation.
  if (count === 1 && notationHeading(first ?? "", lineAt(c.end + 1))) return true;
  const over = [1, 2, 3, 4].map((d) => lineAt(k.codeStart - d));
  if (alone && derivedAlternative(first ?? "", lineAt(c.end + 1), over)) return true;
  if (alone && switchesOwnHelper(first ?? "", c.start, facts.functions, scan.headLinesAll)) return true;
  if (showsGeneratedCode(first, next)) return true;
  if (templateOfRemovedSeries(runLines(k.index, scan), scan)) return true;
  if (notesWhatEmptyBlockYields(codeLines, lineAt(c.start - 1), lineAt(c.end + 1))) return true;
  const inMain = facts.functions.some((f) => f.start === k.fn && /^main$/i.test(f.name));
  return menuOfCalls(codeLines, [lineAt(c.start - 1), lineAt(c.end + 1), ...next.slice(1)], inMain);
}

/** Names two lines must share to be alternatives of each other (`in.read()` under both assertions). */
const ALTERNATIVE_SIMILARITY = 0.3;
const COMMENT_LINE = /^\s*(\/\/|#|\*|\/\*)/;

/**
 * A lone commented line right under the live line it is the ruled-out alternative of, with the reason
 * over the live one (commons-io 7ecca22f17: "// Does not throw … because the input is an underflow",
 * `assertDoesNotThrow(() -> in.read());`, then `// assertThrows(IllegalStateException.class, () -> in.read());`):
 * it shows what the code deliberately does not expect.
 */
function ruledOutUnderLive(commented: string | undefined, start: number, scan: FileScan): boolean {
  const live = scan.lineAt(start - 1);
  if (commented === undefined || live === undefined || live.trim() === "" || COMMENT_LINE.test(live)) return false;
  if (similarity(identifiers(live), identifiers(commented)) < ALTERNATIVE_SIMILARITY) return false;
  return explainedAlternative(commented, [scan.lineAt(start - 2)], explainsWhy);
}

// The end of a line that opens a block: `do`, `do |x|`, `{`, `:`, `=> {`.
const OPENS_BLOCK = /(\bdo(\s*\|[^|]{0,80}\|)?|[{:])\s*$/;
/** Comment lines over a block's opener read as its reason. */
const REASON_LINES = 5;

/**
 * A lone commented line that opens a block, over the live line it is the ruled-out alternative of, with the reason
 * right over the block (i18n 50555f6617: "In fact it probably *should* fail but Rails currently relies on … until we
 * get it fixed" over the test, then `# assert_raises(I18n::InvalidLocale) { … }` over `assert_nothing_raised { … }`):
 * it is the behaviour the test would want, kept beside the one it settles for.
 */
function ruledOutOverLive(commented: string | undefined, start: number, scan: FileScan): boolean {
  const live = scan.lineAt(start + 1);
  const opener = scan.lineAt(start - 1);
  if (commented === undefined || live === undefined || opener === undefined || live.trim() === "" || COMMENT_LINE.test(live)) return false;
  if (COMMENT_LINE.test(opener) || !OPENS_BLOCK.test(opener)) return false;
  if (similarity(identifiers(live), identifiers(commented)) < ALTERNATIVE_SIMILARITY) return false;
  const reason: string[] = [];
  for (let l = start - 2; l >= start - 1 - REASON_LINES; l--) {
    const prose = /^\s*(?:\/\/|#)\s*(.*)$/.exec(scan.lineAt(l) ?? "")?.[1];
    if (prose === undefined) break;
    reason.unshift(prose);
  }
  return reason.length > 0 && explainsWhy(reason.join(" "));
}

/**
 * Commented lines whose place makes them a switch or a parked part: options of a demo's `main`, a
 * test marked pending as a whole, the print that is a new debug function's whole body, the one
 * print or log line that is all a catch block holds (the error ignored on purpose).
 */
function keptAsSwitch(k: Candidate, scan: FileScan): boolean {
  const { comment: c, codeLines } = k;
  const { headLinesAll: head, facts, lineAt } = scan;
  return (
    inDemoBlock(scan.file.path, head, c.start, facts.functions) ||
    playgroundMain(codeLines, c.start, facts.functions, head) ||
    inParkedTest(head, c.start, facts.functions) ||
    debugSwitch(codeLines, head, c.start, facts.comments, (l) => scan.added.has(l)) ||
    notesIgnoredError(codeLines, lineAt(c.start - 1), lineAt(c.start - 2), [lineAt(c.end + 1), lineAt(c.end + 2)])
  );
}

const STATEMENT_END = /[;{}()[\]]\s*$/;

/** Whether the prose line right over the code (in its own comment, or the comment just above) introduces it as an example. */
function introducedAsExample(k: Candidate, scan: FileScan): boolean {
  const { comment: c } = k;
  const codeStart = c.codeStart ?? k.codeStart;
  const above = scan.facts.comments[k.index - 1];
  // The last prose line over the code, past blank comment lines (`// You can also …`, `//`, then the code).
  const lastProse = (lines: string[]) => lines.filter((l) => l.trim() !== "").pop();
  const prose =
    codeStart > c.start
      ? lastProse(c.lines.slice(0, codeStart - c.start))
      : above && !above.code && !above.trailing && above.end === c.start - 1
        ? lastProse(above.lines)
        : undefined;
  return prose !== undefined && introducesExample(commentContent(prose));
}

/**
 * A sentence right over the code that says why it is off ("Arrays.hashCode does not throw on null,
 * so no assertThrows"): the prose lines right over the code in its own comment, or else the prose
 * comment on the line above. A label of what the code does ("Collapse internal whitespace") is no reason.
 */
function explainedAbove(k: Candidate, scan: FileScan): boolean {
  const { comment: c } = k;
  // Where the parser's code starts: a sentence over it that merely looks code-shaped
  // ("hashCode(null) returns 0, it does not throw") is still the prose over the code.
  const codeStart = c.codeStart ?? k.codeStart;
  const above = scan.facts.comments[k.index - 1];
  const prose =
    codeStart > c.start ? c.lines.slice(0, codeStart - c.start) : above && !above.code && !above.trailing && above.end === c.start - 1 ? above.lines : [];
  // The paragraph right over the code (blank comment lines under it skipped): its lines back to a blank one, read as one sentence.
  let i = prose.length - 1;
  while (i >= 0 && prose[i].trim() === "") i--;
  const paragraph: string[] = [];
  for (; i >= 0 && prose[i].trim() !== ""; i--) paragraph.unshift(prose[i].trim());
  // A line that ends like a statement (`….to.throw(/does not match/);`) is code the parser read as words, not a sentence.
  return paragraph.length > 0 && !paragraph.some((l) => STATEMENT_END.test(l)) && explainsWhy(paragraph.join(" "));
}

// A note that speaks of several parked parts at once: "they all crash/ICE at the moment", "both hang".
const SEVERAL = /\b(all|both|these|those|they|them|each|every|either|neither)\b/i;

/**
 * A reason over another parked part of the same function that speaks of them all (itertools
 * 97008934e0: "they all crash/ICE at the moment." over the second of two blocks): it covers the
 * first part too, though it is not next to it.
 */
function reasonForAll(k: Candidate, scan: FileScan): boolean {
  if (k.fn === undefined) return false;
  const { comments, functions } = scan.facts;
  return comments.some((note, i) => {
    const next = comments[i + 1];
    if (note === k.comment || note.code || note.trailing || !next || next.start !== note.end + 1 || !(next.code || next.explained)) return false;
    if (enclosingFunction(functions, note.start) !== k.fn) return false;
    const text = note.lines.join(" ");
    return SEVERAL.test(text) && explains(text, true);
  });
}

// The name of a fixture's case for a failure (`'/error/redirect'`, `"invalid-json"`, `missingHeader`): what it leaves out is the point.
const FAILURE_CASE = /(^|[^a-z])(error|errors|invalid|missing|broken|bad|malformed|corrupt\w*|without|no[-_]\w+)([^a-z]|$)/i;

/**
 * One commented line in a test's branch for a failure case (node-fetch ff81206c4a: a `'/error/redirect'`
 * handler's `//res.setHeader('Location', '/inspect');`): it shows what the case leaves out on purpose.
 */
function leftOutByCase(k: Candidate, scan: FileScan): boolean {
  if (!scan.testFile || k.count !== 1) return false;
  const opener = enclosingOpeners(scan.headLinesAll, k.comment.start, 20)[0]?.text ?? "";
  return (opener.match(/"[^"]{1,200}"|'[^']{1,200}'|`[^`]{1,200}`/g) ?? []).some((lit) => FAILURE_CASE.test(lit.slice(1, -1)));
}

/**
 * Commented-out lines written as the next entry of a series the change removed: pino's
 * `// warning.create(warnName, 'PINODEP010', 'A new deprecation')` where the change deleted the
 * live PINODEP008 and PINODEP009 entries. Each line is a removed line or has the shape of two or
 * more removed lines with new values, and one at least is new: a template for the next entry, kept
 * on purpose. Old code commented out in place is the removed lines themselves, and still reported.
 */
/** The lines of every comment in the run of comment `index` (comments set apart by blank lines only). */
function runLines(index: number, scan: FileScan): string[] {
  return scan.facts.comments.flatMap((c, i) => (scan.run[i] === scan.run[index] ? c.lines : []));
}

function templateOfRemovedSeries(codeLines: string[], scan: FileScan): boolean {
  if (scan.baseLines.length === 0) return false;
  const bare = (l: string) => l.replace(/[\s;]+/g, "");
  const head = new Set(scan.headLinesAll.map((l) => l.trim()));
  // Any line the base had (live or not) is old code commented out, never a template.
  const old = new Set(scan.baseLines.map(bare));
  const shapes = new Map<string, number>();
  for (const l of scan.baseLines.map((b) => b.trim())) if (l !== "" && !head.has(l)) shapes.set(shape(l), (shapes.get(shape(l)) ?? 0) + 1);
  let templated = 0;
  for (const line of codeLines.map(commentContent).filter((l) => l !== "")) {
    if (old.has(bare(line))) continue;
    if ((shapes.get(shape(line)) ?? 0) < 2) return false;
    templated++;
  }
  return templated > 0;
}

/**
 * In a new file, calls that mirror the live ones beside them are the parts not written yet:
 * said nothing of when the change itself says so, else one ask for a TODO per file.
 */
function isPlaceholder(k: Candidate, scan: FileScan): boolean {
  const { start, end } = k.comment;
  const around = [start - 3, start - 2, start - 1, end + 1, end + 2, end + 3].map(scan.lineAt);
  return scan.file.status === "added" && mirrorsNeighbours(k.codeLines, around);
}

/**
 * A finding for joined blocks: its count is the first run's lines (the ones the reader is shown);
 * other runs of the same function are named by their lines, not added in.
 */
function blockFinding(path: string, b: Block): RawFinding {
  const line = b.line;
  if (b.feature !== undefined)
    return b.count === 1
      ? { messageId: "commentedOutFeatureLine", path, line, data: { feature: b.feature } }
      : { messageId: "commentedOutFeature", path, line, data: { count: b.count, feature: b.feature } };
  const first = b.firstRunCount ?? b.count;
  const also = alsoOn(b.elsewhere ?? []);
  if (also !== "")
    return first === 1
      ? { messageId: "commentedOutLineAlso", path, line, data: { also } }
      : { messageId: "commentedOutAlso", path, line, data: { count: first, also } };
  if (b.prints)
    return b.count === 1 ? { messageId: "commentedOutPrint", path, line } : { messageId: "commentedOutPrints", path, line, data: { count: b.count } };
  return b.count === 1 ? { messageId: "commentedOutLine", path, line } : { messageId: "commentedOut", path, line, data: { count: b.count } };
}

/** One ask for a TODO for all of a new file's placeholder calls, when they add up to `minLines`. */
function placeholderFinding(path: string, placeholders: Array<{ line: number; count: number }>, minLines: number): RawFinding | undefined {
  const count = placeholders.reduce((n, b) => n + b.count, 0);
  if (placeholders.length === 0 || count < minLines) return undefined;
  const line = placeholders[0].line;
  if (placeholders.length === 1 && count === 1) return { messageId: "commentedOutPlaceholderLine", path, line };
  return placeholders.length === 1
    ? { messageId: "commentedOutPlaceholderOne", path, line, data: { count } }
    : { messageId: "commentedOutPlaceholder", path, line, data: { count, more: placeholders.length - 1 } };
}

/** A comment line's text: the facts hold it without its delimiters already (`  #   foo(1)` → `  foo(1)`). */
function commentContent(line: string): string {
  return line.trim();
}

// Example data, not code: a query string (`a[]=b&a[][c]=d`), a URL, a path, `key=value` pairs.
// Nothing in them is called, declared or ended like a statement.
const QUERY_STRING = /^\??[\w.%[\]-]{1,80}=[^\s&]{0,200}(&[\w.%[\]-]{1,80}=[^\s&]{0,200}){1,30}$/;
const URL = /^[a-z][\w+.-]{1,20}:\/\/\S{1,500}$/i;
const PATH = /^(~|\.{1,2})?\/?[\w.@-]{1,80}(\/[\w.@*-]{1,80}){1,30}\/?$/;
const KEY_VALUES = /^([\w.-]{1,60}=[^\s=(){};]{1,200}\s+){1,30}[\w.-]{1,60}=[^\s=(){};]{1,200}$/;

function exampleData(line: string): boolean {
  const text = commentContent(line);
  return text.length <= 2000 && !/[(){};]/.test(text) && (QUERY_STRING.test(text) || URL.test(text) || PATH.test(text) || KEY_VALUES.test(text));
}

// A row of delimited values: cells of words, quotes and marks between two or more `;`, `,`, `|` or tabs, with nothing
// that calls, assigns, indexes or computes (`!comment;;;;`, `;;`, `a,b,,c`). A statement has an operator or a call.
const DATA_ROW = /^[^(){}[\]=+*/<>.&$@\\]{0,200}$/;
const DELIMITERS = /[;,|\t]/g;
const DATA_ROW_DELIMITERS = 2;

/** Whether every line of a block is a row of delimited sample data (commons-csv ca7bbae40e's lexer input). */
function dataRows(lines: string[]): boolean {
  const rows = lines.map(commentContent).filter((l) => l !== "");
  return rows.length > 0 && rows.every((r) => DATA_ROW.test(r) && (r.match(DELIMITERS) ?? []).length >= DATA_ROW_DELIMITERS && !STATEMENT_WORD.test(r));
}

// What only C (and its kin) writes: `sizeof`, and the C library's memory and string calls. In a file of another language
// a comment holding them is the C reference a port translates (addressable's IDNA: RFC 3492's
// `memmove(output + i + 1, output + i, (out - i) * sizeof *output)` over its Ruby line), not that file's dead code.
// Not a binding's call of them (Python's `ctypes.sizeof(x)`, Rust's `libc::memcpy(…)`).
const C_ONLY = /(?<![.:>\w])(?:sizeof\b|(?:memmove|memcpy|memset|memcmp|malloc|calloc|realloc|strlen|strcpy|strncpy|strcmp|strncmp)\s*\()/;
// Languages where those are code: the C family, C# (`sizeof`), PHP (`sizeof()` counts an array), Cython, and the
// languages that call C directly (Go's cgo, Rust, Swift, Zig, D, Nim).
const C_KIN = /\.(?:c|h|cc|cpp|cxx|hpp|hh|hxx|m|mm|cs|php|d|zig|nim|pyx|pxd|swift|go|rs)$/i;

/** Whether a block in a file of another language holds C: a port's reference line, not the file's code. */
function foreignC(path: string, lines: string[]): boolean {
  return !C_KIN.test(path) && lines.some((l) => C_ONLY.test(commentContent(l)));
}

function allPrints(lines: string[]): boolean {
  const content = lines.map(commentContent).filter((l) => l !== "");
  return content.length > 0 && content.every(isPrint);
}

/** A print or log call, not a debug flag set (`e.Debug = true`, which DEBUG_PRINT's `Debug …` matches too). */
function isPrint(line: string): boolean {
  return DEBUG_PRINT.test(line) && !/^[\w$.:[\]'"]+\s*=[^=]/.test(line);
}

/** Lines either side of a commented print where a live print makes it the verbose setting of the test's output. */
const SWITCH_REACH = 3;

/**
 * One commented-out print in a test that is a verbosity switch (itertools 96ef4bd948, commons-cli
 * 8f95e4a724): beside live prints of the same test (its output, one line more of it), or a
 * statement of the test's own body that shows what the test just made. Not one in a callback or a
 * mock's body (`jest.fn((options) => { //console.log(options) …`), where it is a leftover.
 */
function verbositySwitch(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
  const content = codeLines.map(commentContent).filter((l) => l !== "");
  if (content.length !== 1 || !isPrint(content[0])) return false;
  for (let l = c.start - SWITCH_REACH; l <= c.end + SWITCH_REACH; l++) {
    const text = l < c.start || l > c.end ? scan.lineAt(l)?.trim() : undefined;
    if (text !== undefined && LIVE_PRINT.test(text)) return true;
  }
  const fn = innermost(scan.facts.functions, c.start);
  // JUnit 3 names its tests `testX` and marks them with nothing.
  return fn !== undefined && (fn.testCallback || /^test/.test(fn.name) || scan.facts.tests.some((t) => t.start === fn.start && t.end === fn.end));
}

// A live print to the console: `println!(…)`, `System.out.println(…)`, `console.log(…)`, `fmt.Println(…)`, `puts x`; not `formatter.print()`.
const LIVE_PRINT =
  /^((System\.(out|err)|console|fmt|Console|std::io|io)(\.|::))?(print|println|printf|eprint|eprintln|pprint|pp|puts|var_dump|print_r|dbg|log|debug|Println|Printf|Print|WriteLine|Write)!?\s*[( ]/;

/** Commented prints in test code of a function that reads a clock: a benchmark's report, switched off. */
function measurementPrints(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
  if (!scan.testFile) return false;
  const fn = innermost(scan.facts.functions, c.start);
  return fn !== undefined && reportsMeasurement(allPrints(codeLines), scan.headLinesAll.slice(fn.start - 1, fn.end));
}

function innermost(functions: FunctionFact[], line: number): FunctionFact | undefined {
  let best: FunctionFact | undefined;
  for (const f of functions) if (f.start < line && line <= f.end && (!best || f.start > best.start)) best = f;
  return best;
}

/**
 * Commented-out prints in a Rust test (a file under `tests/`, a `#[test]` function, the `#[cfg(test)]` module):
 * libtest captures a test's output and shows it only when the test fails, so the print is the test's
 * verbosity switch, not clutter (indexmap's `//println!("{:?}", a);` in a quickcheck helper). As
 * no-debug-statements judges a live labelled one.
 */
function capturedTestPrints(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
  if (goTestLog(scan.file.path, codeLines)) return true;
  if (!/\.rs$/.test(scan.file.path) || !allPrints(codeLines)) return false;
  return scan.testFile || scan.rustTests.some((t) => t.start <= c.start && c.end <= t.end);
}

// A Go test's own log: `t.Log(evt)`, `t.Logf("%v", x)`, a benchmark's `b.Log(…)`, a helper's `tb.Logf(…)`.
const GO_TEST_LOG = /^(t|b|f|tb)\.Logf?\s*\(/;

/**
 * Commented-out calls of a Go test's own log (zerolog 96f91bb4f5: `// t.Log(evt)` in a `t.Run` callback): `go test`
 * shows that log only for a failing test or under `-v`, so the line is the test's verbosity switch, as a Rust test's
 * print is. A `fmt.Println` in a Go test writes to the console every run, and is still said.
 */
function goTestLog(path: string, codeLines: string[]): boolean {
  const content = codeLines.map(commentContent).filter((l) => l !== "");
  return /_test\.go$/.test(path) && content.length > 0 && content.every((l) => GO_TEST_LOG.test(l));
}

// An import, alone on its line: `import java.io.File;`, `using System.IO;`, `use std::fmt;`, `from x import y`, `require 'x'`.
const IMPORT_LINE =
  /^(?:import\s+(?:static\s+)?[\w.*{},\s"'@/-]+;?|using\s+(?:static\s+)?[\w.]+;|use\s+[\w:{}, *]+;|from\s+[\w.]+\s+import\s+[\w, *()]+|require(?:_relative)?\s*\(?\s*["'][\w./-]+["']\s*\)?;?)$/;

/**
 * Whether a block is only imports (four `java.io` imports commented out in a new test, commons-validator
 * c7bbda0ffa): they change nothing a test does, and an unused import is a linter's concern.
 */
function importsOnly(lines: string[]): boolean {
  const content = lines.map(commentContent).filter((l) => l !== "");
  return content.length > 0 && content.every((l) => IMPORT_LINE.test(l));
}

// A call that turns a debugging aid on, at the end of its line: pyparsing's `expr.setDebug()`, `set_debug(True)`, `enableDebug();`.
const DEBUG_ON = /(?:^|[.\s])(?:set_?|enable_?)[Dd]ebug\w{0,20}\s*\(\s*(?:true|True|1)?\s*\)\s*;?$/;
// A preprocessor conditional around them: `#if DEBUG`, `#endif`.
const CONDITIONAL = /^#\s*(?:if|ifdef|ifndef|elif|else|endif)\b/;

/**
 * A run of debug prints a test keeps commented out (two or more, every line a print, a call that turns
 * debugging on, the `#if DEBUG` … `#endif` around them, or a print's arguments wrapped onto the next line):
 * switched back on while working on the test (StackExchange.Redis c002a00e19: a test runner's `#if DEBUG`
 * tail of callback counts; pyparsing 8339b04540: three `setDebug()` calls in a unit test).
 */
function debugToggles(lines: string[]): boolean {
  const content = lines.map(commentContent).filter((l) => l !== "");
  let open = 0;
  let said = 0;
  for (const l of content) {
    const wrapped = open > 0;
    open = Math.max(0, open + (l.match(/\(/g) ?? []).length - (l.match(/\)/g) ?? []).length);
    if (wrapped || CONDITIONAL.test(l)) continue;
    if (!DEBUG_PRINT.test(l) && !DEBUG_ON.test(l)) return false;
    said++;
  }
  return said >= 2;
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

// `[Ignore("https://github.com/dotnet/roslyn/issues/36974")]`: the code waits for that issue.
const ISSUE_LINK = /https?:\/\/\S+\/(issues|pull|pulls)\/\d+/;

/** Commented-out code of one comment: where it is reported, and what it may be joined with. */
interface Block {
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

function enclosingFunction(functions: FunctionFact[], line: number): number | undefined {
  return innermost(functions, line)?.start;
}

/**
 * Blocks of one run, or of one function, are one finding at the first one's line: parts of one
 * disabled test, or related leftovers of one edit. Its count is the commented-out lines of all;
 * the message counts the first run's and names the lines of the others.
 */
function joinRelated(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && (last.run === b.run || (last.fn !== undefined && last.fn === b.fn))) {
      // Another run of the same function is said by its line; one run's parts are one count.
      if (b.run !== (last.lastRun ?? last.run)) {
        last.firstRunCount ??= last.count;
        (last.elsewhere ??= []).push(b.line);
        last.lastRun = b.run;
      }
      last.count += b.count;
      last.end = b.end;
      last.prints = last.prints === true && b.prints === true;
      last.feature ??= b.feature;
    } else out.push({ ...b });
  }
  return out;
}

/**
 * Whether the change's own words account for a comment's code: a line of its title or of a commit
 * message says it disables something and names something in the code (`* Now disable checkstyle
 * until we can fix them all` over `// apply(plugin = "checkstyle")`).
 */
function disabledByMessage(change: Change): (lines: string[], test: boolean) => boolean {
  // The title counts like any message line: it has to name the code it switches off (said-disabled.ts).
  const said = disablingLines(change);
  const failing = failureParagraphs(change);
  if (said.length === 0 && failing.length === 0) return () => false;
  const named = new Set([...said, ...failing].flatMap(namingWords));
  // A failure said of a test ("rustc ICEs when trying to test it"), or tests said switched off ("Kill the
  // quickcheck tests until…"): the test code commented out is what the words speak of, and only that.
  const ofTests = [...failing, ...said].some((p) => TESTS_WORD.test(p));
  return (lines, test) => (test && ofTests) || namesCode(named, lines);
}

// Why code is off, in a commit message: it crashes, hangs, is flaky, or the compiler has an internal error on
// it (Rust's "ICE"). (itertools 97008934e0: "unfortunately rustc ICE's when trying to test it".) Not "fails" or
// "breaks": a message says those of what the change replaces ("this breaks our MSRV policy").
const FAILURE = /\b(crash(es|ed|ing)?|segfaults?|panics|panicked|hangs|hanging|deadlocks?|flaky|flakiness|times out|internal compiler error)\b|\bICE('?s)?\b/;
const TESTS_WORD = /\b(tests?|testing|specs?)\b/i;
/** Characters of commit messages read for a reason: a message is hostile input, and a reason is said early. */
const MESSAGE_READ = 4000;

/**
 * The sentences of the change's commit messages (wrapped lines joined) that say something fails,
 * unless the change fixes it ("Fix crash on empty input").
 */
function failureParagraphs(change: Change): string[] {
  return change.commits.flatMap((c) =>
    c.message
      .slice(0, MESSAGE_READ)
      .split(/\n\s*\n|[.;!?](?:\s|$)/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => FAILURE.test(p) && !/\b(fix|fixes|fixed|fixing)\b/i.test(p)),
  );
}

/**
 * A commented call that shows the direct form of the indirect one below it is documentation:
 * `// queue.addOperation(r);` over `addOperation.invoke(queue, r)` (reflection), or over
 * `getMethod("addOperation")`. The callee is named there, but not called.
 */
function showsIndirectCall(commented: string | undefined, next: Array<string | undefined>): boolean {
  const callee = /([A-Za-z_$][\w$]{3,})\s*\(/.exec(commented ?? "")?.[1];
  if (!callee) return false;
  const named = new RegExp(`(^|[^\\w$])${escapeRegExp(callee)}(?![\\w$])(?!\\s*[(!])`);
  return next.some((l) => l !== undefined && named.test(l));
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
  return before.some((l, k) => explains(l, k < before.length - 1)) || (after.length > 0 && explains(after[0], true));
}

/** A comment line as text to compare, whatever its indentation, spacing or case: `#  A = 1` is `#a=1`. */
function normalised(line: string | undefined): string {
  // Without nested comment leaders too: `## foo(1)` that became `# foo(1)` was commented out already.
  return (line ?? "")
    .replace(/\s+/g, "")
    .replace(/^(#|\/\/)+/, "")
    .toLowerCase();
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

/**
 * A comment that shows the code the next lines emit: a code generator's
 * `// return if (mask == all) A(value) else A()` over `addCode("return·if·(%L == …")`. The
 * string starts with the comment's first two words (KotlinPoet writes `·` for a space).
 */
function showsGeneratedCode(commented: string | undefined, next: Array<string | undefined>): boolean {
  const words = /^\s*([A-Za-z_]\w*)[\s(]+([A-Za-z_]\w*)/.exec(commented ?? "");
  if (!words) return false;
  const opening = new RegExp(`^["'\`]\\s*${words[1]}[\\s·(]+${words[2]}\\b`);
  return next.some((l) => l !== undefined && (l.replace(/·/g, " ").match(/"[^"]*"|'[^']*'|`[^`]*`/g) ?? []).some((str) => opening.test(str)));
}

/** A statement's shape: its literals as placeholders, without spacing or a final `;`. */
function shape(code: string): string {
  return code
    .replace(STRING_LITERALS, "S")
    .replace(/\b(\d[\w.]*|true|false|null|nil|none|undefined)\b/gi, "0")
    .replace(/[\s;]+/g, "");
}

/**
 * A commented-out line next to a live line of the same shape is the other setting of a toggle
 * (`public int Iterations = 100;` over `//public int Iterations = 10000;`): a choice kept at hand,
 * not dead code.
 */
function isToggle(commented: string | undefined, neighbours: Array<string | undefined>): boolean {
  const want = shape(commented ?? "");
  return want !== "" && neighbours.some((l) => l !== undefined && shape(l) === want);
}

/**
 * Whether a normalised comment line was a comment line at base in any file of the change whose
 * base text is at hand (code moved between files brings its comments along). Parsed on first use
 * only, so a change without commented-out code parses nothing at base.
 */
function commentedLinesAtBase(files: ChangedFile[], found: Lookups, twins: string[]): Pick<ChangeContext, "atBase" | "rewrittenAtBase" | "editedAtBase"> {
  let seen: CommentedLines | undefined;
  const atBase = (line: string) => {
    seen ??= commentedLinesOf(files, found, twins);
    if (seen.lines.has(normalised(line))) return true;
    // An old commented-out line edited in place (`// assertTrue(a.b(c))` became
    // `// assertThat(a.b(c)).isTrue()` in an assertion-library port) is still old.
    const mine = identifiers(line);
    return mine.size >= MIN_NAMES && seen.names.some((n) => similarity(mine, n) >= 0.5);
  };
  const rewrittenAtBase = (line: string, before: string | undefined, after: string | undefined) => {
    if (before === undefined || after === undefined) return false;
    seen ??= commentedLinesOf(files, found, twins);
    const mine = identifiers(line);
    if (mine.size < MIN_NAMES) return false;
    const [b, a] = [identifiers(before), identifiers(after)];
    return seen.placed.some(
      (p) => similarity(mine, p.names) >= REWRITE_SIMILARITY && similarity(b, p.before) >= REWRITE_SIMILARITY && similarity(a, p.after) >= REWRITE_SIMILARITY,
    );
  };
  // Each line is compared with the base's once: a run is judged again for each of its comments.
  const named = new Map<string, boolean>();
  const namedAtBase = (line: string) => {
    let known = named.get(line);
    if (known === undefined) named.set(line, (known = namesOfBaseComment(identifiers(line), seen!)));
    return known;
  };
  const editedAtBase = (lines: string[]) => {
    seen ??= commentedLinesOf(files, found, twins);
    return editedInPlace(lines, namedAtBase, atBase);
  };
  return { atBase, rewrittenAtBase, editedAtBase };
}

/** Lines of names a block must hold, every one found in the base's comments, to be their old code edited: fewer say little. */
const EDITED_MIN_LINES = 3;
/** Blocks longer than this are judged by their share of old lines alone (OLD_BLOCK_SHARE); base lines compared at most. */
const EDITED_MAX_LINES = 40;
/** Base comment lines noted under one name, at most: a name in every line (`assertEquals`) cannot make the search slow. */
const EDITED_MAX_BASE = 2_000;

/** Whether a base comment line names what a line names: all of its names, or half of both (so it shares one at least). */
function namesOfBaseComment(mine: Set<string>, seen: CommentedLines): boolean {
  for (const name of mine) if ((seen.byName.get(name) ?? []).some((b) => similarity(mine, b) >= 0.5 || [...mine].every((n) => b.has(n)))) return true;
  return false;
}

/**
 * Whether a block is commented-out code the base had, only re-wrapped or edited by a search-and-replace across the file:
 * handlebars.java 2f6578769b ("build: apply spotless") split `//    assertEquals("foo", handlebars.compileInline(…)…);`
 * into `// assertEquals("foo",` and `// handlebars.compileInline(…)…);`, and rust-csv 097dd1ee23 ("use the new Vec type")
 * rewrote `// let r = ~[` as `// let r = vec!(`. Each line that names anything names what a base comment line names
 * (all of its names there, or half of both), the others are only brackets, three lines or more name something, and one
 * of them is old by the strict test. A block the change writes anew names what no old comment does.
 */
function editedInPlace(lines: string[], namedAtBase: (line: string) => boolean, atBase: (line: string) => boolean): boolean {
  const content = lines.map(commentContent).filter((l) => l !== "");
  if (content.length > EDITED_MAX_LINES) return false;
  let named = 0;
  let old = false;
  for (const line of content) {
    const mine = identifiers(line);
    if (mine.size === 0) {
      if (!/^[\s{}()[\];,.]*$/.test(line)) return false;
      continue;
    }
    if (!namedAtBase(line)) return false;
    named++;
    old ||= atBase(line);
  }
  return named >= EDITED_MIN_LINES && old;
}

/**
 * Names a commented line and each of its live neighbours must share with a commented line at base and its neighbours
 * for the three to be that place rewritten (commons-csv ca7bbae40e moved the lexer's tests into a new file and rewrote
 * every `assertEquals(EORECORD + ";b;", parser.testNextToken())` as `assertTokenEquals(EORECORD, "b", parser.nextToken(…))`,
 * the one commented out since 2006 with them). One line alike says little; the line and both neighbours alike do.
 */
const REWRITE_SIMILARITY = 0.3;

/** Normalised comment lines at base, the names of those that name enough to compare, and where the one-line ones sat. */
interface CommentedLines {
  lines: Set<string>;
  names: Array<Set<string>>;
  /** The names of every comment line that names anything, under each of its names. */
  byName: Map<string, Array<Set<string>>>;
  /** One-line comments at base between two live lines: their names and their neighbours'. */
  placed: Array<{ names: Set<string>; before: Set<string>; after: Set<string> }>;
}

function commentedLinesOf(files: ChangedFile[], found: Lookups, twins: string[]): CommentedLines {
  const seen: CommentedLines = { lines: new Set(), names: [], byName: new Map(), placed: [] };
  // A twin's text is not parsed: its lines that start with a comment leader are enough to match.
  for (const text of twins) for (const l of text.split("\n")) if (LINE_COMMENT.test(l)) noteLine(seen, l.replace(LINE_COMMENT, ""), l);
  for (const f of files) {
    const comments = baseFacts(f, found)?.comments ?? [];
    for (const c of comments) for (const l of c.lines) if (l.trim() !== "") noteLine(seen, l, l);
    notePlaces(seen, comments, comments.length > 0 ? baseText(f, found)?.split("\n") : undefined);
  }
  return seen;
}

/** Notes the one-line comments of a base text that sit between two live lines, with those lines' names. */
function notePlaces(seen: CommentedLines, comments: CommentFact[], lines: string[] | undefined): void {
  if (!lines) return;
  const at = (n: number) => lines[n - 1];
  for (const c of comments) {
    if (c.start !== c.end) continue;
    const names = identifiers(c.lines[0] ?? "");
    if (names.size < MIN_NAMES) continue;
    const before = liveLine(at, c.start, -1);
    const after = liveLine(at, c.end, 1);
    if (before !== undefined && after !== undefined) seen.placed.push({ names, before: identifiers(before), after: identifiers(after) });
  }
}

/** The live line next to a line (`step` -1 above, 1 below), past blank lines: undefined when a comment comes first. */
function liveLine(at: (n: number) => string | undefined, line: number, step: number): string | undefined {
  for (let n = line + step, k = 0; k < 3; n += step, k++) {
    const l = at(n);
    if (l === undefined || COMMENT_LINE.test(l)) return undefined;
    if (l.trim() !== "") return l;
  }
  return undefined;
}

function liveNeighbour(scan: FileScan, line: number, step: number): string | undefined {
  return liveLine(scan.lineAt, line, step);
}

function noteLine(seen: CommentedLines, content: string, line: string): void {
  seen.lines.add(normalised(content));
  const n = identifiers(line);
  if (n.size >= MIN_NAMES) seen.names.push(n);
  for (const name of n) {
    const lines = seen.byName.get(name);
    if (!lines) seen.byName.set(name, [n]);
    else if (lines.length < EDITED_MAX_BASE) lines.push(n);
  }
}

const MIN_NAMES = 3;
const LINE_COMMENT = /^\s*(\/\/|#)/;

/** The base texts of new files' twins under another top folder, when the source fetched them. */
function twinTexts(change: Change, found: Lookups): string[] {
  // And the originals of new files copied from a file the repository has (copy-originals.ts), wherever it is.
  return [...change.files.flatMap((f) => twinPaths(f, change).flatMap((p) => found.baseContents?.get(p) ?? [])), ...copiedOriginalTexts(change.files, found)];
}

// A top folder written anew beside the old one: `newtests/` for `tests/`, `src_new/` for `src/`.
const NEW_FOLDER = /^new[-_]?(?=\w)|(?<=\w)[-_]?new$/i;

/** Where a new file's older twin may be: a sibling copy's candidates, and the same path under the folder a `new…` folder renews. */
function twinPaths(file: ChangedFile, change: Change): string[] {
  const paths = siblingCopyPaths(file, change);
  const [top, ...rest] = file.path.split("/");
  const old = top.replace(NEW_FOLDER, "");
  if (file.status === "added" && rest.length > 0 && old !== top) paths.push([old, ...rest].join("/"));
  return paths;
}

/**
 * The names of a line, lower-cased. A `$` is no part of a name: a Rust macro's metavariables (`$rhs`) are the function's
 * parameters it was converted from (chrono 69d7a86c1c carried `//assert_eq!(rhs + lhs, sum);` into a `check!` macro
 * as `//assert_eq!($rhs + $lhs, $sum);`), and a PHP variable keeps its name without it.
 */
function identifiers(line: string): Set<string> {
  return new Set(
    line
      .toLowerCase()
      .replace(/\$/g, "")
      .match(/[a-z_][\w]*/g) ?? [],
  );
}

/** Jaccard similarity of two sets of names. */
function similarity(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

// Cheap pre-check on the raw lines, so most files are never parsed for this rule: a line that is
// only a comment and has code punctuation, or a block comment opening.
const COMMENT_WITH_PUNCTUATION = /^\s*(\/\/|#)(?!\[).*([(){}[\];=]|\b(return|break|continue|pass)\b)/;
const BLOCK_OPENING = /\/\*|^=begin/;

function mayHoldCode(lines: Array<{ text: string }>): boolean {
  return lines.some((l) => COMMENT_WITH_PUNCTUATION.test(l.text) || BLOCK_OPENING.test(l.text));
}

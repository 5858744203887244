import { awaitsDisabledCase } from "./disabled-case.js";
import { explains } from "../../syntax/commented-code.js";
import { documentsDeclarationBelow } from "../declaration-doc.js";
import { disownedAssertion } from "../disowned-assertion.js";
import { switchesOwnHelper } from "../helper-switch.js";
import { inDemoBlock, debugSwitch, notesIgnoredError } from "../kept-switches.js";
import { notationHeading, derivedAlternative } from "../math-notes.js";
import {
  noteAfterCode,
  parkedByEnclosingScope,
  negativeTypeCase,
  namedByTaskNote,
  partOfExplainedParking,
  showsEnvironmentValue,
  explainedAlternative,
  namesWhatIsSkipped,
  notesWhatEmptyBlockYields,
  menuOfCalls,
  mirrorsNeighbours,
} from "../parked-code.js";
import { inParkedTest } from "../parked-tests.js";
import { playgroundMain } from "../playground-main.js";
import { reasonElsewhereInTest } from "../reason-in-test.js";
import { reasonOverSetup } from "../reason-over-setup.js";
import { isTypedLabel, labelsWithUnknownName, labelsStatementBelow, labelsLikeSibling } from "../statement-label.js";
import { markedBySuppression } from "../suppression-marker.js";
import type { Candidate } from "./block-of.js";
import { commentContent, shape } from "./comment-lines.js";
import { type FileScan, runLines } from "./file-scan.js";
import { explainedAbove, reasonForAll, leftOutByCase, introducedAsExample, announcedByDeclaration } from "./reasons-nearby.js";
import { buildsCode } from "./code-builders.js";
import { isToggle, showsIndirectCall, ruledOutUnderLive, ruledOutOverLive, showsGeneratedCode, showsEmittedCode } from "./ruled-out.js";

// Commented-out lines whose neighbours say why they stay: a note, a toggle, a menu of calls, a template of a series.

// The reason an alternative is not the one used: "…, hence not instanceof", "can't", "haven't figured out how".
const WHY_NOT = /\b(hence|therefore|instead|not)\b|n't\b/i;

/** Commented-out lines whose neighbours say why they stay: a note, a toggle, a menu of calls… */
export function keptOnPurpose(k: Candidate, scan: FileScan): boolean {
  const { comment: c, count } = k;
  const { lineAt } = scan;
  const at: Around = {
    first: c.lines[k.codeStart - c.start],
    // A note after a lone commented line (`foo();  // breaks on IE`) says why it stays; inside a
    // longer block (`expect(a).toBe(30); // info level`) it is the old code's own comment.
    alone: count === 1 && scan.run.filter((r) => r === scan.run[k.index]).length === 1,
    above: lineAt(c.start - 1),
    next: [lineAt(c.end + 1), lineAt(c.end + 2), lineAt(c.end + 3)],
  };
  return (
    notedOnItsLine(k, scan, at) ||
    parkedInPlace(k, scan) ||
    otherChoiceBeside(k, scan, at) ||
    labelsCodeBelow(k, scan, at) ||
    reasonNearby(k, scan, at) ||
    offeredAsOptions(k, scan, at)
  );
}

/** A lone or one-line comment's neighbourhood: its first line, the line above, the three below. */
interface Around {
  first: string | undefined;
  /** One line, and the only comment of its run. */
  alone: boolean;
  above: string | undefined;
  next: Array<string | undefined>;
}

/** A note after the commented line, or a marker its suppression names. */
function notedOnItsLine(k: Candidate, scan: FileScan, at: Around): boolean {
  if (at.alone && noteAfterCode(at.first ?? "") !== undefined) return true;
  // `func TestFanIn(t *testing.T) { //nolint:paralleltest` over `// t.Parallel()`: a marker the suppression names.
  return k.count === 1 && markedBySuppression(commentContent(at.first ?? ""), k.codeStart, scan.lineAt);
}

/** Code parked where it stands: by its enclosing scope, a task note, an explained parking, a switch, a reason over it. */
function parkedInPlace(k: Candidate, scan: FileScan): boolean {
  const { comment: c, codeLines } = k;
  const { facts } = scan;
  if (parkedByEnclosingScope(scan.headLinesAll, c.start, facts.comments, facts.functions)) return true;
  if (negativeTypeCase(scan.file.path, scan.testFile, codeLines, scan.lineAt(k.codeStart - 1))) return true;
  if (namedByTaskNote(codeLines, facts.comments) || partOfExplainedParking(codeLines, facts.comments)) return true;
  if (awaitsDisabledCase(codeLines, scan)) return true;
  return keptAsSwitch(k, scan) || explainedAbove(k, scan) || reasonForAll(k, scan) || leftOutByCase(k, scan);
}

/** The other choice of the live line beside it: a toggle, the direct form of an indirect call, a ruled-out alternative. */
function otherChoiceBeside(k: Candidate, scan: FileScan, at: Around): boolean {
  const { comment: c } = k;
  const { first, alone, next } = at;
  if (k.count === 1 && (isToggle(first, [at.above, next[0]]) || showsIndirectCall(first, next.slice(0, 2)))) return true;
  if (alone && (showsEnvironmentValue(first, next[0]) || explainedAlternative(first, next.slice(1), (l) => explains(l, true) || WHY_NOT.test(l)))) return true;
  if (alone && (ruledOutUnderLive(first, c.start, scan) || ruledOutOverLive(first, c.start, scan))) return true;
  if (alone && PLACEHOLDER_SETTING.test(commentContent(first ?? ""))) return true;
  if (alone && PARKED_DEPRECATION.test(commentContent(first ?? ""))) return true;
  return alone && namesWhatIsSkipped([at.above, next[0]]);
}

// A template's field left unfilled: `# s.description = "TODO"` among Jeweler's gem settings (rack-test 29a81ab101, judged
// not worth saying on set 42). The value is a placeholder, so nothing was switched off: the field was never filled in.
const PLACEHOLDER_SETTING = /^\s*[A-Za-z_$][\w$.]{0,80}\s*=\s*(["'])(?:TODO|TBD|FIXME|XXX|CHANGEME|CHANGE ME|\.\.\.)\1\s*[;,]?\s*$/;

// A deprecation warning written ahead of its time: ostruct's `# ::Kernel.warn("#{caller(1, 1)[0]}: do not use
// OpenStruct#modifiable")` over the compatibility alias it will warn about (e00711b67e, judged not worth saying on set 44;
// upstream kept it until the alias went). The call's own words say it waits for the deprecation, so nothing was switched off.
const PARKED_DEPRECATION =
  /^\s*@?(?:[\w:$]{1,40}\.){0,2}(?:warn|warning|deprecate|deprecation|deprecated|trigger_error|warn_deprecated|ActiveSupport::Deprecation\.warn)\s*[( ]\s*[^\n]{0,200}?\b(?:deprecated|deprecation|do not use|don't use|obsolete|will be removed|is going away|no longer supported)\b/i;

/** A label of the statement under it, written in code. */
function labelsCodeBelow(k: Candidate, scan: FileScan, at: Around): boolean {
  const first = at.first ?? "";
  const below = at.next[0];
  // `// return username` where the file's code has no `username`: a label of the statement under it.
  if (k.count === 1 && labelsWithUnknownName(first, scan.headLinesAll)) return true;
  // `// stroke (SVGPathString)`: a branch's label naming the type it handles.
  if (k.count === 1 && isTypedLabel(first)) return true;
  // `// kotlin("jvm")` where `// kotlin("multiplatform") targeting Java platforms.` heads the block before: a heading.
  if (at.alone && labelsLikeSibling(first, scan.headLinesAll)) return true;
  // `// return ctx` over `return &DefaultCtx{`: a label of the statement under it, which builds what it names.
  if (at.alone && labelsStatementBelow(first, below)) return true;
  // `// proto[keysSymbol] = new Set()` over `const keysSymbol = Symbol()`: it cannot have run before its name was declared.
  return at.alone && documentsDeclarationBelow(commentContent(first), below);
}

/** A reason or an introduction near the code: an example's, the setup's, the test's, the test's own disowning. */
function reasonNearby(k: Candidate, scan: FileScan, at: Around): boolean {
  const { comment: c, codeLines } = k;
  const { lineAt, facts } = scan;
  // "Allow" or "For example:" over the lines: an example of what the code below handles.
  if (introducedAsExample(k, scan)) return true;
  // "Below each example is the equivalent code …" heading the test that holds them: side-by-side examples.
  if (announcedByDeclaration(k, scan)) return true;
  // "Avoid using fake timers for now: <issue>" over `const FAKE_TIMEOUT = 50` over `// jest.useFakeTimers()`.
  if (reasonOverSetup(codeLines, k.codeStart, lineAt)) return true;
  // "rAF does not repro, so …" elsewhere in the test, over `// requestAnimationFrame(…)`: the approach it ruled out.
  if (at.alone && reasonElsewhereInTest(codeLines, c.start, facts.tests, facts.comments)) return true;
  // `@Test // best effort, no asserts` over the test: its commented assertion is the outcome it cannot rely on.
  return disownedAssertion(codeLines, c.start, facts.tests, lineAt);
}

/** Lines offered to the reader: notation, a helper's switch, generated code, a series' next entry, a menu of calls. */
function offeredAsOptions(k: Candidate, scan: FileScan, at: Around): boolean {
  const { comment: c, codeLines } = k;
  const { lineAt, facts } = scan;
  const { first, alone, next } = at;
  // Mathematics in the program's syntax: `# N(0, 1)` heading the function below, a formula kept with its derivation.
  if (k.count === 1 && notationHeading(first ?? "", next[0])) return true;
  const over = [1, 2, 3, 4].map((d) => lineAt(k.codeStart - d));
  if (alone && derivedAlternative(first ?? "", next[0], over)) return true;
  if (alone && switchesOwnHelper(first ?? "", c.start, facts.functions, scan.headLinesAll)) return true;
  if (showsGeneratedCode(first, next) || showsEmittedCode(lineAt, c.end) || buildsCode(scan.headLinesAll)) return true;
  if (templateOfRemovedSeries(runLines(k.index, scan), scan)) return true;
  if (notesWhatEmptyBlockYields(codeLines, at.above, next[0])) return true;
  const inMain = facts.functions.some((f) => f.start === k.fn && /^main$/i.test(f.name));
  return menuOfCalls(codeLines, [at.above, ...next], inMain);
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

/**
 * Commented-out lines written as the next entry of a series the change removed: pino's
 * `// warning.create(warnName, 'PINODEP010', 'A new deprecation')` where the change deleted the
 * live PINODEP008 and PINODEP009 entries. Each line is a removed line or has the shape of two or
 * more removed lines with new values, and one at least is new: a template for the next entry, kept
 * on purpose. Old code commented out in place is the removed lines themselves, and still reported.
 */
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
export function isPlaceholder(k: Candidate, scan: FileScan): boolean {
  const { start, end } = k.comment;
  const around = [start - 3, start - 2, start - 1, end + 1, end + 2, end + 3].map(scan.lineAt);
  return scan.file.status === "added" && mirrorsNeighbours(k.codeLines, around);
}

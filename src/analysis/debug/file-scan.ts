import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { isPlaceholder, isScratchScript, programOutput } from "../program-output.js";
import { copiedFromSibling } from "../sibling-copy.js";
import { copiedIn, copiedPackageLicence } from "../not-authored.js";
import { inWitnessedCopy } from "../copied-package-witness.js";
import { addedLinesText, lineFacts } from "../../syntax/line-view.js";
import { baseText, headText } from "../../syntax/change-facts.js";
import { baseLinesOf, type BaseLines } from "../line-origin.js";
import { reflowed } from "../reflowed-code.js";
import { isTestInput, isTestPath, isTestProgram } from "../../text/test-conventions.js";
import { testSpans } from "../code-change.js";
import { pythonHarness } from "../dev-harness.js";
import { dataTailStart } from "../data-tail.js";
import type { FileFacts, Span } from "../../syntax/facts.js";
import { builtOnlyForDebug } from "../debug-build.js";
import { runByPackageScript } from "../package-scripts.js";
import { inCliPackage } from "../cli-package.js";
import { fileBasedProgram, inConsoleProject, inNewConsoleProgram } from "./console-project.js";
import { bundleOutput, bundleVouchers } from "../bundle-outputs.js";
import { ownPrinters } from "../own-printers.js";
import { runnerCapturesTestOutput } from "../captured-test-output.js";
import { printedAtBase } from "../printing-file.js";
import { respelledPrint } from "../respelled-prints.js";
import { linesOf } from "../../text/text-lines.js";
import { debugLintRegions } from "../debug-lint-suppression.js";
import { inApplicationProject } from "./application-project.js";
import { consoleShadowed, systemConsoleOnly } from "./console-shadowed.js";
import { type DebugPattern, grownPatterns, patternsFor, addsPattern, isPrint } from "./debug-patterns.js";
import { movedInKeys } from "./moved-prints.js";
import { isTestFile, printKinds, suiteHabit } from "./suite-habit.js";

// What judging a file's added debug statements needs, read once per file: its patterns, its parse,
// the texts at head and base, its tests, and the file-wide reasons its prints are meant (see line-hit.ts).

// A type test by its text: tsd's assertions (`expectType<…>(…)`, `expectError(…)`) or its import. It is only compiled:
// its callbacks and components are declared to be type-checked and never run.
const TYPE_TEST_TEXT = /\bexpect(?:Type|NotType|Assignable|NotAssignable|Error|Deprecated|NotDeprecated)\s*(?:<|\()|\bfrom\s+["'](?:tsd|tsd-lite)["']/;
// A type test by its name: tsd's `*.test-d.ts`, check-dts's `*.types.ts` and `*.errors.ts`, and a test folder's `types.ts`
// with no test case in it (postcss 7d51976a7e's `test/types.ts`, run by `check-dts`: compiled, never run; set 32, judged wrong).
const TYPE_TEST_NAME = /\.(?:test-d|types|errors)\.[cm]?tsx?$/;
const TEST_FOLDER_TYPES = /(?:^|\/)(?:tests?|__tests__|spec)\/(?:[^/]+\/)*(?:types|typings)\.[cm]?tsx?$/;

/** Whether a TypeScript file is a type test by its name (see above). */
function typeTestFile(path: string, facts: FileFacts): boolean {
  return TYPE_TEST_NAME.test(path) || (TEST_FOLDER_TYPES.test(path) && facts.tests.length === 0);
}
/** The calibrated defaults (session 18) a team may turn off to hear more: which prints go unsaid. */
export interface Gates {
  /** Prints in tests whose runner captures them (runnerCapturesTestOutput). */
  capturedTests: boolean;
  /** Prints in files, tests or not, that printed by habit at base (printedAtBase). */
  printingFiles: boolean;
}

/** What judging one added line of a file needs: its patterns, and what the head and base hold. */
export interface DebugScan {
  path: string;
  patterns: DebugPattern[];
  facts: FileFacts;
  program: ReturnType<typeof programOutput>;
  raw: Map<number, string>;
  head: string[];
  base: BaseLines;
  /** Whether an added line only re-wraps or re-spaces the file's text at base (a revert of collapsed line breaks). */
  reflowed: (line: number) => boolean;
  /** Whether an added print is a base print the change deleted, in another spelling (`print x` → `print(x)`). */
  respelled: (text: string) => boolean;
  grew: Set<DebugPattern>;
  testFile: boolean;
  tests: Array<{ start: number; end: number }>;
  /** Keys of the base lines of the files beside a new file that the change edits: what it may have moved out of them. */
  movedIn: ReadonlySet<string>;
  /** Added lines the source found moved or brought in, not written (provenance.ts, imported-code.ts). */
  restored: ReadonlySet<number>;
  /** The file's tests show values with dbg! inside their assertions, time and again: its dbg! calls are a habit, not leftovers. */
  dbgHabit: boolean;
  /** Kinds of print the test file had several of at base: its convention, which a new test follows. */
  habit: Set<string>;
  /** A Python module's ad-hoc harness (its `__main__` block and the functions it calls): run by hand, never on import. */
  harness: Span[];
  /** The first line after Ruby's `__END__` (or PHP's `__halt_compiler();`): data, never run. */
  dataFrom?: number;
  /** Print-like names the file declares itself: its bare calls of them are the project's function, not the console. */
  ownPrinters: Set<string>;
  /** Line ranges over which the file switches its print/debugger lint off. */
  lintOff: Array<[number, number]>;
  /** Its tests' prints go to a runner that shows them only on failure (and the option leaves them unsaid). */
  quietTests: boolean;
  /** The file printed by habit at base (and the option leaves its new prints outside tests unsaid). */
  printingFile: boolean;
}

// A call of a dump helper on a value, with no argument: `user.Dump();`, `result.PrintDump();` (not `json.dump(obj, f)`).
const DUMP_CALL = /\.(?:Dump|PrintDump|dump)\s*\(\s*\)\s*;?\s*$/m;
/** The habit of a test file that dumps values through a helper: every kind of print is its way. */
export const ANY_PRINT = "*";

/** Prints of one kind a test file must hold at base for them to be its convention. */
const PRINT_HABIT = 3;

/**
 * The kinds of print a test file already made a habit of (commandline's HelpTextFixture prints each rendered help
 * text before asserting its lines, three times at base): a new test that does the same follows the file's way.
 */
function printHabit(patterns: DebugPattern[], base: string | undefined): Set<string> {
  const out = new Set<string>();
  if (base === undefined) return out;
  // The file's tests show their values through a dump helper (Bogus: `bar.Dump();` before asserting on it): printing is
  // how its tests are written, a `Console.WriteLine` among them included.
  if (DUMP_CALL.test(base)) out.add(ANY_PRINT);
  for (const [kind, n] of printKinds(patterns, base)) if (n >= PRINT_HABIT) out.add(kind);
  return out;
}

/** Assertions with a dbg! inside at which the file's dbg! calls are its tests' habit (tracing's layer tests: 11 of 14). */
const DBG_HABIT = 3;

export function scanFile(file: ChangedFile, change: Change, found: Lookups, allowOutput: (path: string) => boolean, gates: Gates): DebugScan | undefined {
  // Only a file where a pattern matches the raw text is worth parsing; the parser then says
  // which matches are code, so `"console.log"` in a message or a comment is not.
  if (!addsPattern(file, allowOutput)) return undefined;
  let patterns = patternsFor(file.path, allowOutput);
  // A print in the product code of a project imported whole ships with this change whoever wrote it (kotest's
  // plugin printing "LANGUAGES" on every call: agreed on set 21): the import's marks do not hide it. Its tests' do.
  const judged = file.importedProject !== undefined && !isTestFile(file.path) ? { ...file, restoredLines: undefined } : file;
  // A copy of a file the repository had (a project folder duplicated): nothing in it is new.
  if (copiedFromSibling(judged, change, found)) return undefined;
  // A test's input data (a formatter's sample sources) is never run: its prints are the cases.
  if (isTestInput(file.path) || isTestProgram(file.path)) return undefined;
  // A bundler's output (a package script's `--outfile=./out.js`): the prints are its inputs', judged there.
  if (bundleOutput(file.path, bundleVouchers(change, found))) return undefined;
  // A project copied in whole with its own licence (not-authored.ts's test, shared with the rules that judge
  // code: BurntSushi/toml's `internal/toml-test/` with toml-test's COPYING): its prints are upstream's. Only
  // this part of the list: a `dist/` below the root is source to this rule (see its tests).
  if (copiedPackageLicence(file.path, change) !== undefined || inWitnessedCopy(file, found)) return undefined;
  const facts = lineFacts(file, found);
  if (!facts) return undefined;
  const headWhole = headText(file, found);
  // The file's text for the whole-file checks: at head, or (a change built by hand, a file not read) its added lines.
  const whole = headWhole ?? addedLinesText(file);
  const program = patterns.some((p) => p.output)
    ? runByPackageScript(file.path, found.fileContents) ||
      fileBasedProgram(file.path, headWhole) ||
      (!isTestPath(file.path) &&
        (inCliPackage(file.path, found.baseContents) ||
          inConsoleProject(file.path, found.baseContents) ||
          inApplicationProject(file.path, found.baseContents) ||
          inNewConsoleProgram(file, change, found.fileContents, found.baseContents)))
      ? { whole: true, spans: [] }
      : programOutput(file, facts, found)
    : { whole: false, spans: [] };
  if (program.whole) patterns = patterns.filter((p) => !p.output);
  const raw = new Map(file.addedLines.map((l) => [l.line, l.text]));
  // Another project's code brought in whole (a test suite "derived from FastDoubleParser", with its copyright): not the change's to edit.
  if (headWhole !== undefined && copiedIn(judged, headWhole)) return undefined;
  // A Go file built only with a debug tag (`//go:build debug`) is debug tooling, printing on purpose.
  if (facts.language === "go" && builtOnlyForDebug(whole)) return undefined;
  if (/\.[cm]?tsx?$/.test(file.path) && (TYPE_TEST_TEXT.test(whole) || typeTestFile(file.path, facts))) return undefined;
  if (isPlaceholder(whole)) return undefined;
  if (facts.language === "csharp" && consoleShadowed(whole)) patterns = systemConsoleOnly(patterns);
  // A scratch or probe script dumps values for whoever runs it; a breakpoint there still stops that run at a prompt.
  if (isScratchScript(file.path, facts, whole)) patterns = patterns.filter((p) => p.stops !== undefined);
  if (patterns.length === 0) return undefined;
  // A line is judged by the first pattern it matches: a breakpoint outranks a print beside it
  // (`console.log(x); debugger;`), so the line is said for what stops the program.
  patterns = [...patterns.filter((p) => p.stops !== undefined), ...patterns.filter((p) => p.stops === undefined)];
  const head = linesOf(whole);
  // The prints at base are kept: an added print may be one of them with its arguments edited.
  const base = baseLinesOf(file, change, found, isPrint);
  const baseWhole = baseText(file, found);
  const grew = grownPatterns(patterns, headWhole === undefined ? undefined : head, baseWhole);
  const testFile = isTestFile(file.path);
  // A Rust file's own `#[test]` functions and `#[cfg(test)]` module are tests too: the same words as a test file's.
  const tests = testFile ? [] : testSpans(file, facts, head);
  return {
    path: file.path,
    patterns,
    facts,
    program,
    raw,
    head,
    base,
    reflowed: (line) => reflowed(file, found, line),
    respelled: respelledPrint(baseWhole, head),
    grew,
    testFile,
    tests,
    movedIn: movedInKeys(file, found),
    restored: new Set(judged.restoredLines),
    dbgHabit: dbgInAssertions(head) >= DBG_HABIT,
    // The file's own habit at base, and (a calibrated default, as printingFile) its suite's: the nearest tests' (suite-habit.ts).
    habit: testFile ? new Set([...printHabit(patterns, baseWhole), ...(gates.printingFiles ? suiteHabit(change, file, found, patterns) : [])]) : new Set(),
    harness: facts.language === "python" ? pythonHarness(head, facts) : [],
    dataFrom: dataTailStart(head, facts.language),
    ownPrinters: ownPrinters(head, facts.language),
    lintOff: debugLintRegions(head),
    quietTests: gates.capturedTests && runnerCapturesTestOutput(facts.language),
    printingFile:
      gates.printingFiles &&
      printedAtBase(
        baseWhole,
        patterns.filter((p) => p.output).map((p) => p.re),
      ),
  };
}

const DBG_IN_ASSERTION = /\b(debug_)?assert\w*!\s*[([].{0,200}\bdbg!\s*\(/;

function dbgInAssertions(head: string[]): number {
  return head.reduce((n, l) => n + (DBG_IN_ASSERTION.test(l) ? 1 : 0), 0);
}

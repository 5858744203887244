import { lineKey } from "../line-origin.js";
import { failurePointsToOutput, labelsLoopCase, relaysProcessOutput, summarisesChecked, underHeading } from "../test-diagnostics.js";
import { calledName } from "../own-printers.js";
import { capturedTestPrint } from "../captured-test-output.js";
import { isLongRunTest } from "../long-run-output.js";
import { inTestReport } from "../test-report.js";
import { hostBanner } from "../environment-banner.js";
import { runtimeBanner } from "./runtime-banner.js";
import { debugLintSuppressed } from "../debug-lint-suppression.js";
import { inStarredComment } from "../starred-doc-comment.js";
import { type DebugPattern, kindOf, isPrint, matchOn } from "./debug-patterns.js";
import { deliberateBreakpoint } from "./deliberate-breakpoint.js";
import { inDisabledTest } from "./disabled-tests.js";
import { editedPrint, followsLabel, joinsOutput } from "./existing-output.js";
import { type DebugScan, ANY_PRINT } from "./file-scan.js";
import type { DebugHit } from "./grouped-findings.js";
import { inOutputClass, intendedOutput, captured } from "./intended-output.js";
import { namedFunctionAround } from "./lines-around.js";
import { literalWords, namesValue, withoutKeywords, callArguments, printedArguments, labelled } from "./print-arguments.js";
import { stubBody, keptAlive, sinkOfThrowsAssertion } from "./test-placeholders.js";

// Whether one added line holds a debugging leftover: the first pattern it matches, judged against the
// reasons, in turn, that the statement is not new, not console output, or meant.

/** A pattern's match on an added line, with what judging it reads. */
interface LineMatch {
  p: DebugPattern;
  m: RegExpExecArray;
  line: number;
  /** The line's code (strings and comments as the parser tells them), which the patterns match. */
  code: string;
  /** The line as written. */
  text: string;
  scan: DebugScan;
}

/** The first pattern an added line of code matches, unless the line is old or its output intended. */
export function hitOn(line: number, code: string, scan: DebugScan): DebugHit | undefined {
  // Moved or brought in with a block of other lines (provenance.ts): the print was the repository's before the change.
  if (scan.restored.has(line)) return undefined;
  // After Ruby's `__END__` the file is data: nothing there runs (roda's benchmark kept below it).
  if (scan.dataFrom !== undefined && line >= scan.dataFrom) return undefined;
  const inProgram = scan.program.spans.some((s) => line >= s.start && line <= s.end);
  const text = scan.raw.get(line) ?? "";
  for (const p of scan.patterns) {
    const m = matchOn(p, code, text, inProgram);
    // Only the first pattern that matches is judged: a line is one leftover or none.
    if (m) return judged({ p, m, line, code, text, scan });
  }
  return undefined;
}

/** The hit a match is, unless one of the reasons below says the line is not a leftover. */
function judged(at: LineMatch): DebugHit | undefined {
  if (notConsoleOutput(at) || notNew(at) || neverStopsAnyone(at) || joinsOldOutput(at)) return undefined;
  const { p, m, line, text, scan } = at;
  const intended = p.output ? intendedOutput(text, m, line, scan.facts, scan.head, scan.testFile) : false;
  if (intended === true || dumpMeant(at)) return undefined;
  const test = scan.testFile || scan.tests.some((t) => line >= t.start && line <= t.end);
  if (calibratedQuiet(at, test) || testScaffolding(at, test) || testFailureContext(at, test)) return undefined;
  const what = p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "");
  if (followsTestHabit(at, what)) return undefined;
  const weak = intended === "message" ? { weak: true } : {};
  return p.stops === undefined ? { line, what, test, ...weak } : { line, what, test, stops: p.stops, ...weak };
}

/** Documentation, the project's own printer, or a line its print lint is told to let through. */
function notConsoleOutput({ p, m, line, scan }: LineMatch): boolean {
  // A line of a doc comment the parser lost (a Kotlin comment nesting another): its sample's print is documentation.
  // Looked at only on a match: a run of starred lines would otherwise each be scanned up to its opener.
  if (inStarredComment(scan.head, line)) return true;
  if (p.output && scan.ownPrinters.has(calledName(m[0]) ?? "")) return true;
  // The project's own print lint is told to let this line through (`# noqa: T201`, `/* eslint-disable no-console */`).
  // Not a breakpoint: one stops the program at a prompt whatever the linter is told (`breakpoint()  # noqa: T100`).
  return p.stops === undefined && (debugLintSuppressed(scan.head, line) || scan.lintOff.some(([from, to]) => line >= from && line <= to));
}

/** A statement the change did not write, or whose output never reaches the console. */
function notNew({ p, line, text, scan }: LineMatch): boolean {
  // Already there at base (moved, re-indented, reformatted, or the file holds no more of them than before).
  if (scan.base.has(lineKey(text)) || !scan.grew.has(p) || captured(scan.head, line) || scan.reflowed(line)) return true;
  // Or respelled: `print x` made `print(x)`, `$stdout.puts x` made `puts x`, the old line deleted (a syntax migration).
  return p.output === true && scan.respelled(text);
}

/** A statement in a test switched off, or a breakpoint that stops only a run someone asked for. */
function neverStopsAnyone({ p, m, line, code, scan }: LineMatch): boolean {
  // A test switched off (`@Disabled`, `it.skip`, `#[ignore]`) never runs: what it would print or stop at is moot.
  if (inDisabledTest(scan.head, line, scan.facts, code.slice(0, m.index))) return true;
  return !p.output && deliberateBreakpoint(code.slice(0, m.index), code.slice(m.index + m[0].length), line, scan);
}

/** A print that edits, or adds a line to, output the file already had. */
function joinsOldOutput({ p, m, line, text, scan }: LineMatch): boolean {
  return p.output === true && (editedPrint(text, scan) || joinsOutput(text, m, line, scan) || followsLabel(text, scan));
}

/** A dump in a class whose job is output, or a `dbg!` that shows what an assertion checks. */
function dumpMeant({ p, m, line, code, scan }: LineMatch): boolean {
  // A dump (`var_dump`) in a class whose job is output (dbal's EchoSQLLogger, "logs to the standard output using
  // echo/var_dump"): dumping is how it logs.
  if (!p.output && p.stops === undefined && inOutputClass(scan.head, line)) return true;
  // `assert_eq!(dbg!(x).hint(), None)`: the value an assertion checks, shown when it fails (cargo hides it when it passes).
  return p.what === "dbg!" && (scan.dbgHabit || IN_ASSERTION.test(code.slice(0, m.index + 1)));
}

/** Whether the match prints a value (output or `dbg!`), as a test's print may. */
const showsValue = (p: DebugPattern) => p.output === true || p.what === "dbg!";

/** Calibrated defaults (session 18): a print pytest or cargo test captures; more output from a file that prints by habit. */
function calibratedQuiet({ p, scan }: LineMatch, test: boolean): boolean {
  return (showsValue(p) && test && scan.quietTests) || (p.output === true && scan.printingFile);
}

/** A print that is part of a test's machinery: a placeholder's body, a value's sink, a long run's report, a banner. */
function testScaffolding({ p, m, line, text, scan }: LineMatch, test: boolean): boolean {
  if (!p.output) return false;
  // A test's placeholder: a mocked class's dummy method, a stub handler (`handleSubmit: (p) => { console.log(p) }`).
  if (test && (stubBody(line, m.index, text, scan) || sinkOfThrowsAssertion(text, m, line, scan.head))) return true;
  if (keptAlive(text, m, line, test, scan)) return true;
  // A stress or soak test's labelled lines are its progress report (`"$sec: done $count batches"`), a CI log's only view of the run.
  if (test && isLongRunTest(scan.path) && labelled(text, m)) return true;
  // A block of labelled prints laid out for the test run's reader (a simulation's report) is deliberate (test-report.ts).
  if (
    test &&
    inTestReport(
      scan.head,
      line,
      (l) => scan.patterns.some((q) => q.output && q.re.test(l)),
      (l) => literalWords(l) > 0,
    )
  )
    return true;
  // Labelled prints at a test file's top level that say what host it runs on: the run's header (chalk's `host TERM=`).
  // Or one top-level line printing the runtime's own description (`puts RUBY_DESCRIPTION`): the suite's usual banner.
  return scan.testFile && (hostBanner(scan.head, line, (l) => isPrint(l) && literalWords(l) > 0) || runtimeBanner(text));
}

/** A test's print that a failure shows as its context, where the runner shows output only then. */
function testFailureContext(at: LineMatch, test: boolean): boolean {
  const { p, m, line, text, scan } = at;
  if (!test || !showsValue(p)) return false;
  // libtest captures a Rust test's stdout and stderr and shows them only when it fails: a print that labels what it
  // shows is the failure's context (`"testing {content_type:?}"`, a clone's backtrace), not clutter. A bare value
  // (`println!("{got}")`) is someone looking at a value, and so is `dbg!` but where it names a loop's case (testDiagnostic).
  // A label may be a variable's name (chrono's `eprintln!("s_ {:?}", s_)` beside `eprintln!("d {:?} (NaiveDate)", d)`).
  if (p.output && scan.facts.language === "rust" && namesValue(text, m)) return true;
  if (testDiagnostic(p, text, m, line, scan)) return true;
  // pytest and NUnit show a test's output only with its failure: a print beside its assertions is that failure's context.
  return p.output === true && capturedTestPrint(scan.facts, scan.head, line, printedArguments(text, m), isPrint);
}

/** A test file's print of a kind its tests already made a habit of. */
function followsTestHabit({ p, scan }: LineMatch, what: string): boolean {
  // `dbg!` too: rustls's io.rs had four at base, and its new `dbg!(plaintext_limit)` follows them (c18c486cdc, not worth saying).
  return showsValue(p) && scan.testFile && (scan.habit.has(kindOf(what)) || scan.habit.has(ANY_PRINT));
}

/**
 * Whether a test's print is its failure context (see src/analysis/test-diagnostics.ts): it names the case a loop runs
 * (`dbg!(offset_hour)` too, as it labels its own output), relays a child process's output before the test asserts how
 * the process ended, or sits under a heading print. And a Python test's `print(repr(x))` calls `__repr__` to check it
 * does not raise (boltons: "# always check the repr"): the print is only the sink.
 */
function testDiagnostic(p: DebugPattern, text: string, m: RegExpExecArray, line: number, scan: DebugScan): boolean {
  const inside = callArguments(text, m);
  const values = withoutKeywords(inside);
  if (labelsLoopCase(scan.head, line, values)) return true;
  if (!p.output) return false;
  if (failurePointsToOutput(scan.head, line, namedFunctionAround(scan.facts, line)?.end ?? line)) return true;
  if (relaysProcessOutput(scan.head, line, inside, isPrint) || underHeading(scan.head, line, isPrint)) return true;
  if (summarisesChecked(scan.facts.language, scan.head, line, isPrint)) return true;
  // A print that names the thread it runs on traces a concurrent test's interleaving, read when it fails (junit-pioneer
  // 7f56ffeac2's `Thread.currentThread() + ": " + testName + ": COUNTER = " + COUNTER` in a test of parallel execution;
  // judged not worth saying on set 41): nobody looking at a value prints which thread holds it.
  if (CURRENT_THREAD.test(inside.slice(0, 500))) return true;
  return scan.facts.language === "python" && /^\s*repr\s*\([^]*\)\s*$/.test(values);
}

/** The running thread, in each language's words: Java's and Kotlin's, .NET's, Python's, Rust's, Ruby's. */
const CURRENT_THREAD =
  /\bThread\.currentThread\(\)|\bThread\.CurrentThread\b|\bEnvironment\.CurrentManagedThreadId\b|\bthreading\.(?:current_thread|get_ident)\(\)|\bthread::current\(\)|\bThread\.current\b/;

const IN_ASSERTION = /\b(debug_)?assert\w*!\s*[([]/;

import * as z from "zod";
import { globMatcher, globOption } from "../src/config/glob-option.js";
import { defineRule, type Lookups, type Needs, type RawFinding } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { crateRootPaths, isPlaceholder, isScratchScript, programOutput } from "../src/analysis/program-output.js";
import { enclosingOpeners } from "../src/analysis/enclosing-openers.js";
import { copiedFromSibling, siblingCopyPaths } from "../src/analysis/sibling-copy.js";
import { copiedLine, mayHoldCopies } from "../src/analysis/copy-originals.js";
import { copiedIn, copiedPackageLicence } from "../src/analysis/not-authored.js";
import { inWitnessedCopy } from "../src/analysis/copied-package-witness.js";
import { colouredForConsole, printsControlSequence } from "../src/analysis/terminal-output.js";
import type { LanguageId } from "../src/syntax/facts.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { lineHead } from "../src/text/line-windows.js";
import { addedCode, addedLinesText, lineFacts } from "../src/syntax/line-view.js";
import { basePaths, baseText, deletedFromPaths, headText } from "../src/syntax/change-facts.js";
import { generatedByItsHeader } from "../src/syntax/generated.js";
import { baseLinesOf, lineKey, type BaseLines } from "../src/analysis/line-origin.js";
import { reflowed } from "../src/analysis/reflowed-code.js";
import { isTestInput, isTestPath } from "../src/text/test-conventions.js";
import { testSpans } from "../src/analysis/code-change.js";
import { pythonHarness } from "../src/analysis/dev-harness.js";
import { dataTailStart } from "../src/analysis/data-tail.js";
import {
  failurePointsToOutput,
  labelsLoopCase,
  printsWhatItIsHanded,
  relaysProcessOutput,
  summarisesChecked,
  underHeading,
} from "../src/analysis/test-diagnostics.js";
import type { FileFacts, Span } from "../src/syntax/facts.js";
import { builtOnlyForDebug } from "../src/analysis/debug-build.js";
import { packageJsonPaths, runByPackageScript } from "../src/analysis/package-scripts.js";
import { bundleBasePaths, bundleConfigPaths, bundleOutput, bundleVouchers } from "../src/analysis/bundle-outputs.js";
import { calledName, ownPrinters } from "../src/analysis/own-printers.js";
import { outputFlag } from "../src/analysis/output-flag.js";
import { reportsTiming } from "../src/analysis/timing-report.js";
import { printsProtocolMessage } from "../src/analysis/child-process-protocol.js";
import { unrunJUnit3Method } from "../src/analysis/junit3-unrun.js";
import { capturedTestPrint, runnerCapturesTestOutput } from "../src/analysis/captured-test-output.js";
import { printedAtBase } from "../src/analysis/printing-file.js";
import { respelledPrint } from "../src/analysis/respelled-prints.js";
import { wordsOf } from "../src/text/name-words.js";
import { inUncaughtHandler } from "../src/analysis/exception-handler.js";
import { isLongRunTest } from "../src/analysis/long-run-output.js";
import { afterNeverReturning, capturesForLeakTest } from "../src/analysis/unreached-print.js";
import { hostBanner } from "../src/analysis/environment-banner.js";
import { blankStrings } from "../src/text/string-literals.js";
import { linesOf } from "../src/text/text-lines.js";
import { writesHandedStream } from "../src/analysis/stream-writer-output.js";
import { debugLintRegions, debugLintSuppressed } from "../src/analysis/debug-lint-suppression.js";
import { inStarredComment } from "../src/analysis/starred-doc-comment.js";
import { capturesCountedReference } from "../src/analysis/counted-capture.js";
import { inTestSupportCrate } from "../src/analysis/test-support-crate.js";
import { childProgramTest } from "../src/analysis/child-program-test.js";
import { statesPurpose } from "../src/analysis/stated-purpose.js";
import { unattendedOnly } from "../src/analysis/unattended-run.js";
import { demoteTemporaryOutput } from "../src/analysis/temporary-output.js";

interface DebugPattern {
  re: RegExp;
  what: string;
  /** Output that is a program's job in its entry point, scripts and command-line tools (print, console.log). */
  output?: boolean;
  /** A second look at the raw line after the match (`p x` prints, `p = 1` does not). */
  accept?: (raw: string, m: RegExpExecArray) => boolean;
  /** What a statement that stops the program does instead of printing (`debugger`, `pdb.set_trace()`): its own reason. */
  stops?: string;
}

// A breakpoint prints nothing: it stops the program, which is what the reader must hear.
const PAUSES_JS = "pauses execution wherever a debugger or the browser's developer tools are attached";
const STOPS_AT_PROMPT = "stops the program at an interactive debugger prompt";

// What follows a Ruby `puts`/`p`/`pp`/`print` that makes it a call with an argument, not a
// variable (`p = 1`, `p.name`, `p[0]`, `p + 1`): the argument's first character.
// A bare `puts` prints a blank line; a bare `p` is a variable.
const RUBY_ARGUMENT = /^(\(|\s+[^\s=.,)\]}+*/%<>!?:&|^-]|\s+-\w)/;
const rubyCall = (raw: string, m: RegExpExecArray) => {
  const end = m.index + m[0].length;
  return RUBY_ARGUMENT.test(raw.slice(end, end + 8)) || (m[2] === "puts" && raw.slice(end).trim() === "");
};
// Declaring a function called print (`def print(`, `func print(`, `fun print(`) is not calling it.
// A Go method `func (r *R) println(` has its receiver between.
const NOT_DECLARED = "(?<!(?:\\b(?:def|func?)|\\))\\s{1,8})";
// Defining a PHP function or method named dump (`public function dump($node)`, NodeDumper's API, a test's
// `private function dump($node)` that pretty-prints) is not calling one.
const NOT_DEFINED_PHP = "(?<!\\bfunction\\s{1,8}&?\\s{0,4})";
// `print_r($x, true)` returns the text instead of printing it.
const printsText = (raw: string, _m: RegExpExecArray) => !/print_r\s*\([^;]{0,400},\s*true\s*\)/i.test(raw);

const JS: DebugPattern[] = [
  { re: /(^|[^\w.$])console\.(log|debug|trace|dir|dirxml|table|time|timeEnd|count)\s*\(/, what: "console.$2", output: true },
  { re: /(^|[^\w.$])debugger\s*(;|$)/, what: "debugger", stops: PAUSES_JS },
];
const JAVA: DebugPattern[] = [{ re: /\bSystem\.(out|err)\.print(ln|f)?\s*\(/, what: "System.$1.print$2", output: true }];
const BY_LANGUAGE: Partial<Record<LanguageId, DebugPattern[]>> = {
  typescript: JS,
  tsx: JS,
  javascript: JS,
  java: JAVA,
  kotlin: [...JAVA, { re: new RegExp(`(^|[^\\w.])${NOT_DECLARED}print(ln)?\\s*\\(`), what: "print$2()", output: true }],
  python: [
    { re: new RegExp(`(^|[^\\w.])${NOT_DECLARED}(p?print)\\s*\\(`), what: "$2()", output: true },
    { re: /\b(i?pdb|pudb)\.set_trace\s*\(/, what: "$1.set_trace()", stops: STOPS_AT_PROMPT },
    { re: /(^|[^\w.])breakpoint\s*\(\s*\)/, what: "breakpoint()", stops: STOPS_AT_PROMPT },
    // Only with its call on the same line (`import pdb; pdb.post_mortem()`): an import alone stops nothing, and the debugger
    // may be the feature (scrapy d24e5ae807 swaps `ipdb` in for its `--pdb` option; a test imports pdb to monkeypatch it).
    {
      re: /^\s*import\s+(i?pdb|pudb)\s*;\s*\1\.\w+\s*\(/,
      what: "import pdb",
      stops: "is there only to stop the program at an interactive debugger prompt",
    },
  ],
  go: [
    { re: /(^|[^\w.])fmt\.Print(ln|f)?\s*\(/, what: "fmt.Print$2", output: true },
    // Go's builtin println; `print(` is too often a function of the package's own.
    { re: new RegExp(`(^|[^\\w.])${NOT_DECLARED}(println)\\s*\\(`), what: "$2()", output: true },
    { re: /(^|[^\w.])spew\.(Dump|Printf?|Println)\s*\(/, what: "spew.$2" },
  ],
  rust: [
    { re: /(^|[^\w])dbg!\s*\(/, what: "dbg!" },
    { re: /(^|[^\w:])(e?print(ln)?)!\s*[([{]/, what: "$2!", output: true },
  ],
  csharp: [{ re: /(^|[^\w.])(System\.)?Console\.(Write(Line)?)\s*\(/, what: "Console.$3", output: true }],
  php: [
    { re: new RegExp(`(^|[^\\w>:$])${NOT_DEFINED_PHP}var_dump\\s*\\(`), what: "var_dump()" },
    { re: new RegExp(`(^|[^\\w>:$])${NOT_DEFINED_PHP}print_r\\s*\\(`), what: "print_r()", accept: printsText },
    { re: new RegExp(`(^|[^\\w>:$])${NOT_DEFINED_PHP}dd\\s*\\(`), what: "dd()", stops: "dumps its arguments and ends the request" },
    { re: new RegExp(`(^|[^\\w>:$])${NOT_DEFINED_PHP}dump\\s*\\(`), what: "dump()" },
  ],
  ruby: [
    { re: /\bbinding\.(pry|irb)\b/, what: "binding.$1", stops: STOPS_AT_PROMPT },
    { re: /(^|[^\w.])byebug\b/, what: "byebug", stops: STOPS_AT_PROMPT },
    { re: /(^|[;{|]|\b(?:then|do|else|begin)\b)\s*(puts|pp?|print)\b/, what: "$2", output: true, accept: rubyCall },
  ],
};

// Output switched on by an environment variable on the same line
// (`if (process.env.REPORT_MEMORY) console.log(…)`) is a deliberate report, not a leftover.
const ENV_GATED = /\b(if|unless|when)\b.{0,200}(process\.env\b|os\.environ\b|os\.getenv\b|os\.Getenv\b|\bENV\[|env::var\b|getenv\b)/;

// A message meant for the user: a warning, a deprecation notice, a usage line. The print is the
// program talking to its user, whatever helper it goes through.
const USER_MESSAGE = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}[[*(]?\s{0,4}(warning|warn|error|deprecat\w*|usage|note|hint|fatal|notice|caution|tip)\b/i;
// A labelled diagnostic: a word or two naming what failed, then the kind and a colon (`"Server warning: "`, `"HTTP server error:"`).
const LABELLED_MESSAGE = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}(?:[A-Za-z][\w-]{0,30}\s){1,2}(warning|error|failure|deprecation)\s{0,2}:/i;
// An access log line of a server: the request's method or URL (`console.log(new Date(), req.method, pathname)`).
const REQUEST_LINE = /\b(req|request)\.(method|url|originalUrl|path)\b/;
// A file that runs an HTTP server (`http.createServer(…)`, `app.listen(3000)`): a dev or test server whose access log is its output.
const RUNS_SERVER = /\bcreateServer\s*\(|\.listen\s*\(/;
// A server's `listen(…, () => {` callback: what it prints there is where the server is, for whoever started it.
const LISTEN_CALL = /\.listen\s*\(.{0,200}?(?:=>|\bfunction\b)/;
// Printing to stderr with a sentence: an error message for the user, not a value dumped while debugging.
const TO_STDERR = /\bsys\.stderr\b|\bSystem\.err\b|\$stderr\b|\bConsole\.Error\b|(^|[^\w:])eprint(ln)?!/;
const PROSE_ARGUMENT = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}[A-Za-z][a-z']{1,20}\s+[a-z']{2,20}\s+[a-z']{1,20}/;
// A function whose job is to print: `echo_output`, `printUsage`, `log_warning`, `show_help`, a trace writer's `Trace`,
// a library's `Debug()` that prints its state on request (viper's), a test suite's `verbose()` report that an
// environment variable switches on (regex's). Not `dump…`: werkzeug's `dumpThis()` posts a paste, and its console.log was a leftover.
const OUTPUT_WORDS = ["log", "warn", "echo", "print", "output", "report", "display", "usage", "help", "show", "say", "announce", "trace", "debug", "verbose"];
const OUTPUT_HELPER = new RegExp(String.raw`(^|_|[a-z])(${OUTPUT_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join("|")})([A-Z_]|$)`);
// A function or macro that dumps statistics on request (rayon d1587340e9's `macro_rules! dump_stats`): printing them is its job.
// Not `dump` alone: werkzeug's `dumpThis()` posts a paste.
const DUMPS_STATS = /dump_?(stats|statistics|summary|counters)/i;
// A Rust macro's declaration and its name; the syntax layer holds no function for it.
const MACRO_RULES = /^\s*(?:#\[macro_export\]\s*)?macro_rules!\s*([\w]+)/;

/** Whether an opener line declares a macro whose name says it prints (`macro_rules! dump_stats {`, `macro_rules! log_event {`). */
function printingMacro(opener: string): boolean {
  const name = MACRO_RULES.exec(opener)?.[1];
  return name !== undefined && (OUTPUT_HELPER.test(name) || DUMPS_STATS.test(name));
}
// The comment under a doc sample's print that shows what it prints: `// 1`, `# => [1, 2]`, `// {`.
const EXPECTED_OUTPUT = /^\s*(\/\/|#)\s{0,8}(=>|->|[[{("'\d-]|true\b|false\b|null\b|None\b|nil\b|Output:)/;
// Fixture apps (an e2e test's sample app, a test project that checks the package installs, test data): their output is what the test watches.
// A fixture folder by any spelling: `fixtures-extensions/`, `fixtures_x/`, `cli-fixtures/`.
const FIXTURE_DIR = /(^|\/)(e2e|(?:[\w.]+[-_])?(?:fixtures?|__fixtures__)(?:[-_][\w.-]+)?|testdata|test[-_]?(apps?|projects?)|tests?\/assets)\//i;
// Type tests under a test folder, only compiled (dtslint, `tsd`, `tsc --noEmit`; `test/module/typings/esm/index.ts`):
// `console.log(x)` is how they use a typed value, and they never run.
const TYPE_TESTS =
  /(^|\/)(tests?|types?|typings)\/(?:[\w.-]{1,80}\/){0,4}(typescript|typings|types?|dtslint|type-?tests?)\/(?:[\w.-]{1,80}\/){0,4}[^/]{1,200}\.[cm]?tsx?$|\.test-d\.[cm]?tsx?$|(^|\/)(dtslint|type-?tests?|types?-tests?)\/[^/]{1,200}\.[cm]?tsx?$|^(types|typings)\/(?:[\w.-]{1,80}\/){0,4}[^/]{1,200}\.[cm]?tsx?$/;
// A test file named for the types it checks (`middlewareTypes.test.tsx`, `types.test.ts`, `store.types.spec.ts`): its
// components and callbacks are declared to be type-checked, not run.
const TYPES_TEST_NAME = /(?:^|\/|[a-z.])[Tt]ypes?\.(?:test|spec)\.[cm]?tsx?$/;
// A type test by its text: tsd's assertions (`expectType<…>(…)`, `expectError(…)`) or its import. It is only compiled:
// its callbacks and components are declared to be type-checked and never run.
const TYPE_TEST_TEXT = /\bexpect(?:Type|NotType|Assignable|NotAssignable|Error|Deprecated|NotDeprecated)\s*(?:<|\()|\bfrom\s+["'](?:tsd|tsd-lite)["']/;
// A root `dist/` or `build/` JS file is a bundle the build wrote (`dist/axios.js`, `dist/axios.amd.js`): its prints are the sources'.
const BUILT_BUNDLE = /^(dist|build)\/.{0,300}\.[cm]?js$/;
// A command-line command's function (`@app.command()`, `@click.command()`, `@cli.group()`, `@app.callback()`):
// what it prints is the command's output, which a test or a reader of the docs checks.
const CLI_COMMAND = /^\s*@[\w.]{0,60}\b(command|group|callback|result_callback)\s*(\(|$)/;
const TEST_FILE_NAME = /(^|\/)(test_|spec_)[^/]*$|[._-](test|spec|e2e)s?\.\w+$|(Test|Tests|Spec)\.\w+$/;
// The line that opens an error branch: `catch (e) {`, `} catch {`, `rescue => e`, `except Exception:`.
const ERROR_BRANCH = /(^|[\s}])(catch|rescue|except)\b|\.catch\s*\(|\bErr\s*\(|\bif\s+\w*err\w*\s*!=\s*nil\b/;
// A block switched on by a logging or verbosity flag (`if (this.log)`, `if verbose:`, `if debug`, `unless quiet`):
// its prints are deliberate, opt-in logging.
const LOG_SWITCH =
  /^\s*(\}\s*)?(else\s+)?(if|unless|elif|when)\b\s*\(?\s*!?\s*[\w.$@]{0,60}?\b(log|logs|logging|verbose|verbosity|debug|debugging|trace|tracing|quiet|silent|DEBUG|VERBOSE)\w*\b/i;
const LOG_SWITCH_INLINE =
  /\b(if|unless)\b\s*\(?\s*!?\s*[\w.$@]{0,60}?\b(log|logging|verbose|verbosity|debug|trace|quiet)\w*\b|\b(verbose|debug|log|logging)\w*\s*(&&|and)\s*$/i;
const LOG_SWITCH_MODIFIER = /\s(if|unless)\s+!?\s*[\w.$@]{0,60}?\b(log|logging|verbose|verbosity|debug|trace|quiet|silent)\w*\b/i;
// Output captured into a string (PHP `ob_start()`…`ob_get_clean()`, Python `redirect_stdout`/`capture_output`/`StringIO`): nothing is printed.
// Or written into a file: under `fileinput.input(path, inplace=True)` Python sends stdout into the file
// being rewritten, so `print(line, end="")` is how python-dotenv's `set_key` writes `.env` (judged set 15).
const CAPTURE =
  /\bob_start\s*\(|\bredirect_stdout\b|\bcapture_output\b|\bcapsys\b|\bStringIO\s*\(|\$stdout\s*=\s*StringIO|\bfileinput\.(?:input|FileInput)\s*\([^)\n]{0,200}\binplace\s*=\s*(?:True|1)\b/;
// What comes right after a print that reports a failure: returning the error, exiting, showing help.
const THEN_FAILS =
  /^\s*(return\b.{0,80}\b(err|error|e|ex|nil, err)\b|return\s+(1|-1|false|False|nil)\b|(os|sys|process|System)\.(Exit|exit)\b|exit\s*[(!]|abort\b|raise\b|throw\b|panic\s*\(|[\w.]*Show\w*Help\b|[\w.]*[Uu]sage\s*\()/;
// A test's failure report right after the print, past the ends of the blocks it sits in (`for … { fmt.Println(x) }` then `t.Errorf(…)`),
// ava's and Node's `t.fail()`/`assert.fail()` (chalk's `try { console.log(ctx`…`); t.fail(); } catch …`, judged wrong twice on
// set 16: it only evaluates what must throw), or an assertion that cannot pass (commons-csv's `System.out.println("Printer output :" + …)` then `assertTrue(false)`):
// the print only runs when the test fails, as its diagnostics.
// A skipped test's assumption counts too (`assumeTrue(supported)`, `t.Skip(…)`, `pytest.skip(…)`), and a runner's skip call
// (Mocha's `this.skip()`, Vitest's `ctx.skip()`, hono e6913190b7's `console.log(`Skip: ${reason}`)` then `skipTask()`): the print says why it skips.
// An assertion that cannot pass: `assertTrue(false)`, `Assert.True(false)`, `assertFalse(true)`, Python's `assert False`
// and `self.assertTrue(False)`, Ruby's `assert false`, `expect(true).toBe(false)`.
const NEVER_PASSES = String.raw`(?:Assert\.(?:True|IsTrue)|(?:self\.|Assert\.)?assert(?:True)?)\s*\(?\s*(?:false|False)\s*(?:[),;]|$)|(?:Assert\.(?:False|IsFalse)|(?:self\.|Assert\.)?assertFalse)\s*\(\s*(?:true|True)\s*[),]|expect\s*\(\s*true\s*\)\.(?:toBe|to\.equal)\s*\(\s*false\s*\)`;
const THEN_TEST_FAILS = new RegExp(
  String.raw`^\s*([\w.]*\b(t|b|tb|s|suite)\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow|Skip|Skipf|SkipNow)\s*\(|(Assert\.|assert\.|t\.)?[Ff]ail\s*\(|flunk\b|(Assume|Assumptions)\.\w+\s*\(|assume(True|False|That|NotNull|NoException)?\s*\(|(pytest|unittest)\.skip\w*\s*\(|self\.skipTest\s*\(|Assert\.Inconclusive\s*\(|skip\s*[("']|(?:(?:this|ctx|context|task)\.)?skip(?:Task|Test)?\s*\(|` +
    NEVER_PASSES +
    ")",
);
const CLOSER = /^\s*([}\])]+[;,]?|end)\s*$/;
// A class that is the program's console: a logger, a printer, a reporter (`class ConsoleWireLogger`,
// `class LogRequestBodySize(BaseHTTPMiddleware)`, `impl Log for StdoutLogger`, Go's `func (l *ConsoleLogger) Info(`).
const OUTPUT_CLASS =
  /^\s*(?:(?:export|public|private|internal|open|final|abstract|data|static)\s+){0,3}(?:class|object|struct|module|impl(?:\s+[\w:<>]+\s+for)?)\s+[\w:]*?(Log|Console|Printer|Reporter|Output|Stdout|Stderr|Terminal)(?:ger|ging|s)?(?=[A-Z_<:({\s]|$)|^\s*func\s*\(\s*\w+\s+\*?\w*(Log|Console|Printer|Reporter|Output)\w*\s*\)/;
// A class or an object that implements a logger or a console sink (`object : Logger {`, `class TestOutput : ILogger`,
// `new Logger() {`, `impl log::Log for Stdout`): printing is how it does its job, in a test as anywhere.
// Its supertypes only, not a constructor's parameters (`class Foo(val log: Log)` is not a logger).
const SINK_NAMES = String.raw`\w*(?:Logger|LogSink|LogWriter|LogHandler|LogListener|LogOutput|Log|Transport|Sink|Printer|Reporter)`;
const LOGGER_IMPLEMENTATION = new RegExp(
  [
    String.raw`\b(?:class|object|struct)\b[^(:{=]{0,120}?(?:\([^)]{0,200}\))?\s*(?::|\bimplements\b|\bextends\b)\s*(?:[\w.<>]+(?:\([^)]{0,200}\))?\s*,\s*){0,4}[\w.]*?\b${SINK_NAMES}\b`,
    String.raw`\bclass\s+\w+\s*\(\s*(?:[\w.]+\s*,\s*){0,4}[\w.]*?\b${SINK_NAMES}\s*[,)]`,
    String.raw`\bnew\s+[\w.]*?\b${SINK_NAMES}\s*(?:<[^>]{0,80}>)?\s*\([^)]{0,200}\)\s*\{`,
    String.raw`\bimpl\b[^{]{0,80}?\b${SINK_NAMES}\s+for\b`,
  ].join("|"),
);
// A test suite's own report class (handlebars.java's SpecTest: `private static class Report`, whose `header` and `append`
// print a per-spec report): the tests hand it what they found, and printing it is its job. Only in a test: a production
// `class Report` is as likely a report's data, whose prints are leftovers.
const TEST_REPORT_CLASS = /\b(?:class|object)\s+\w*Report\b(?!\w)/;
// The tests of a logger (`class ConsoleLoggerTest`) are tests: their prints are judged as any test's.
const TEST_CLASS = /\b(class|object|module)\s+[\w:]*(Test|Tests|Spec|TestCase)\b/;
// Thor and Rake declare a command with `desc` over its method: what it prints is the command's output.
const COMMAND_DECLARATION = /^\s*(desc|long_desc|method_options?|option|task)\s*[("':]/;
// A print to stderr that announces what the program did or does (`"Updated " + path`, `"Writing {}"`): a notice for the person running it.
const STATUS_NOTICE = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}[A-Z][a-z]{2,20}(ed|ing)\b/;
// A comment just above that says the print is meant (`# Emit the config for CI visibility`).
const EXPLAINED = /^\s*(#|\/\/|\*|"""|\/\*)\s*.{0,200}\b(print|prints|printed|emit|emits|output|show|shows|display|visibility|visible|report)\b/i;

// A Rust attribute that compiles the statement only in some builds (`#[cfg(not(debug_assertions))]`): the print
// is a release build's deliberate warning, written for that build alone.
const CFG_ATTRIBUTE = /^\s*#\[cfg(_attr)?\s*\(/;
// A message assembled a few lines before the print, from a user-facing label (`let msg = format!("warning: {}", msg)`).
const MESSAGE_LABEL = /["'`]\s{0,4}(warning|warn|note|help|hint|error|caution|deprecated)\s{0,2}:/i;
/** How far above a stderr print its message may be assembled. */
const MESSAGE_REACH = 10;

// A function written to reproduce a bug (`// Reproduces https://github.com/…/issues/1613`, `fn repro_1613`,
// "LOAD-BEARING"): its body, the print included, is the case a compiler, a lint or a macro must get right.
const REPRO_NOTE = /\b(reproduc\w*|repro|load-bearing|regression test for)\b/i;
const REPRO_NAME = /(^|_|[a-z])(repro|Repro)(_|\d|[A-Z]|$)/;
/** Lines over a function where its notes and attributes sit. */
const NOTES_ABOVE = 8;

/** Whether the function around the line is a bug's reproduction, by its name or the notes over it. */
function reproducesBug(facts: FileFacts, head: string[], line: number): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn) return false;
  if (REPRO_NAME.test(fn.name)) return true;
  // Its first lines too: a parser may start the function at its attributes.
  const notes = head.slice(Math.max(0, fn.start - 1 - NOTES_ABOVE), fn.start + 1).filter((l) => /^\s*(\/\/|#|\*|\/\*)/.test(l));
  return notes.some((l) => REPRO_NOTE.test(l));
}

/** Whether the line is inside a class whose job is output: a logger, a printer, a reporter (not the tests of one). */
function inOutputClass(head: string[], line: number): boolean {
  return openersOf(head, line).some((l) => (OUTPUT_CLASS.test(l) || LOGGER_IMPLEMENTATION.test(l)) && !TEST_CLASS.test(l));
}

/** Whether the statement is compiled in only by a cfg attribute right above it. */
function compiledIn(head: string[], line: number): boolean {
  const above = head.slice(Math.max(0, line - 3), line - 1).filter((l) => l.trim() !== "");
  return above.length > 0 && CFG_ATTRIBUTE.test(above[above.length - 1]);
}

/** Whether a message for the user (`"warning: …"`) is assembled in the lines just above a stderr print. */
function builtAsMessage(head: string[], line: number): boolean {
  return head.slice(Math.max(0, line - 1 - MESSAGE_REACH), line - 1).some((l) => MESSAGE_LABEL.test(l));
}

/**
 * Output that is meant, not left over: a message for the user (a warning, a usage line, a
 * sentence to stderr), a print inside a function whose job is printing, a doc sample's print with
 * its expected output beneath, a fixture app's output, and a test's diagnostics in its error branch.
 */
function intendedOutput(text: string, m: RegExpExecArray, line: number, facts: FileFacts, head: string[], testFile: boolean): boolean | "message" {
  const args = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const opened = m[0].endsWith("(") || m[0].endsWith("[") || m[0].endsWith("{") ? "(" + args : args;
  if (USER_MESSAGE.test(opened) || LABELLED_MESSAGE.test(opened)) return true;
  // Written for the terminal: an escape sequence that drives it, or text in a colour chosen just above.
  if (printsControlSequence(opened) || colouredForConsole(head, line)) return true;
  if (FAILURE_REPORT.test(closedArguments(args.replace(/^\s*\(?/, "")))) return true;
  // A labelled figure of elapsed time (`"No pipeline: {0}ms", watch.ElapsedMilliseconds`): what the code ran to measure.
  if (reportsTiming(args) && labelled(text, m)) return true;
  // A message a child process writes for the test that started it to read back: the two processes' handshake.
  if (printsProtocolMessage(head, line, withoutKeywords(closedArguments(args.replace(/^\s*\(?/, ""))), isPrint)) return true;
  const around = namedFunctionAround(facts, line);
  if (around && childProgramTest(head, around.start, around.end)) return true;
  // Its own comment says what it is for, or it prints only in a batch, headless or CI run, for that run's log.
  if (statesPurpose(text.slice(m.index + m[0].length)) || unattendedOnly(openersOf(head, line), text.slice(0, m.index))) return true;
  if (REQUEST_LINE.test(args) && head.some((l) => RUNS_SERVER.test(l))) return true;
  // A server announcing where it listens, from its `listen` callback (undici's test/utils/hello-world-server.js).
  if (openersOf(head, line).some((l) => LISTEN_CALL.test(l))) return true;
  if (TO_STDERR.test(text) && PROSE_ARGUMENT.test(opened)) return true;
  if (facts.functions.some((f) => f.start <= line && f.end >= line && (OUTPUT_HELPER.test(f.name) || DUMPS_STATS.test(f.name)))) return true;
  if (dumpHelper(facts, head, line) || writerOutput(facts, head, line, args)) return true;
  if (openersOf(head, line).some((l) => printingMacro(l))) return true;
  if (TO_STDERR.test(text) && STATUS_NOTICE.test(opened)) return true;
  if (compiledIn(head, line) || (TO_STDERR.test(text) && builtAsMessage(head, line))) return true;
  if (reproducesBug(facts, head, line)) return true;
  if (inOutputClass(head, line)) return true;
  if (testFile && openersOf(head, line).some((l) => TEST_REPORT_CLASS.test(l))) return true;
  const named = namedFunctionAround(facts, line);
  if (named && writesHandedStream(head, named.start, named.end)) return true;
  if (progressMessage(opened, head, line) || PROGRESS_MARK.test(opened)) return true;
  if (testFile && head.some((l) => CAPTURES_STDOUT.test(l)) && (printsLiteralOnly(opened) || capturedSink(facts, head, line, args))) return true;
  if (facts.language === "ruby" && inDeclaredCommand(facts, head, line)) return true;
  if (!testFile && (printingFunction(facts, head, line) || printsItsMessage(facts, head, line, args))) return true;
  if (testFile && (assertedElsewhere(opened, head, line) || thenTestFails(head, line))) return true;
  if (facts.language === "python" && inCliCommand(facts, head, line)) return true;
  const next = head.slice(line, line + 3).find((l) => l.trim() !== "");
  if (next !== undefined && EXPECTED_OUTPUT.test(next)) return true;
  // Before the print (`if (verbose) console.log(…)`), or after it as a modifier (`puts cmd if options.verbose?`).
  if (LOG_SWITCH_INLINE.test(text.slice(0, m.index)) || LOG_SWITCH_MODIFIER.test(args) || openersOf(head, line).some((l) => LOG_SWITCH.test(l))) return true;
  if (debugSwitched(text.slice(0, m.index), head, line, facts)) return true;
  if (head.slice(Math.max(0, line - 4), line - 1).some((l) => EXPLAINED.test(l))) return true;
  const after = head.slice(line, line + 6).filter((l) => l.trim() !== "" && !DEBUG_ANY.test(l));
  if (after.length > 0 && THEN_FAILS.test(after[0])) return true;
  // Printing in an error branch (`catch`, `rescue`, `if err != nil`) reports the error: deliberate, in code and tests alike.
  if (inErrorBranch(head, line) || (logsFailure(text, m) && blockThenFails(head, line))) return true;
  // Or in the handler the platform calls with what nobody caught (a thread's UncaughtExceptionHandler): reporting is its job.
  if (inUncaughtHandler(head, line, text.slice(0, m.index), namedFunctionAround(facts, line)?.name)) return true;
  if (openersOf(head, line, true).some((l) => ENV_CONDITION.test(l))) return true;
  // A sentence is a message for a reader, unless the same code's other prints show it is a trace (see fileFindings).
  return dumpsValues(args, m, head, line) ? false : "message";
}

// A block switched on by the environment (`if (process.env.NODE_ENV !== 'production' && !known.has(type)) {`):
// a development build's warning, as deliberate as the same test on the print's own line (ENV_GATED).
// Not any variable: `if ENV['REMOTE']` picks a set-up, it does not mark a development build.
const ENV_CONDITION =
  /^\s*(\}\s*)?(else\s+)?(if|unless|when)\b.{0,400}(process\.env\.NODE_ENV\b|process\.env\[["']NODE_ENV|import\.meta\.env\.(DEV|MODE)\b|__DEV__|(process\.env|os\.environ|os\.getenv|os\.Getenv|\bENV|env::var|getenv)\W{0,4}[A-Z_]*(DEBUG|VERBOSE|TRACE)[A-Z_]*\b)/;
// The way out of a failure branch besides THEN_FAILS: rejecting a promise, passing the error on, answering with an error status.
const FAILS_OUT =
  /^\s*(return\s+)?(await\s+)?(reject\s*\(|(next|callback|cb|done)\s*\(\s*(err|error|e|ex|new\s)|[\w.]*\.(status|sendStatus|writeHead)\s*\(\s*[45]\d\d\b|[\w.]*statusCode\s*=\s*[45]\d\d\b|[\w.]*\.(json|send)\s*\(\s*\{[^}]{0,80}\b(status\s*:\s*["']error|error\s*:)|http\.Error\s*\(|abort\s*\(\s*[45]\d\d)/;
/** Statements of a block read after a print for the failure that ends it. */
const BLOCK_REACH = 6;

// An argument that is the failure itself: the error, its stack, a status.
const FAILURE_ARGUMENT = /\b(err|error|e|ex|exc|exception|status|statusCode|stack|reason|cause)\b/;

/**
 * Whether a print says what failed: a label of its own (`'bad request'`) or the error itself. Bare values printed on
 * the way out (node-fs-extra 1ee77c8a80: `console.log(source)`, `console.log(dest)`, then the error) are someone
 * looking at them.
 */
function logsFailure(text: string, m: RegExpExecArray): boolean {
  const args = closedArguments(text.slice(m.index + m[0].length));
  return labelled(text, m) || FAILURE_ARGUMENT.test(args.replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ""));
}

/**
 * Whether the rest of the print's block ends in a failure: a throw, a rejection, an error returned or sent as the
 * response (formik a36670d06e: `console.log('bad request', res.status)` then `res.json({ status: 'error' … })` then
 * `throw`). The print logs the failure on its way out; one that swallows the error and carries on is not this.
 */
function blockThenFails(head: string[], line: number): boolean {
  const indent = /^\s*/.exec(head[line - 1] ?? "")![0].length;
  let seen = 0;
  for (let i = line; i < head.length && seen < BLOCK_REACH; i++) {
    const l = head[i];
    if (l.trim() === "") continue;
    const own = /^\s*/.exec(l)![0].length;
    if (own < indent) return false;
    seen++;
    if (own === indent && (THEN_FAILS.test(l) || FAILS_OUT.test(l))) return true;
  }
  return false;
}

// A condition: what follows `if`/`unless`/`elif`/`when`, up to where its body starts.
// (`::` is a path, not Python's colon: Rust's `if ::log::DUMP_LOGS {`.)
const CONDITION = /^\s*(?:\}\s*)?(?:else\s+)?(?:if|unless|elif|when)\b\s*\(?((?:::|[^{:]){0,200})/;
// An early way out of a function when a switch is off: `if (!DEBUG) return;`, `if not self.debug: return`, `guard debug else { return }`.
const EARLY_RETURN = /^\s*(?:if|unless|guard)\b[^\n]{0,200}\breturn\b/;
// The words of a switch that turns a deliberate debug channel on: `DEBUG`, `self._verbose`, `isDebugEnabled()`, `kTrace`.
// `dump`/`logs`: a constant that switches a log dump on (rayon's `if ::log::DUMP_LOGS { println!(…) }`).
const SWITCH_WORDS = new Set(["debug", "debugging", "verbose", "verbosity", "trace", "tracing", "logging", "dbg", "dump", "logs"]);

const switchedBy = (condition: string) => wordsOf(condition).some((w) => SWITCH_WORDS.has(w));
// What CONDITION caught, without the body a one-line `if (flag) println(…)` or `if flag: print(…)` goes on with.
const bodyCut = (condition: string) => condition.replace(/^(\s*\(?[^()]{0,200}?\))\s*\S.*$/, "$1");

/**
 * Whether a debug or verbosity switch turns the print on (a project's own debug channel, off unless asked for):
 * a condition on its line or on a block around it names one (`if (this._debug)`, `if self.verbose_mode:`,
 * `if isDebugEnabled() {`), or the function returns early unless it is on (`if (!DEBUG) return;`).
 */
function debugSwitched(before: string, head: string[], line: number, facts: FileFacts): boolean {
  // Or a lone flag that asks for output (`if (printResult) {`, `if show_tree:`): the caller switched the print on.
  const inline = CONDITION.exec(before)?.[1];
  if (inline !== undefined && (switchedBy(inline) || outputFlag(bodyCut(inline)))) return true;
  for (const opener of openersOf(head, line)) {
    const condition = CONDITION.exec(opener)?.[1];
    if (condition !== undefined && (switchedBy(condition) || outputFlag(bodyCut(condition)))) return true;
  }
  const fn = innermostFunction(facts, line);
  if (!fn) return false;
  return head.slice(fn.start - 1, line - 1).some((l) => EARLY_RETURN.test(l) && switchedBy(l.replace(/\breturn\b.*$/, "")));
}

// A test switched off: JUnit `@Disabled`/`@Ignore`, NUnit/MSTest `[Ignore]`, xUnit `[Fact(Skip = "…")]`, Rust `#[ignore]`,
// pytest/unittest skip marks, and Jasmine/Jest/Mocha `xit`, `xdescribe`, `it.skip(`, `describe.skip(`.
const DISABLED_MARK =
  /^\s*(?:@(?:Disabled|Ignore|Ignored)\b|\[\s*(?:[\w.]+(?:\([^)]*\))?\s*,\s*)*Ignore\b|\[\s*(?:Fact|Theory|Test\w*)\s*\([^)]{0,200}\bSkip\s*=|#\[ignore\b|@pytest\.mark\.skip\b|@unittest\.skip\b)/;
// RSpec's `xit "…" do` takes no parentheses.
const DISABLED_CALL = /(?:^|[^\w.])(?:(?:xit|xtest|xdescribe|xcontext|xspecify)\s*[("']|(?:it|test|describe|context|suite|specify)\.skip\s*\()/;
// A test that skips itself before it does anything: Go's `t.Skip(…)`, minitest's `skip "…"`, unittest's `self.skipTest(…)`.
const SKIPS_ITSELF = /^\s*(?:(?:t|b|tb)\.Skip(?:Now|f)?\s*\(|skip\s*(?:\(|["'])|self\.skipTest\s*\(|pytest\.skip\s*\()/;
/** Lines over a test function or class where its attributes may sit. */
const MARKS_ABOVE = 4;
// An attribute or annotation line (`@Test`, `[Fact]`, `#[test]`), or a blank or comment line between them.
const ATTRIBUTE_LINE = /^\s*(?:@|\[|#\[|$|\/\/|#\s)/;

/** The attribute lines of the declaration on this (1-based) line: those right over it, and those its span opens with. */
function marksOf(head: string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start - 2; i >= 0 && i >= start - 1 - MARKS_ABOVE && ATTRIBUTE_LINE.test(head[i]); i--) out.push(head[i]);
  for (let i = start - 1; i < head.length && i < start - 1 + MARKS_ABOVE && ATTRIBUTE_LINE.test(head[i]); i++) out.push(head[i]);
  return out;
}

/** Whether the function around the line skips unconditionally before it: a skip at the body's own indentation, above the line. */
function skipsItself(head: string[], line: number, facts: FileFacts): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn || fn.start >= line) return false;
  const body = head.slice(fn.start, line - 1).filter((l) => l.trim() !== "");
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  return body.length > 0 && body.some((l) => indent(l) === indent(body[0]) && SKIPS_ITSELF.test(l));
}

/** Whether the line is inside a test that is switched off: a callback of `it.skip(…)`, or a function or class marked so. */
function inDisabledTest(head: string[], line: number, facts: FileFacts, before: string): boolean {
  const openers = enclosingOpeners(head, line);
  if (DISABLED_CALL.test(before) || openers.some((o) => DISABLED_CALL.test(o.text))) return true;
  if (skipsItself(head, line, facts)) return true;
  // A JUnit 3 method whose name the runner does not call (`Xtest()`, `smoke()`) is switched off by its name.
  if (facts.language === "java" && facts.functions.some((f) => f.start <= line && f.end >= line && unrunJUnit3Method(head, f.name, f.start))) return true;
  const starts = [...openers.map((o) => o.line), ...facts.functions.filter((f) => f.start <= line && f.end >= line).map((f) => f.start)];
  return starts.some((start) => marksOf(head, start).some((l) => DISABLED_MARK.test(l)));
}

/** Whether the innermost function around the line is a Thor/Rake command: `desc "…"` (or an option) sits over its `def`. */
function inDeclaredCommand(facts: FileFacts, head: string[], line: number): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn) return false;
  for (let i = fn.start - 2; i >= 0 && i >= fn.start - 6; i--) {
    if (head[i].trim() === "") continue;
    if (!COMMAND_DECLARATION.test(head[i])) return false;
    if (/^\s*(desc|task)\b/.test(head[i])) return true;
  }
  return false;
}

/** The innermost function with a name of its own around a line: a lambda's print belongs to the function that runs it. */
function namedFunctionAround(facts: FileFacts, line: number) {
  let best: FileFacts["functions"][number] | undefined;
  for (const f of facts.functions) {
    if (f.kind === "lambda" || f.kind === "callback") continue;
    if (f.start <= line && f.end >= line && (!best || f.start > best.start)) best = f;
  }
  return best;
}

function innermostFunction(facts: FileFacts, line: number) {
  let best: FileFacts["functions"][number] | undefined;
  for (const f of facts.functions) if (f.start <= line && f.end >= line && (!best || f.start > best.start)) best = f;
  return best;
}

// What a function whose only job is printing holds besides its prints: loops, locals, brackets, comments.
const PRINT_SUPPORT =
  /^\s*((for|while|foreach|loop)\b.*|[\w.]+\.(each|forEach|for_each)\b.*|(let|var|val|const|my)?\s*[\w$@,\s_]{1,80}(:=|=)(?!=).*|[}\])]+[;,]?|end|(\/\/|#|\*).*)\s*$/;

const LOOP = /^\s*(for|while|foreach|loop)\b|\.(each|forEach|for_each)\b/;

/** Whether the innermost function around the line does nothing but print (a `List()` that dumps a map, `show_tree`). */
function printingFunction(facts: FileFacts, head: string[], line: number): boolean {
  const fn = innermostFunction(facts, line);
  // A named function: a callback that only prints (`gulp.task('default', () => console.log('hello!'))`) is a stub.
  if (!fn || (fn.kind !== "function" && fn.kind !== "method") || fn.start >= fn.end || fn.end - fn.start > 15) return false;
  const body = head.slice(fn.start, fn.end - 1).filter((l) => l.trim() !== "");
  // A dump walks something: prints alone in a function (a stub, an old function) may be leftovers.
  return body.some((l) => LOOP.test(l)) && body.every((l) => DEBUG_ANY.test(l) || PRINT_SUPPORT.test(l));
}

// A dump helper's name (Bogus's test extension `Dump(this object obj)`, `dump`, `pp_tree`, `PrintDump`). Named alone it
// says too little (werkzeug's `dumpThis()` posts a paste): its body must be the print.
const DUMP_NAME = /^(?:[Dd]ump|pp|PrintDump)(?:[A-Z_\d]\w{0,40})?$/;
// A line of a function's body that is only its braces: `{`, `}`, `end`.
const BRACES_ONLY = /^\s*(?:[{}]+|end)\s*$/;

/** Whether the line is in a short function named as a dump helper whose body holds nothing but prints. */
function dumpHelper(facts: FileFacts, head: string[], line: number): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn || (fn.kind !== "function" && fn.kind !== "method") || !DUMP_NAME.test(fn.name) || fn.end - fn.start > MESSAGE_HELPER_LINES) return false;
  // Its lines under the header: a Python body has no closing line, a braced one's closing brace is left out.
  const body = head.slice(fn.start, fn.end).filter((l) => l.trim() !== "" && !BRACES_ONLY.test(l));
  return body.length > 0 && body.every(isPrint);
}

// A parameter that is text for the reader (`message: String`, `msg string`, `label: &str`): a short function
// that prints it is a helper whose job is printing (`fun measureDuration(message: String, code: () -> Unit)`).
// Its type may be anything printable: mordant's print API `fun success(message: Any?, …)` prints what it is given.
const TEXT_PARAMETER = /\b(message|msg|label|title|text)\s*(?::\s*&?[A-Za-z]|\s(?:string|String)\b)/;
/** Lines a helper that prints its message may span. */
const MESSAGE_HELPER_LINES = 8;

/** Whether the short function around the line takes a text parameter and this print prints it. */
function printsItsMessage(facts: FileFacts, head: string[], line: number, args: string): boolean {
  const fn = innermostFunction(facts, line);
  // Its body is short; its signature may be wrapped over many lines, a parameter a line.
  if (!fn || fn.bodyLines > MESSAGE_HELPER_LINES) return false;
  // The signature may start under annotations (`@UseExperimental(…)` over `fun measureDuration(message: String, …)`).
  const name = TEXT_PARAMETER.exec(head.slice(fn.start - 1, fn.start + 2).join(" "))?.[1];
  return name !== undefined && new RegExp(`\\b${name}\\b`).test(closedArguments(args.replace(/^\s*\(?/, "")));
}

/** Whether a test asserts on the print's text: its words appear on another line of the file that is not a print. */
function assertedElsewhere(opened: string, head: string[], line: number): boolean {
  const lit = /^\s*\(?\s*[a-z]{0,2}(["'`])((?:\\.|(?!\1)[^\\]){4,200})\1/.exec(opened)?.[2];
  if (!lit || !/[A-Za-z]{3,}/.test(lit) || /[{}%#$\\]/.test(lit)) return false;
  return head.some((l, i) => i !== line - 1 && l.includes(lit) && !DEBUG_ANY.test(l));
}

/** Whether the test reports a failure right after the print, once the blocks it sits in close. */
function thenTestFails(head: string[], line: number): boolean {
  const after = head.slice(line, line + 8).filter((l) => l.trim() !== "" && !DEBUG_ANY.test(l) && !CLOSER.test(l));
  return after.length > 0 && THEN_TEST_FAILS.test(after[0]);
}

// Lines that are themselves prints, skipped when looking at what follows one (`fmt.Println(err)`, `fmt.Println("")`, `return err`).
const DEBUG_ANY = /(^|[^\w.])(fmt\.Print|println!?|print!?|console\.log|puts|System\.out)\w*\s*[(! "']/;

/**
 * The texts of the lines that open the blocks enclosing this line, innermost first. With `whole`, an opener that
 * closes a condition wrapped over lines (`) {` under `if (` and its clauses) is read with those lines.
 */
function openersOf(head: string[], line: number, whole = false): string[] {
  return enclosingOpeners(head, line).map((o) => {
    if (o.text.trim() === "{") return `${lineAbove(head, o.line)} {`;
    return whole && /^\s*\)/.test(o.text) ? wrappedCondition(head, o.line) : o.text;
  });
}

/** Lines a condition may be wrapped over. */
const WRAP_REACH = 6;

/** A condition wrapped over lines, read back from its closing `) {` (1-based) to the line at its indentation that opens it. */
function wrappedCondition(head: string[], line: number): string {
  const indent = /^\s*/.exec(head[line - 1])![0].length;
  const parts = [head[line - 1].trim()];
  for (let i = line - 2; i >= 0 && i >= line - 1 - WRAP_REACH; i--) {
    parts.unshift(head[i].trim());
    if (/^\s*/.exec(head[i])![0].length <= indent) return head[i].slice(0, indent) + parts.join(" ");
  }
  return head[line - 1];
}

/** The last non-blank line above this (1-based) line: what a brace alone on its line (C#'s style) opens. */
function lineAbove(head: string[], line: number): string {
  for (let i = line - 2; i >= 0 && i >= line - 4; i--) if (head[i].trim() !== "") return head[i];
  return "";
}

// A progress message: text that ends in "..." (`"Loading native assemblies..."`, `"(from: " + path + ")..."`), then
// a word that closes it (`"done."`, `"failed."`). A test setup's deliberate output, not a value looked at.
const PROGRESS = /(\.\.\.|…)\s*(\\n)?$/;
const PROGRESS_END = /^\s*\(?\s*[a-z]{0,2}["'`]\s*(done|ok|failed|fail|error|success|finished|skipped)\s*[.!]?\s*(\\n)?["'`]\s*\)?/i;
const PROGRESS_REACH = 8;
// A progress mark: one punctuation character printed per step (roda's test helper prints `"."` for each passing
// assertion, as its runner did), with at most Python's keyword arguments (`print(".", end="", flush=True)`).
const PROGRESS_MARK = /^\s{0,8}\(?\s{0,8}(["'])[.*+#|-]\1\s*(?:,\s*\w+\s*=\s*[\w"'.]{1,40}\s*){0,3}\)?\s*;?\s*$/;

/** Whether the print is a progress message, or the word that ends one printed a few lines above. */
function progressMessage(opened: string, head: string[], line: number): boolean {
  if (endsInEllipsis(opened)) return true;
  if (!PROGRESS_END.test(opened)) return false;
  return head.slice(Math.max(0, line - 1 - PROGRESS_REACH), line - 1).some((l) => isPrint(l) && endsInEllipsis(l.slice(l.search(/\(/))));
}

function endsInEllipsis(opened: string): boolean {
  return [...closedArguments(opened.replace(/^\s*\(/, "")).matchAll(STRING_LITERAL)].some((lit) => PROGRESS.test(lit[2]));
}

// A test that captures what the code prints and asserts on it (minitest's `capture_io`/`assert_output`, pytest's
// `capsys`/`capfd`, RSpec's `expect { }.to output`, `Console.SetOut`, `System.setOut`): a fixed text its fixture prints is
// the output under test (rake's `task :a do print "a" end`, asserted to be "ba").
const CAPTURES_STDOUT =
  /\b(capture_io|capture_subprocess_io|assert_output|capsys|capfd|capture_stdout|captured_stdout|redirect_stdout)\b|\.to\s*\(?\s*output\b|\bConsole\.SetOut\s*\(|\bSystem\.setOut\s*\(/;

/** Whether the print, in a named helper that is not a test, prints only what the helper was handed: a sink's output. */
function capturedSink(facts: FileFacts, head: string[], line: number, args: string): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn || fn.testCallback || (fn.kind !== "function" && fn.kind !== "method")) return false;
  const values = withoutKeywords(closedArguments(args.replace(/^\s*\(/, "")));
  return printsWhatItIsHanded(head, fn.start, values);
}

// A writer's method (Go's `io.Writer`, a stream's `write`): what it is handed is what it must put out.
const WRITER_METHOD = /^(?:Write|WriteString|write)$/;

/**
 * Whether the print is a writer's output: the body of a `Write(p []byte)` method printing what it was handed (zerolog's
 * test `SlowWriter`, whose stdout a subprocess test reads back and asserts). Printing is how that writer writes.
 */
function writerOutput(facts: FileFacts, head: string[], line: number, args: string): boolean {
  const fn = innermostFunction(facts, line);
  if (!fn || !WRITER_METHOD.test(fn.name)) return false;
  const value = closedArguments(args.replace(/^\s*\(/, "")).trim();
  const handed = /^(?:string|str|String)\s*\(\s*(\w+)\s*\)$/.exec(value)?.[1] ?? value;
  // Its parameters follow its name (a Go method's receiver comes before it): `Write(p []byte)`, `write(self, data)`.
  const params = new RegExp(`\\b${fn.name}\\s*\\(([^)]{0,300})\\)`).exec(head.slice(fn.start - 1, fn.start + 2).join(" "))?.[1];
  return params !== undefined && /^\w+$/.test(handed) && params.split(",").some((p) => new RegExp(`^\\s*${handed}\\b`).test(p));
}

/** Whether the print's only argument is one string literal with no placeholder: a fixed text, not a value. */
function printsLiteralOnly(opened: string): boolean {
  const inside = closedArguments(opened.replace(/^\s*\(/, "")).trim();
  const lit = /^[a-z]{0,2}(["'`])((?:\\.|(?!\1)[^\\]){0,200})\1$/.exec(inside);
  return lit !== null && lit[2].replace(PLACEHOLDER, "") === lit[2].replace(/\\[nrt]/g, "");
}

/** Whether the print's output is captured into a string around it (the 20 lines before it in its block hold the capture). */
function captured(head: string[], line: number): boolean {
  return head.slice(Math.max(0, line - 20), line).some((l) => CAPTURE.test(l)) || openersOf(head, line).some((l) => CAPTURE.test(l));
}

// String literals in a print's arguments, and the placeholders and escapes that are not words in them.
const STRING_LITERAL = /[a-zA-Z]{0,2}(["'`])((?:\\.|(?!\1)[^\\]){0,400})\1/g;
const PLACEHOLDER = /\{[^{}]{0,80}\}|\$\{[^}]{0,80}\}|#\{[^}]{0,80}\}|%[-+# 0-9.*]{0,6}[a-zA-Z]|\\[nrt]|\$\w+/g;
const WORD = /[A-Za-z]{2,}/g;
/** Words in a print's own text at which it is a message for a reader, not a label on a value. */
const MESSAGE_WORDS = 3;

// A failure report: the print names what was expected and what came (`"%s: expected %s actual %s%n"`, `"expected {}
// but got {}"`), as a test that counts its mismatches before one assertion shows each of them.
const FAILURE_REPORT = /["'`][^"'`]{0,80}\bexpected\b[^"'`]{0,80}\b(?:actual|got|but|was|found|received)\b/i;

/**
 * Whether a print dumps values: it has arguments, and its string literals (if any) hold no more
 * than a short label (`"here"`, `"x:"`, `"got"`, `"{:?}"`) once placeholders are taken out. A print
 * with no argument writes a blank line; one with a sentence talks to a reader.
 */
function dumpsValues(args: string, m: RegExpExecArray, head: string[], line: number): boolean {
  let text = m[0].endsWith("(") || m[0].endsWith("[") || m[0].endsWith("{") ? args : args.replace(/^\s*\(?/, "");
  // A call whose arguments go on over the next lines.
  for (let i = line; depthOf(text) > 0 && i < line + 8 && i < head.length; i++) text += " " + head[i].trim();
  const inside = closedArguments(text);
  if (inside.trim() === "") return false;
  return literalWords(inside) < MESSAGE_WORDS;
}

/** Words in the string literals of a print's arguments, placeholders and escapes left out. */
function literalWords(args: string): number {
  let words = 0;
  for (const lit of args.matchAll(STRING_LITERAL)) words += (lit[2].replace(PLACEHOLDER, " ").match(WORD) ?? []).length;
  return words;
}

function depthOf(text: string): number {
  let depth = 1;
  for (const ch of text.replace(/(["'`])(?:\\.|(?!\1)[^\\]){0,400}\1/g, "")) depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
  return depth;
}

/** The arguments up to the call's closing bracket (or the end of the text), without a trailing comment. */
function closedArguments(text: string): string {
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === "`") i = closingQuote(text, i);
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (--depth === 0) return text.slice(0, i);
    } else if (depth === 1 && startsTrailingComment(text, i)) return text.slice(0, i);
  }
  return text;
}

/** Where the string opened at `open` closes (past the end: it does not), skipping escaped quotes. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

/** A `#` or `//` comment after white space, past the call's arguments. */
function startsTrailingComment(text: string, i: number): boolean {
  const ch = text[i];
  return (ch === "#" || (ch === "/" && text[i + 1] === "/")) && /\s/.test(text[i - 1] ?? " ");
}

/** Whether the line is in a function decorated as a command-line command (its decorators sit over its `def`). */
function inCliCommand(facts: FileFacts, head: string[], line: number): boolean {
  return facts.functions.some((f) => f.start <= line && f.end >= line && decoratorsOf(head, f.start).some((d) => CLI_COMMAND.test(d)));
}

/** The decorator lines of the function starting at this (1-based) line: those over it, and those its span opens with. */
function decoratorsOf(head: string[], start: number): string[] {
  const out: string[] = [];
  for (let i = start - 2; i >= 0 && i >= start - 8 && /^\s*@/.test(head[i]); i--) out.push(head[i]);
  for (let i = start - 1; i < head.length && i < start + 6 && /^\s*@/.test(head[i]); i++) out.push(head[i]);
  return out;
}

/** True when the enclosing block of this line (by indentation, at head) opens an error branch. */
function inErrorBranch(head: string[], line: number): boolean {
  return openersOf(head, line).some((l) => ERROR_BRANCH.test(l));
}

/**
 * The patterns that occur more often in the file at head than at base: for the others, the change
 * only moved or rewrote statements that were already there. Without a base text, all of them.
 */
function grownPatterns(patterns: DebugPattern[], head: string[] | undefined, base: string | undefined): Set<DebugPattern> {
  if (base === undefined || head === undefined) return new Set(patterns);
  const count = (lines: string[], re: RegExp) => lines.reduce((n, l) => n + (re.test(l) ? 1 : 0), 0);
  const baseLines = base.split("\n");
  return new Set(patterns.filter((p) => count(head, p.re) > count(baseLines, p.re)));
}

function patternsFor(path: string, allowOutput: (path: string) => boolean): DebugPattern[] {
  const lang = syntaxLanguageOf(path);
  const all = lang ? (BY_LANGUAGE[lang] ?? []) : [];
  if (BUILT_BUNDLE.test(path)) return [];
  const fixtureApp = (FIXTURE_DIR.test(path) && !TEST_FILE_NAME.test(path)) || TYPE_TESTS.test(path) || TYPES_TEST_NAME.test(path);
  return allowOutput(path) || fixtureApp ? all.filter((p) => !p.output) : all;
}

/** Files where a pattern appears in an added line: only these need their text (and entry point) judged. */
function debuggingFiles(files: ChangedFile[], allowOutput: (path: string) => boolean): ChangedFile[] {
  return files.filter((f) => addsPattern(f, allowOutput));
}

/** Lines a message names before it only counts the rest. */
const LINES_SHOWN = 8;

/** The other lines of a group, as the message names them: every one up to a handful, so the count can be checked. */
function lineList(lines: number[]): string {
  return lines.length <= LINES_SHOWN ? lines.join(", ") : `${lines.slice(0, LINES_SHOWN).join(", ")} and ${lines.length - LINES_SHOWN} more`;
}

/**
 * Whether an added line matches one of the file's patterns. The patterns without allow_output_in
 * (a superset) are tried first: the globs are matched only for a file where some pattern matches
 * at all, not for every file of a large change.
 */
function addsPattern(file: ChangedFile, allowOutput: (path: string) => boolean): boolean {
  const matches = (patterns: DebugPattern[]) => file.addedLines.some((l) => patterns.some((p) => p.re.test(l.text)));
  return matches(patternsFor(file.path, NO_OUTPUT_ALLOWED)) && matches(patternsFor(file.path, allowOutput));
}

const NO_OUTPUT_ALLOWED = (): boolean => false;

/**
 * The kind of leftover a call is, for grouping: `System.out.print` and `System.out.println` (and `printf`), `Console.Write`
 * and `Console.WriteLine`, `fmt.Print` and `fmt.Println`, `print()` and `println()`, Ruby's `puts`, `p` and `pp`, are one kind.
 */
function kindOf(what: string): string {
  return what.replace(/(?:ln|f|Line)(\(\)|!)?$/, "$1").replace(/^(?:puts|pp?|p?print)(\(\))?$/, "print$1");
}

/**
 * The same leftover several times in one file is one finding, on the first, that counts the rest.
 * In a test, a print clutters the test run, not production, and the fix is an assertion.
 */
function grouped(path: string, found: DebugHit[]): RawFinding[] {
  const byWhat = new Map<string, { what: string; test: boolean; stops?: string; lines: number[] }>();
  for (const f of found) {
    const key = `${f.test ? "test" : "code"} ${kindOf(f.what)}`;
    const group = byWhat.get(key) ?? { what: f.what, test: f.test, stops: f.stops, lines: [] };
    group.lines.push(f.line);
    byWhat.set(key, group);
  }
  return [...byWhat.values()]
    .map(({ what, test, stops, lines }): RawFinding => {
      if (stops !== undefined) {
        return lines.length === 1
          ? { messageId: "stops", path, line: lines[0], data: { what, effect: stops } }
          : { messageId: "stopsMany", path, line: lines[0], data: { what, more: lines.length - 1, lines: lineList(lines.slice(1)), effect: stops } };
      }
      const said = test
        ? { where: "the test run's output", instead: ", or assert on the value instead" }
        : { where: "output and logs in production", instead: ", or use the project's logger" };
      return lines.length === 1
        ? { messageId: "debug", path, line: lines[0], data: { what, ...said } }
        : { messageId: "debugMany", path, line: lines[0], data: { what, more: lines.length - 1, lines: lineList(lines.slice(1)), ...said } };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export default defineRule({
  meta: {
    id: "no-debug-statements",
    description: "Added code has no debugging leftovers (console.log, debugger, print, pdb, dbg!, puts, var_dump, binding.pry).",
    category: "readability",
    defaultSeverity: "warning",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    messages: {
      debug: "`{what}` looks like a debugging leftover: it clutters {where}. Remove it{instead}.",
      debugMany: "`{what}` looks like a debugging leftover, and {more} more like it in this file (lines {lines}): they clutter {where}. Remove them{instead}.",
      stops: "`{what}` looks like a debugging leftover: it {effect}. Remove it.",
      stopsMany: "`{what}` looks like a debugging leftover, and {more} more like it in this file (lines {lines}): each {effect}. Remove them.",
    },
  },
  options: z
    .object({
      allow_output_in: z
        .array(globOption)
        .default([
          "**/scripts/**",
          "**/bin/**",
          "**/exe/**",
          "**/cli/**",
          "**/cmd/**",
          // A command-line package named so (`sqlx-cli/`): its prints are the messages its users read (sqlx e89cb0971a).
          "**/*[-_]cli/**",
          // An examples project named for what it shows (`Quartz.Examples/`, `foo-examples/`): its output is the example's.
          "**/*[._-][Ee]xamples/**",
          "**/*[._-][Ee]xample/**",
          "**/*.[Ss]amples/**",
          // A playground (pinia's `packages/playground/`, a module's `nuxt/playground/`) is run by hand to try things out.
          "**/[Pp]layground/**",
          "**/[Pp]laygrounds/**",
          "**/*[._-][Pp]layground/**",
          // Code snippets a docs site shows (jline's `website/static/snippets/*.java`): the print is what the reader sees.
          "**/[Ss]nippets/**",
          // A program a test runs and reads the output of (arrow-kt's `suspendapp-test-app/`): printing is its job.
          "**/*[-_]test[-_]app/**",
          // A logging library's console transport, sink or appender (winston's `transports/console.js`): it writes to the console.
          "**/{transports,sinks,appenders,handlers,writers,reporters}/{console,Console,stdout,Stdout}*",
          "**/*{Console,Stdout}{Transport,Sink,Appender,Handler,Writer,Reporter}.*",
          "**/[Ee]xamples/**",
          "**/[Ee]xample/**",
          "**/[Ss]amples/**",
          "**/[Ss]ample/**",
          "**/[Ss]ample[-_]*/**",
          "**/*[-_][Ss]ample/**",
          "**/*[-_][Ss]amples/**",
          "**/[Dd]emos/**",
          "**/[Dd]emo/**",
          "**/*[._-][Dd]emo/**",
          "**/bench/**",
          "**/benches/**",
          "**/*[Bb]enchmark*/**",
          "**/*[Bb]enchmark*",
          "**/*_bench*",
          "**/[Pp]erf/**",
          "**/[Pp]erf[-_]*/**",
          "**/*[._-][Pp]erf/**",
          "**/[Pp]erformance/**",
          "**/*[._-][Pp]erformance/**",
          "**/*PerfTest*",
          "**/*PerformanceTest*",
          "**/*_perf_test*",
          "**/test_perf*",
          "**/__main__.py",
          "**/manage.py",
          "**/setup.py",
          // A Ruby native extension's mkmf script: what it prints is the build log `gem install` shows (puma 23720fe838).
          "**/extconf.rb",
          "**/Rakefile",
          "**/*.rake",
          "**/Program.cs",
          "**/[Dd]ocs/**",
          "**/[Dd]oc/**",
          "**/docs_src/**",
          "**/[Tt]utorials/**",
          "**/[Tt]utorial/**",
          "**/*Demo*",
          "**/*Sample*",
          "**/*Example*",
          "**/*[Ss]pike/**",
          "**/*[Ss]pikes/**",
          "**/[Pp]rototype/**",
          "**/[Pp]rototypes/**",
          "**/*Prototype/**",
        ])
        .describe("Globs where print/puts/console.log/System.out are the program's real output (scripts and CLIs)."),
      report_captured_test_output: z
        .boolean()
        .default(false)
        .describe("Report prints (and dbg!) in Python and Rust tests, whose runners (pytest, cargo test) show them only when a test fails."),
      report_in_printing_files: z
        .boolean()
        .default(false)
        .describe("Report prints in files (tests too) that already printed twice or more at base (off: output is part of their job)."),
    })
    .strict(),
  needs(change, opts): Needs {
    // Whether printing is a program's output depends on the whole file (a `__main__` block,
    // `package main`) and, in Rust, on the crate's root: asked only for files that print.
    // The texts at base tell a statement the change wrote from one it only moved or re-indented.
    const paths: string[] = [];
    const base: string[] = [];
    const debugging = debuggingFiles(change.files, globMatcher(opts.allow_output_in));
    for (const f of debugging) {
      if (f.status !== "added" || f.patchProblem !== undefined) paths.push(f.path);
      if (syntaxLanguageOf(f.path) === "rust") paths.push(...crateRootPaths(f.path));
      // A script a package.json script runs with node (`"pretests-only": "node mylib/async"`) prints on purpose.
      if (/\.[cm]?[jt]s$/.test(f.path)) paths.push(...packageJsonPaths(f.path));
      // A bundle a package script or rollup config writes is its inputs' code (see bundle-outputs.ts).
      paths.push(...bundleConfigPaths(f.path));
      base.push(...bundleBasePaths(f.path, change));
      // A package copied in whole is known from the whole change only: its licence's text is the per-file witness.
      const licence = f.status === "added" ? copiedPackageLicence(f.path, change) : undefined;
      if (licence !== undefined) paths.push(licence);
      base.push(...basePaths([f]), ...siblingCopyPaths(f, change), ...folderNeighbours(f, change));
    }
    // A new file may hold a block moved from a file the change deleted from: its prints are not new. Every such file,
    // parsed or not (a Groovy build script rewritten in Kotlin): printedElsewhere reads them, alone as with all rules.
    if (debugging.length > 0) base.push(...deletedFromPaths(change.files));
    // A new file that prints may be a copy of a file the repository has: its prints came with it (copy-originals.ts).
    const copies = mayHoldCopies(debugging);
    return { fileContents: [...new Set(paths)], baseContents: [...new Set(base)], ...(copies ? { copyOriginals: true } : {}) };
  },
  check(change, opts, found) {
    const globs = globMatcher(opts.allow_output_in);
    const gates = { capturedTests: !opts.report_captured_test_output, printingFiles: !opts.report_in_printing_files };
    const findings = change.files.flatMap((file) => (editedGenerated(file, found) ? [] : fileFindings(file, change, found, globs, gates)));
    // Output the change says is temporary is there knowingly, but still a leftover at merge: a notice, not silence.
    return demoteTemporaryOutput(change, findings, OUTPUT_MESSAGES);
  },
});

/**
 * An edited file a generator writes, by its header at head and at base. The engine leaves out new
 * generated files by their first added lines; an edited one is known from its texts, and only where
 * the base had the mark too: one the change writes is the author's word (see generatedByItsHeader).
 */
function editedGenerated(file: ChangedFile, found: Lookups): boolean {
  if (file.status === "added") return false;
  const head = headText(file, found);
  return head !== undefined && generatedByItsHeader(file, head, baseText(file, found));
}

/** The messages of output (a print, a dump); `stops` and `stopsMany` are breakpoints. */
const OUTPUT_MESSAGES = new Set(["debug", "debugMany"]);

/** Files beside a new file that the change edits: code split out of one of them lands in the new file. */
const MAX_NEIGHBOURS = 4;
function folderNeighbours(file: ChangedFile, change: Change): string[] {
  if (file.status !== "added") return [];
  return editedByFolder(change.files).get(folderOf(file.path)) ?? [];
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/**
 * The first MAX_NEIGHBOURS modified files directly in each folder, in the change's order. Once per
 * file list, not per new file: scanning every file of the change for each new one was quadratic
 * (1,500 new files × 3,000 paths on the bench).
 */
const editedFolders = new WeakMap<ChangedFile[], { length: number; byFolder: Map<string, string[]> }>();
function editedByFolder(files: ChangedFile[]): Map<string, string[]> {
  const known = editedFolders.get(files);
  if (known && known.length === files.length) return known.byFolder;
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    if (f.status !== "modified") continue;
    const folder = folderOf(f.path);
    const edited = byFolder.get(folder) ?? [];
    if (edited.length < MAX_NEIGHBOURS) edited.push(f.path);
    byFolder.set(folder, edited);
  }
  editedFolders.set(files, { length: files.length, byFolder });
  return byFolder;
}

// A moved line must say something of its own: `println(x)` is in many files, `println("|-> $beanDefinition")` is not.
const DISTINCT_KEY = 20;

/** Keys of the neighbours' base lines, long enough to tell a statement moved out of them, and the texts their prints print. */
function movedInKeys(file: ChangedFile, found: Lookups): ReadonlySet<string> {
  // The engine may judge the file on its own (perFile): its neighbours are known by the base texts `needs` asked for.
  if (file.status !== "added" || !found.baseContents) return new Set();
  const folder = file.path.slice(0, file.path.lastIndexOf("/") + 1);
  // A re-added file's own old text is not a neighbour's: rare, so it is read apart.
  if (found.baseContents.has(file.path)) return keysOfFolder(found.baseContents, folder, file.path);
  // Once per folder and set of base texts: a change adding 1,500 files to a folder read the folder's texts 1,500 times.
  let byFolder = folderKeys.get(found.baseContents);
  if (!byFolder) folderKeys.set(found.baseContents, (byFolder = new Map()));
  let keys = byFolder.get(folder);
  if (!keys) byFolder.set(folder, (keys = keysOfFolder(found.baseContents, folder)));
  return keys;
}

const folderKeys = new WeakMap<ReadonlyMap<string, string>, Map<string, ReadonlySet<string>>>();

/** The line keys and printed words of the base texts directly in `folder`, but the one at `except`. */
function keysOfFolder(texts: ReadonlyMap<string, string>, folder: string, except?: string): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const [path, text] of texts) {
    if (path === except || !path.startsWith(folder) || path.slice(folder.length).includes("/")) continue;
    for (const line of text.split("\n")) {
      const key = lineKey(line);
      if (key.length >= DISTINCT_KEY) keys.add(key);
      const said = printedText(line);
      if (said !== undefined) keys.add(said);
    }
  }
  return keys;
}

// What a print says, without its placeholders (`"| bound types : $types"` → `| bound types : `): the same words
// printed from a moved statement whose variable was renamed on the way.
const FIRST_LITERAL = /["'`]((?:\\.|[^"'`\\]){0,200})["'`]/;
const MIN_PRINTED = 8;

function printedText(line: string): string | undefined {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  if (lit === undefined) return undefined;
  const words = lit.replace(PLACEHOLDER, "").trim();
  return words.length >= MIN_PRINTED ? `print ${words}` : undefined;
}

// The prints of the other files the review read at base, by line and by what they print: a print the change moved
// from one of them (axum's clone backtrace, moved from `routing/tests/mod.rs` into a test helper, `{}` made `{bt}`)
// is not new. Every base text counts, not only the step's files: a per-file step holds only the file it judges.
const basePrints = new WeakMap<Lookups, Map<string, Set<string>>>();
const ALL_PATTERNS = [...new Set(Object.values(BY_LANGUAGE).flat())];
// A cheap first look that every line a pattern matches passes (the patterns are many, base texts long).
const MAY_PRINT = /print|console\.|puts|\bpp?\b|System\.|Console\.|dbg!|dump|dd\s*\(|debugger|pdb|pry|byebug|breakpoint/;
function printsAtBase(found: Lookups): Map<string, Set<string>> {
  let prints = basePrints.get(found);
  if (prints) return prints;
  prints = new Map();
  const add = (key: string, path: string) => (prints!.get(key) ?? prints!.set(key, new Set()).get(key)!).add(path);
  for (const [path, text] of found.baseContents ?? new Map<string, string>()) {
    for (const line of text.split("\n")) {
      if (!MAY_PRINT.test(line) || !ALL_PATTERNS.some((p) => p.re.test(line))) continue;
      // Only a line that says something of its own: `println(code)` is in many files, moved or not.
      if (lineKey(line).length >= DISTINCT_KEY) add(lineKey(line), path);
      const said = printedText(line);
      if (said !== undefined) add(said, path);
    }
  }
  basePrints.set(found, prints);
  return prints;
}

/** Whether another file at base held this print (the same line, or the same printed words): the change moved it. */
function printedElsewhere(file: ChangedFile, found: Lookups, text: string, said: string | undefined): boolean {
  const own = file.previousPath ?? file.path;
  const prints = printsAtBase(found);
  const from = [...(prints.get(lineKey(text)) ?? []), ...(said === undefined ? [] : (prints.get(said) ?? []))];
  return from.some((path) => path !== own);
}

/** A file's added debug statements, grouped into findings. */
/** The calibrated defaults (session 18) a team may turn off to hear more: which prints go unsaid. */
interface Gates {
  /** Prints in tests whose runner captures them (runnerCapturesTestOutput). */
  capturedTests: boolean;
  /** Prints in files, tests or not, that printed by habit at base (printedAtBase). */
  printingFiles: boolean;
}

function fileFindings(file: ChangedFile, change: Change, found: Lookups, allowOutput: (path: string) => boolean, gates: Gates): RawFinding[] {
  const scan = scanFile(file, change, found, allowOutput, gates);
  if (!scan) return [];
  const hits: DebugHit[] = [];
  let moved = 0;
  for (const { line, code } of addedCode(file, scan.facts)) {
    const text = scan.raw.get(line) ?? "";
    // A print moved here from another file of the change counts as moved, though it is not a hit.
    // (Cost, s11-rulecost: the patterns first, as most lines print nothing; the line is keyed only for a print.)
    if (scan.patterns.some((p) => p.re.test(code)) && scan.base.elsewhere(lineKey(text))) {
      moved++;
      continue;
    }
    const hit = hitOn(line, code, scan);
    if (!hit) continue;
    // A print of the file a new file copies (copy-originals.ts) came with the copy, like one moved.
    if (copiedLine(file, line, found)) {
      moved++;
      continue;
    }
    const said = printedText(text);
    if (scan.movedIn.has(lineKey(text)) || (said !== undefined && scan.movedIn.has(said))) moved++;
    else if (!printedElsewhere(file, found, text, said)) hits.push(hit);
  }
  const kept = withTraces(hits, scan.facts, scan.raw);
  // A new file split out of the one beside it: when most of its prints came along, the rest are that code's too.
  if (moved > 0 && moved >= kept.length) return [];
  return grouped(file.path, kept);
}

/**
 * The leftovers, with the prints of a sentence that sit in the same function as a leftover of the same kind: that
 * function's trace markers, said with the rest (formik 4f0aac1cdf: `console.log('no validate')` and, a branch above,
 * `console.log('no validate in ctx')`). Alone, a print of a sentence is a message for a reader.
 */
function withTraces(hits: DebugHit[], facts: FileFacts, raw: Map<number, string>): DebugHit[] {
  const fnOf = (line: number) => innermostFunction(facts, line)?.start ?? 0;
  const strong = new Set(hits.filter((h) => !h.weak).map((h) => `${h.what} ${h.test} ${fnOf(h.line)}`));
  return hits.filter((h) => !h.weak || (!REPORTS_FAILURE.test(raw.get(h.line) ?? "") && strong.has(`${h.what} ${h.test} ${fnOf(h.line)}`)));
}

// A sentence that reports a failure (`Failed to find post for slug: …`) is the program's message, whatever prints beside it.
const REPORTS_FAILURE = /\b(fail\w*|error\w*|unable|cannot|can't|could ?n[o']t|not found|invalid|missing|unknown|unexpected|unsupported|warn\w*)\b/i;

// A callback that runs as the test goes: a promise's continuation, an iteration, an event or a test's own body.
const RUNNING_CALLBACK =
  /^(then|catch|finally|each\w*|forEach|map|flatMap|filter|reduce|subscribe|on|once|addListener|tap|also|let|apply|run|use|collect|select|times|step|upto|downto|onNext|doOnNext|it|test|describe|context|specify|before\w*|after\w*|setUp|tearDown)$/;

/**
 * The call a header line's lambda is passed to, when the line opens one: the name before the innermost bracket
 * still open under the body's own (`.then(function(res) {` → `then`, `withNullableArg {` → `withNullableArg`,
 * `.each do |el|` → `each`). Undefined for a declaration or a property's value (`handleSubmit: payload => {`).
 */
function lambdaCallee(header: string): string | undefined {
  const open: Array<{ ch: string; name: string }> = [];
  const text = blankStrings(header).replace(/\bdo(\s*\|[^|]*\|)?\s*$/, "{");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "{" || ch === "[") open.push({ ch, name: /([\w$]+)\s*$/.exec(text.slice(Math.max(0, i - 80), i))?.[1] ?? "" });
    else if ((ch === ")" || ch === "}" || ch === "]") && open.length > 0) open.pop();
  }
  const body = open.pop();
  if (!body) return undefined;
  // A trailing lambda (`withNullableArg {`, `each {`) is passed to the name right before its brace.
  if (body.ch === "{" && body.name !== "" && !/^(function|fun|def|fn|func|else|do|try|finally)$/.test(body.name)) return body.name;
  return open.pop()?.name || undefined;
}
// What a function or a lambda opens its body with, as the last thing on its header line.
const BODY_OPENS = /(=>|->|\{(\s*\|[^|]{0,80}\|)?|\)\s*=|\bdo(\s*\|[^|]{0,80}\|)?|:)\s*$/;
const CLOSES = /^\s*[}\])]*\s*[;,]?\s*[}\])]*[;,]?\s*(end)?\s*$/;

/**
 * Whether the print is the whole body of a function or lambda in test code that is a placeholder: a mocked class's
 * dummy method (mockk a6286a21fe: `fun test(s: String?) { println(s) }`), a stub handler or capture block
 * (`handleSubmit: payload => { console.log(payload); }`, `withNullableArg { println(it) }`). Not a test's own body,
 * and not a callback the test runs on its way (`.then(res => { console.log(res) })`, `.each { |el| puts el.text }`).
 */
function stubBody(line: number, at: number, text: string, scan: DebugScan): boolean {
  const fn = innermostFunction(scan.facts, line);
  if (!fn || fn.testCallback || scan.facts.tests.some((t) => t.start === fn.start && t.end === fn.end)) return false;
  const after = closedArguments(text.slice(text.indexOf("(", at) + 1));
  const rest = text.slice(text.indexOf("(", at) + 1 + after.length + 1);
  if (!CLOSES.test(rest)) return false;
  if (fn.start === line) {
    // One line: the header, the print, the closers.
    const header = text.slice(0, at);
    return BODY_OPENS.test(header) && !RUNNING_CALLBACK.test(lambdaCallee(header) ?? "");
  }
  const header = scan.head[fn.start - 1] ?? "";
  if (!BODY_OPENS.test(header) || RUNNING_CALLBACK.test(lambdaCallee(header) ?? "") || scan.head[line - 2] !== header) return false;
  // Nothing else in the body: the next line that holds something closes the function.
  if (fn.end === line) return true;
  const next = scan.head.slice(line, fn.end).find((l) => l.trim() !== "");
  return next !== undefined && CLOSES.test(next) && fn.end <= line + 2;
}

/**
 * Whether the print never runs or runs only to hold a value: it follows a call that never returns (`suspendForever()`),
 * or, in a leak test's closure, it prints the one variable the closure must capture (see src/analysis/unreached-print.ts).
 */
function keptAlive(text: string, m: RegExpExecArray, line: number, test: boolean, scan: DebugScan): boolean {
  if (afterNeverReturning(scan.head, line)) return true;
  if (!test) return false;
  const fn = innermostFunction(scan.facts, line);
  const inClosure = fn?.kind === "lambda" || fn?.kind === "callback" || /\{[^{}]*$/.test(text.slice(0, m.index));
  const printed = printedArguments(text, m);
  return (
    capturesForLeakTest(scan.path, namedFunctionAround(scan.facts, line)?.name, inClosure, printed) ||
    (inClosure && capturesCountedReference(scan.head, line, printed))
  );
}

interface DebugHit {
  line: number;
  what: string;
  test: boolean;
  stops?: string;
  /** A print of a sentence: a message for a reader, unless a leftover of the same kind sits in the same function. */
  weak?: boolean;
}

/** What judging one added line of a file needs: its patterns, and what the head and base hold. */
interface DebugScan {
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
const ANY_PRINT = "*";

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
  const counts = new Map<string, number>();
  for (const line of base.split("\n")) {
    for (const p of patterns) {
      const m = p.output || p.what === "dbg!" ? p.re.exec(line) : null;
      if (!m) continue;
      const kind = kindOf(p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? ""));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      break;
    }
  }
  for (const [kind, n] of counts) if (n >= PRINT_HABIT) out.add(kind);
  return out;
}

/** Assertions with a dbg! inside at which the file's dbg! calls are its tests' habit (tracing's layer tests: 11 of 14). */
const DBG_HABIT = 3;

// A Gradle or Maven main source set (`src/main/`, Kotlin Multiplatform's `src/jvmMain/`): production code, even in a
// package or module named `test` (`koin-test/src/jvmMain/kotlin/org/koin/test/verify/`).
const MAIN_SOURCE_SET = /(^|\/)src\/(main|[a-z]\w*Main)\//;

// A Rust module file named `test.rs` or `tests.rs`: what a crate declares as `#[cfg(test)] mod test;` (rust-csv's
// `src/test.rs`, chrono's `src/datetime/tests.rs`), compiled for its tests only.
const RUST_TEST_MODULE = /(^|\/)tests?\.rs$/;
// pytest's own file of fixtures and hooks, wherever it sits: what its fixtures print, pytest captures as a test's.
const CONFTEST = /(^|\/)conftest\.py$/;

function scanFile(file: ChangedFile, change: Change, found: Lookups, allowOutput: (path: string) => boolean, gates: Gates): DebugScan | undefined {
  // Only a file where a pattern matches the raw text is worth parsing; the parser then says
  // which matches are code, so `"console.log"` in a message or a comment is not.
  if (!addsPattern(file, allowOutput)) return undefined;
  let patterns = patternsFor(file.path, allowOutput);
  // A copy of a file the repository had (a project folder duplicated): nothing in it is new.
  if (copiedFromSibling(file, change, found)) return undefined;
  // A test's input data (a formatter's sample sources) is never run: its prints are the cases.
  if (isTestInput(file.path)) return undefined;
  // A bundler's output (a package script's `--outfile=./out.js`): the prints are its inputs', judged there.
  if (bundleOutput(file.path, bundleVouchers(change, found))) return undefined;
  // A project copied in whole with its own licence (not-authored.ts's test, shared with the rules that judge
  // code: BurntSushi/toml's `internal/toml-test/` with toml-test's COPYING): its prints are upstream's. Only
  // this part of the list: a `dist/` below the root is source to this rule (see its tests).
  if (copiedPackageLicence(file.path, change) !== undefined || inWitnessedCopy(file, found)) return undefined;
  const facts = lineFacts(file, found);
  if (!facts) return undefined;
  const program = patterns.some((p) => p.output)
    ? runByPackageScript(file.path, found.fileContents)
      ? { whole: true, spans: [] }
      : programOutput(file, facts, found)
    : { whole: false, spans: [] };
  if (program.whole) patterns = patterns.filter((p) => !p.output);
  const raw = new Map(file.addedLines.map((l) => [l.line, l.text]));
  const headWhole = headText(file, found);
  // Another project's code brought in whole (a test suite "derived from FastDoubleParser", with its copyright): not the change's to edit.
  if (headWhole !== undefined && copiedIn(file, headWhole)) return undefined;
  // A Go file built only with a debug tag (`//go:build debug`) is debug tooling, printing on purpose.
  if (facts.language === "go" && builtOnlyForDebug(headWhole ?? addedLinesText(file))) return undefined;
  if (/\.[cm]?tsx?$/.test(file.path) && TYPE_TEST_TEXT.test(headWhole ?? addedLinesText(file))) return undefined;
  if (isPlaceholder(headWhole ?? addedLinesText(file))) return undefined;
  // A scratch or probe script dumps values for whoever runs it; a breakpoint there still stops that run at a prompt.
  if (isScratchScript(file.path, facts, headWhole ?? addedLinesText(file))) patterns = patterns.filter((p) => p.stops !== undefined);
  if (patterns.length === 0) return undefined;
  const head = linesOf(headWhole ?? addedLinesText(file));
  // The prints at base are kept: an added print may be one of them with its arguments edited.
  const base = baseLinesOf(file, change, found, isPrint);
  const baseWhole = baseText(file, found);
  const grew = grownPatterns(patterns, headWhole === undefined ? undefined : head, baseWhole);
  const testFile =
    (isTestPath(file.path) && (!MAIN_SOURCE_SET.test(file.path) || TEST_FILE_NAME.test(file.path))) ||
    RUST_TEST_MODULE.test(file.path) ||
    inTestSupportCrate(file.path) ||
    CONFTEST.test(file.path);
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
    restored: new Set(file.restoredLines),
    dbgHabit: dbgInAssertions(head) >= DBG_HABIT,
    habit: testFile ? printHabit(patterns, baseWhole) : new Set(),
    harness: facts.language === "python" ? pythonHarness(head, facts) : [],
    dataFrom: dataTailStart(head, facts.language),
    ownPrinters: ownPrinters(head),
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

/** The first pattern an added line of code matches, unless the line is old or its output intended. */
function hitOn(line: number, code: string, scan: DebugScan): DebugHit | undefined {
  // Moved or brought in with a block of other lines (provenance.ts): the print was the repository's before the change.
  if (scan.restored.has(line)) return undefined;
  const inProgram = scan.program.spans.some((s) => line >= s.start && line <= s.end);
  // After Ruby's `__END__` the file is data: nothing there runs (roda's benchmark kept below it).
  if (scan.dataFrom !== undefined && line >= scan.dataFrom) return undefined;
  const text = scan.raw.get(line) ?? "";
  for (const p of scan.patterns) {
    const m = matchOn(p, code, text, inProgram);
    if (!m) continue;
    // A line of a doc comment the parser lost (a Kotlin comment nesting another): its sample's print is documentation.
    // Looked at only on a match: a run of starred lines would otherwise each be scanned up to its opener.
    if (inStarredComment(scan.head, line)) return undefined;
    if (p.output && scan.ownPrinters.has(calledName(m[0]) ?? "")) return undefined;
    // The project's own print lint is told to let this line through (`# noqa: T201`, `/* eslint-disable no-console */`).
    // Not a breakpoint: one stops the program at a prompt whatever the linter is told (`breakpoint()  # noqa: T100`).
    if (p.stops === undefined && (debugLintSuppressed(scan.head, line) || scan.lintOff.some(([from, to]) => line >= from && line <= to))) return undefined;
    // Already there at base (moved, re-indented, reformatted, or the file holds no more of them than before).
    if (scan.base.has(lineKey(text)) || !scan.grew.has(p) || captured(scan.head, line) || scan.reflowed(line)) return undefined;
    // Or respelled: `print x` made `print(x)`, `$stdout.puts x` made `puts x`, the old line deleted (a syntax migration).
    if (p.output && scan.respelled(text)) return undefined;
    // A test switched off (`@Disabled`, `it.skip`, `#[ignore]`) never runs: what it would print or stop at is moot.
    if (inDisabledTest(scan.head, line, scan.facts, code.slice(0, m.index))) return undefined;
    if (!p.output && deliberateBreakpoint(code.slice(0, m.index), code.slice(m.index + m[0].length), line, scan)) return undefined;
    if (p.output && (editedPrint(text, scan) || joinsOutput(text, m, line, scan) || followsLabel(text, scan))) return undefined;
    const intended = p.output ? intendedOutput(text, m, line, scan.facts, scan.head, scan.testFile) : false;
    if (intended === true) return undefined;
    // A dump (`var_dump`) in a class whose job is output (dbal's EchoSQLLogger, "logs to the standard output using
    // echo/var_dump"): dumping is how it logs.
    if (!p.output && p.stops === undefined && inOutputClass(scan.head, line)) return undefined;
    // `assert_eq!(dbg!(x).hint(), None)`: the value an assertion checks, shown when it fails (cargo hides it when it passes).
    if (p.what === "dbg!" && (scan.dbgHabit || IN_ASSERTION.test(code.slice(0, m.index + 1)))) return undefined;
    const test = scan.testFile || scan.tests.some((t) => line >= t.start && line <= t.end);
    // Calibrated defaults (session 18): a print pytest or cargo test captures; more output from a file that prints by habit.
    if ((p.output || p.what === "dbg!") && test && scan.quietTests) return undefined;
    if (p.output && scan.printingFile) return undefined;
    // A test's placeholder: a mocked class's dummy method, a stub handler (`handleSubmit: (p) => { console.log(p) }`).
    if (p.output && test && stubBody(line, m.index, text, scan)) return undefined;
    if (p.output && test && sinkOfThrowsAssertion(text, m, line, scan.head)) return undefined;
    if (p.output && keptAlive(text, m, line, test, scan)) return undefined;
    // A stress or soak test's labelled lines are its progress report (`"$sec: done $count batches"`), a CI log's only view of the run.
    if (p.output && test && isLongRunTest(scan.path) && labelled(text, m)) return undefined;
    // Labelled prints at a test file's top level that say what host it runs on: the run's header (chalk's `host TERM=`).
    if (p.output && scan.testFile && hostBanner(scan.head, line, (l) => isPrint(l) && literalWords(l) > 0)) return undefined;
    // libtest captures a Rust test's stdout and stderr and shows them only when it fails: a print that labels what it
    // shows is the failure's context (`"testing {content_type:?}"`, a clone's backtrace), not clutter. A bare value
    // (`println!("{got}")`) is someone looking at a value, and so is `dbg!` but where it names a loop's case (testDiagnostic).
    // A label may be a variable's name (chrono's `eprintln!("s_ {:?}", s_)` beside `eprintln!("d {:?} (NaiveDate)", d)`).
    if (p.output && test && scan.facts.language === "rust" && namesValue(text, m)) return undefined;
    if ((p.output || p.what === "dbg!") && test && testDiagnostic(p, text, m, line, scan)) return undefined;
    // pytest and NUnit show a test's output only with its failure: a print beside its assertions is that failure's context.
    if (p.output && test && capturedTestPrint(scan.facts, scan.head, line, printedArguments(text, m), isPrint)) return undefined;
    const what = p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "");
    // `dbg!` too: rustls's io.rs had four at base, and its new `dbg!(plaintext_limit)` follows them (c18c486cdc, not worth saying).
    if ((p.output || p.what === "dbg!") && scan.testFile && (scan.habit.has(kindOf(what)) || scan.habit.has(ANY_PRINT))) return undefined;
    const weak = intended === "message" ? { weak: true } : {};
    return p.stops === undefined ? { line, what, test, ...weak } : { line, what, test, stops: p.stops, ...weak };
  }
  return undefined;
}

// A function named for the debugger it starts (boltons' `pdb_on_signal`, its `pdb_int_handler`): starting it is its job.
const DEBUGGER_WORDS = new Set(["pdb", "ipdb", "pudb", "debugger", "breakpoint", "pry", "byebug"]);
// Reading the environment: a variable someone must set for the code under it to run.
const READS_ENV =
  /\bprocess\.env\b|\bos\.environ\b|\bos\.getenv\b|\bos\.Getenv\b|\bENV\[|\benv::var\b|\bgetenv\b|\bSystem\.getenv\b|\bEnvironment\.GetEnvironmentVariable\b/;

/**
 * Whether a breakpoint is meant: it stops only a run someone asked for. It sits in a Python module's ad-hoc harness (its
 * `__main__` block and what that calls, run by hand), in a function named for the debugger (`pdb_on_signal`), or under a
 * condition that reads an environment variable or names a debug switch (jsonschema's `if os.environ.get("JSON_SCHEMA_DEBUG",
 * "0") != "0": breakpoint()`, added as "a permanent way to drop into a debugger"). A breakpoint under any other
 * condition (`if old_len != new_len: pdb.set_trace()`) is a leftover of a debugging session.
 */
function deliberateBreakpoint(before: string, after: string, line: number, scan: DebugScan): boolean {
  if (scan.harness.some((s) => line >= s.start && line <= s.end)) return true;
  const fn = innermostFunction(scan.facts, line);
  if (fn && !/^test/i.test(fn.name) && wordsOf(fn.name).some((w) => DEBUGGER_WORDS.has(w))) return true;
  // Before it, around it, or after it as a modifier (`binding.pry if ENV["PRY"]`).
  const modifier = /\s(?:if|unless)\s(.{1,200})$/.exec(after)?.[1];
  const conditions = [CONDITION.exec(before)?.[1], modifier, ...openersOf(scan.head, line, true).map((l) => CONDITION.exec(l)?.[1])];
  return conditions.some((c) => c !== undefined && (READS_ENV.test(c) || switchedBy(c)));
}

// An assertion that the code handed to it throws: xUnit/NUnit's `Assert.Throws<E>(() => …)`, JUnit's `assertThrows(E.class, () -> …)`,
// Kotlin's `assertFailsWith<E> { … }`, kotest's `shouldThrow<E> { … }`, Ruby's `assert_raises(E) { … }` and `expect { … }.to raise_error`,
// Python's `with pytest.raises(E):`, Jest's `expect(() => …).toThrow()`.
const THROWS_ASSERTION =
  /\b(Assert\.(Throws|ThrowsAsync|ThrowsAny|ThrowsAnyAsync|ThrowsException|Catch|CatchAsync)|assertThrows|assertFailsWith|assertFails|shouldThrow\w*|expectThrows|assert_raises|assertRaises|pytest\.raises)\b|\bexpect\s*(\{|do\b|\(\s*(\(\s*\)\s*=>|function\s*\(\s*\)))/;

/**
 * Whether the print is the sink of an exception assertion: right inside the code handed to `Assert.Throws(() => …)`, it
 * makes a value be computed (Moq a18403c135: `Console.WriteLine(new Mock<C>(25, true).Object)`, as C# cannot state a bare
 * property read), and the assertion is that this throws. Its output never comes: a value looked at is printed elsewhere.
 */
function sinkOfThrowsAssertion(text: string, m: RegExpExecArray, line: number, head: string[]): boolean {
  const opened = "(" + text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  if (printsLiteralOnly(opened)) return false;
  return THROWS_ASSERTION.test(text.slice(0, m.index)) || THROWS_ASSERTION.test(openersOf(head, line)[0] ?? "");
}

function isPrint(line: string): boolean {
  return MAY_PRINT.test(line) && ALL_PATTERNS.some((p) => p.re.test(line));
}

/**
 * Whether the print was at base with other arguments (`"Using Connectionstring: {0}", ConnectionString` made
 * `…, provider.GetConnectionString()`): the file prints those words no more often than before, so the change
 * edited an old print, it did not add one.
 */
function editedPrint(text: string, scan: DebugScan): boolean {
  const said = printedText(text);
  if (said === undefined) return false;
  const before = scan.base.kept.filter((k) => printedText(k.text) === said).length;
  return before > 0 && scan.head.filter((l) => printedText(l) === said && isPrint(l)).length <= before;
}

/** Prints of one label the file must hold at base for the label to be its output channel. */
const LABEL_CHANNEL = 2;

/** A print's label: its first string literal without placeholders, when it holds a word (`"SQL: "` → `SQL:`). */
function labelOf(line: string): string | undefined {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  const label = lit?.replace(PLACEHOLDER, " ").replace(/\s+/g, " ").trim();
  return label !== undefined && /[A-Za-z]{2,}/.test(label) ? label : undefined;
}

/**
 * Whether the print carries a label the file's prints already used at base, twice or more (Exposed 765940b0ca: a third
 * `println("SQL: " + ddl)` beside the two that echoed every statement): it writes to an output the file already has, an
 * SQL echo, a trace of its own. Whether that output should exist is a question for the lines already there.
 */
function followsLabel(text: string, scan: DebugScan): boolean {
  // In a test file a habit is told by the kind of print (printHabit): there a label repeated twice is two looks at values.
  const label = scan.testFile ? undefined : labelOf(text);
  if (label === undefined) return false;
  return (baseLabelsOf(scan.base).get(label) ?? 0) >= LABEL_CHANNEL;
}

// The labels of a file's prints at base, counted once per file (its kept lines), not once per added print.
const baseLabels = new WeakMap<BaseLines, Map<string, number>>();
function baseLabelsOf(base: BaseLines): Map<string, number> {
  let counts = baseLabels.get(base);
  if (counts) return counts;
  counts = new Map();
  for (const k of base.kept) {
    const label = labelOf(k.text);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  baseLabels.set(base, counts);
  return counts;
}

/** Lines either side of an added print where the prints already there make it one line of an existing output. */
const OUTPUT_RUN_REACH = 4;
const OUTPUT_RUN = 2;

/**
 * Whether a labelled print joins output the block already had: two or more old prints beside it, at its indentation
 * (a test setup's environment banner, `"Dapper: …"`, `"CoreCLR"`, gains `"Using Provider: {0}"`). The output is
 * deliberate; whether it should be is a question for the lines already there.
 */
function joinsOutput(text: string, m: RegExpExecArray, line: number, scan: DebugScan): boolean {
  if (!labelled(text, m)) return false;
  const indent = /^\s*/.exec(text)![0];
  let old = 0;
  for (let i = Math.max(1, line - OUTPUT_RUN_REACH); i <= line + OUTPUT_RUN_REACH && i <= scan.head.length; i++) {
    const l = scan.head[i - 1];
    if (i === line || scan.raw.has(i) || !l.startsWith(indent) || /^\s/.test(l.slice(indent.length))) continue;
    if (scan.patterns.some((p) => p.output && p.re.test(l))) old++;
  }
  return old >= OUTPUT_RUN;
}

/** Whether a print's text names what it prints: a letter of its own besides placeholders (`"s_ {:?}"`, not `"{got}"`). */
function namesValue(text: string, m: RegExpExecArray): boolean {
  const after = closedArguments(text.slice(m.index + m[0].length));
  return [...after.matchAll(STRING_LITERAL)].some((lit) => /[A-Za-z]/.test(lit[2].replace(PLACEHOLDER, " ")));
}

// A keyword argument of a Python print (`file=sys.stderr`, `end=""`): where it prints, not what.
const KEYWORD_ARGUMENT = /^\s*\w+\s*=[^=]/;

/** A print's arguments without its keyword arguments: what it prints. */
function withoutKeywords(inside: string): string {
  return inside
    .split(",")
    .filter((a) => !KEYWORD_ARGUMENT.test(a))
    .join(",");
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
  return scan.facts.language === "python" && /^\s*repr\s*\([^]*\)\s*$/.test(values);
}

/** What a print call is handed, up to its closing bracket. */
function callArguments(text: string, m: RegExpExecArray): string {
  const after = text.slice(m.index + m[0].length);
  return closedArguments(/[([{]$/.test(m[0]) ? after : after.replace(/^\s*\(/, ""));
}

/** What a print prints: its arguments without keyword arguments (`end=""`, `file=sys.stderr`). */
function printedArguments(text: string, m: RegExpExecArray): string {
  return withoutKeywords(callArguments(text, m));
}

/** Whether a print's text holds a word of its own besides placeholders (`"testing {x:?}"`, not `"{got}"`). */
function labelled(text: string, m: RegExpExecArray): boolean {
  return literalWords(text.slice(m.index + m[0].length)) > 0;
}

const IN_ASSERTION = /\b(debug_)?assert\w*!\s*[([]/;
const DBG_IN_ASSERTION = /\b(debug_)?assert\w*!\s*[([].{0,200}\bdbg!\s*\(/;

function dbgInAssertions(head: string[]): number {
  return head.reduce((n, l) => n + (DBG_IN_ASSERTION.test(l) ? 1 : 0), 0);
}

/** A pattern's match on a line of code, unless it is output a program or an environment switch means. */
function matchOn(p: DebugPattern, code: string, text: string, inProgram: boolean): RegExpExecArray | undefined {
  if (p.output && inProgram) return undefined;
  const m = p.re.exec(code);
  if (!m || (p.accept && !p.accept(text, m))) return undefined;
  if (p.output && ENV_GATED.test(lineHead(code.slice(0, m.index)))) return undefined;
  return m;
}

import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { headText } from "../syntax/change-facts.js";
import type { FileFacts, Span } from "../syntax/facts.js";
import { addedLinesText } from "../syntax/line-view.js";
import { isTestPath } from "../text/test-conventions.js";
import { linesOf } from "../text/text-lines.js";
import { buildsOptionParser } from "./option-parser-file.js";

/**
 * Where printing is a program's job rather than a debugging leftover: a program's entry point and
 * what it runs (a Python `if __name__ == "__main__":` block, and the whole module when that block
 * calls the module's own `main()`, as `python -m requests.help` does), Go `package main`, a Rust
 * binary (`main.rs`, `src/bin/`, `build.rs`, a module of a crate whose root is `main.rs`), a
 * script with a shebang, a Ruby `if __FILE__ == $0` script, a JS `require.main === module`
 * script, a file that defines the program's `main`, and Go `Example` tests (their output is the
 * assertion). Path conventions (bin/, cmd/, cli/, scripts/) are the rule's `allow_output_in`.
 */
export interface ProgramOutput {
  /** Output anywhere in the file is the program's. */
  whole: boolean;
  /** Lines where output is the program's (an entry-point block, an Example test). */
  spans: Span[];
}

const NONE: ProgramOutput = { whole: false, spans: [] };
const WHOLE: ProgramOutput = { whole: true, spans: [] };

const SHEBANG = /^#!\s{0,8}\S/;
const PY_MAIN_GUARD = /^if\s+(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*:/;
const RUBY_MAIN_GUARD = /^\s*(?:if|unless)\s+(?:__FILE__\s*==\s*\$(?:0|PROGRAM_NAME)|\$(?:0|PROGRAM_NAME)\s*==\s*__FILE__)\b/m;
// CommonJS `require.main === module`, Deno/Bun `import.meta.main`, and the ES-module idioms that compare the module's
// URL or file with the script node was asked to run (`import.meta.url === pathToFileURL(process.argv[1]).href`).
const JS_MAIN_GUARD =
  /\brequire\.main\s*===?\s*module\b|\bimport\.meta\.main\b|\bimport\.meta\.(?:url|filename)\b[^\n]{0,120}\bprocess\.argv\s*\[\s*1\s*\]|\bprocess\.argv\s*\[\s*1\s*\][^\n]{0,120}\bimport\.meta\.(?:url|filename)\b/;
const GO_PACKAGE_MAIN = /^package\s+main\b/m;
const RUST_BINARY_PATH = /(^|\/)(main\.rs|build\.rs)$|(^|\/)src\/bin\/|(^|\/)(examples|benches)\//;

/** Paths whose text (at head) tells whether a Rust module belongs to a binary crate. */
export function crateRootPaths(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  const out: string[] = [];
  for (let n = parts.length; n >= 0 && out.length < 16; n--) {
    const dir = parts.slice(0, n).join("/");
    out.push(dir ? `${dir}/lib.rs` : "lib.rs", dir ? `${dir}/main.rs` : "main.rs");
  }
  return out;
}

// A test that measures rather than checks: NUnit `[Test, Explicit]` (run only by hand), a
// performance category, BenchmarkDotNet/JMH `[Benchmark]`/`@Benchmark`, Rust `#[bench]`, a pytest
// benchmark mark. Printing its timings is its job (AutoMapper's Raw/MethodInfo/LCG timings).
const MEASURING_MARK =
  /\[\s*(?:[\w.]+(?:\([^)]*\))?\s*,\s*)*(?:Explicit|Benchmark)\b|\[\s*(?:[\w.]+\s*,\s*)*Category\(\s*"(?:perf\w*|performance|benchmarks?|timing|slow)"|@(?:Benchmark\b|Tag\(\s*"(?:perf\w*|performance|benchmarks?)")|#\[bench\]|@pytest\.mark\.(?:benchmark|perf\w*)\b/i;
// A test named for what it measures: `TestPerformance`, `test_parse_perf`, `BenchmarkEncode` (Go), `TimingTest`.
const MEASURING_NAME = /(^|_|[a-z])(Perf|perf|Performance|performance|Benchmark|benchmark|Timing|timing)([A-Z_\d]|$)/;
// Lines over a function's first line where its attributes may sit, when the parser starts it below them.
const ATTRIBUTE_LINES = 3;

/** Functions (by their spans) that measure rather than check: printing their figures is what they are for. */
function measuringFunctions(facts: FileFacts, lines: string[]): Span[] {
  return facts.functions.filter((f) => {
    if (f.kind === "lambda") return false;
    if (MEASURING_NAME.test(f.name) && (f.testCallback || /^Benchmark/.test(f.name))) return true;
    const head = lines.slice(Math.max(0, f.start - 1 - ATTRIBUTE_LINES), f.start + 1);
    return head.some((l) => MEASURING_MARK.test(l));
  });
}

/** Where in this file printing is the program's output; `facts` come from the whole file when at hand. */
export function programOutput(file: ChangedFile, facts: FileFacts, found: Lookups): ProgramOutput {
  const text = headText(file, found) ?? addedLinesText(file);
  if (SHEBANG.test(text) || experimentScript(file.path, text)) return WHOLE;
  const lines = linesOf(text);
  if (readsCommandLine(facts, lines) || buildsOptionParser(file.path, facts.language, text)) return WHOLE;
  // A try-out script that exports is loaded by others, and its prints run there (node-glob's exporting `test/test.js`).
  const tryOut = tryOutScript(file.path, text, facts) && !MODULE_OF_OTHERS.test(text);
  if (showcaseScript(file.path, text, facts) || tryOut || benchmarkScript(file.path, text) || buildScript(file.path, text)) return WHOLE;
  const own = entryPoint(file, facts, found, text);
  const extra = [...measuringFunctions(facts, lines), ...interactiveFunctions(facts, lines)];
  return own.whole || extra.length === 0 ? own : { whole: false, spans: [...own.spans, ...extra] };
}

// An opening comment that says the file is for trying things out: "# Minimal, for experimentation", "// scratchpad".
const EXPERIMENT_HEADER =
  /^[ \t]*(?:#|\/\/|\/\*+|\*)[^\n]{0,60}?\b(?:for\s+experiment(?:ation|ing)|experimental\s+script|scratch\s*(?:file|script|pad)|playground|toy\s+(?:client|server|script|program))\b/i;

/**
 * A script at the repository's root whose first line says it is for experimenting (h11's `client.py`, "# Minimal, for
 * experimentation", beside the `h11/` package: its `print(event)` judged *wrong* as a leftover on set 45). What it
 * prints is what its author runs it to see. Only at the root: a package's module saying so is still the package's.
 */
function experimentScript(path: string, text: string): boolean {
  if (path.includes("/") || isTestPath(path)) return false;
  const first = /^\s*([^\n]*)/.exec(text.slice(0, 2000))?.[1] ?? "";
  return EXPERIMENT_HEADER.test(first);
}

// A script named for showing something off or trying it out (structlog's `show_off.py`, `demo.js`, `example_usage.rb`,
// `try_parser.py`, `bench_io.py`), or kept in a folder of such scripts (`compare/`, `demo/`, `playground/`). Not
// `random_sample.py`: a sample or a bench as a suffix names what a library module computes.
const SHOWCASE_NAME =
  /^(?:demo|show[-_]?off|showcase|examples?|samples?|bench|play|playground|scratch|sandbox)(?:[-_.]|$)|^try[-_]|[-_](?:demo|example|showcase)s?$/i;
const SHOWCASE_DIR = /(^|\/)(?:compare|comparisons?|demos?|playground|sandbox|scratch|showcase)\//i;
// A statement at column 0 that runs something: a call (`log.info(…)`, `main()`), a loop, a `with` or `try` block,
// a Ruby `puts`/`p` with an argument. Assignments, imports and definitions alone are a module of helpers.
const TOP_LEVEL_RUN: Partial<Record<string, RegExp>> = {
  python: /^(?:[A-Za-z_][\w.]{0,80}\s*\(|for\s|while\s|with\s|try\s*:)/m,
  // A call on a receiver (`Foo.configure do`, `log.info "x"`) or a print; not `require`, `class` or `def`.
  ruby: /^(?:[A-Za-z_]\w{0,60}(?:\.|::)\w[\w.:]{0,80}[\s(]|(?:puts|pp?|print)[\s(])/m,
  javascript: /^(?:await\s+)?[A-Za-z_$][\w.$]{0,80}\s*\(|^(?:for|while)\s*\(/m,
  typescript: /^(?:await\s+)?[A-Za-z_$][\w.$]{0,80}\s*\(|^(?:for|while)\s*\(/m,
  php: /^(?:\$\w+->|[A-Za-z_][\w\\]{0,80}::|[A-Za-z_]\w{0,80}\s*\()/m,
};
// C# top-level statements (a C# 9 program with no `Main`): a statement at column 0, where a file of classes holds only
// `using`, `namespace`, attributes and declarations.
const CSHARP_TOP_LEVEL = /^(?:await\s+|var\s+\w+\s*=|Console\.\w+\s*\()/m;

/**
 * A stand-alone script that shows something off (structlog's `show_off.py`, run for the README's screenshot): named or
 * kept as a demo, not a test, exporting nothing, and doing its work at its top level. What it prints is what it is for.
 */
export function showcaseScript(path: string, text: string, facts: { language: string }): boolean {
  if (isTestPath(path) || COLLECTED_NAME.test(path)) return false;
  const runs = TOP_LEVEL_RUN[facts.language === "tsx" ? "typescript" : facts.language];
  if (!runs) return false;
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  if (!SHOWCASE_NAME.test(name) && !SHOWCASE_DIR.test(path)) return false;
  return runs.test(text) && !MODULE_OF_OTHERS.test(text) && !DECLARES_TESTS.test(text) && !PY_DECLARES_TESTS.test(text);
}

// A file named only `test` or for a person's try-outs (drizzle's `integration-tests/tests/test.ts`, `test_dan.ts`,
// `test_andrew.ts`; `drizzle-orm-pg/src/test.ts`).
const TRY_OUT_NAME = /^tests?(?:[-_][A-Za-z]\w{0,30})?$/;
// What it would check with. Not probeScript's CHECKS: a try-out's `main().catch(e => process.exit(1))` exits on failure.
const TRY_OUT_CHECKS = /\bassert\w*\b|\bexpect\s*\(|\bshould\b/;

/**
 * A try-out script named `test` (drizzle's `test_dan.ts`: tables declared, then a `main()` that runs queries and
 * prints them, with earlier tries commented out between): it declares no test and checks nothing, so no runner runs
 * it as one; it runs at its top level. What it prints and what it switched off are its author's experiments (judged
 * not worth saying four times, set 28).
 */
export function tryOutScript(path: string, text: string, facts: { language: string; tests?: unknown[] }): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  if (!TRY_OUT_NAME.test(name) || (facts.tests?.length ?? 0) > 0) return false;
  const runs = TOP_LEVEL_RUN[facts.language === "tsx" ? "typescript" : facts.language];
  if (!runs || facts.language === "ruby" || facts.language === "php") return false;
  return runs.test(text) && !TRY_OUT_CHECKS.test(text) && !DECLARES_TESTS.test(text) && !PY_DECLARES_TESTS.test(text) && !TEST_FRAMEWORK.test(text);
}

// A benchmark script by its name (p-queue's root `bench.js`, `bench-parse.py`, `perf.rb`): what it prints is its figures.
// (A `benchmark…` name or a `bench/` folder is the rule's allow_output_in; Go and Rust benchmarks are their functions.)
const BENCH_NAME = /^(?:bench(?:mark)?s?|perf)(?:[-_.][\w.-]{0,60})?$/i;

/** A benchmark script, not a test a runner collects: reporting its timings is its job (`suite.on('cycle', e => console.log(…))`). */
// A package's build script run by hand or by npm (zod's `packages/zod/build.mts`, judged set 16: `console.log("DONE.")`
// is its completion message): it exports nothing, so no library code loads it.
const BUILD_SCRIPT = /(^|\/)(?:build|bundle|release|publish|prepublish|postinstall|prepare)\.[cm]?[jt]s$/;

function buildScript(path: string, text: string): boolean {
  return BUILD_SCRIPT.test(path) && !isTestPath(path) && !MODULE_OF_OTHERS.test(text);
}

function benchmarkScript(path: string, text: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  if (!BENCH_NAME.test(name) || isTestPath(path) || COLLECTED_NAME.test(path)) return false;
  return !DECLARES_TESTS.test(text) && !PY_DECLARES_TESTS.test(text);
}

// What a script's top-level code reads its command line with: Python's `sys.argv` or an argument parser, Ruby's
// `ARGV`. (PHP's dumps are no program's output.) (A JS script's `process.argv` is runnableScript's; Go, Java, Kotlin and C# read theirs in `main`.)
const READS_ARGV: Partial<Record<string, RegExp>> = {
  python: /\bsys\.argv\b|\b(?:argparse\.)?ArgumentParser\s*\(|\bgetopt\.getopt\s*\(|\bOptionParser\s*\(|\bdocopt\s*\(/,
  ruby: /(^|[^\w:])ARGV\b|\bOptionParser\.new\b/,
};
// A library's switch read from the command line (`if "--debug" in sys.argv:`): a flag, not the program's arguments.
const FLAG_LOOKUP = /["'][^"'\n]{0,40}["']\s+(?:not\s+)?in\s+sys\.argv\b/;

/**
 * A script whose top-level code (outside every function) reads its command line (walkdir's `compare/walk.py`:
 * `for dirpath, … in os.walk(sys.argv[1]): print(…)`): it is a program run by hand, and printing is its job.
 */
function readsCommandLine(facts: FileFacts, lines: string[]): boolean {
  const re = READS_ARGV[facts.language];
  if (!re) return false;
  const functions = facts.functions.filter((f) => f.kind === "function" || f.kind === "method" || f.kind === "constructor");
  return lines.some((l, i) => {
    const code = l.replace(/#.*$/, "");
    if (!re.test(code) || FLAG_LOOKUP.test(code)) return false;
    return !functions.some((f) => i + 1 >= f.start && i + 1 <= f.end);
  });
}

// How code reads what a user types: a prompt, stdin, a console read (JS, Python, Ruby, C#, Java, Go, Rust, Kotlin, PHP).
const READS_INPUT =
  /\bprocess\.stdin\b|(?:^|[^\w.$])readline\b|(?:^|[^\w$])\.?prompt(?:Sync)?\s*\(|(?:^|[^\w.$])(?:raw_)?input\s*\(|\bsys\.stdin\b|\bgetpass\s*\(|(?:^|[^\w.:$"'])gets(?=\s*(?:[(.)]|$))|\$stdin\b|\bSTDIN\b|\bConsole\.Read(?:Line|Key)?\s*\(|\bSystem\.in\b|\bSystem\.console\s*\(|\bos\.Stdin\b|\bfmt\.Scan\w*\s*\(|\bstdin\s*\(\s*\)|(?:^|[^\w.])(?:readLine\s*\(\s*\)|readln\s*\()/;
// A function this long is a module's wrapper (an IIFE), not one interaction.
const INTERACTION_LINES = 80;

/**
 * Functions that ask the user something (commander's `choose()`: prints a numbered menu, then prompts): the menu or
 * prompt they print is for the user, on purpose. A test's callback is not one: what it reads is the test's input.
 */
function interactiveFunctions(facts: FileFacts, lines: string[]): Span[] {
  return facts.functions.filter((f) => {
    if (f.testCallback || f.end - f.start > INTERACTION_LINES) return false;
    for (let i = f.start - 1; i < Math.min(f.end, lines.length); i++) if (readsInput(lines[i])) return true;
    return false;
  });
}

/**
 * A line that reads input, outside a comment line. The raw line is tested first: a comment line
 * is blanked whole and READS_INPUT matches no empty line, so only a line that matches raw can match
 * (s20: every line of every function of a file that prints was blanked and tested).
 */
function readsInput(line: string): boolean {
  return READS_INPUT.test(line) && READS_INPUT.test(line.replace(/^\s*(?:\/\/|#|\*).*$/, ""));
}

const JVM = new Set(["java", "kotlin"]);

function entryPoint(file: ChangedFile, facts: FileFacts, found: Lookups, text: string): ProgramOutput {
  // A Java agent's `premain`/`agentmain` is an entry point too: the JVM runs it at start-up (handlebars' ParboiledAgent).
  const definesMain = facts.functions.some(
    (f) => f.name === "main" || f.name === "Main" || ((f.name === "premain" || f.name === "agentmain") && JVM.has(facts.language)),
  );
  switch (facts.language) {
    case "python": {
      const guarded = pythonMainGuard(text, facts);
      return guarded === NONE && standaloneTestScript(file.path, text, facts) ? WHOLE : guarded;
    }
    case "go":
      if (GO_PACKAGE_MAIN.test(text)) return WHOLE;
      return file.path.endsWith("_test.go") ? { whole: false, spans: facts.functions.filter((f) => /^Example/.test(f.name)) } : NONE;
    case "rust":
      return RUST_BINARY_PATH.test(file.path) || definesMain || inBinaryCrate(file.path, found) ? WHOLE : NONE;
    case "ruby":
      return RUBY_MAIN_GUARD.test(text) || standaloneTestScript(file.path, text, facts) ? WHOLE : NONE;
    case "typescript":
    case "tsx":
    case "javascript":
      return JS_MAIN_GUARD.test(text) || runnableScript(text) || standaloneTestScript(file.path, text, facts) ? WHOLE : NONE;
    case "csharp":
      // `Main`, or top-level statements (a C# 9 program): the file is the program's entry point.
      return definesMain || (!isTestPath(file.path) && CSHARP_TOP_LEVEL.test(text)) ? WHOLE : NONE;
    default:
      // Java/Kotlin `main`: the file is the program's entry point.
      return definesMain ? WHOLE : NONE;
  }
}

/**
 * The `if __name__ == "__main__":` block (to the next line at column 0); the whole module when
 * that block calls a function the module defines (its `main()`), so the module is a program.
 */
function pythonMainGuard(text: string, facts: FileFacts): ProgramOutput {
  const lines = text.split("\n");
  const block = pythonMainBlock(lines, facts);
  if (!block) return NONE;
  const own = new Set(facts.functions.map((f) => f.name));
  const callsOwn = facts.calls.some((c) => c.line >= block.start && c.line <= block.end && own.has(c.callee));
  return callsOwn || runsOwn(lines.slice(block.start, block.end), lines, own) ? WHOLE : { whole: false, spans: [block] };
}

/**
 * The lines (1-based) of a Python module's `if __name__ == "__main__":` block, to the next line of code at column 0.
 * A triple-quoted string's lines at column 0 are the string's (boltons' harness parses a `FAKE_TB_STR = u"""…"""`).
 */
export function pythonMainBlock(lines: string[], facts: FileFacts): Span | undefined {
  const start = lines.findIndex((l) => PY_MAIN_GUARD.test(l));
  if (start < 0) return undefined;
  // Strings do not overlap: marking their inner lines costs at most the file's lines.
  const inString = new Set<number>();
  for (const s of facts.strings) for (let l = s.start + 1; l <= s.end && s.start >= start; l++) inString.add(l);
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === "" || /^[\s#]/.test(lines[end]) || inString.has(end + 1))) end++;
  return { start: start + 1, end };
}

// A name the module binds at its top level: `app = typer.Typer()`, `cli = click.Group()`.
const TOP_LEVEL_BINDING = /^([A-Za-z_]\w{0,60})\s*(?::[^=]{0,80})?=(?!=)/;

/**
 * Whether the `__main__` block hands the module's own function or object to what runs it
 * (`typer.run(main)`, `app()` where `app = typer.Typer()`): the module is a command-line program.
 */
function runsOwn(block: string[], lines: string[], functions: Set<string>): boolean {
  const own = new Set(functions);
  for (const l of lines) {
    const m = TOP_LEVEL_BINDING.exec(l);
    if (m) own.add(m[1]);
  }
  // The name called (`app()`) or passed (`typer.run(main)`), not a word in a string or an attribute.
  return block.some((l) => {
    const code = l.replace(/#.*$/, "");
    for (const w of code.matchAll(/(^|[\s(,])([A-Za-z_]\w{0,60})\s*(?=[(),])/g)) if (own.has(w[2])) return true;
    return false;
  });
}

// What a runnable JS script does with its process: sets its exit status, reads its arguments.
// (`parseArgs(…)` from node:util reads them too: undici's test/cache-interceptor/cache-tests.mjs.)
const PROCESS_INTERFACE = /\bprocess\.exitCode\s{0,4}=[^=]|\bprocess\.exit\s{0,4}\(|\bprocess\.argv\b|\bparseArgs\s{0,4}\(/;
// A test suite's declarations (`describe(`, `it(`, `test(`, `t.test(`): its output is the runner's, not its own.
const DECLARES_TESTS = /^\s{0,16}(?:describe|it|test|suite|context|specify)(?:\.\w+)?\s{0,4}\(|\b(?:tap|t)\.test\s{0,4}\(/m;

/**
 * A runnable script (pino's `test/smoke.js`: packs the package, installs it, runs it, sets
 * `process.exitCode` when that fails): it sets its exit status or reads its arguments, declares no
 * test and exports nothing. Its console output is its interface, wherever it sits.
 */
function runnableScript(text: string): boolean {
  return PROCESS_INTERFACE.test(text) && !DECLARES_TESTS.test(text) && !MODULE_OF_OTHERS.test(text);
}

// A test file a runner collects by its name (`a.test.js`, `test_a.py`, `a_test.py`, `conftest.py`): the runner's, not a script.
const COLLECTED_NAME = /(^|\/)(test_[^/]*|[^/]*_test|conftest|__init__)\.py$|[._-](test|spec)s?\.[cm]?[jt]sx?$/;
// A Python test suite's declarations: pytest functions, unittest classes.
const PY_DECLARES_TESTS = /^\s{0,16}(?:async\s+)?def\s+test\w*\s*\(|^\s{0,16}class\s+\w*Test\w*\s*[(:]|^\s{0,8}(?:import|from)\s+(?:pytest|unittest)\b/m;
// What a script does at its top level: a call, a loop, an assertion at column 0 (a module of helpers only defines).
const PY_TOP_LEVEL_STATEMENT = /^(?:[A-Za-z_][\w.]{0,80}\s*\(|for\s|while\s|with\s|assert\s|try\s*:)/m;
// What a JavaScript script checks: an assertion or a thrown error.
const JS_CHECKS = /\bassert\b|\bexpect\s*\(|\bthrow\s+new\s+\w*Error\b|\bprocess\.exit/;

/**
 * A test script run on its own (`node test/run.js`, `python tests/check_roundtrip.py`): under a test folder, not
 * named for a runner to collect, declaring no test for one, exporting nothing, and doing its work at its top level.
 * It checks things and prints what it found: the report is its interface, as a test runner's is.
 */
function standaloneTestScript(path: string, text: string, facts: FileFacts): boolean {
  if (!isTestPath(path) || COLLECTED_NAME.test(path)) return false;
  if (facts.language === "python") return !PY_DECLARES_TESTS.test(text) && PY_TOP_LEVEL_STATEMENT.test(text);
  if (facts.language === "ruby") return rubyTestScript(path, text, facts);
  if (DECLARES_TESTS.test(text) || MODULE_OF_OTHERS.test(text) || TEST_FRAMEWORK.test(text)) return false;
  // A smoke script checks nothing and prints at its top level (node-glob's `test/test.js`: `console.log(g.globSync("*"))`):
  // what it prints is what someone running it looks at.
  return JS_CHECKS.test(text) || JS_TOP_LEVEL_PRINT.test(text);
}

const JS_TOP_LEVEL_PRINT = /^console\.log\s*\(/m;

// A Ruby file a runner loads by its name: `a_test.rb`, `test_a.rb`, `a_spec.rb`, Shindo's `a_tests.rb`, a suite's helpers.
const RUBY_COLLECTED_NAME = /(^|\/)(test_[^/]*|[^/]*_(test|tests|spec)|[^/]*helper)\.rb$/;
// A Ruby suite's declarations: a test class, a spec or Shindo block (`describe "x" do`, `Shindo.tests('x') do`, `it "y"`).
const RB_DECLARES_TESTS =
  /^\s{0,16}class\s+\w*\s*<\s*[\w:]*(?:Test|TestCase|Spec)\b|^\s{0,16}(?:[\w:]+\.)?(?:describe|context|it|specify|should|tests?|test_\w+)\b\s*[('"\w:]/m;
// A definition that gives the file a role beyond running top to bottom (helpers for tests).
const RB_DEFINES = /^\s{0,16}(?:def|class|module)\s/m;
// Work at the file's top level: a call or a loop at column 0 (`x = Excon.new(…)`, `10.times do`, `p x`).
const RB_TOP_LEVEL_WORK = /^(?!require\b|require_relative\b|\$LOAD_PATH\b|#)[A-Za-z_][\w.]{0,80}(?:\s*[(.]|\s+[\w'"]|\s*=[^=])/m;

/**
 * A Ruby script kept in a test folder and run by hand (excon's first `test/test.rb`: fires ten requests at a server and
 * prints the responses): not named for a runner to load, declaring no test, defining nothing, and doing its work at
 * its top level. What it prints is what its author runs it to see.
 */
function rubyTestScript(path: string, text: string, facts: FileFacts): boolean {
  if (RUBY_COLLECTED_NAME.test(path) || facts.tests.length > 0) return false;
  return !RB_DECLARES_TESTS.test(text) && !RB_DEFINES.test(text) && RB_TOP_LEVEL_WORK.test(text);
}

// A test framework the file imports: its tests are declared through it (`import { test } from "node:test"`).
const TEST_FRAMEWORK = /\b(?:from|require\s*\()\s*["'](?:node:test|vitest|@jest\/globals|mocha|ava|tap|tape|uvu|@playwright\/test)["']/;

/** A module of a crate whose nearest root is `main.rs` (with no `lib.rs` beside or below it). */
function inBinaryCrate(path: string, found: Lookups): boolean {
  const roots = crateRootPaths(path);
  for (let i = 0; i < roots.length; i += 2) {
    if (found.fileContents.has(roots[i])) return false;
    if (found.fileContents.has(roots[i + 1])) return true;
  }
  return false;
}

// A file's only line of code: a print of a fixed text (`print("Loguru")`, `console.log('hello')`).
const ONLY_A_TEXT = /^(?:print|console\.log|puts|echo|println!?|fmt\.Println)\s*\(?\s*(["'`])[^"'`\n]{0,200}\1\s*\)?\s*;?\s*$/;
const NOT_CODE = /^\s*(?:$|#|\/\/|\/\*|\*|<\?php\s*$|package\s)/;

/** Characters past which a file is more than a placeholder. */
const PLACEHOLDER_CHARS = 4000;

/**
 * A placeholder: a file whose only code prints a fixed text (loguru's v0.0.1 `__init__.py`, `print("Loguru")`,
 * published to reserve the package's name). There is nothing for the print to be left over in: it is the file.
 */
export function isPlaceholder(text: string): boolean {
  if (text.length > PLACEHOLDER_CHARS) return false;
  const code = text.split("\n").filter((l) => !NOT_CODE.test(l));
  return code.length === 1 && ONLY_A_TEXT.test(code[0]);
}

// A declaration that gives a file a role beyond running top to bottom: a class, a module, a function.
const DECLARATION = /^\s{0,16}(?:(?:export|public|private|final|abstract|default)\s+){0,3}(?:class|interface|trait|enum|module|def|function)\s/m;
// A module others load: it exports (`module.exports`, `export`) or declares a namespace.
const MODULE_OF_OTHERS = /\bmodule\.exports\b|\bexports\.\w|^\s{0,16}export\s|^\s{0,16}namespace\s/m;
const SCRIPT_LANGUAGES = new Set(["php", "python", "ruby", "javascript", "typescript"]);

/**
 * A scratch script at the repository's root (`index_sftp.php` tinkering with an adapter): statements
 * run top to bottom, no function or class of its own, nothing exported for others to load. Dumping values is what it is for; whether the
 * file belongs in the repository is the question, not its lines.
 */
export function isScratchScript(path: string, facts: FileFacts, text: string): boolean {
  if (!SCRIPT_LANGUAGES.has(facts.language) || facts.functions.length > 0 || DECLARATION.test(text) || MODULE_OF_OTHERS.test(text)) return false;
  return !path.includes("/") || probeScript(path, text);
}

// A probe's name: `test.js`, `try.py`, `scratch.rb`, `tmp2.php`. (A test runner's files hold tests: callbacks, functions.)
const PROBE_NAME = /^(?:test|try|probe|scratch|tmp|temp)\d{0,2}$/i;
// What a test checks with: an assertion, an expectation, a thrown error, an exit status.
const CHECKS = /\bassert\w*\b|\bexpect\s*\(|\bthrow\b|\braise\b|\bexit\b/;

/**
 * A probe script in any folder (Bogus's `Source/Builder/test.js`: sets a locale, reads one value, prints it): named for
 * trying something, with no function of its own (so no test a runner could collect) and nothing it checks. It is run by
 * hand to look at a value: printing it is what it is for.
 */
function probeScript(path: string, text: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");
  return PROBE_NAME.test(name) && !CHECKS.test(text);
}

import type { CommentFact } from "../../syntax/facts.js";
import { DEBUG_PRINT } from "../kept-switches.js";
import { reportsMeasurement, switchedOffBenchmark } from "../measurement-report.js";
import { commentContent, innermost } from "./comment-lines.js";
import { type FileScan, runLines } from "./file-scan.js";

// Commented prints and imports in tests that are switches of the test's output, not leftovers.

export function allPrints(lines: string[]): boolean {
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
export function verbositySwitch(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
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

/** Commented prints in test code of a function that reads a clock, or a whole commented benchmark: a benchmark's report, switched off. */
export function measurementPrints(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
  if (!scan.testFile) return false;
  // The whole commented stretch (comments set apart by blank lines only) is read: the benchmark's setup and its
  // try/catch are parked with it. One pass over the file's comments, as runLines does for every block.
  const run = runLines(scan.facts.comments.indexOf(c), scan);
  if (switchedOffBenchmark(run.map(commentContent))) return true;
  const fn = innermost(scan.facts.functions, c.start);
  return fn !== undefined && reportsMeasurement(allPrints(codeLines), scan.headLinesAll.slice(fn.start - 1, fn.end));
}

/**
 * Commented-out prints in a Rust test (a file under `tests/`, a `#[test]` function, the `#[cfg(test)]` module):
 * libtest captures a test's output and shows it only when the test fails, so the print is the test's
 * verbosity switch, not clutter (indexmap's `//println!("{:?}", a);` in a quickcheck helper). As
 * no-debug-statements judges a live labelled one.
 */
export function capturedTestPrints(c: CommentFact, codeLines: string[], scan: FileScan): boolean {
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
export function importsOnly(lines: string[]): boolean {
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
export function debugToggles(lines: string[]): boolean {
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

import type { ChangedFile } from "../../model/change.js";
import { inPlaygroundFolder } from "../playground-folder.js";
import type { LanguageId } from "../../syntax/facts.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { lineHead } from "../../text/line-windows.js";
import { isExampleProgram } from "../example-program.js";
import { ANDROID_LOG_CALL, throwawayLogTag } from "../throwaway-log-tag.js";

// The statements no-debug-statements looks for, by language (a print, a dump, a breakpoint), and which
// of them a file's added lines hold at all: the cheap first look before any file is parsed.

export interface DebugPattern {
  re: RegExp;
  what: string;
  /** Output that is a program's job in its entry point, scripts and command-line tools (print, console.log). */
  output?: boolean;
  /** A second look at the raw line after the match (`p x` prints, `p = 1` does not). */
  accept?: (raw: string, m: RegExpExecArray) => boolean;
  /** What a statement that stops the program does instead of printing (`debugger`, `pdb.set_trace()`): its own reason. */
  stops?: string;
  /** What an example program runs to show something (`dbg!`, `binding.irb`): its output there (example-program.ts). */
  shownInExamples?: boolean;
}

// A breakpoint prints nothing: it stops the program, which is what the reader must hear.
const PAUSES_JS = "pauses execution wherever a debugger or the browser's developer tools are attached";
const STOPS_AT_PROMPT = "stops the program at an interactive debugger prompt";
// An Android Log call under a tag that names nothing (throwaway-log-tag.ts).
const ANDROID_LOG: DebugPattern = {
  re: ANDROID_LOG_CALL,
  what: "Log.$2",
  accept: throwawayLogTag,
  stops: "logs under a throwaway tag, which names no class to filter logcat by: a line put there to be spotted while watching a run",
};

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
  { re: /(^|[^\w.$])console\.(log|debug|trace|dir|dirxml|table|time|timeEnd|timeLog|count)\s*\(/, what: "console.$2", output: true },
  { re: /(^|[^\w.$])debugger\s*(;|$)/, what: "debugger", stops: PAUSES_JS },
];
const JAVA: DebugPattern[] = [{ re: /\bSystem\.(out|err)\.print(ln|f)?\s*\(/, what: "System.$1.print$2", output: true }, ANDROID_LOG];
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
    { re: /(^|[^\w])dbg!\s*\(/, what: "dbg!", shownInExamples: true },
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
    { re: /\bbinding\.(pry|irb)\b/, what: "binding.$1", stops: STOPS_AT_PROMPT, shownInExamples: true },
    { re: /(^|[^\w.])byebug\b/, what: "byebug", stops: STOPS_AT_PROMPT },
    { re: /(^|[;{|]|\b(?:then|do|else|begin)\b)\s*(puts|pp?|print)\b/, what: "$2", output: true, accept: rubyCall },
  ],
};

// Output switched on by an environment variable on the same line
// (`if (process.env.REPORT_MEMORY) console.log(…)`) is a deliberate report, not a leftover.
const ENV_GATED = /\b(if|unless|when)\b.{0,200}(process\.env\b|os\.environ\b|os\.getenv\b|os\.Getenv\b|\bENV\[|env::var\b|getenv\b)/;

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
// A root `dist/` or `build/` JS file is a bundle the build wrote (`dist/axios.js`, `dist/axios.amd.js`): its prints are the sources'.
const BUILT_BUNDLE = /^(dist|build)\/.{0,300}\.[cm]?js$/;
export const TEST_FILE_NAME = /(^|\/)(test_|spec_)[^/]*$|[._-](test|spec|e2e)s?\.\w+$|(Test|Tests|Spec)\.\w+$/;
/**
 * The patterns that occur more often in the file at head than at base: for the others, the change
 * only moved or rewrote statements that were already there. Without a base text, all of them.
 */
export function grownPatterns(patterns: DebugPattern[], head: string[] | undefined, base: string | undefined): Set<DebugPattern> {
  if (base === undefined || head === undefined) return new Set(patterns);
  const count = (lines: string[], re: RegExp) => lines.reduce((n, l) => n + (re.test(l) ? 1 : 0), 0);
  const baseLines = base.split("\n");
  return new Set(patterns.filter((p) => count(head, p.re) > count(baseLines, p.re)));
}

export function patternsFor(path: string, allowOutput: (path: string) => boolean): DebugPattern[] {
  const lang = syntaxLanguageOf(path);
  const all = lang ? (BY_LANGUAGE[lang] ?? []) : [];
  if (BUILT_BUNDLE.test(path)) return [];
  // A playground or root sandbox app (playground-folder.ts) is run by hand to try the library out: printing is what it is for.
  const fixtureApp = (FIXTURE_DIR.test(path) && !TEST_FILE_NAME.test(path)) || TYPE_TESTS.test(path) || TYPES_TEST_NAME.test(path) || inPlaygroundFolder(path);
  if (!allowOutput(path) && !fixtureApp) return all;
  const example = allowOutput(path) && isExampleProgram(path);
  return all.filter((p) => !p.output && !(example && p.shownInExamples));
}

/** Files where a pattern appears in an added line: only these need their text (and entry point) judged. */
export function debuggingFiles(files: ChangedFile[], allowOutput: (path: string) => boolean): ChangedFile[] {
  return files.filter((f) => addsPattern(f, allowOutput));
}

/**
 * Whether an added line matches one of the file's patterns. The patterns without allow_output_in
 * (a superset) are tried first: the globs are matched only for a file where some pattern matches
 * at all, not for every file of a large change.
 */
export function addsPattern(file: ChangedFile, allowOutput: (path: string) => boolean): boolean {
  const matches = (patterns: DebugPattern[]) => file.addedLines.some((l) => patterns.some((p) => p.re.test(l.text)));
  return matches(patternsFor(file.path, NO_OUTPUT_ALLOWED)) && matches(patternsFor(file.path, allowOutput));
}

const NO_OUTPUT_ALLOWED = (): boolean => false;

/**
 * The kind of leftover a call is, for grouping: `System.out.print` and `System.out.println` (and `printf`), `Console.Write`
 * and `Console.WriteLine`, `fmt.Print` and `fmt.Println`, `print()` and `println()`, Ruby's `puts`, `p` and `pp`, are one kind;
 * so are `console.time` and the `console.timeEnd` that closes it (mitmproxy a6814fec48 was told twice about one pair, set 27).
 */
export function kindOf(what: string): string {
  return what
    .replace(/(?:ln|f|Line)(\(\)|!)?$/, "$1")
    .replace(/^(?:puts|pp?|p?print)(\(\))?$/, "print$1")
    .replace(/^console\.time(?:End|Log)$/, "console.time");
}

export const ALL_PATTERNS = [...new Set(Object.values(BY_LANGUAGE).flat())];
// A cheap first look that every line a pattern matches passes (the patterns are many, base texts long).
export const MAY_PRINT = /print|console\.|puts|\bpp?\b|System\.|Console\.|dbg!|dump|dd\s*\(|debugger|pdb|pry|byebug|breakpoint/;
export function isPrint(line: string): boolean {
  return MAY_PRINT.test(line) && ALL_PATTERNS.some((p) => p.re.test(line));
}

/** A pattern's match on a line of code, unless it is output a program or an environment switch means. */
export function matchOn(p: DebugPattern, code: string, text: string, inProgram: boolean): RegExpExecArray | undefined {
  if (p.output && inProgram) return undefined;
  const m = p.re.exec(code);
  if (!m || (p.accept && !p.accept(text, m))) return undefined;
  if (p.output && ENV_GATED.test(lineHead(code.slice(0, m.index)))) return undefined;
  return m;
}

// Lines that are themselves prints, skipped when looking at what follows one (`fmt.Println(err)`, `fmt.Println("")`, `return err`).
export const DEBUG_ANY = /(^|[^\w.])(fmt\.Print|println!?|print!?|console\.log|puts|System\.out)\w*\s*[(! "']/;

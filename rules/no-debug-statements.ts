import { z } from "zod";
import { globMatcher, globOption } from "../src/config/glob-option.js";
import { defineRule, type Needs, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { crateRootPaths, programOutput } from "../src/analysis/program-output.js";
import type { LanguageId } from "../src/syntax/facts.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { lineHead } from "../src/text/line-windows.js";
import { addedCode, addedLinesText, lineFacts } from "../src/syntax/line-view.js";
import { basePaths, baseText, headText, movedFromPaths } from "../src/syntax/change-facts.js";
import { baseLinesOf, lineKey } from "../src/analysis/line-origin.js";
import { isTestPath } from "../src/text/test-conventions.js";
import type { FileFacts } from "../src/syntax/facts.js";

interface DebugPattern {
  re: RegExp;
  what: string;
  /** Output that is a program's job in its entry point, scripts and command-line tools (print, console.log). */
  output?: boolean;
  /** A second look at the raw line after the match (`p x` prints, `p = 1` does not). */
  accept?: (raw: string, m: RegExpExecArray) => boolean;
}

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
// `print_r($x, true)` returns the text instead of printing it.
const printsText = (raw: string, _m: RegExpExecArray) => !/print_r\s*\([^;]{0,400},\s*true\s*\)/i.test(raw);

const JS: DebugPattern[] = [
  { re: /(^|[^\w.$])console\.(log|debug|trace|dir|dirxml|table|time|timeEnd|count)\s*\(/, what: "console.$2", output: true },
  { re: /(^|[^\w.$])debugger\s*(;|$)/, what: "debugger" },
];
const JAVA: DebugPattern[] = [
  { re: /\bSystem\.(out|err)\.print(ln|f)?\s*\(/, what: "System.$1.print$2", output: true },
  { re: /\.printStackTrace\s*\(\s*\)/, what: "printStackTrace()" },
];
const BY_LANGUAGE: Partial<Record<LanguageId, DebugPattern[]>> = {
  typescript: JS,
  tsx: JS,
  javascript: JS,
  java: JAVA,
  kotlin: [...JAVA, { re: new RegExp(`(^|[^\\w.])${NOT_DECLARED}print(ln)?\\s*\\(`), what: "print$2()", output: true }],
  python: [
    { re: new RegExp(`(^|[^\\w.])${NOT_DECLARED}(p?print)\\s*\\(`), what: "$2()", output: true },
    { re: /\b(i?pdb|pudb)\.set_trace\s*\(/, what: "$1.set_trace()" },
    { re: /(^|[^\w.])breakpoint\s*\(\s*\)/, what: "breakpoint()" },
    { re: /^\s*import\s+i?pdb\b/, what: "import pdb" },
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
    { re: /(^|[^\w>:$])var_dump\s*\(/, what: "var_dump()" },
    { re: /(^|[^\w>:$])print_r\s*\(/, what: "print_r()", accept: printsText },
    { re: /(^|[^\w>:$])dd\s*\(/, what: "dd()" },
    { re: /(^|[^\w>:$])dump\s*\(/, what: "dump()" },
  ],
  ruby: [
    { re: /\bbinding\.(pry|irb)\b/, what: "binding.$1" },
    { re: /(^|[^\w.])byebug\b/, what: "byebug" },
    { re: /(^|[;{|]|\b(?:then|do|else|begin)\b)\s*(puts|pp?|print)\b/, what: "$2", output: true, accept: rubyCall },
  ],
};

// Output switched on by an environment variable on the same line
// (`if (process.env.REPORT_MEMORY) console.log(…)`) is a deliberate report, not a leftover.
const ENV_GATED = /\b(if|unless|when)\b.{0,200}(process\.env\b|os\.environ\b|os\.getenv\b|os\.Getenv\b|\bENV\[|env::var\b|getenv\b)/;

// A message meant for the user: a warning, a deprecation notice, a usage line. The print is the
// program talking to its user, whatever helper it goes through.
const USER_MESSAGE = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}[[*(]?\s{0,4}(warning|warn|error|deprecat\w*|usage|note|hint|fatal|notice|caution|tip)\b/i;
// Printing to stderr with a sentence: an error message for the user, not a value dumped while debugging.
const TO_STDERR = /\bsys\.stderr\b|\bSystem\.err\b|\$stderr\b|\bConsole\.Error\b|(^|[^\w:])eprint(ln)?!/;
const PROSE_ARGUMENT = /^\s{0,8}\(?\s{0,8}[a-z]{0,2}["'`]\s{0,4}[A-Za-z][a-z']{1,20}\s+[a-z']{2,20}\s+[a-z']{1,20}/;
// A function whose job is to print: `echo_output`, `printUsage`, `log_warning`, `show_help`.
const OUTPUT_HELPER =
  /(^|_|[a-z])(log|Log|warn|Warn|echo|Echo|print|Print|output|Output|report|Report|display|Display|usage|Usage|help|Help|show|Show|say|Say|announce|Announce)([A-Z_]|$)/;
// The comment under a doc sample's print that shows what it prints: `// 1`, `# => [1, 2]`, `// {`.
const EXPECTED_OUTPUT = /^\s*(\/\/|#)\s{0,8}(=>|->|[[{("'\d-]|true\b|false\b|null\b|None\b|nil\b|Output:)/;
// Fixture apps (an e2e test's sample app, a test project that checks the package installs, test data): their output is what the test watches.
const FIXTURE_DIR = /(^|\/)(e2e|fixtures?|__fixtures__|testdata|test[-_]?(apps?|projects?))\//i;
const TEST_FILE_NAME = /(^|\/)(test_|spec_)[^/]*$|[._-](test|spec|e2e)s?\.\w+$|(Test|Tests|Spec)\.\w+$/;
// The line that opens an error branch: `catch (e) {`, `} catch {`, `rescue => e`, `except Exception:`.
const ERROR_BRANCH = /(^|[\s}])(catch|rescue|except)\b|\.catch\s*\(|\bErr\s*\(/;

/**
 * Output that is meant, not left over: a message for the user (a warning, a usage line, a
 * sentence to stderr), a print inside a function whose job is printing, a doc sample's print with
 * its expected output beneath, a fixture app's output, and a test's diagnostics in its error branch.
 */
function intendedOutput(text: string, m: RegExpExecArray, line: number, facts: FileFacts, head: string[], testFile: boolean): boolean {
  const args = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
  const opened = m[0].endsWith("(") || m[0].endsWith("[") || m[0].endsWith("{") ? "(" + args : args;
  if (USER_MESSAGE.test(opened)) return true;
  if (TO_STDERR.test(text) && PROSE_ARGUMENT.test(opened)) return true;
  if (facts.functions.some((f) => f.start <= line && f.end >= line && OUTPUT_HELPER.test(f.name))) return true;
  const next = head.slice(line, line + 3).find((l) => l.trim() !== "");
  if (next !== undefined && EXPECTED_OUTPUT.test(next)) return true;
  return testFile && inErrorBranch(head, line);
}

/** True when the enclosing block of this line (by indentation, at head) opens an error branch. */
function inErrorBranch(head: string[], line: number): boolean {
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  let want = indent(head[line - 1] ?? "");
  for (let i = line - 2; i >= 0 && i >= line - 200; i--) {
    const l = head[i];
    if (l.trim() === "" || indent(l) >= want) continue;
    if (ERROR_BRANCH.test(l)) return true;
    want = indent(l);
    if (want === 0) return false;
  }
  return false;
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
  const fixtureApp = FIXTURE_DIR.test(path) && !TEST_FILE_NAME.test(path);
  return allowOutput(path) || fixtureApp ? all.filter((p) => !p.output) : all;
}

/** Files where a pattern appears in an added line: only these need their text (and entry point) judged. */
function debuggingFiles(files: ChangedFile[], allowOutput: (path: string) => boolean): ChangedFile[] {
  return files.filter((f) => {
    const patterns = patternsFor(f.path, allowOutput);
    return patterns.length > 0 && f.addedLines.some((l) => patterns.some((p) => p.re.test(l.text)));
  });
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
      debug: "`{what}` looks like a debugging leftover: it clutters output and logs in production. Remove it, or use the project's logger.",
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
          "**/[Ee]xamples/**",
          "**/[Ee]xample/**",
          "**/[Ss]amples/**",
          "**/[Dd]emos/**",
          "**/bench/**",
          "**/benches/**",
          "**/__main__.py",
          "**/manage.py",
          "**/setup.py",
          "**/Rakefile",
          "**/*.rake",
          "**/Program.cs",
          "**/[Dd]ocs/**",
          "**/[Dd]oc/**",
          "**/*Demo*",
          "**/*Sample*",
          "**/*Example*",
        ])
        .describe("Globs where print/puts/console.log/System.out are the program's real output (scripts and CLIs)."),
    })
    .strict(),
  needs(change, opts): Needs {
    // Whether printing is a program's output depends on the whole file (a `__main__` block,
    // `package main`) and, in Rust, on the crate's root: asked only for files that print.
    // The texts at base tell a statement the change wrote from one it only moved or re-indented.
    const paths: string[] = [];
    const base: string[] = [];
    for (const f of debuggingFiles(change.files, globMatcher(opts.allow_output_in))) {
      if (f.status !== "added" || f.patchProblem !== undefined) paths.push(f.path);
      if (syntaxLanguageOf(f.path) === "rust") paths.push(...crateRootPaths(f.path));
      base.push(...basePaths([f]));
    }
    if (paths.length > 0 || base.length > 0) base.push(...movedFromPaths(change.files));
    return { fileContents: paths, baseContents: [...new Set(base)] };
  },
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const allowOutput = globMatcher(opts.allow_output_in);
    for (const file of change.files) {
      let patterns = patternsFor(file.path, allowOutput);
      // Only a file where a pattern matches the raw text is worth parsing; the parser then says
      // which matches are code, so `"console.log"` in a message or a comment is not.
      if (patterns.length === 0 || !file.addedLines.some((l) => patterns.some((p) => p.re.test(l.text)))) continue;
      const facts = lineFacts(file, found);
      if (!facts) continue;
      const program = patterns.some((p) => p.output) ? programOutput(file, facts, found) : { whole: false, spans: [] };
      if (program.whole) patterns = patterns.filter((p) => !p.output);
      const raw = new Map(file.addedLines.map((l) => [l.line, l.text]));
      const headWhole = headText(file, found);
      const head = (headWhole ?? addedLinesText(file)).split("\n");
      const base = baseLinesOf(file, change, found, () => false);
      const grew = grownPatterns(patterns, headWhole === undefined ? undefined : head, baseText(file, found));
      const testFile = isTestPath(file.path);
      for (const { line, code } of addedCode(file, facts)) {
        const inProgram = program.spans.some((s) => line >= s.start && line <= s.end);
        const text = raw.get(line) ?? "";
        for (const p of patterns) {
          if (p.output && inProgram) continue;
          const m = p.re.exec(code);
          if (!m || (p.accept && !p.accept(text, m))) continue;
          if (p.output && ENV_GATED.test(lineHead(code.slice(0, m.index)))) continue;
          // Already there at base (moved, re-indented, reformatted, or the file holds no more of them than before).
          if (base.has(lineKey(text)) || !grew.has(p)) break;
          if (p.output && intendedOutput(text, m, line, facts, head, testFile)) break;
          out.push({ messageId: "debug", path: file.path, line, data: { what: p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "") } });
          break;
        }
      }
    }
    return out;
  },
});

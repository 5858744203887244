import { z } from "zod";
import { globMatcher, globOption } from "../src/config/glob-option.js";
import { defineRule, type Needs, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { crateRootPaths, programOutput } from "../src/analysis/program-output.js";
import type { LanguageId } from "../src/syntax/facts.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { lineHead } from "../src/text/line-windows.js";
import { addedCode, lineFacts } from "../src/syntax/line-view.js";

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

function patternsFor(path: string, allowOutput: (path: string) => boolean): DebugPattern[] {
  const lang = syntaxLanguageOf(path);
  const all = lang ? (BY_LANGUAGE[lang] ?? []) : [];
  return allowOutput(path) ? all.filter((p) => !p.output) : all;
}

/** Files where an output pattern appears in an added line: only these need their entry point judged. */
function printingFiles(files: ChangedFile[], allowOutput: (path: string) => boolean): ChangedFile[] {
  return files.filter((f) => {
    const output = patternsFor(f.path, allowOutput).filter((p) => p.output);
    return output.length > 0 && f.addedLines.some((l) => output.some((p) => p.re.test(l.text)));
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
        ])
        .describe("Globs where print/puts/console.log/System.out are the program's real output (scripts and CLIs)."),
    })
    .strict(),
  needs(change, opts): Needs {
    // Whether printing is a program's output depends on the whole file (a `__main__` block,
    // `package main`) and, in Rust, on the crate's root: asked only for files that print.
    const paths: string[] = [];
    for (const f of printingFiles(change.files, globMatcher(opts.allow_output_in))) {
      if (f.status !== "added" || f.patchProblem !== undefined) paths.push(f.path);
      if (syntaxLanguageOf(f.path) === "rust") paths.push(...crateRootPaths(f.path));
    }
    return { fileContents: paths };
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
      for (const { line, code } of addedCode(file, facts)) {
        const inProgram = program.spans.some((s) => line >= s.start && line <= s.end);
        for (const p of patterns) {
          if (p.output && inProgram) continue;
          const m = p.re.exec(code);
          if (!m || (p.accept && !p.accept(raw.get(line) ?? "", m))) continue;
          if (p.output && ENV_GATED.test(lineHead(code.slice(0, m.index)))) continue;
          out.push({ messageId: "debug", path: file.path, line, data: { what: p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "") } });
          break;
        }
      }
    }
    return out;
  },
});

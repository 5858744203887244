import { z } from "zod";
import { globMatcher, globOption } from "../src/config/glob-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { LanguageId } from "../src/syntax/facts.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { addedCode, lineFacts } from "../src/syntax/line-view.js";

interface DebugPattern {
  re: RegExp;
  what: string;
  /** Output that is legitimate in scripts and command-line tools (print, console.log). */
  output?: boolean;
}

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
  kotlin: JAVA,
  python: [
    { re: /(^|[^\w.])print\s*\(/, what: "print()", output: true },
    { re: /\b(i?pdb|pudb)\.set_trace\s*\(/, what: "$1.set_trace()" },
    { re: /(^|[^\w.])breakpoint\s*\(\s*\)/, what: "breakpoint()" },
    { re: /^\s*import\s+i?pdb\b/, what: "import pdb" },
  ],
  rust: [{ re: /(^|[^\w])dbg!\s*\(/, what: "dbg!" }],
  php: [
    { re: /(^|[^\w>:$])var_dump\s*\(/, what: "var_dump()" },
    { re: /(^|[^\w>:$])dd\s*\(/, what: "dd()" },
    { re: /(^|[^\w>:$])dump\s*\(/, what: "dump()" },
  ],
  ruby: [
    { re: /\bbinding\.(pry|irb)\b/, what: "binding.$1" },
    { re: /(^|[^\w.])byebug\b/, what: "byebug" },
  ],
};

export default defineRule({
  meta: {
    id: "no-debug-statements",
    description: "Added code has no debugging leftovers (console.log, debugger, print, pdb, dbg!, var_dump, binding.pry).",
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
        .default(["**/scripts/**", "**/bin/**", "**/cli/**", "**/cmd/**", "**/examples/**", "**/bench/**", "**/__main__.py", "**/manage.py"])
        .describe("Globs where print/console.log/System.out are the program's real output (scripts and CLIs)."),
    })
    .strict(),
  check(change, opts, found) {
    const out: RawFinding[] = [];
    const allowOutput = globMatcher(opts.allow_output_in);
    for (const file of change.files) {
      const lang = syntaxLanguageOf(file.path);
      const patterns = (lang ? (BY_LANGUAGE[lang] ?? []) : []).filter((p) => !(p.output && allowOutput(file.path)));
      // Only a file where a pattern matches the raw text is worth parsing; the parser then says
      // which matches are code, so `"console.log"` in a message or a comment is not.
      if (patterns.length === 0 || !file.addedLines.some((l) => patterns.some((p) => p.re.test(l.text)))) continue;
      const facts = lineFacts(file, found);
      if (!facts) continue;
      for (const { line, code } of addedCode(file, facts)) {
        for (const p of patterns) {
          const m = p.re.exec(code);
          if (!m) continue;
          out.push({ messageId: "debug", path: file.path, line, data: { what: p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "") } });
          break;
        }
      }
    }
    return out;
  },
});

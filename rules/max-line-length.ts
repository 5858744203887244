import { z } from "zod";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import { regexOption } from "../src/config/regex-option.js";
import { lineHead, testInWindows } from "../src/text/line-windows.js";
import { hasLongStringLiteral } from "../src/text/long-literal.js";
import type { ChangedFile } from "../src/model/change.js";
import type { Lookups } from "../src/engine/rule.js";
import { hasSyntax, headPaths } from "../src/syntax/change-facts.js";
import { formatterConfigPaths, formatterWidth, type FormatterWidth } from "../src/analysis/formatter-width.js";
import { isCodeFile } from "../src/text/languages.js";
import { columnsOn, lineFacts, stringsOn } from "../src/syntax/line-view.js";

// Bounded quantifiers, and long lines are searched in windows (src/text/line-windows.ts): with
// `{40,}` and `*`, one hostile line of quotes and backslashes took quadratic time (#9).
const URL = /\b[a-z][a-z0-9+.-]{0,31}:\/\/\S/i;
// Import/include lines cannot be wrapped in most languages without hurting readability.
const IMPORT = /^\s*(import\b|export\s.*\bfrom\b|from\s+\S+\s+import\b|#include\b|using\s|require[ (]|use\s|package\s)/;
// A line holding a long string or regular-expression literal (a message, a fixture, a pattern) is
// left alone when asked: such literals cannot be wrapped without making them harder to read. The
// parser finds them in the languages it knows; for the others, a linear scan finds long string
// literals (hasLongStringLiteral) and this pattern long regex literals. Its alternatives never
// overlap (an escape, or one non-backslash character), so a line of backslashes cannot make it
// backtrack.
const LONG_LITERAL = 40;
const LONG_REGEX = /(^\s{0,64}|[=(,:!&|?]\s{0,16})\/(?:\\.|\[(?:\\.|[^\]\\]){0,20}\]|[^/\\[\n]){40,300}\/[a-z]{0,8}/;

export default defineRule({
  meta: {
    id: "max-line-length",
    description: "Added lines stay within a maximum length.",
    category: "readability",
    defaultSeverity: "warning",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    messages: {
      tooLong: "Line is {length} characters long (max {max}). Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.",
      tooLongForFormatter:
        "Line is {length} characters long (max {max}, from {from}). Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.",
    },
  },
  options: z
    .object({
      max: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe(
          "Maximum line length in characters (tabs count as tab_width). When unset: the repository's formatter setting for the file (.editorconfig max_line_length, Prettier printWidth, Black/Ruff line-length, rustfmt max_width, golangci lll), else default_max.",
        ),
      default_max: z.number().int().min(1).default(120).describe("The limit when neither `max` nor a formatter setting gives one."),
      files: z
        .enum(["code", "all"])
        .default("code")
        .describe("`code`: only source files in a programming language (not YAML, JSON, CI files, Markdown or other prose); `all`: every file."),
      tab_width: z.number().int().min(1).max(16).default(4).describe("Columns a tab counts for."),
      ignore_urls: z.boolean().default(true).describe("Skip lines that contain a URL."),
      ignore_imports: z.boolean().default(true).describe("Skip import/include/use lines."),
      ignore_strings: z
        .boolean()
        .default(true)
        .describe("Skip lines holding 40+ characters of one string, template or regular-expression literal, or lying inside a multi-line one."),
      ignore_pattern: regexOption.optional().describe("Skip lines matching this RE2 regular expression."),
    })
    .strict(),
  needs(change, options) {
    // The formatter's config files, read at head in the same batch as the other lookups; only
    // when `max` is not set, and only for files with a line that any real width could exceed.
    // The file's own text too, so that a line inside a multi-line string the change did not
    // open is seen as such (function rules ask for the same texts: the batch holds them once).
    const paths = new Set<string>();
    for (const file of change.files) {
      const over = options.max ?? MIN_FORMATTER_WIDTH;
      if (!applies(file.path, options.files) || !file.addedLines.some((l) => l.text.length > over)) continue;
      if (options.max === undefined) for (const p of formatterConfigPaths(file.path)) paths.add(p);
      if (options.ignore_strings) for (const p of headPaths([file])) paths.add(p);
    }
    return { fileContents: [...paths] };
  },
  check(change, options, found) {
    const out: RawFinding[] = [];
    const ignore = options.ignore_pattern;
    for (const file of change.files) {
      if (!applies(file.path, options.files)) continue;
      const { max, from } = limitFor(file.path, options, found);
      const longLiteral = options.ignore_strings ? longLiteralLines(file, found, max) : undefined;
      for (const { line, text } of file.addedLines) {
        if (text.length <= max && !text.includes("\t")) continue;
        const length = measure(text, options.tab_width);
        if (length <= max) continue;
        if (options.ignore_urls && testInWindows(URL, text)) continue;
        if (options.ignore_imports && IMPORT.test(lineHead(text))) continue;
        if (longLiteral && (longLiteral.parsed ? longLiteral.lines.has(line) : hasLongStringLiteral(text, LONG_LITERAL) || testInWindows(LONG_REGEX, text)))
          continue;
        if (ignore && ignore.test(text)) continue;
        if (measure(withoutTrailingPragma(text), options.tab_width) <= max) continue;
        out.push(
          from
            ? { messageId: "tooLongForFormatter", path: file.path, line, data: { length, max, from } }
            : { messageId: "tooLong", path: file.path, line, data: { length, max } },
        );
      }
    }
    return out;
  },
});

/** A formatter width below this is not a real setting: shorter lines never need its config read. */
const MIN_FORMATTER_WIDTH = 72;

function applies(path: string, files: "code" | "all"): boolean {
  return files === "all" || isCodeFile(path);
}

/** The limit for one file and where it came from: `max`, else the formatter's setting, else `default_max`. */
function limitFor(path: string, options: { max?: number; default_max: number }, found: Lookups): { max: number; from?: string } {
  if (options.max !== undefined) return { max: options.max };
  const width: FormatterWidth | undefined = formatterWidth(path, found.fileContents);
  return width ?? { max: options.default_max };
}

// A trailing tool directive (`# type: ignore[…]`, `# noqa: E501`, `//nolint:…`, `// eslint-disable-line`,
// `# rubocop:disable …`, `#pragma warning`) must sit on the line it silences, so it cannot be
// wrapped; the line is judged without it, and without the explanation that follows it.
const TRAILING_PRAGMA =
  /\s(?:#|\/\/|\/\*)\s{0,4}(?:type:\s{0,4}ignore|noqa|nolint|pyright:|mypy:|pylint:|eslint-disable|@ts-|prettier-ignore|rubocop:|NOSONAR|lgtm|nosec|fmt:)/;

const PRAGMA_LINE = /^\s{0,64}#pragma\s[^/]{0,200}\/\//;

function withoutTrailingPragma(text: string): string {
  const head = lineHead(text);
  const m = TRAILING_PRAGMA.exec(head) ?? PRAGMA_LINE.exec(head);
  return m ? text.slice(0, m.index === 0 ? m[0].length - 2 : m.index) : text;
}

/** Length in code points, with tabs expanded; a line of emoji is not counted twice. */
function measure(text: string, tabWidth: number): number {
  let n = 0;
  for (const ch of text) n += ch === "\t" ? tabWidth : 1;
  return n;
}

/**
 * Added lines that hold 40+ characters of one string, template or regular-expression literal
 * (or lie inside a multi-line one), from the parser; `parsed` is false where it has no facts.
 */
function longLiteralLines(file: ChangedFile, found: Lookups, max: number): { parsed: boolean; lines: Set<number> } {
  // Only a file with a line over the limit is worth parsing for this.
  const facts = hasSyntax(file) && file.addedLines.some((l) => l.text.length > max) ? lineFacts(file, found) : undefined;
  if (!facts) return { parsed: false, lines: new Set() };
  const texts = new Map(file.addedLines.map((l) => [l.line, l.text]));
  const lines = new Set<number>();
  for (const [line, strings] of stringsOn(facts, new Set(texts.keys()))) {
    const length = texts.get(line)!.length;
    for (const s of strings) {
      const cols = columnsOn(s, line, length);
      if (cols && cols[1] - cols[0] >= LONG_LITERAL) lines.add(line);
    }
  }
  return { parsed: true, lines };
}

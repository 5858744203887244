import * as z from "zod";
import { touchedConfigs } from "../src/analysis/config-at-base.js";
import { creditedBlockLines } from "../src/analysis/credited-blocks.js";
import { formatterConfigPaths } from "../src/analysis/formatter-width.js";
import { practicePaths } from "../src/analysis/guide-practice.js";
import { fileTemplateLines } from "../src/analysis/macro-templates.js";
import { fileView, type Options } from "../src/analysis/line-length/file-view.js";
import { DIRECTIVE, firstOfItsText, report, blocks } from "../src/analysis/line-length/findings.js";
import { judge, worthSaying } from "../src/analysis/line-length/judge-line.js";
import { MIN_FORMATTER_WIDTH, applies, overLimit, judgedLimit } from "../src/analysis/line-length/limits.js";
import { overPractice, widthPractice, widthSamplePaths } from "../src/analysis/kept-width.js";
import { measure, withoutTrailingPragma } from "../src/analysis/line-length/line-text.js";
import { notAuthored } from "../src/analysis/not-authored.js";
import { saysStyleFix } from "../src/analysis/style-fix.js";
import { regexOption } from "../src/config/regex-option.js";
import { defineRule, type Lookups, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile, Change } from "../src/model/change.js";
import { isRestored } from "../src/model/restored-lines.js";
import { headPaths, basePaths, movedFromPaths } from "../src/syntax/change-facts.js";
import { syntaxLanguageOf } from "../src/syntax/grammars.js";
import { isTestInput } from "../src/text/test-conventions.js";

export default defineRule({
  meta: {
    id: "max-line-length",
    description: "Added lines stay within a maximum length.",
    category: "readability",
    defaultSeverity: "warning",
    // Judges each file on its own: the engine may run it file by file (src/engine/time-budget.ts).
    perFile: true,
    // Left until a change too big to review line by line comes in parts (src/engine/bulk-new-files.ts).
    setAsideInBulk: ["tooLong", "tooLongForFormatter", "blockTooLong", "manyTooLong"],
    messages: {
      tooLong:
        "Line is {length} characters long (max {max}){also}. Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.",
      tooLongForFormatter:
        "Line is {length} characters long (max {max}, from {from}){also}. Long lines are hard to read in reviews and side-by-side diffs; wrap it or extract a variable.",
      blockTooLong:
        "Lines {first}–{last} are too long ({limit}): {count} of them, {shortest}–{longest} characters{also}. Long lines are hard to read in reviews and side-by-side diffs; wrap them.",
      manyTooLong:
        "{count} added lines in this file are over the limit ({limit}); this is the first, the longest is {longest} characters. Long lines are hard to read in reviews and side-by-side diffs; wrap them.",
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
          "Maximum line length in characters (tabs count as tab_width). When unset: the limit the repository's own config sets for the file (.editorconfig max_line_length, Prettier printWidth, Black/Ruff line-length, rustfmt max_width, golangci lll, RuboCop Layout/LineLength, checkstyle LineLength, phpcs lineLimit, detekt MaxLineLength), else default_max; with none of them the rule says nothing.",
        ),
      default_max: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe("The limit when neither `max` nor the repository's config gives one. Unset: no limit, so the rule is quiet where the team configured none."),
      files: z
        .enum(["code", "all"])
        .default("code")
        .describe(
          "`code`: only source files in a programming language (not YAML, JSON, CI files, Markdown or other prose), and not under a root dot-folder (`.github/`, `.claude/`: tools' settings and helpers); `all`: every file.",
        ),
      tab_width: z
        .number()
        .int()
        .min(1)
        .max(16)
        .optional()
        .describe(
          "Columns a tab counts for. When unset: as the file's formatter counts them (Prettier's tabWidth, 2 by default; .editorconfig's tab_width or indent_size); 1 in Go (gofmt indents with tabs, and lll counts them as 1); else 4.",
        ),
      ignore_urls: z.boolean().default(true).describe("Skip lines that contain a URL."),
      ignore_imports: z.boolean().default(true).describe("Skip import/include/use lines."),
      ignore_strings: z
        .boolean()
        .default(true)
        .describe("Skip lines holding 40+ characters of one string, template or regular-expression literal, or lying inside a multi-line one."),
      ignore_pattern: regexOption.optional().describe("Skip lines matching this RE2 regular expression."),
      // Off by default: every comment or doc-comment prose line the judges of sets 11 and 13 saw (KDoc, XML doc `///`,
      // JSDoc, 9–35 characters over an .editorconfig or detekt width) was not worth saying. Formatters never wrap
      // comments, and projects tolerate long doc lines (fluentassertions: ~200 `///` lines over its 130); the
      // agreed findings were all code. The `strict` preset turns them back on.
      comments: z
        .boolean()
        .default(false)
        .describe(
          "Judge comment and doc-comment lines too (a whole-line comment, or a line whose code fits and only its trailing comment passes the limit). Off: only code is judged.",
        ),
      clear_margin: z
        .number()
        .int()
        .min(0)
        .max(100)
        .default(15)
        .describe(
          "Where no linter of the project checks the width it names (a formatter's wrap width: Prettier printWidth, Black/Ruff line-length without Ruff's E501, rustfmt max_width; a coding standard's soft limit applied through php-cs-fixer, which has no line-length fixer; .editorconfig's max_line_length beside ktlint's max-line-length rule switched off), a line is said only when it is more than this many percent over it (over 115 at 100). 0 judges such a width like any other.",
        ),
      // Calibrated on sets 11–17 (session 18): every finding judged under a coding standard's soft limit that
      // php-cs-fixer applies (composer's @PSR2: 8 of set 17, 147–278 characters) was not worth saying, and none
      // was agreed. The fixer has no line-length rule, so nothing of the project checks that width: it is not
      // the team's limit, as a width no config sets is not. A team that keeps to it turns this on.
      soft_limits: z
        .boolean()
        .default(false)
        .describe(
          "Take a coding standard's soft limit that no tool of the project checks (PSR-2/PSR-12/PER's 120, from @PSR2, @PSR12 or @PER in a php-cs-fixer config, which has no line-length fixer) as the limit. Off: such a file has no limit from it (default_max applies). phpcs, which checks its standard's limit, is read either way.",
        ),
      group_over: z
        .number()
        .int()
        .min(0)
        .default(5)
        .describe(
          "More long lines than this in one file (a converted or pasted file) are said once, on the first, as a count; fewer are one finding naming the others' lines. 0 says each one, adjacent ones too.",
        ),
      // Set 21: every judged line under a width the project's own code visibly passes (kotest's .editorconfig 120) was not worth saying;
      // set 23: npgsql's, in clean folders of a project that passes its 140 (kept-width.ts).
      follow_practice: z
        .boolean()
        .default(true)
        .describe(
          "Where the limit comes from the repository's config, read the project's own code at base, near the file and spread over the tree (the more lenient reading holds): a limit it often passes (≥ 0.25% of sampled lines) is not enforced, and one it passes now and then only for lines more than 15% over it. Off: every line over the limit is judged.",
        ),
    })
    .strict(),
  needs(change, options) {
    // The formatter's config files, read at head in the same batch as the other lookups; only
    // when `max` is not set, and only for files with a line that any real width could exceed.
    // The file's own text too, so that a line inside a multi-line string the change did not
    // open is seen as such (function rules ask for the same texts: the batch holds them once).
    // The file's text at base (and of the files the change deleted from) tells a line the change
    // made long from one that was already long, moved or re-indented.
    const paths = new Set<string>();
    const base = new Set<string>();
    // Languages of files with a long line: the change's other files in them, at base, tell whether the
    // repository keeps a width no tool checks (src/analysis/guide-practice.ts).
    const languages = new Set<string>();
    for (const file of change.files) {
      const over = options.max ?? MIN_FORMATTER_WIDTH;
      if (!applies(file.path, options.files) || !file.addedLines.some((l) => l.text.length > over)) continue;
      if (options.max === undefined) {
        const configs = formatterConfigPaths(file.path);
        for (const p of configs) paths.add(p);
        // A config the change edits is read as it was at base: a pull request cannot widen its own limit (see config-at-base).
        for (const p of touchedConfigs(change, configs)) base.add(p);
      }
      for (const p of headPaths([file])) paths.add(p);
      for (const p of basePaths([file])) base.add(p);
      const language = options.max === undefined ? syntaxLanguageOf(file.path) : undefined;
      if (language !== undefined) languages.add(language);
    }
    if (base.size > 0) for (const p of movedFromPaths(change.files)) base.add(p);
    for (const p of practicePaths(change, languages)) base.add(p);
    return { fileContents: [...paths], baseContents: [...base], fileTree: options.follow_practice && languages.size > 0 };
  },
  // The files near each long-lined one whose lines show whether the project keeps its width (src/analysis/kept-width.ts).
  laterNeeds: (change, options, found) =>
    options.max === undefined && options.follow_practice && found.fileTree ? widthSamplePaths(change, found.fileTree, MIN_FORMATTER_WIDTH) : [],
  check(change, options, found) {
    const styleRun = saysStyleFix(change);
    // Build output (a `dist/` bundle, a hashed `assets/index-CqL4y9Wm.js`) and vendored copies: nobody wraps their lines.
    const judged = change.files.filter(
      (file) => applies(file.path, options.files) && !isTestInput(file.path) && !isRestored(file) && notAuthored(file.path, change) === undefined,
    );
    return judged.flatMap((file) => fileFindings(file, change, found, options, styleRun));
  },
});

/** One file's findings: its limit, each added line over it judged, then one finding per block of long lines. */
function fileFindings(file: ChangedFile, change: Change, found: Lookups, options: Options, styleRun: boolean): RawFinding[] {
  const judged = judgedLimit(file, change, found, options);
  if (!judged) return [];
  const { limit, tabWidth, head, restored } = judged;
  const practice =
    options.max === undefined && options.follow_practice ? widthPractice(change, file, found, limit.max, (t) => measure(t, tabWidth)) : "unknown";
  if (practice === "unkept") return [];
  const over = overLimit(limit, tabWidth);
  const view = fileView(file, change, found, options, {
    limit,
    tabWidth,
    head,
    styleRun,
    over,
  });
  // A block added whole under a note that it was copied ("// Copied from org.jetbrains…"): its layout is the source's.
  const credited = head === undefined ? undefined : creditedBlockLines(file, view.headLines!());
  // A Rust macro's code template (`quote! { … }`): its formatter leaves it alone (macro-templates.ts).
  const template = head === undefined ? undefined : fileTemplateLines(file.path, view.headLines!());
  const flagged = file.addedLines.flatMap(({ line, text }) => {
    const f =
      over(text) && overPractice(practice, measure(text, tabWidth), limit.max) && !credited?.has(line) && !template?.has(line) && !restored.has(line)
        ? judge(line, text, view)
        : undefined;
    return f && (DIRECTIVE.test(text) || firstOfItsText(file.path, text, found, options))
      ? [
          {
            ...f,
            text,
            worth: f.worth || worthSaying(file.path, line, text, measure(withoutTrailingPragma(text), tabWidth), view),
          },
        ]
      : [];
  });
  const texts = new Map(file.addedLines.map((l) => [l.line, l.text]));
  return report(
    file.path,
    blocks(flagged, (line) => DIRECTIVE.test(texts.get(line - 1) ?? ""), options.group_over),
    options.group_over,
  );
}

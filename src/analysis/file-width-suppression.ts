import { WIDTH_CHECK } from "./width-suppressions.js";

/**
 * A file whose header switches the project's line-length check off for the whole file: ktor cb19e22b64's
 * `@file:Suppress("ktlint:standard:max-line-length")` over a file of generated-looking overloads (judged
 * wrong in set 19: the author exempted these signatures on purpose). The project's linter accepts every
 * line of such a file, so a finding about their width only repeats what the linter was told to allow.
 *
 * Trusted only where a reviewer sees it for what it is:
 * - at base: the team already accepted the exemption, and the change's lines are under it;
 * - in a file the change adds, in its header: the suppression is the first thing its diff shows, and
 *   the reviewer judges it there, as they judge a line's own `# noqa: E501` (src/analysis/width-suppressions.ts).
 * A suppression a change slips into the header of an existing file does not excuse the lines it adds
 * elsewhere in that file: the check stays on for them.
 */

/** Lines of a file's header where a file-wide directive sits (licence, package, imports). */
const HEADER_LINES = 40;

// Directives that cover the whole file from its header, with the checks they name in group 1 (empty: every check).
const FILE_WIDE: RegExp[] = [
  // Kotlin: ktlint and detekt read `@file:Suppress`; Java's checkstyle reads `@SuppressWarnings` on the type only.
  /^\s{0,8}@file\s{0,4}:\s{0,4}Suppress\s{0,4}\(([^)]{1,300})\)/,
  // Python: flake8's and Ruff's file-wide noqa.
  /^\s{0,8}#\s{0,4}(?:flake8|ruff)\s{0,4}:\s{0,4}noqa\b\s{0,4}:?([^\n]{0,200})/,
  // PHP_CodeSniffer: the file is not sniffed at all.
  /^\s{0,8}(?:\/\/|#|\/\*)\s{0,4}(?:phpcs:ignoreFile|@codingStandardsIgnoreFile)\b()/,
  // Rust: an inner attribute telling rustfmt to leave the module as written.
  /^\s{0,8}#!\[rustfmt::skip\]()/,
];

// Directives that switch a check off from their line to the matching enable (none in the file: the whole file).
const REGIONS: Array<{ on: RegExp; off: RegExp }> = [
  { on: /^\s{0,8}(?:\/\*|\/\/)\s{0,4}eslint-disable(?![-\w])([^\n]{0,200})/, off: /eslint-enable\b/ },
  { on: /^\s{0,8}(?:\/\*|\/\/)\s{0,4}ktlint-disable(?![-\w])([^\n]{0,200})/, off: /ktlint-enable\b/ },
  { on: /^#\s{0,4}pylint\s{0,4}:\s{0,4}disable\s{0,4}=([^\n]{0,200})/, off: /pylint\s{0,4}:\s{0,4}enable\b/ },
  { on: /^#\s{0,4}rubocop\s{0,4}:\s{0,4}disable\b([^\n]{0,200})/, off: /rubocop\s{0,4}:\s{0,4}enable\b/ },
  { on: /^\s{0,8}(?:\/\/|#|\/\*)\s{0,4}phpcs:disable\b([^\n]{0,200})/, off: /phpcs:enable\b/ },
  { on: /^\s{0,8}\/\/\s{0,4}CHECKSTYLE[:.]OFF\b:?([^\n]{0,200})/, off: /CHECKSTYLE[:.]ON\b/ },
];

// golangci-lint: a `//nolint` on the package clause, or alone right above it, covers the file.
const GO_PACKAGE = /^package\s+\w+/;
const GO_NOLINT = /\/\/\s{0,4}nolint(?::([\w,-]{1,200})|(?![:\w]))/;

/** Whether directive arguments `named` silence the width check: none named (every check), `all`, or the width check's name. */
const namesWidth = (named: string) => /^\s*(?:\*\/)?\s*$/.test(named) || /\ball\b|"ktlint"/.test(named) || WIDTH_CHECK.test(named);

/** Whether `text`'s header switches its line-length check off for the whole file. */
export function suppressesWidthFileWide(text: string): boolean {
  const lines = text.split("\n", HEADER_LINES);
  for (const [i, line] of lines.entries()) {
    const head = line.slice(0, 400);
    for (const re of FILE_WIDE) {
      const m = re.exec(head);
      if (m && namesWidth(m[1])) return true;
    }
    for (const { on, off } of REGIONS) {
      const m = on.exec(head);
      if (m && namesWidth(m[1]) && !off.test(text)) return true;
    }
    if (GO_PACKAGE.test(head)) {
      const m = GO_NOLINT.exec(head) ?? (/^\s*\/\//.test(lines[i - 1] ?? "") ? GO_NOLINT.exec(lines[i - 1] ?? "") : null);
      return m !== null && namesWidth(m[1] ?? "");
    }
  }
  return false;
}

/** Whether a file's line-length check is off file-wide as a reviewer can trust: at base, or in the header of a file the change adds. */
export function widthOffForFile(head: string | undefined, base: string | undefined, added: boolean): boolean {
  // Kept at head too: a change that drops the suppression puts its file back under the check.
  if (base !== undefined) return suppressesWidthFileWide(base) && (head === undefined || suppressesWidthFileWide(head));
  return added && head !== undefined && suppressesWidthFileWide(head);
}

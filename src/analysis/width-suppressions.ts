/**
 * A line the project's own linter was told to accept as long: the author wrote the suppression of
 * its line-length check on it (`# noqa: E501`, `//nolint:lll`, `// eslint-disable-line max-len`,
 * `// phpcs:ignore`, `# rubocop:disable Layout/LineLength`, `// NOSONAR`), or on the line above for
 * the directives that cover the next line (`// eslint-disable-next-line max-len`, `// phpcs:ignore`,
 * `@SuppressWarnings("checkstyle:LineLength")` over a declaration). That is the team's decision
 * about this line, as the linter's config is about a file (jsonschema's
 * `# pragma: no cover  # noqa: E501`, judged wrong in set 11). A directive for other checks says
 * nothing of the width.
 */

// The line-length check's names: pycodestyle/Ruff E501 (W505 for doc lines, bugbear's B950), pylint's
// line-too-long (C0301), golangci's lll, ESLint's max-len, PHP_CodeSniffer's LineLength sniffs, RuboCop's
// LineLength cop, checkstyle's LineLength, detekt's MaxLineLength, ktlint's max-line-length, Sonar's S103.
export const WIDTH_CHECK = /\b(E501|W505|B950|C0301|line-too-long|lll|max-len|LineLength|MaxLineLength|max-line-length|S103)\b/;

// Directives that silence checks on their own line, with the checks they name (none: every check).
const SAME_LINE: Array<{ directive: RegExp; all: RegExp }> = [
  { directive: /#\s{0,4}noqa\b(.{0,200})/i, all: /^\s*(?!:)/ },
  { directive: /\/\/\s{0,4}nolint\b(.{0,200})/, all: /^(?![:\w])/ },
  { directive: /eslint-disable-line\b(.{0,200})/, all: /^\s*(\*\/)?\s*$/ },
  { directive: /phpcs:ignore\b(.{0,200})/, all: /^\s*$|^\s*--/ },
  { directive: /@codingStandardsIgnoreLine\b()/, all: /^/ },
  { directive: /rubocop:(?:disable|todo)\b(.{0,200})/, all: /^\s*all\b/ },
  { directive: /pylint:\s{0,4}disable=(.{0,200})/, all: /^\s*all\b/ },
  { directive: /ktlint-disable\b(.{0,200})/, all: /^\s*$/ },
  { directive: /\bNOSONAR\b()/, all: /^/ },
];

// Directives on the line above that cover the next line (or the declaration under an annotation).
const NEXT_LINE: Array<{ directive: RegExp; all: RegExp }> = [
  { directive: /eslint-disable-next-line\b(.{0,200})/, all: /^\s*(\*\/)?\s*$/ },
  { directive: /^\s{0,200}\/\/\s{0,4}phpcs:ignore\b(.{0,200})/, all: /^\s*$|^\s*--/ },
  { directive: /^\s{0,200}@(?:java\.lang\.)?Suppress(?:Warnings)?\((.{0,200})/, all: /^\s*"all"/ },
];

function silences(text: string, directives: Array<{ directive: RegExp; all: RegExp }>): boolean {
  const head = text.slice(0, 4000);
  for (const { directive, all } of directives) {
    const m = directive.exec(head);
    if (m && (all.test(m[1]) || WIDTH_CHECK.test(m[1]))) return true;
  }
  return false;
}

/** Whether the line, or a next-line directive on the line above it, silences the project's line-length check there. */
export function widthSuppressed(text: string, above: string | undefined): boolean {
  return silences(text, SAME_LINE) || (above !== undefined && silences(above, NEXT_LINE));
}

import type { Span } from "../syntax/facts.js";

/** The structural rules a team's own linter suppression can stand for. */
export type StructuralRule = "max-complexity" | "max-function-length" | "max-nesting-depth";

/**
 * What each linter calls the check that matches a Bottomline rule: ESLint rules, pylint/flake8
 * codes, Sonar rules, Checkstyle/PMD/detekt names, Clippy lints, golangci-lint linters, RuboCop
 * cops. A suppression naming one of them is the team's explicit decision about this function.
 */
const NAMES: Record<StructuralRule, RegExp> = {
  "max-complexity":
    /\b(\w*complexity|C901|too-many-branches|R0912|S3776|S1541|gocognit|gocyclo|cyclop|CyclomaticComplexity|CognitiveComplexity|PerceivedComplexity|NPathComplexity|ComplexMethod|AbcSize)\b/i,
  "max-function-length":
    /\b(max-lines-per-function|max-statements|too-many-statements|R0915|S138|too_many_lines|funlen|MethodLength|ExcessiveMethodLength|LongMethod|AbcSize)\b/i,
  "max-nesting-depth": /\b(max-depth|too-many-nested-blocks|R1702|S134|nestif|BlockNesting|NestedIfDepth|DeeplyNested|NestedBlockDepth)\b/i,
};

/** A directive that silences every check on its line or the next: `// NOSONAR`, a bare `# noqa` or `//nolint`, `// eslint-disable-next-line`. */
const SILENCES_ALL = /\bNOSONAR\b|#\s*noqa\s*(?!:)(\s|$)|\/\/\s*nolint\s*(?![:\w])|eslint-disable(-next)?-line\s*(\*\/)?\s*$/;
/** A comment, annotation, attribute or decorator above a declaration, where suppressions sit. */
const PREAMBLE = /^\s*(\/\/|\/\*|\*|#|@|\[|--)/;
/** Directives that name the checks they silence. */
const DIRECTIVE =
  /(eslint-disable(-next-line|-line)?|noqa:|pylint:\s*disable|nolint:|rubocop:(disable|todo)|@SuppressWarnings|SuppressMessage|#!?\[(allow|expect)\(|@Suppress\(|NOSONAR)/;
/** Directives that open a region, until the matching enable: `/* eslint-disable complexity *\/`, `# rubocop:disable Metrics/…`. */
const REGION_ON = /^\s*(\/\*\s*eslint-disable(?!-)|#\s*rubocop:(disable|todo)\b|#\s*pylint:\s*disable)/;
const REGION_OFF = /^\s*(\/\*\s*eslint-enable|#\s*rubocop:enable|#\s*pylint:\s*enable)/;

/**
 * True when the code says the team already decided about `fn` for `rule`: a suppression on the
 * lines just above it (comments, annotations, attributes, decorators), on its first line, or a
 * region of the file disabled around it.
 */
export function suppressedFor(rule: StructuralRule, lines: readonly string[], fn: Span): boolean {
  const names = NAMES[rule];
  const says = (text: string) => SILENCES_ALL.test(text) || (DIRECTIVE.test(text) && names.test(text));
  if (says(lines[fn.start - 1] ?? "")) return true;
  for (let l = fn.start - 1; l >= 1 && fn.start - l <= 12; l--) {
    const text = lines[l - 1];
    if (!PREAMBLE.test(text) || (REGION_OFF.test(text) && names.test(text))) break;
    if (says(text)) return true;
  }
  return inDisabledRegion(names, lines, fn.start);
}

function inDisabledRegion(names: RegExp, lines: readonly string[], line: number): boolean {
  let off = false;
  for (let l = 1; l < line; l++) {
    const text = lines[l - 1];
    if (REGION_ON.test(text) && names.test(text)) off = true;
    else if (REGION_OFF.test(text) && names.test(text)) off = false;
  }
  return off;
}

import { suppressedRules } from "./suppression-marker.js";

/**
 * A print or a debugger statement the project's own linter is told to let through (scrapy d24e5ae807:
 * `import pdb  # noqa: T100`, imported so a test can monkeypatch it): the author met the lint that forbids
 * debugging leftovers and silenced it for this line. That is a decision, not something forgotten.
 *
 * The checks that forbid prints and breakpoints, by linter: flake8-print/flake8-debugger and Ruff (`T100`, `T201`,
 * `T203`, the older `T001`…`T004`, the `T20` group), ESLint/TSLint/Biome (`no-console`, `no-debugger`, `noConsole`,
 * `noConsoleLog`, `noDebugger`), RuboCop (`Lint/Debugger`, `Rails/Output`, `Style/StderrPuts`), Clippy (`dbg_macro`,
 * `print_stdout`, `print_stderr`), golangci-lint (`forbidigo`), Error Prone and PMD (`SystemOut`, `SystemPrintln`),
 * Sonar (`S106`, `S2228`).
 */
const DEBUG_LINTS =
  /^(?:T100|T20\d?|T00[1-4]|no-?console(?:-?log)?|no-?debugger|lint\/(?:suspicious\/)?no(?:Console(?:Log)?|Debugger)|Lint\/Debugger|Rails\/Output|Style\/StderrPuts|(?:clippy::)?(?:dbg_macro|print_stdout|print_stderr)|forbidigo|SystemOut|SystemPrintln|(?:java:|squid:)?S(?:106|2228))$/i;

// Suppressions the shared reader does not parse: a Java annotation, a Rust attribute, Biome's and TSLint's comments.
const OTHER_FORMS =
  /@SuppressWarnings\s*\(\s*\{?\s*((?:"[\w:./-]{1,60}"\s*,?\s*){1,8})|#!?\[(?:allow|expect)\s*\(([\w:,\s]{1,200})\)|biome-ignore\s+(lint\/[\w/]{1,80})|tslint:disable(?:-next-line|-line)?:?\s*([\w\s-]{1,100})/;

/** The rules a suppression on the line names, in any of the forms above. */
function namedRules(text: string): string[] {
  const shared = suppressedRules(text) ?? [];
  const m = OTHER_FORMS.exec(text);
  const other = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").split(/[",\s]+/).filter((r) => r !== "") : [];
  return [...shared, ...other];
}

/** Whether a suppression on this line names a check that forbids prints or breakpoints. */
export function silencesDebugLint(text: string): boolean {
  return namedRules(text).some((r) => DEBUG_LINTS.test(r));
}

// A line that holds only a comment or an attribute: a directive for the line under it (`// eslint-disable-next-line no-console`).
const DIRECTIVE_ONLY = /^\s*(?:\/\/|#|\/\*|\*|@|--)/;

/**
 * Whether the added line at `line` (1-based) is let through by the project's debug lint: a suppression on the line itself,
 * or one alone on the line right above it (`// eslint-disable-next-line no-console`, `#[allow(clippy::dbg_macro)]`).
 */
export function debugLintSuppressed(head: readonly string[], line: number): boolean {
  if (silencesDebugLint(head[line - 1] ?? "")) return true;
  const above = head[line - 2] ?? "";
  return DIRECTIVE_ONLY.test(above) && silencesDebugLint(above);
}

// A directive that switches a check off from its line on, until switched back on: `/* eslint-disable no-console */`,
// `# rubocop:disable Rails/Output`, a crate's `#![allow(clippy::print_stdout)]`, Ruff's file-wide `# ruff: noqa: T201`.
const REGION_ON = /^\s*(?:\/\*\s*eslint-disable\s|\/\/\s*eslint-disable\s|#\s*rubocop:disable\s|#!\[(?:allow|expect)\s*\(|#\s*ruff\s*:\s*noqa\s*:)/;
const REGION_OFF = /^\s*(?:\/\*\s*eslint-enable\b|\/\/\s*eslint-enable\b|#\s*rubocop:enable\b)/;

/**
 * The line ranges (1-based, inclusive) over which a file switches its debug lint off (a CLI's `/* eslint-disable no-console *\/`
 * at its top): what prints there, the file prints on purpose. One pass over the lines.
 */
export function debugLintRegions(head: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from: number | undefined;
  head.forEach((text, i) => {
    if (from === undefined && REGION_ON.test(text) && silencesDebugLint(text)) from = i + 1;
    else if (from !== undefined && REGION_OFF.test(text) && silencesDebugLint(text.replace("enable", "disable"))) {
      out.push([from, i + 1]);
      from = undefined;
    }
  });
  if (from !== undefined) out.push([from, head.length]);
  return out;
}

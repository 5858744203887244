/**
 * Lines that document code rather than run it: a doctest or REPL example (`>>> notifier.telegram(`,
 * its `...     token="…",` continuation lines) and doc comments (`///`, `//!`, the ` * ` lines of a
 * `/** … *\/` block). A value there illustrates a call, like one in `docs/` or a README: loguru's
 * notifier docstrings showed each service's call with a made-up token (#11). Only a live provider
 * format is reported on them, as in docs.
 */
const DOC_LINE = /^\s{0,200}(?:>>>|\.\.\.)(?:\s|$)|^\s{0,200}(?:\/\/[/!]|\/\*\*|\*(?!\/))(?:\s|$)/;

export function isDocExampleLine(text: string): boolean {
  return DOC_LINE.test(text);
}

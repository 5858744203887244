import type { LanguageId } from "../syntax/facts.js";

// Where a source file's code ends and data begins: Ruby's `__END__` on a line of its own (what follows is `DATA`, never
// run: roda's old benchmark kept under it), PHP's `__halt_compiler();` (what follows is the file's payload).
const END_OF_CODE: Partial<Record<LanguageId, RegExp>> = {
  ruby: /^__END__\s*$/,
  php: /^\s*__halt_compiler\s*\(\s*\)\s*;/i,
};

/** The first line (1-based) after the file's code ends, or undefined when it holds no such marker: nothing there runs. */
export function dataTailStart(lines: string[], language: LanguageId): number | undefined {
  const re = END_OF_CODE[language];
  if (!re) return undefined;
  const at = lines.findIndex((l) => re.test(l));
  return at < 0 ? undefined : at + 2;
}

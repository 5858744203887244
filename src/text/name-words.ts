/**
 * The words of the names in some code: identifiers split at dots, underscores and camel-case humps, lower-cased
 * (`self._verbose` → self, verbose; `printResult` → print, result). Rules read a switch's meaning from them.
 */
export function wordsOf(code: string): string[] {
  return (code.match(/[A-Za-z][A-Za-z0-9]{0,60}/g) ?? []).flatMap((id) => id.split(/_|(?<=[a-z0-9])(?=[A-Z])/)).map((w) => w.toLowerCase());
}

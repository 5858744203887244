/**
 * Code kept for the documentation: snippets the docs include (`src/Snippets/Docs/Telemetry.cs`),
 * sample and example projects, in any case of folder name. It shows how to call the library; the
 * library's own tests are what a change to it needs, not tests of the snippet.
 */
const DOCS_CODE = /(^|\/)(docs?|documentation|snippets?|examples?|samples?)\//i;

export function isDocsCode(path: string): boolean {
  return DOCS_CODE.test(path);
}

import type { AddedLine } from "../model/change.js";

/**
 * Keys that are public by design, so not a leak (#11): Algolia's search-only API key, which
 * DocSearch and InstantSearch ship to every browser (Docusaurus' `algolia: { appId, apiKey,
 * indexName }`, a docs site's search box). Algolia's own key is 32 hex characters; it is told from
 * an admin or write key by the name it is given and by its neighbours: the index it searches or the
 * application it belongs to, within a few lines, or an `algolia`/`docsearch` block around it.
 * A key named admin, write or secret stays a finding wherever it sits.
 */
const ALGOLIA_KEY = /^[0-9a-f]{32}$/;
/** The name a search key is given: `apiKey`, `api_key`, `searchApiKey`, `ALGOLIA_SEARCH_KEY`, `docsearchApiKey`. */
const SEARCH_KEY_NAME = /^(?:(?:algolia|docsearch)_)?(search_(?:only_)?)?(?:api_?)?key$/;
const PRIVATE_WORDS = /(?:^|_)(?:admin|write|secret|private|server|master|management)(?:_|$)/;
/** What sits beside a search key: the index it searches, its application, or the block that names the service. */
const SEARCH_NEIGHBOUR = /\b(?:index_?name|app_?id|application_?id)\b["'`]?\s{0,8}[:=]|\b(?:algolia|docsearch)\b/i;
/**
 * Beside a key whose name does not say "search" (`apiKey`, `ALGOLIA_API_KEY`), only what a search
 * client is given: the index it searches, or a block named for the service. A backend's indexing
 * script holds the admin key under the same name, beside its application ID.
 */
const CLIENT_NEIGHBOUR = /\bindex_?name\b["'`]?\s{0,8}[:=]|\b(?:algolia|docsearch)\b["'`]?\s{0,8}[:=(]/i;
/** Environment files hold a server's keys: an admin key is as likely there as a search key. */
const ENV_FILE = /(?:^|\/)\.env(?:\.[\w.-]*)?$/;
/** Lines above and below the key that may hold its neighbours (Docusaurus puts them in one block). */
const NEIGHBOUR_LINES = 6;

/** The name's words joined by `_`, lowercased: `searchApiKey` → `search_api_key`. */
const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-\s]+/g, "_")
    .toLowerCase();

/**
 * Whether `value`, assigned to `name` on `line`, is a search-only key of a hosted search service
 * (see above): its shape, its name, and a neighbour among the file's added lines.
 */
export function isPublicSearchKey(path: string, name: string, value: string, line: number, lines: readonly AddedLine[]): boolean {
  const words = snake(name);
  const named = SEARCH_KEY_NAME.exec(words);
  if (!named || !ALGOLIA_KEY.test(value) || PRIVATE_WORDS.test(words) || ENV_FILE.test(path)) return false;
  const neighbour = named[1] ? SEARCH_NEIGHBOUR : CLIENT_NEIGHBOUR;
  return lines.some((l) => l.line !== line && Math.abs(l.line - line) <= NEIGHBOUR_LINES && neighbour.test(l.text.slice(0, 400)));
}

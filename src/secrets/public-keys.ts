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

/**
 * A key ID inside a pre-signed URL (#11, judged *wrong* on set 15): S3 signs a link for whoever
 * holds it by putting the access key ID in its query beside the signature and the expiry
 * (`…png?Signature=…&AWSAccessKeyId=AKIA…&Expires=1494713189`, an asciinema screenshot in fd's
 * README; SigV4's `X-Amz-Credential=AKIA…/20170514/…&X-Amz-Signature=…`). The ID names the account,
 * the signature grants that one object until it expires, and the secret key is not in it: there
 * is nothing to rotate. The query must carry the key ID under its parameter name and a signature.
 */
const SIGNED_URL_KEY_ID = /[?&](?:AWSAccessKeyId|X-Amz-Credential)=([A-Z0-9]{16,128})/g;
const SIGNED_URL_SIGNATURE = /[?&](?:Signature|X-Amz-Signature)=/;

/** Whether `value` appears on `text` only as the key ID of a pre-signed URL's query. */
export function isSignedUrlKeyId(text: string, value: string): boolean {
  if (!SIGNED_URL_SIGNATURE.test(text)) return false;
  let inQuery = 0;
  for (const m of text.matchAll(SIGNED_URL_KEY_ID)) if (m[1] === value) inQuery++;
  return inQuery > 0 && inQuery === text.split(value).length - 1;
}

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

// Codecov's own configuration file, where its docs put the repository's upload token (`codecov: token: …`).
const CODECOV_CONFIG = /(?:^|\/)\.?codecov\.ya?ml$/i;
// An upload token is a UUID: the shape Codecov issues, not a password a maintainer typed.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value`, assigned to `name`, is a Codecov upload token in Codecov's config file (multidict's
 * `.codecov.yml`, `token: … # repo-scoped`, set 23): it only lets CI upload coverage reports for that
 * repository, and Codecov documents committing it there, so "rotate it now" asks for nothing needed.
 * Only that file and that key: the same UUID anywhere else is judged as any other value.
 */
export function isCoverageUploadToken(path: string, name: string, value: string): boolean {
  return CODECOV_CONFIG.test(path) && /^(?:upload_)?token$/i.test(name) && UUID.test(value);
}

// Shipkit's release configuration in a Gradle script (`shipkit { gitHub.readOnlyAuthToken = '…' }`), and a classic
// GitHub token's shape: 40 hex characters.
const GRADLE_SCRIPT = /\.gradle(?:\.kts)?$/;
const CLASSIC_GITHUB_TOKEN = /^[0-9a-f]{40}$/;

/**
 * Whether `value`, assigned to `name`, is the read-only GitHub token of Shipkit's Gradle configuration (junit-pioneer
 * 69b6b52b07's `gradle/shipkit.gradle`, set 41): Shipkit's getting-started guide has projects commit a token with no
 * scopes there to lift GitHub's rate limit for reading release notes, and reads the token that writes from
 * `GITHUB_WRITE_TOKEN`. Judged not worth saying: there is nothing to rotate. Only that key, in a Gradle script.
 */
export function isShipkitReadOnlyToken(path: string, name: string, value: string): boolean {
  return GRADLE_SCRIPT.test(path) && /(?:^|\.)readOnlyAuthToken$/.test(name) && CLASSIC_GITHUB_TOKEN.test(value);
}

// The Firebase client configuration files an app ships inside its bundle: iOS's `GoogleService-Info.plist`
// (`API_KEY`) and Android's `google-services.json` (`current_key`), downloaded from the Firebase console.
const FIREBASE_CLIENT_CONFIG = /(?:^|\/)(?:GoogleService-Info(?:-[\w.-]{1,60})?\.plist|google-services\.json)$/;
const GOOGLE_API_KEY = /^AIza[0-9A-Za-z_-]{35}$/;

/**
 * Whether `value` is the Google API key of a Firebase client configuration file (Kermit's sample apps'
 * `GoogleService-Info.plist`, judged set 25): it identifies the app to Firebase and ships in every copy
 * of it; Firebase's own docs say such keys are not secret, and access is guarded by security rules and
 * key restrictions, so "rotate it now" asks for nothing. Only those files and that key's shape: the same
 * key in code or a server's config is judged as any other.
 */
export function isFirebaseClientKey(path: string, value: string): boolean {
  return FIREBASE_CLIENT_CONFIG.test(path) && GOOGLE_API_KEY.test(value);
}

// A Firebase web app's config object, as the console hands it out: `apiKey` beside the app's `authDomain` on firebaseapp.com.
const API_KEY_NAME = /\bapiKey\b["']?\s*[:=]/;
const FIREBASE_AUTH_DOMAIN = /\bauthDomain\b["']?\s*[:=]\s*["'`][\w.-]{1,100}\.firebaseapp\.com["'`]/;

/**
 * Whether `value` is the `apiKey` of a Firebase web app's config (`{ apiKey: "AIza…", authDomain: "x.firebaseapp.com", … }`),
 * in any file: the same public identifier as the mobile apps' config files (above), which the browser code ships to every
 * visitor (polka's `examples/with-firebase-admin/client/firebase.json`, set 37, judged *wrong*). Only with its
 * `authDomain` among the change's lines near it: a Google API key alone is judged as any other.
 */
export function isFirebaseWebKey(value: string, line: number, lines: readonly AddedLine[]): boolean {
  if (!GOOGLE_API_KEY.test(value)) return false;
  const own = lines.find((l) => l.line === line);
  if (!own || !API_KEY_NAME.test(own.text.slice(0, 400))) return false;
  return lines.some((l) => l.line !== line && Math.abs(l.line - line) <= NEIGHBOUR_LINES && FIREBASE_AUTH_DOMAIN.test(l.text.slice(0, 400)));
}

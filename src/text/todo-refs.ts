import { findIssueRefs, type RefOptions } from "./issue-refs.js";

// A tracker's key written where a TODO names its issue, right after the marker: `TODO(ABC-123)`,
// `TODO ABC-123:`, `FIXME: [ABC-123]`, Google's `TODO(b/123456)`. Only there by default: anywhere
// in the text `UTF-8`, `SHA-256` or `ES-2015` would pass for keys; `tracker_patterns` widens it.
const KEY_AFTER_MARKER = /^\s{0,4}[(\[:]?\s{0,4}:?\s{0,4}[(\[]?\s{0,4}(?:([A-Z][A-Z0-9_]{1,15})-\d{1,9}|b\/\d{3,12})(?![\w-])/;
// A version as the TODO's own key (`FIXME(1.59): use TryFrom`, `TODO(v2.0)`, `TODO(PHP 8.1)`, go-yaml's
// `TODO(v3)`): it is done when that version is required or released, and a grep for the version
// finds every one of them. A bare integer needs its `v` (`TODO(2)` may be anything).
const VERSION_KEY = /^\s?\(\s{0,2}(?:(?:[A-Za-z]{1,12}[ -]?)?v?\d{1,4}(?:\.\d{1,4}){1,3}|v\d{1,4})\s{0,2}\)/;
const NOT_KEYS = new Set(["UTF", "UCS", "SHA", "MD", "ISO", "RFC", "AES", "RSA", "HTTP", "TLS", "SSL", "ES", "ECMA", "IPV", "X", "TODO", "FIXME"]);
const URL = /\bhttps?:\/\/[^\s<>()"'`]{1,500}/gi;
// An issue in any tracker's URL: GitLab's `/-/issues/12`, Jira's `/browse/ABC-12`, a `go/j/ABC-12`
// short link, Bugzilla's `show_bug.cgi?id=12`, `crbug.com/12`, or a key anywhere in the path. A doubled slash
// as typed counts (xxhash's `https://golang.org/issue//2205`, judged *wrong* as unreferenced on set 45).
const TRACKER_URL =
  /\/(?:-\/)?(?:issues?|pull|pulls|merge_requests|bugs?|tickets?|tasks?|browse|j|jira|work_?items?)\/{1,2}[A-Za-z]{0,16}-?\d+|[?&]id=\d+|^https?:\/\/(?:crbug\.com|bugs\.[^/]+|b)\/\d+|\/[A-Z][A-Z0-9_]{1,15}-\d+(?![\w-])/;

// A URL introduced on a line of its own under the TODO as the place to read more: `More info: https://…`,
// `See: https://…`. On the TODO's own line, "See <README section>" documents rather than tracks (got's hooks).
// Or Google's bug key there: nowinandroid's `// See: b/226919874` under its TODO (judged *wrong* when said, set 30).
const POINTED_URL =
  /\n[^\w\n]*(?:more\s+info(?:rmation)?|info|details|see(?:\s+also)?|refs?|reference|cf\.?|context|background|discussion|tracked\s+(?:in|at|by))\s*:?\s*(?:<?https?:\/\/\S|b\/\d{3,12}\b)/i;

// Google's bug key in parentheses anywhere in the TODO: horologist's `// TODO: Replace passing a transform … once the
// player supports graphicsLayer` continued by `// (b/408913726)` (judged *wrong* when said, set 31). In parentheses only: a path's `a/b/123456` is not one.
const GOOGLE_BUG = /\(\s?b\/\d{6,12}\s?\)/;

// A repository's URL on a code host names where the work is tracked (`TODO: Update
// https://github.com/sindresorhus/get-stream`): its issues are one click away. A link to docs or a
// blog (`https://blog.rust-lang.org/…`) is not. GitHub's own pages (`/features`, `/orgs/…`) are not repositories.
const CODE_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"];
// The repository itself, or where its work is planned; not a file or a README section in it
// (`https://github.com/sindresorhus/got#hooksbeforeerror` documents, it does not track).
const REPO_PATH = /^https?:\/\/(?:www\.)?([^/\s]+)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/(?:discussions|milestones?|projects)(?:\/\d+)?)?\/?$/i;
const NOT_OWNERS = new Set([
  "features",
  "orgs",
  "settings",
  "marketplace",
  "sponsors",
  "topics",
  "about",
  "pricing",
  "login",
  "search",
  "explore",
  "site",
  "apps",
  "collections",
  "enterprise",
  "users",
]);

function isRepositoryUrl(url: string, hosts: readonly string[]): boolean {
  const m = REPO_PATH.exec(url);
  if (!m) return false;
  const host = m[1].toLowerCase();
  if (!CODE_HOSTS.includes(host) && !hosts.some((h) => h.toLowerCase() === host)) return false;
  return !NOT_OWNERS.has(m[2].toLowerCase());
}

/**
 * True when a TODO's text names the work's issue: a reference `issue-reference` understands
 * (`#12`, `GH-12`, `owner/repo#12`, a GitHub issue URL, a configured tracker key), an issue URL of
 * any tracker, a repository's URL on a code host, or a tracker key right after the marker. `afterMarker` is the text that follows it.
 */
export function todoHasReference(text: string, afterMarker: string, opts: RefOptions): boolean {
  if (findIssueRefs(withoutFences(text), { owner: "_", repo: "_" }, opts).length > 0) return true;
  for (const url of text.match(URL) ?? []) {
    const bare = url.replace(/[.,;:!?]+$/, "");
    if (TRACKER_URL.test(bare) || isRepositoryUrl(bare, opts.hosts)) return true;
  }
  // A link the TODO's next lines point to as where to read more ("More info: https://stackoverflow.com/a/5382…"):
  // the blocker is documented there, and whether it is lifted can be checked.
  if (POINTED_URL.test(text) || GOOGLE_BUG.test(text)) return true;
  if (VERSION_KEY.test(afterMarker)) return true;
  const key = KEY_AFTER_MARKER.exec(afterMarker);
  return key !== null && !NOT_KEYS.has(key[1] ?? "");
}

// A doc comment's fence line (`//! ```rust`, ` * ~~~`): its comment leader, then three backticks or tildes.
const FENCE_LINE = /^[ \t]*(?:[*/#!]+[ \t]*)?(?:`{3}|~{3}).*$/gm;

/**
 * The TODO's text with its doc comment's fence lines blanked. findIssueRefs reads Markdown and drops
 * fenced code, but a TODO inside a doc-test is the fenced code: quick-xml e93605aa21's
 * `//! #   // TODO: After #474 parse mixed content` lost its `#474` with the fence (judged "wrong", set 22).
 * One pass over the segment, linear in its length.
 */
function withoutFences(text: string): string {
  return text.includes("```") || text.includes("~~~") ? text.replace(FENCE_LINE, " ") : text;
}

/** Whether a key's prefix (`ABC` of `ABC-123`) may name a tracker: not `UTF`, `SHA`, `ISO` and the like. */
export function isTrackerPrefix(prefix: string): boolean {
  return !NOT_KEYS.has(prefix.toUpperCase());
}

// A file named for an issue (`copy-gh-89.test.js`, `issue_123_spec.rb`, `Bug4521Test.java`) or whose
// first lines link one (`// relevant: https://github.com/…/issues/89`): the whole file is about that
// issue, and a TODO in it is found through it (node-fs-extra's `// TODO: decide behavior` in the gh #89 test).
const ISSUE_IN_NAME = /(?:^|[-_.])(?:gh|issue|bug)[-_]?\d{1,7}(?=[-_.]|$)|^(?:Issue|Bug|Gh)\d{1,7}(?=[A-Z_.])/i;
const ISSUE_URL = /\bhttps?:\/\/[^\s<>()"'`]{1,200}?\/(?:-\/)?(?:issues|pull)\/\d+/i;
const HEADER_LINES = 3;

/** Whether the file is about one issue, by its name or by an issue linked in its first lines (`header`: its text from the top). */
export function fileAboutIssue(path: string, header: string | undefined): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (ISSUE_IN_NAME.test(name)) return true;
  return header !== undefined && ISSUE_URL.test(header.split("\n", HEADER_LINES).join("\n").slice(0, 1000));
}

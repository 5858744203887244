import { findIssueRefs, type RefOptions } from "./issue-refs.js";

// A tracker's key written where a TODO names its issue, right after the marker: `TODO(ABC-123)`,
// `TODO ABC-123:`, `FIXME: [ABC-123]`, Google's `TODO(b/123456)`. Only there by default: anywhere
// in the text `UTF-8`, `SHA-256` or `ES-2015` would pass for keys; `tracker_patterns` widens it.
const KEY_AFTER_MARKER = /^\s{0,4}[(\[:]?\s{0,4}:?\s{0,4}[(\[]?\s{0,4}(?:([A-Z][A-Z0-9_]{1,15})-\d{1,9}|b\/\d{3,12})(?![\w-])/;
const NOT_KEYS = new Set(["UTF", "UCS", "SHA", "MD", "ISO", "RFC", "AES", "RSA", "HTTP", "TLS", "SSL", "ES", "ECMA", "IPV", "X", "TODO", "FIXME"]);
const URL = /\bhttps?:\/\/[^\s<>()"'`]{1,500}/gi;
// An issue in any tracker's URL: GitLab's `/-/issues/12`, Jira's `/browse/ABC-12`, a `go/j/ABC-12`
// short link, Bugzilla's `show_bug.cgi?id=12`, `crbug.com/12`, or a key anywhere in the path.
const TRACKER_URL =
  /\/(?:-\/)?(?:issues?|pull|pulls|merge_requests|bugs?|tickets?|tasks?|browse|j|jira|work_?items?)\/[A-Za-z]{0,16}-?\d+|[?&]id=\d+|^https?:\/\/(?:crbug\.com|bugs\.[^/]+|b)\/\d+|\/[A-Z][A-Z0-9_]{1,15}-\d+(?![\w-])/;

/**
 * True when a TODO's text names the work's issue: a reference `issue-reference` understands
 * (`#12`, `GH-12`, `owner/repo#12`, a GitHub issue URL, a configured tracker key), an issue URL of
 * any tracker, or a tracker key right after the marker. `afterMarker` is the text that follows it.
 */
export function todoHasReference(text: string, afterMarker: string, opts: RefOptions): boolean {
  if (findIssueRefs(text, { owner: "_", repo: "_" }, opts).length > 0) return true;
  for (const url of text.match(URL) ?? []) if (TRACKER_URL.test(url.replace(/[.,;:!?]+$/, ""))) return true;
  const key = KEY_AFTER_MARKER.exec(afterMarker);
  return key !== null && !NOT_KEYS.has(key[1] ?? "");
}

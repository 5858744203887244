import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * Hidden markers in review bodies: GitHub itself stores what Bottomline already posted, so any
 * replica can pick up where another left off. Because the state decides whether a push is
 * reviewed at all, it is only believed when three things hold:
 * - the review was written by this App (see `isOwnReview`), not merely by some bot;
 * - the marker is the last thing in the body (text Bottomline quotes from a pull request comes
 *   before it, and is escaped so it never contains `<!--` anyway);
 * - its HMAC, keyed from the App's own secret and bound to the pull request, checks.
 * The JSON holds only hex, `+`, `~`, digits and ISO dates, so it can never contain the `-->` that
 * would end the HTML comment.
 */
export interface SummaryState {
  /** Head SHA the summary describes. */
  sha: string;
  /** `pull_request.updated_at` of the event that produced it; a job with an older one is stale. */
  updated: string;
  /** Hash of head, title, body, labels and config: equal means a redelivery, nothing to redo. */
  input: string;
  /**
   * Entries of every inline comment posted so far: a comment's fingerprints joined with `+`, and
   * `~<fingerprint>` for each place an "…and N more like this" comment names (counted as posted).
   */
  fp: string[];
}

/** What a marker is checked against: the App's marker key, and the pull request it belongs to. */
export interface MarkerScope {
  key: Buffer;
  /** `owner/repo#number`: a marker copied from another pull request does not verify here. */
  pr: string;
}

/** The App as GitHub shows it on the reviews it writes. */
export interface AppIdentity {
  appId: number;
  /** `<app-slug>[bot]`. */
  botLogin: string;
}

export interface ReviewAuthor {
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { id?: number } | null;
}

const PREFIX = "<!-- bottomline:summary ";
const TAIL = /^<!-- bottomline:summary (\{[^\n]*\}) sig=([0-9a-f]{64}) -->\s*$/;
export const INLINE_MARKER = "<!-- bottomline:inline -->";

export function writeSummaryMarker(state: SummaryState, scope: MarkerScope): string {
  const json = JSON.stringify({ sha: state.sha, updated: state.updated, input: state.input, fp: state.fp });
  return `${PREFIX}${json} sig=${sign(json, scope)} -->`;
}

/** The state in the marker that ends `body`, if its signature checks for this pull request. */
export function readSummaryMarker(body: string | null | undefined, scope: MarkerScope): SummaryState | undefined {
  if (!body) return undefined;
  const at = body.lastIndexOf(PREFIX);
  const m = at === -1 ? null : TAIL.exec(body.slice(at));
  if (!m || !timingSafeEqual(Buffer.from(m[2], "hex"), Buffer.from(sign(m[1], scope), "hex"))) return undefined;
  try {
    const v = JSON.parse(m[1]) as Partial<SummaryState>;
    if (typeof v.sha !== "string" || typeof v.updated !== "string") return undefined;
    return { sha: v.sha, updated: v.updated, input: String(v.input ?? ""), fp: Array.isArray(v.fp) ? v.fp.filter((x) => typeof x === "string") : [] };
  } catch {
    return undefined;
  }
}

/**
 * Written by this App: GitHub's `performed_via_github_app` when it is there, else the App's bot
 * login. Any other bot (github-actions[bot] runs code from the pull request) can write anything.
 */
export function isOwnReview(review: ReviewAuthor, app: AppIdentity): boolean {
  if (review.performed_via_github_app) return review.performed_via_github_app.id === app.appId;
  return review.user?.type === "Bot" && review.user.login === app.botLogin;
}

function sign(json: string, scope: MarkerScope): string {
  return createHmac("sha256", scope.key).update(`${scope.pr}\n${json}`).digest("hex");
}

/** A key for markers only, derived from a secret the App already has (so replicas agree on it). */
export function deriveMarkerKey(secret: string | Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "bottomline", "summary-marker v1", 32));
}

/**
 * The marker key from the App's environment: WEBHOOK_SECRET, else the private key. Without
 * either, a random key: forged markers still never verify, but after a restart Bottomline no
 * longer recognises its own summaries and posts a fresh one.
 */
export function markerKeyFromEnv(env: NodeJS.ProcessEnv = process.env, warn: (msg: string) => void = console.warn): Buffer {
  const secret = env.WEBHOOK_SECRET || env.PRIVATE_KEY || (env.PRIVATE_KEY_PATH ? readFileSync(env.PRIVATE_KEY_PATH, "utf8") : "");
  if (secret) return deriveMarkerKey(secret);
  warn("Neither WEBHOOK_SECRET nor a private key is set: summary markers are signed with a per-process key, so a restart posts new summaries");
  return randomBytes(32);
}

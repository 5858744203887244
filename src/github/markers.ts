/**
 * Hidden markers in review bodies: GitHub itself stores what Bottomline already posted, so any
 * replica can pick up where another left off. The JSON holds only hex, digits and ISO dates, so
 * it can never contain the `-->` that would end the HTML comment.
 */
export interface SummaryState {
  /** Head SHA the summary describes. */
  sha: string;
  /** `pull_request.updated_at` of the event that produced it; a job with an older one is stale. */
  updated: string;
  /** Hash of head, title, body, labels and config: equal means a redelivery, nothing to redo. */
  input: string;
  /** Fingerprints of every inline comment posted so far. */
  fp: string[];
}

const SUMMARY_MARKER = /<!-- bottomline:summary (\{.*?\}) -->/;
export const INLINE_MARKER = "<!-- bottomline:inline -->";

export function writeSummaryMarker(state: SummaryState): string {
  return `<!-- bottomline:summary ${JSON.stringify(state)} -->`;
}

export function readSummaryMarker(body: string | null | undefined): SummaryState | undefined {
  const m = body ? SUMMARY_MARKER.exec(body) : null;
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]) as Partial<SummaryState>;
    if (typeof v.sha !== "string" || typeof v.updated !== "string") return undefined;
    return { sha: v.sha, updated: v.updated, input: String(v.input ?? ""), fp: Array.isArray(v.fp) ? v.fp.filter((x) => typeof x === "string") : [] };
  } catch {
    return undefined;
  }
}

export function isBottomlineBody(body: string | null | undefined): boolean {
  return Boolean(body && (SUMMARY_MARKER.test(body) || body.includes(INLINE_MARKER)));
}

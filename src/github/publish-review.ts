import { createHash } from "node:crypto";
import type { ResolvedConfig } from "../config/resolve-config.js";
import type { ReviewResult } from "../engine/review-result.js";
import type { Finding } from "../engine/rule.js";
import type { Change } from "../model/change.js";
import { checkRunForResult, countNotAnnotated, notAnnotatedNote } from "../report/check-run.js";
import { entryFingerprints, planInlineComments, type InlineComment, type InlineUpdate } from "../report/inline-comments.js";
import { untrusted } from "../report/markdown.js";
import { renderSummary } from "../report/summary.js";
import type { GitHub, PullRequestRef } from "../sources/github/github-types.js";
import {
  INLINE_MARKER,
  isOwnReview,
  readSummaryMarker,
  writeSummaryMarker,
  type AppIdentity,
  type MarkerScope,
  type ReviewAuthor,
  type SummaryState,
} from "./markers.js";
import { errorForLog } from "./describe-error.js";
import { publishCheckRun } from "./publish-check-run.js";

export type PublishOutcome = "published" | "duplicate" | "stale" | "superseded";

/** A review body may hold 65,536 characters; keep a margin. */
const BODY_LIMIT = 65_000;
/** ~13 characters each in the marker: 1,500 single-finding entries take ~19,500 characters at most. */
const MAX_FINGERPRINTS = 1_500;
/** A comment holding several findings has a longer entry (`a+b`): the characters are capped too. */
const MAX_FINGERPRINT_CHARS = 19_500;

export interface PublishInput {
  octokit: GitHub;
  pr: PullRequestRef;
  change: Change;
  result: ReviewResult;
  config: ResolvedConfig;
  /** False once a newer push for the same pull request has been queued. */
  isCurrent: () => boolean;
  log?: { info: (o: object, msg: string) => void; warn: (o: object, msg: string) => void };
}

interface ReviewSummaryRow extends ReviewAuthor {
  id: number;
  body: string | null;
  state: string;
}

/** What decides which reviews and markers are Bottomline's own. */
export interface MarkerTrust {
  app: AppIdentity;
  key: Buffer;
}

/**
 * The only code that writes a review to GitHub. GitHub is the state store: the summary review's
 * hidden marker says which input it describes and which inline comments exist, so redeliveries,
 * re-runs and other replicas never post twice. Typical cost: 1 read, then 2 writes on the first
 * push (check run, review) and 2–3 on later ones (check run, summary update, review of new comments).
 */
export interface PublishedState {
  /** Bottomline's own reviews on the pull request (the summary and inline-comment reviews). */
  ours: ReviewSummaryRow[];
  summaryReview?: ReviewSummaryRow;
  previous?: SummaryState;
  inputHash: string;
  scope: MarkerScope;
}

/**
 * Reads what Bottomline already published on the pull request (one request), and says whether
 * this job has anything to do: a redelivery or an older head stops here, before any lookup or write.
 */
export async function readPublishedState(
  octokit: GitHub,
  pr: PullRequestRef,
  configHash: string,
  rerun: boolean,
  trust: MarkerTrust,
): Promise<PublishedState | "duplicate" | "stale"> {
  const reviews = (await octokit.paginate(octokit.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) as ReviewSummaryRow[];
  const scope: MarkerScope = { key: trust.key, pr: `${pr.owner}/${pr.repo}#${pr.number}` };
  const ours = reviews.filter((r) => isOwnReview(r, trust.app));
  // The newest of our reviews whose marker verifies; a marker anywhere else is just text.
  const summaryReview = [...ours].reverse().find((r) => readSummaryMarker(r.body, scope));
  const previous = readSummaryMarker(summaryReview?.body, scope);
  const inputHash = hashInput(pr, configHash);
  if (previous && previous.updated > pr.updatedAt) return "stale";
  if (previous && previous.input === inputHash && !rerun) return "duplicate";
  return { ours, summaryReview, previous, inputHash, scope };
}

export async function publishReview(input: PublishInput, state: PublishedState): Promise<PublishOutcome> {
  const { octokit, pr, result, config } = input;
  const { ours, summaryReview, previous } = state;
  if (!input.isCurrent()) return "superseded";

  const posted = new Set(previous?.fp ?? []);
  const budget = { total: config.review.inline_comments, perRule: config.review.inline_per_rule };
  const plan = planInlineComments(result.findings, input.change, budget, posted, pr.headSha);
  const maxAnnotations = config.review.annotations;
  const annotationNote = notAnnotatedNote(countNotAnnotated(result, maxAnnotations), maxAnnotations);
  const summaryFor = summaryWriter(input, state, plan, posted, annotationNote);
  const full = summaryFor(plan.toPost);
  const checkRun = await publishCheckRun(octokit, pr.owner, pr.repo, pr.headSha, checkRunForResult(result, full.text, maxAnnotations));
  if (!input.isCurrent()) return "superseded";

  const wantChanges = config.review.event === "REQUEST_CHANGES" && result.conclusion === "failure";
  const changesRequested = ours.filter((r) => r.state === "CHANGES_REQUESTED");
  if (!summaryReview) {
    await postReview(input, (cs) => summaryFor(cs).body, wantChanges ? "REQUEST_CHANGES" : "COMMENT", plan.toPost);
  } else {
    await updatePublished(input, ours, summaryReview, { plan, full, summaryFor, needChangesRequest: wantChanges && changesRequested.length === 0 });
  }
  // The review is out; now the annotations past the first 50, unless a newer push took over.
  await checkRun.appendRest(input.isCurrent);
  if (!wantChanges) await dismissChangeRequests(input, changesRequested);
  return "published";
}

type InlinePlan = ReturnType<typeof planInlineComments>;
type SummaryFor = (comments: InlineComment[], updated?: InlineUpdate[]) => { text: string; body: string };

/** The summary review's text and body (text and marker) for the inline comments that go out with it. */
function summaryWriter(input: PublishInput, state: PublishedState, plan: InlinePlan, posted: Set<string>, annotationNote: string): SummaryFor {
  const { pr, result } = input;
  return (comments, updated = plan.toUpdate) => {
    // A finding named in another's comment ("and 3 more like this") counts as posted with it.
    const inlined = new Set<Finding>([...plan.alreadyPosted, ...updated.flatMap((u) => u.findings), ...comments.flatMap((c) => [...c.findings, ...c.alike])]);
    // An edited comment keeps its place in the list under its new entry.
    const renamed = new Map(updated.map((u) => [u.previous, u.fingerprint]));
    const entries = [...[...posted].map((e) => renamed.get(e) ?? e), ...comments.flatMap((c) => [...c.alikeEntries, c.fingerprint])];
    // The newest fingerprints are kept when a very long-lived pull request piles up thousands.
    const fp = newestWithin(entries, MAX_FINGERPRINTS, MAX_FINGERPRINT_CHARS);
    const marker = writeSummaryMarker({ sha: pr.headSha, updated: pr.updatedAt, input: state.inputHash, fp }, state.scope);
    // GitHub rejects a review body over 65,536 characters: the summary gets what the marker leaves.
    const limit = BODY_LIMIT - marker.length - annotationNote.length - 2;
    const text =
      renderSummary(result, { headSha: pr.headSha, inlined, limit, repository: input.change.repository }) + (annotationNote ? `\n${annotationNote}\n` : "");
    return { text, body: `${text}\n${marker}` };
  };
}

/**
 * A pull request that has our summary review already: the summary is edited in place, and new
 * inline comments (or a change request) need a review of their own.
 */
async function updatePublished(
  input: PublishInput,
  ours: ReviewSummaryRow[],
  summaryReview: ReviewSummaryRow,
  next: { plan: InlinePlan; full: { body: string }; summaryFor: SummaryFor; needChangesRequest: boolean },
): Promise<void> {
  const { octokit, pr } = input;
  const { plan, full, summaryFor, needChangesRequest } = next;
  const update = (body: string) =>
    octokit.rest.pulls.updateReview({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, review_id: summaryReview.id, body });
  // Edits of earlier comments go first: they are idempotent, so if the summary update then
  // failed, the next push (whose marker still names the old entries) simply makes them again.
  const edited = await updateInlineComments(input, ours, plan.toUpdate);
  // The summary, with the new comments' fingerprints, goes next: if it failed after the
  // comments were out, the next push would post them all again.
  const summary = edited.length === plan.toUpdate.length ? full : summaryFor(plan.toPost, edited);
  await update(summary.body);
  if (plan.toPost.length === 0 && !needChangesRequest) return;
  const event = needChangesRequest ? "REQUEST_CHANGES" : "COMMENT";
  const inlineOk = await postReview(input, (cs) => inlineReviewBody(cs.length, pr.headSha), event, plan.toPost);
  if (!inlineOk && plan.toPost.length > 0) await update(summaryFor([], edited).body);
}

/**
 * Posts one review with its inline comments. A 422 on the comments (a line GitHub does not
 * consider part of the diff) must not lose the review: it is posted again without them, the
 * summary then listing those findings. Returns whether the comments went through.
 */
async function postReview(
  input: PublishInput,
  body: (c: InlineComment[]) => string,
  event: "COMMENT" | "REQUEST_CHANGES",
  comments: InlineComment[],
): Promise<boolean> {
  const { octokit, pr } = input;
  const params = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, commit_id: pr.headSha, event };
  try {
    const apiComments = comments.map(({ path, line, side, body: b }) => ({ path, line, side, body: b }));
    await octokit.rest.pulls.createReview({ ...params, body: body(comments), comments: apiComments });
    return true;
  } catch (err) {
    if ((err as { status?: number }).status !== 422 || comments.length === 0) throw err;
    input.log?.warn({ err: errorForLog(err), pr: pr.number }, "GitHub rejected the inline comments (422); posting the review without them");
    await octokit.rest.pulls.createReview({ ...params, body: body([]) });
    return false;
  }
}

/** The last entries of `all` that fit in `count` entries and `chars` characters (as JSON strings). */
function newestWithin(all: string[], count: number, chars: number): string[] {
  let used = 0;
  let from = all.length;
  while (from > 0 && all.length - from < count && used + all[from - 1].length + 3 <= chars) used += all[--from].length + 3;
  return all.slice(from);
}

/** The hidden entry at the end of an inline comment's body (see report/inline-comments.ts). */
const COMMENT_ENTRY = /<!-- bottomline:fp=([0-9a-f]{1,64}(?:\+[0-9a-f]{1,64})*) -->\s*$/;

/**
 * Edits earlier inline comments whose findings changed (one read to find them, one write each).
 * Only comments in Bottomline's own reviews are considered: anyone can quote an entry. A comment
 * that is gone (deleted by a person) is skipped, and the marker keeps its old entry.
 * Returns the updates that were made.
 */
async function updateInlineComments(input: PublishInput, ours: ReviewSummaryRow[], updates: InlineUpdate[]): Promise<InlineUpdate[]> {
  if (updates.length === 0) return [];
  const { octokit, pr } = input;
  const comments = (await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) as Array<{ id: number; body: string; pull_request_review_id: number | null }>;
  const ownReviews = new Set(ours.map((r) => r.id));
  const idOf = new Map<string, number>();
  for (const c of comments) {
    const entry = c.pull_request_review_id !== null && ownReviews.has(c.pull_request_review_id) ? COMMENT_ENTRY.exec(c.body ?? "")?.[1] : undefined;
    for (const fp of entry ? entryFingerprints(entry) : []) idOf.set(fp, c.id);
  }
  const done: InlineUpdate[] = [];
  for (const u of updates) {
    const id = entryFingerprints(u.previous)
      .map((fp) => idOf.get(fp))
      .find((x) => x !== undefined);
    if (id === undefined) continue;
    try {
      await octokit.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: id, body: u.body });
      done.push(u);
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
  return done;
}

/** Once no failure remains, Bottomline withdraws the change requests it made. */
async function dismissChangeRequests(input: PublishInput, reviews: ReviewSummaryRow[]): Promise<void> {
  const { octokit, pr } = input;
  for (const r of reviews) {
    const message = "Bottomline: no failure-level findings remain.";
    await octokit.rest.pulls.dismissReview({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, review_id: r.id, message, event: "DISMISS" });
  }
}

function inlineReviewBody(count: number, headSha: string): string {
  const at = untrusted(headSha.slice(0, 7), "code");
  const what = count > 0 ? `${count} new finding${count === 1 ? "" : "s"} on ${at}` : `changes requested on ${at}`;
  return `Bottomline: ${what}. The Bottomline summary review on this pull request lists everything.\n${INLINE_MARKER}`;
}

/** Everything a review depends on besides the code: a redelivery has the same hash, an edited title does not. */
function hashInput(pr: PullRequestRef, configHash: string): string {
  return createHash("sha1")
    .update(JSON.stringify([pr.headSha, pr.title, pr.body, [...pr.labels].sort(), configHash]))
    .digest("hex")
    .slice(0, 12);
}

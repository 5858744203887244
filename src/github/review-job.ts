import type { GitHub, PullRequestRef } from "../sources/github/github-types.js";
import { DeadlineExceeded } from "./github-error.js";
import { createReviewClient, type ReviewClientOptions } from "./review-client.js";
import type { MarkerTrust } from "./publish-review.js";
import { reviewPullRequest, type Logger, type ReviewOutcome } from "./review-pull-request.js";
import { coverageOfRun, type WorkflowRun } from "./workflow-run-coverage.js";

export const DEFAULT_DEADLINE_MS = 5 * 60_000;

export interface ReviewJobSettings {
  /** Overall deadline of one review attempt (BOTTOMLINE_REVIEW_DEADLINE_SECONDS, default 300). */
  deadlineMs: number;
  client: Omit<ReviewClientOptions, "signal" | "deadlineAt" | "log">;
  /** Aborted when the replica must stop: the review ends as at its deadline, and says why. */
  shutdown?: AbortSignal;
  /**
   * The queue gives a review stopped by the shutdown to another replica (Redis): it is then not
   * reported as failed on its check run, which the other replica completes.
   */
  requeuedOnShutdown?: boolean;
  now?: () => number;
}

export interface ReviewJob {
  /** Probot's app-authenticated client: review clients are built from its class and credentials. */
  base: GitHub;
  installationId: number;
  pr: PullRequestRef;
  rerun: boolean;
  isCurrent: () => boolean;
  log: Logger;
  /** Which markers are this App's (signed summary markers, security work #9). */
  trust: () => Promise<MarkerTrust>;
  /** The check's conclusion, when the review got that far (metrics). */
  onConclusion?: (conclusion: string) => void;
  /** A finished workflow run whose coverage artifact joins the review (#14). */
  coverageRun?: WorkflowRun;
}

/**
 * One review attempt under a deadline. Past it, every request in flight and every wait is
 * aborted, and the worker slot is released even if something ignores the abort. The failure is
 * still reported on the check run, through a client outside the deadline (one request timeout,
 * two attempts), so no pull request is left without a completed check.
 */
export async function runReviewJob(job: ReviewJob, settings: ReviewJobSettings): Promise<ReviewOutcome> {
  // The retry policy's clock, so that tests with a fake one see a consistent deadline.
  const now = settings.now ?? settings.client.retry?.now ?? Date.now;
  const controller = new AbortController();
  const deadline = new DeadlineExceeded(settings.deadlineMs);
  const timer = setTimeout(() => controller.abort(deadline), settings.deadlineMs);
  const onShutdown = () => controller.abort(settings.shutdown!.reason);
  if (settings.shutdown?.aborted) onShutdown();
  settings.shutdown?.addEventListener("abort", onShutdown, { once: true });
  const octokit = createReviewClient(job.base, job.installationId, {
    ...settings.client,
    signal: controller.signal,
    deadlineAt: now() + settings.deadlineMs,
    log: job.log,
  });
  const retry = settings.client.retry;
  const reporter = createReviewClient(job.base, job.installationId, { ...settings.client, retry: retry && { ...retry, attempts: 2 }, log: job.log });
  const review = (async () => {
    // Inside the deadline and the write budget, like every other request of the review.
    const coverage = job.coverageRun ? await coverageOfRun(octokit, job.pr, job.coverageRun, job.log) : undefined;
    return reviewPullRequest(octokit, job.pr, {
      rerun: job.rerun,
      isCurrent: job.isCurrent,
      log: job.log,
      trust: job.trust,
      reporter,
      onConclusion: job.onConclusion,
      resumesElsewhere: () => settings.requeuedOnShutdown === true && settings.shutdown?.aborted === true,
      ...(coverage ? { coverage } : {}),
    });
  })();
  // Grace for the failure report after the deadline; then the slot is freed regardless.
  const grace = (settings.client.requestTimeoutMs ?? 30_000) * 2;
  let release: NodeJS.Timeout | undefined;
  const abandoned = new Promise<ReviewOutcome>((resolve) =>
    controller.signal.addEventListener("abort", () => {
      release = setTimeout(() => {
        job.log.error({ pr: job.pr.number }, `${deadline.message}; releasing the worker slot`);
        resolve(settings.requeuedOnShutdown && settings.shutdown?.aborted ? "retry" : "failed");
      }, grace);
    }),
  );
  try {
    return await Promise.race([review, abandoned]);
  } finally {
    clearTimeout(timer);
    clearTimeout(release);
    settings.shutdown?.removeEventListener("abort", onShutdown);
  }
}

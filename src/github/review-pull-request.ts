import type { CoverageReport } from "../coverage/coverage-report.js";
import type { ReviewResult } from "../engine/review-result.js";
import { runReview } from "../engine/run-review.js";
import type { Change } from "../model/change.js";
import { checkRunForConfigErrors, checkRunForError } from "../report/check-run.js";
import { githubLookups } from "../sources/github/github-lookups.js";
import { GITHUB_COMMITS_CAP, type GitHub, type PullRequestRef } from "../sources/github/github-types.js";
import { loadRepoConfig } from "../sources/github/load-repo-config.js";
import { readPullRequest } from "../sources/github/read-pull-request.js";
import { describeForUser, errorForLog } from "./describe-error.js";
import { deadlineOf } from "./github-error.js";
import { publishCheckRun } from "./publish-check-run.js";
import { publishReview, readPublishedState, type MarkerTrust, type PublishOutcome } from "./publish-review.js";
import { retryDelay } from "./with-retry.js";

/** "retry": stopped by something that passes (an outage, a rate limit, the deadline); try again later. */
export type ReviewOutcome = PublishOutcome | "config-error" | "draft" | "failed" | "retry";

export interface Logger {
  info: (o: object, msg: string) => void;
  warn: (o: object, msg: string) => void;
  error: (o: object, msg: string) => void;
}

export interface ReviewOptions {
  rerun: boolean;
  isCurrent: () => boolean;
  log: Logger;
  trust: () => Promise<MarkerTrust>;
  /** Where rules.yml lives on the default branch (the Action's `config` input); `.github/rules.yml` by default. */
  configPath?: string;
  /** The publisher; the Action wraps it to fall back to the job summary when its token cannot write. */
  publish?: typeof publishReview;
  /** Told the result before it is published (the Action's outputs and exit code come from it). */
  onReviewed?: (result: ReviewResult, change: Change) => void;
  /** A coverage report of the head commit (the Action's `coverage` input, #14). */
  coverage?: CoverageReport;
  /** Reports a failure outside the attempt's deadline (review-job.ts); the review's client by default. */
  reporter?: GitHub;
  /** The check's conclusion, when the review got that far (metrics). */
  onConclusion?: (conclusion: string) => void;
  /**
   * True for a failure after which the review resumes on another replica (a shutdown, with the
   * job back in the shared queue): the check run is left in progress for that replica to
   * complete, instead of flashing a failure that the next attempt would have to overwrite.
   */
  resumesElsewhere?: (err: unknown) => boolean;
}

/** gather → review → publish for one pull request head. Never throws: every failure ends visible. */
export async function reviewPullRequest(octokit: GitHub, pr: PullRequestRef, opts: ReviewOptions): Promise<ReviewOutcome> {
  const where = { repo: `${pr.owner}/${pr.repo}`, pr: pr.number, head: pr.headSha.slice(0, 7) };
  try {
    const repoConfig = await loadRepoConfig(octokit, pr.owner, pr.repo, opts.configPath);
    if (!repoConfig.config) {
      opts.log.warn({ ...where, errors: repoConfig.errors.length }, "invalid rules.yml; failing the check with its errors");
      const checkRun = await publishCheckRun(
        octokit,
        pr.owner,
        pr.repo,
        pr.headSha,
        checkRunForConfigErrors(repoConfig.errors, repoConfig.source, repoConfig.inThisRepo),
      );
      await checkRun.appendRest();
      return "config-error";
    }
    const config = repoConfig.config;
    if (pr.draft && !config.review.drafts) {
      opts.log.info(where, "draft pull request skipped (set review.drafts: true to review drafts)");
      return "draft";
    }
    const change = await readPullRequest(octokit, pr);
    const listedHead = change.commits[change.commits.length - 1]?.sha;
    if (listedHead && listedHead !== pr.headSha && change.commits.length < GITHUB_COMMITS_CAP) {
      opts.log.info({ ...where, current: listedHead.slice(0, 7) }, "a newer push exists; leaving it to its own review");
      return "stale";
    }
    const state = await readPublishedState(octokit, pr, repoConfig.hash, opts.rerun, await opts.trust());
    if (typeof state === "string") {
      opts.log.info(
        { ...where, outcome: state },
        state === "duplicate" ? "already reviewed this exact input; nothing to post" : "a newer push was already reviewed; dropping this one",
      );
      return state;
    }
    const result = await runReview(change, config, githubLookups(octokit, pr.owner, pr.repo, pr.headSha, change.baseSha), {
      coverage: opts.coverage,
    });
    opts.onReviewed?.(result, change);
    const outcome = await (opts.publish ?? publishReview)({ octokit, pr, change, result, config, isCurrent: opts.isCurrent, log: opts.log }, state);
    opts.log.info({ ...where, outcome, conclusion: result.conclusion, findings: result.findings.length }, "review done");
    opts.onConclusion?.(result.conclusion);
    return outcome;
  } catch (err) {
    const message = describeForUser(err);
    if (opts.resumesElsewhere?.(err)) {
      opts.log.warn({ ...where, err: errorForLog(err) }, `review stopped: ${message}`);
      return "retry";
    }
    opts.log.error({ ...where, err: errorForLog(err) }, `review failed: ${message}`);
    try {
      // The reporter is outside the attempt's deadline, which may be what stopped the review.
      await publishCheckRun(opts.reporter ?? octokit, pr.owner, pr.repo, pr.headSha, checkRunForError(message));
    } catch (again) {
      opts.log.error({ ...where, err: errorForLog(again) }, "could not report the failure on the check run either; the review will be tried again later");
    }
    return isTransient(err) ? "retry" : "failed";
  }
}

function isTransient(err: unknown): boolean {
  return Boolean(deadlineOf(err) || retryDelay(err, 1, Date.now()));
}

import { randomUUID } from "node:crypto";
import { ANNOTATIONS_PER_REQUEST, CHECK_NAME, type CheckRunOutput } from "../report/check-run.js";
import type { GitHub } from "../sources/github/github-types.js";

export interface PublishedCheckRun {
  id: number;
  /**
   * Sends the annotations past the first 50, 50 per request. Separate so the publisher can post
   * the review first: on a large change those extra writes (up to 19 under the default budget of
   * 1,000) would otherwise hold the review back. Stops early when `keepGoing` says so.
   */
  appendRest: (keepGoing?: () => boolean) => Promise<void>;
}

interface CheckRunRow {
  id: number;
  status: string;
  external_id?: string | null;
  app?: { id?: number } | null;
}

/** Bottomline's check runs on a commit (one read); a listing GitHub refuses counts as none. */
export async function listOwnCheckRuns(octokit: GitHub, owner: string, repo: string, headSha: string): Promise<CheckRunRow[]> {
  try {
    const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: CHECK_NAME, filter: "all", per_page: 100 });
    return (data.check_runs as CheckRunRow[]).filter((r) => typeof r.external_id === "string" && r.external_id.startsWith("bottomline:"));
  } catch (err) {
    if ((err as { status?: number }).status === 404) return [];
    throw err;
  }
}

/**
 * An `in_progress` check run as soon as a review is accepted, so a pull request never looks
 * green or silent while the review waits in the queue. The review completes this same run.
 */
export async function publishQueuedCheckRun(octokit: GitHub, owner: string, repo: string, headSha: string): Promise<void> {
  // Any run of ours for this head (a redelivery, an edit) already shows the state: keep it.
  if ((await listOwnCheckRuns(octokit, owner, repo, headSha)).length > 0) return;
  await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: "in_progress",
    external_id: `bottomline:${randomUUID()}`,
    output: { title: "Review queued", summary: "Bottomline has accepted this push and will post its review shortly." },
  });
}

/**
 * One completed check run per review, with the first 50 annotations in the same request: the
 * run created when the review was accepted is completed, else a new one is created. Its
 * external_id lets a retry after a lost response find the run that did land (review-client.ts).
 */
export async function publishCheckRun(octokit: GitHub, owner: string, repo: string, headSha: string, out: CheckRunOutput): Promise<PublishedCheckRun> {
  const open = (await listOwnCheckRuns(octokit, owner, repo, headSha)).find((r) => r.status !== "completed");
  const completed = {
    status: "completed" as const,
    conclusion: out.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: out.title, summary: out.summary, annotations: out.annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
  };
  const { data } = open
    ? await octokit.rest.checks.update({ owner, repo, check_run_id: open.id, ...completed })
    : await octokit.rest.checks.create({ owner, repo, name: CHECK_NAME, head_sha: headSha, external_id: `bottomline:${randomUUID()}`, ...completed });
  const appendRest = async (keepGoing: () => boolean = () => true) => {
    for (let i = ANNOTATIONS_PER_REQUEST; i < out.annotations.length && keepGoing(); i += ANNOTATIONS_PER_REQUEST) {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: { title: out.title, summary: out.summary, annotations: out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) },
      });
    }
  };
  return { id: data.id, appendRest };
}

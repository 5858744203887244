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

/** One completed check run per review, created in a single request with the first 50 annotations. */
export async function publishCheckRun(octokit: GitHub, owner: string, repo: string, headSha: string, out: CheckRunOutput): Promise<PublishedCheckRun> {
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: out.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: out.title, summary: out.summary, annotations: out.annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
  });
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

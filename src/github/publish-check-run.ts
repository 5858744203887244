import { ANNOTATIONS_PER_REQUEST, CHECK_NAME, type CheckRunOutput } from "../report/check-run.js";
import type { GitHub } from "../sources/github/github-types.js";

/**
 * One completed check run per review, created in a single request with the first 50 annotations;
 * only a review with more findings spends extra requests, 50 annotations each.
 */
export async function publishCheckRun(octokit: GitHub, owner: string, repo: string, headSha: string, out: CheckRunOutput): Promise<number> {
  const first = out.annotations.slice(0, ANNOTATIONS_PER_REQUEST);
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: "completed",
    conclusion: out.conclusion,
    completed_at: new Date().toISOString(),
    output: { title: out.title, summary: out.summary, annotations: first },
  });
  for (let i = ANNOTATIONS_PER_REQUEST; i < out.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: data.id,
      output: { title: out.title, summary: out.summary, annotations: out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) },
    });
  }
  return data.id;
}

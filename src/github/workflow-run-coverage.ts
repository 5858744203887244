import type { CoverageReport } from "../coverage/coverage-report.js";
import { loadRepoConfig } from "../sources/github/load-repo-config.js";
import { fetchCoverageArtifact } from "./coverage-artifact.js";
import type { GitHub, PullRequestRef } from "../sources/github/github-types.js";
import { toPullRequestRef, type PullRequestPayload } from "./pull-request-ref.js";
import type { Logger } from "./review-pull-request.js";

export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  pull_requests: Array<{ number: number }>;
  head_repository?: { owner?: { login?: string } } | null;
}

/**
 * A completed workflow run → the open pull request whose head it ran on. A fork's run lists no
 * pull requests, so those are found by the fork's branch and checked against the head SHA: a run
 * of an older push is ignored (undefined). One request.
 */
export async function pullRequestForRun(octokit: GitHub, owner: string, repo: string, run: WorkflowRun): Promise<PullRequestRef | undefined> {
  const pr = await pullRequestOf(octokit, owner, repo, run);
  return pr && pr.headSha === run.head_sha ? pr : undefined;
}

/**
 * The coverage report a workflow run uploaded: the artifact named by
 * `tests-required.coverage.artifact` in the base branch's rules.yml (default `coverage`). At most
 * four requests: rules.yml, the artifact list, the download (and a redirect). A report that cannot
 * be had is logged and the review goes on without it, as it would without a report.
 */
export async function coverageOfRun(octokit: GitHub, pr: PullRequestRef, run: WorkflowRun, log?: Logger): Promise<CoverageReport | undefined> {
  try {
    const { config } = await loadRepoConfig(octokit, pr.owner, pr.repo);
    const setting = config?.rules["tests-required"];
    if (setting?.severity === "off") return undefined;
    const options = setting?.options as { coverage?: { artifact?: string } } | undefined;
    return await fetchCoverageArtifact(octokit, pr.owner, pr.repo, run.id, options?.coverage?.artifact ?? "coverage");
  } catch (err) {
    log?.warn({ err, run: run.id }, "could not read the workflow run's coverage artifact; reviewing without it");
    return undefined;
  }
}

async function pullRequestOf(octokit: GitHub, owner: string, repo: string, run: WorkflowRun): Promise<PullRequestRef | undefined> {
  const number = run.pull_requests[0]?.number;
  if (number) {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    return data.state === "open" ? toPullRequestRef(data as unknown as PullRequestPayload) : undefined;
  }
  const forkOwner = run.head_repository?.owner?.login;
  if (!forkOwner || !run.head_branch) return undefined;
  const { data } = await octokit.rest.pulls.list({ owner, repo, state: "open", head: `${forkOwner}:${run.head_branch}`, per_page: 5 });
  const match = data.find((p) => p.head.sha === run.head_sha);
  return match ? toPullRequestRef(match as unknown as PullRequestPayload) : undefined;
}

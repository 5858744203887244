import type { CoverageReport } from "../coverage/coverage-report.js";
import { loadRepoConfig } from "../sources/github/load-repo-config.js";
import { fetchCoverageArtifact } from "./coverage-artifact.js";
import type { GitHub, PullRequestRef } from "../sources/github/github-types.js";
import { toPullRequestRef, type PullRequestPayload } from "./pull-request-ref.js";

export interface WorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  pull_requests: Array<{ number: number }>;
  head_repository?: { owner?: { login?: string } } | null;
}

/**
 * A completed workflow run → the open pull request whose head it ran on, and the coverage report
 * it uploaded (the artifact named by `tests-required.coverage.artifact` in the base branch's
 * rules.yml, default `coverage`). A fork's run lists no pull requests, so those are found by the
 * fork's branch and checked against the head SHA: a run of an older push is ignored. At most five
 * requests: rules.yml, the pull request, the artifact list, the download (and a redirect).
 */
export async function coverageForRun(
  octokit: GitHub,
  owner: string,
  repo: string,
  run: WorkflowRun,
): Promise<{ pr: PullRequestRef; coverage: CoverageReport } | undefined> {
  const pr = await pullRequestOf(octokit, owner, repo, run);
  if (!pr || pr.headSha !== run.head_sha) return undefined;
  const { config } = await loadRepoConfig(octokit, owner, repo);
  const options = config?.rules["tests-required"]?.options as { coverage?: { artifact?: string } } | undefined;
  if (config?.rules["tests-required"]?.severity === "off") return undefined;
  const coverage = await fetchCoverageArtifact(octokit, owner, repo, run.id, options?.coverage?.artifact ?? "coverage");
  return coverage ? { pr, coverage } : undefined;
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

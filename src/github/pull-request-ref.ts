import type { PullRequestRef } from "../sources/github/github-types.js";

/** The slice of a webhook's (or the REST API's) pull request object that a review needs. */
export interface PullRequestPayload {
  number: number;
  title: string;
  body?: string | null;
  draft?: boolean;
  updated_at: string;
  commits?: number;
  changed_files?: number;
  labels?: Array<{ name?: string }>;
  head: { sha: string; repo?: { full_name?: string } | null };
  base: { sha: string; repo: { full_name?: string; name: string; owner: { login: string } } };
}

export function toPullRequestRef(pr: PullRequestPayload): PullRequestRef {
  return {
    owner: pr.base.repo.owner.login,
    repo: pr.base.repo.name,
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    title: pr.title,
    body: pr.body ?? "",
    labels: (pr.labels ?? []).map((l) => l.name ?? "").filter(Boolean),
    draft: Boolean(pr.draft),
    updatedAt: pr.updated_at,
    commits: pr.commits ?? 0,
    changedFiles: pr.changed_files ?? 0,
    fromFork: Boolean(pr.head.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name),
  };
}

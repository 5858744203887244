import type { ProbotOctokit } from "probot";

/** The authenticated installation client Probot hands to each webhook. */
export type GitHub = InstanceType<typeof ProbotOctokit>;

/** What a review needs to know about a pull request, read from the webhook payload. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
  /** `pull_request.updated_at` of the event; orders events across replicas. */
  updatedAt: string;
  /** Totals from the payload, to tell when GitHub's list caps cut a listing short. */
  commits: number;
  changedFiles: number;
  /** Whether the head branch lives in a fork (reads still go to the base repository). */
  fromFork: boolean;
}

export const GITHUB_FILES_CAP = 3000;
export const GITHUB_COMMITS_CAP = 250;

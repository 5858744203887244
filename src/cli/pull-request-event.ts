import { readFileSync } from "node:fs";
import { CliError } from "./io.js";

/** The part of a workflow's pull_request event the CLI reviews. */
export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  commits?: number;
}

const PR_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);

/**
 * In a GitHub Actions run for a pull request, the range to review is the pull request's, not the
 * checked-out merge commit's: base and head come from the event file GitHub writes.
 */
export function readPullRequestEvent(env: NodeJS.ProcessEnv): PullRequestEvent | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path || (env.GITHUB_EVENT_NAME && !PR_EVENTS.has(env.GITHUB_EVENT_NAME))) return undefined;
  let event: { pull_request?: { number?: number; commits?: number; base?: { sha?: string }; head?: { sha?: string } } };
  try {
    event = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new CliError(`GITHUB_EVENT_PATH (${path}) could not be read as JSON (${(err as Error).message}); unset it, or pass --base and --head`);
  }
  const pr = event.pull_request;
  if (!pr) return undefined;
  const sha = /^[0-9a-f]{40,64}$/;
  if (!pr.base?.sha || !pr.head?.sha || !sha.test(pr.base.sha) || !sha.test(pr.head.sha) || typeof pr.number !== "number")
    throw new CliError(`the pull_request event in ${path} has no base and head SHAs; pass --base and --head`);
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, commits: pr.commits };
}

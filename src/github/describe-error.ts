/**
 * Turns an error into what a user reads on the failed check (a plain sentence: what failed,
 * while doing what, what to do) and what the logs keep (ids and status, never a request or
 * response body, which may quote the pull request). No internal URL or raw response text
 * reaches the check.
 */
import { deadlineOf, networkProblem } from "./github-error.js";

interface HttpishError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
}

/** What Bottomline was doing, by the request that failed. Order matters: the first match wins. */
const ACTIVITIES: Array<[method: string, path: RegExp, doing: string]> = [
  ["POST", /\/app\/installations\/\d+\/access_tokens$/, "getting an access token for this repository"],
  ["GET", /\/app$/, "reading which app it is"],
  ["GET", /\/contents\//, "reading .github/rules.yml"],
  ["GET", /\/pulls\/\d+\/commits$/, "reading the pull request's commits"],
  ["GET", /\/pulls\/\d+\/files$/, "reading the pull request's files"],
  ["GET", /\/pulls\/\d+\/reviews$/, "reading the pull request's reviews"],
  ["POST", /\/pulls\/\d+\/reviews$/, "posting its review"],
  ["PUT", /\/pulls\/\d+\/reviews\/\d+\/dismissals$/, "dismissing its earlier change request"],
  ["PUT", /\/pulls\/\d+\/reviews\/\d+$/, "updating its summary review"],
  ["GET", /\/pulls\/\d+$/, "reading the pull request"],
  ["GET", /\/commits\/[^/]+\/pulls$/, "finding the pull request of this commit"],
  ["POST", /\/check-runs$/, "creating the check run"],
  ["PATCH", /\/check-runs\/\d+$/, "adding annotations to the check run"],
  ["POST", /\/graphql$/, "looking up issues and file contents"],
];

export function describeForUser(err: unknown): string {
  const e = (err ?? {}) as HttpishError;
  const deadline = deadlineOf(err);
  if (!e.request) return deadline ? `Bottomline stopped: ${deadline.message}.` : "An unexpected error stopped the review before it finished.";
  const doing = activity(e.request.method, e.request.url);
  if (deadline) return `Bottomline stopped while ${doing}: ${deadline.message}.`;
  // Octokit reports a request that got no answer as status 500: name the real cause instead.
  const network = networkProblem(err);
  if (network) return `Bottomline could not reach GitHub while ${doing}: ${network}.`;
  if (!e.status) return `Bottomline could not reach GitHub while ${doing}.`;
  return `GitHub answered ${e.status} while ${doing}${advice(e.status)}.`;
}

/** Log fields for an error: enough to find it (status, method, path), nothing that quotes content. */
export function errorForLog(err: unknown): Record<string, unknown> {
  const e = (err ?? {}) as HttpishError & { name?: string; stack?: string };
  if (e.request) return { name: e.name, status: e.status, method: e.request.method, path: pathOnly(e.request.url) };
  return { name: e.name, message: e.message, stack: e.stack };
}

function activity(method = "", url = ""): string {
  const path = pathOnly(url);
  return ACTIVITIES.find(([m, re]) => m === method.toUpperCase() && re.test(path))?.[2] ?? "talking to GitHub";
}

function advice(status: number): string {
  if (status === 401) return " (the app's credentials were refused)";
  if (status === 403) return " (the app may lack a permission it needs, or hit a rate limit)";
  if (status === 404) return " (the repository, pull request or app installation is gone or out of reach)";
  if (status === 422) return " (GitHub refused what Bottomline sent)";
  if (status >= 500) return " (a problem on GitHub's side)";
  return "";
}

function pathOnly(url = ""): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, "").split("?")[0];
}

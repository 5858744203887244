import { Octokit } from "@octokit/rest";
import { config } from "@probot/octokit-plugin-config";
import { withRetry, defaultRetryPolicy, type RetryPolicy } from "../github/with-retry.js";
import type { GitHub } from "../sources/github/github-types.js";

/**
 * The client the App's publisher gets in the Action: authenticated with the job's GITHUB_TOKEN,
 * on GITHUB_API_URL (GitHub Enterprise included), with the same config plugin Probot adds (for
 * `_extends`) and the App's retry layer around every request.
 */
export function actionOctokit(token: string, baseUrl: string, policy: RetryPolicy = defaultRetryPolicy, warn: (msg: string) => void = () => {}): GitHub {
  const Client = Octokit.plugin(config);
  // Octokit logs every failed request as an error, the expected 404 of a missing rules.yml too;
  // failures that matter reach the review's own log with a sentence that says what to do.
  const octokit = new Client({ auth: token, baseUrl, userAgent: "bottomline-action", log: { debug() {}, info() {}, warn, error() {} } });
  octokit.hook.wrap("request", (request, options) => withRetry(async () => request(options), policy));
  return octokit as unknown as GitHub;
}

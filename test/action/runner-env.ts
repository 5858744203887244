import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pullRequestEvent } from "../helpers/github-fixtures.js";

/** The environment a GitHub runner gives a JavaScript action on a pull_request event, with files in a temporary directory. */
export function runnerEnv(apiUrl: string, opts: { forkOwner?: string; draft?: boolean; inputs?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "bottomline-action-"));
  const event = pullRequestEvent("opened", { forkOwner: opts.forkOwner, draft: opts.draft });
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(event));
  for (const f of ["summary.md", "output.txt"]) writeFileSync(join(dir, f), "");
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_REPOSITORY_ID: "186853002",
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_TOKEN: "ghs_job_token",
    GITHUB_SHA: "c".repeat(40),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    GITHUB_OUTPUT: join(dir, "output.txt"),
    "INPUT_FAIL-LEVEL": "failure",
    INPUT_FORMAT: "text",
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  const outputs = () =>
    Object.fromEntries(
      readFileSync(env.GITHUB_OUTPUT!, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => l.split("=", 2) as [string, string]),
    );
  return { env, dir, summary: () => readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"), outputs };
}

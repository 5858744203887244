import { readFileSync, writeFileSync } from "node:fs";
import type { ReviewResult } from "../engine/review-result.js";
import type { ActiveSeverity } from "../engine/rule.js";
import { deriveMarkerKey, type AppIdentity } from "../github/markers.js";
import { publishReview, type PublishInput, type PublishedState } from "../github/publish-review.js";
import { toPullRequestRef, type PullRequestPayload } from "../github/pull-request-ref.js";
import { reviewPullRequest, type Logger } from "../github/review-pull-request.js";
import type { RetryPolicy } from "../github/with-retry.js";
import type { Change } from "../model/change.js";
import { countBySeverity } from "../report/counts.js";
import { FORMATS, isFormat, renderFormat, type Format } from "../report/render-format.js";
import { renderSummary } from "../report/summary.js";
import { checkRunForConfigErrors, type CheckRunOutput } from "../report/check-run.js";
import { escapeData, renderWorkflowCommands, workflowCommand } from "../report/workflow-commands.js";
import { loadRepoConfig } from "../sources/github/load-repo-config.js";
import { actionOctokit } from "./action-octokit.js";
import { readCoverageArgs } from "../cli/coverage-args.js";
import { appendStepSummary, input, setOutputs } from "./action-env.js";
import { runReportStep } from "./run-report-step.js";

/**
 * How the Action's own reviews are recognised: GitHub writes them as github-actions[bot] (the
 * GitHub Actions app, id 15368 on github.com). The App's marker check then believes only markers
 * on those reviews.
 */
export const ACTIONS_IDENTITY: AppIdentity = { appId: 15368, botLogin: "github-actions[bot]" };

const FAIL_LEVELS = ["failure", "warning", "notice", "never"] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

export interface ActionRun {
  exitCode: number;
  conclusion?: string;
  outcome: string;
}

export interface ActionIo {
  stdout: (s: string) => void;
  retry?: RetryPolicy;
}

interface Settings {
  failLevel: FailLevel;
  format: Format;
  token: string;
  configPath?: string;
  event: PullRequestPayload;
  /** The `coverage` input: report files or globs, one per line or space-separated (#14). */
  coverage: string[];
}

/**
 * The Action: the App's review of the workflow's pull request, published by the App's own
 * publisher with the job's GITHUB_TOKEN. Where that token cannot write (a pull request from a
 * fork gets a read-only one), the same summary goes to the job summary and the findings become
 * workflow-command annotations; the step never crashes for it.
 */
export async function runAction(env: NodeJS.ProcessEnv, io: ActionIo): Promise<ActionRun> {
  const report = input(env, "report");
  if (report) return runReportStep(env, io, report);
  const log = actionLogger(io.stdout);
  const settings = readSettings(env, io, log);
  if ("exitCode" in settings) return settings;
  const pr = toPullRequestRef(settings.event);
  // On `pull_request` from a fork GitHub hands the job a read-only token: go straight to the fallback.
  const readOnly = pr.fromFork && env.GITHUB_EVENT_NAME !== "pull_request_target";
  const octokit = actionOctokit(settings.token, env.GITHUB_API_URL || "https://api.github.com", io.retry, (m) => log.warn({}, m));

  // The App reports a broken rules.yml on the check run; a read-only token cannot create one.
  if (readOnly) {
    const repoConfig = await loadRepoConfig(octokit, pr.owner, pr.repo, settings.configPath);
    if (!repoConfig.config) return configErrors(env, io, checkRunForConfigErrors(repoConfig.errors, repoConfig.source, repoConfig.inThisRepo));
  }
  let reviewed: { result: ReviewResult; change: Change } | undefined;
  const publisher = guardedPublisher(readOnly, io, log);
  const outcome = await reviewPullRequest(octokit, pr, {
    rerun: true,
    isCurrent: () => true,
    log,
    configPath: settings.configPath,
    trust: async () => ({ app: ACTIONS_IDENTITY, key: markerKey(env) }),
    publish: publisher.publish,
    onReviewed: (result, change) => (reviewed = { result, change }),
    // Globs resolve in the workspace, where the test step wrote the report.
    coverage: settings.coverage.length > 0 ? readCoverageArgs(settings.coverage, env.GITHUB_WORKSPACE || process.cwd(), (m) => log.warn({}, m)) : undefined,
  });
  if (!reviewed) return notReviewed(env, io, outcome);
  return finish(env, io, settings, pr.headSha, reviewed, publisher.fellBack() ? "job-summary" : outcome);
}

/** Inputs, event and token, or the step's failure with a message that says what to change. */
function readSettings(env: NodeJS.ProcessEnv, io: ActionIo, log: Logger): Settings | ActionRun {
  const failLevel = (input(env, "fail-level") || "failure") as FailLevel;
  const format = input(env, "format") || "text";
  if (!FAIL_LEVELS.includes(failLevel)) return usage(io, `the fail-level input must be ${FAIL_LEVELS.join(", ")} (got "${failLevel}")`);
  if (!isFormat(format)) return usage(io, `the format input must be one of ${FORMATS.join(", ")} (got "${format}")`);
  const event = readEvent(env);
  if (!event)
    return usage(io, `Bottomline's action reviews pull requests: run it on \`on: pull_request\` (this run is a "${env.GITHUB_EVENT_NAME ?? "?"}" event)`);
  const token = input(env, "github-token") || env.GITHUB_TOKEN;
  if (!token) return usage(io, "no token: pass `github-token: ${{ github.token }}` (the default) or set GITHUB_TOKEN");
  const coverage = input(env, "coverage").split(/\s+/).filter(Boolean);
  return { failLevel, format, token, configPath: input(env, "config") || undefined, event, coverage };
}

/**
 * The App's publisher, unchanged, behind a guard: with a read-only token (a fork's pull request),
 * or when GitHub refuses a write (a permission missing), the findings become workflow-command
 * annotations instead, and the caller puts the summary in the job summary.
 */
function guardedPublisher(readOnly: boolean, io: ActionIo, log: Logger) {
  let fellBack = false;
  const fallback = (why: string, publishInput: PublishInput) => {
    fellBack = true;
    log.warn({}, `${why}: the review goes to the job summary and the findings to annotations instead`);
    io.stdout(renderWorkflowCommands(publishInput.result));
    return "published" as const;
  };
  const publish = async (publishInput: PublishInput, state: PublishedState) => {
    if (readOnly) return fallback("this pull request comes from a fork, so the token is read-only", publishInput);
    try {
      return await publishReview(publishInput, state);
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status !== 403 && status !== 404) throw err;
      const why = `GitHub answered ${status} to a write: the token lacks a permission (give the job checks: write and pull-requests: write, see the README)`;
      return fallback(why, publishInput);
    }
  };
  return { publish, fellBack: () => fellBack };
}

/** The job summary, the `format` report, the outputs, and the exit code from `fail-level`. */
function finish(
  env: NodeJS.ProcessEnv,
  io: ActionIo,
  settings: Settings,
  headSha: string,
  { result, change }: { result: ReviewResult; change: Change },
  outcome: string,
): ActionRun {
  const summary = renderSummary(result, { headSha, repository: change.repository });
  const where = outcome === "job-summary" ? "" : "\n_Posted on the pull request as a review and the **Bottomline** check run._\n";
  appendStepSummary(env, summary + where);
  writeReport(env, io, settings.format, result, headSha, change);
  const counts = countBySeverity(result.findings);
  setOutputs(env, {
    conclusion: result.conclusion,
    outcome,
    findings: result.findings.length,
    failures: counts.failure,
    warnings: counts.warning,
    notices: counts.notice,
  });
  return { exitCode: fails(result, settings.failLevel) ? 1 : 0, conclusion: result.conclusion, outcome };
}

/**
 * No result: a draft (the config skips drafts), a run for a head older than the one the summary
 * describes (a re-run of an old workflow run), or a review that failed and said why above.
 */
function notReviewed(env: NodeJS.ProcessEnv, io: ActionIo, outcome: string): ActionRun {
  if (outcome === "draft") {
    io.stdout(`::notice title=Bottomline::a draft pull request: not reviewed (set review.drafts: true in rules.yml to review drafts)\n`);
    setOutputs(env, { conclusion: "skipped", outcome, findings: 0, failures: 0, warnings: 0, notices: 0 });
    return { exitCode: 0, conclusion: "skipped", outcome };
  }
  if (outcome === "stale") {
    // Fails closed: without a marker-key secret the marker's key is public, so a marker could be
    // forged to claim a newer review; a red step on an old head costs nothing, a silent pass would.
    const why = "the summary on this pull request describes a newer push, so this run's head was not reviewed; re-run the workflow of the latest push";
    io.stdout(`::error title=Bottomline::${escapeData(why)}\n`);
    setOutputs(env, { conclusion: "skipped", outcome, findings: 0, failures: 0, warnings: 0, notices: 0 });
    return { exitCode: 1, conclusion: "skipped", outcome };
  }
  setOutputs(env, { conclusion: "failure", outcome, findings: 0, failures: 0, warnings: 0, notices: 0 });
  io.stdout(`::error title=Bottomline::${escapeData(`the review did not complete (${outcome}); the lines above say why`)}\n`);
  return { exitCode: 1, conclusion: "failure", outcome };
}

/** A broken rules.yml, where no check run can say so: the job summary, one annotation per error, and a failed step. */
function configErrors(env: NodeJS.ProcessEnv, io: ActionIo, out: CheckRunOutput): ActionRun {
  appendStepSummary(env, out.summary);
  for (const a of out.annotations)
    io.stdout(workflowCommand({ rule: "config", severity: "failure", message: a.message, path: a.path, line: a.start_line }) + "\n");
  io.stdout(`::error title=Bottomline::${escapeData(out.title)}\n`);
  setOutputs(env, { conclusion: "failure", outcome: "config-error", findings: 0, failures: 0, warnings: 0, notices: 0 });
  return { exitCode: 1, conclusion: "failure", outcome: "config-error" };
}

function fails(result: ReviewResult, level: FailLevel): boolean {
  if (level === "never") return false;
  const rank: Record<ActiveSeverity, number> = { notice: 1, warning: 2, failure: 3 };
  return result.findings.some((f) => rank[f.severity] >= rank[level]);
}

/** The `format` input prints the result to the log; `output-file` writes it for a later step (upload-sarif, reviewdog). */
function writeReport(env: NodeJS.ProcessEnv, io: ActionIo, format: Format, result: ReviewResult, headSha: string, change: Change): void {
  const text = renderFormat(format, result, { color: false, headSha, repository: change.repository, range: `pull request at ${headSha.slice(0, 7)}` });
  const file = input(env, "output-file");
  if (file) writeFileSync(file, text);
  else if (format !== "github") io.stdout(text);
}

function readEvent(env: NodeJS.ProcessEnv): PullRequestPayload | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as { pull_request?: PullRequestPayload };
  return event.pull_request?.head?.sha ? event.pull_request : undefined;
}

/**
 * The marker key must be the same on every run, and GITHUB_TOKEN changes per job, so it cannot be
 * the key. A `marker-key` input (a secret) is used when given; otherwise the key is derived from
 * the repository's id. That is no secret, and needs none: a marker is believed only on a review
 * written as github-actions[bot], and whoever can write as that bot here can already post anything.
 */
function markerKey(env: NodeJS.ProcessEnv): Buffer {
  const secret = input(env, "marker-key");
  return deriveMarkerKey(secret || `bottomline-action:${env.GITHUB_REPOSITORY_ID || env.GITHUB_REPOSITORY || ""}`);
}

function actionLogger(out: (s: string) => void): Logger {
  const line = (kind: string, o: object, msg: string) => {
    const ids = Object.entries(o)
      .filter(([k, v]) => k !== "err" && (typeof v === "string" || typeof v === "number"))
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    out(`${kind}${escapeData(`Bottomline: ${msg}${ids ? ` (${ids})` : ""}`)}\n`);
  };
  return { info: (o, m) => line("", o, m), warn: (o, m) => line("::warning::", o, m), error: (o, m) => line("::error::", o, m) };
}

function usage(io: ActionIo, message: string): ActionRun {
  io.stdout(`::error title=Bottomline::${escapeData(message)}\n`);
  return { exitCode: 1, outcome: "usage" };
}

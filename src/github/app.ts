import type { ApplicationFunction, Context, Probot } from "probot";
import { CHECK_NAME } from "../report/check-run.js";
import type { GitHub } from "../sources/github/github-types.js";
import { MemoryDeliveryStore, type DeliveryStore } from "./delivery-store.js";
import { errorForLog } from "./describe-error.js";
import { markerKeyFromEnv, type AppIdentity } from "./markers.js";
import type { MarkerTrust } from "./publish-review.js";
import { toPullRequestRef, type PullRequestPayload } from "./pull-request-ref.js";
import { defaultRetryLater, InProcessScheduler, type RetryLater, type ReviewRequest, type ReviewScheduler, type RunReview } from "./review-scheduler.js";
import { pullRequestForRun, type WorkflowRun } from "./workflow-run-coverage.js";
import { serveRuleDocs } from "./serve-rule-docs.js";
import { BottomlineMetrics } from "../metrics/metrics.js";
import { operatorRoutes } from "./operator-routes.js";
import { recoverDeliveries } from "./recover-deliveries.js";
import { Shutdown } from "./shutdown.js";
import { privateKeySigns, readinessRoute } from "./readiness.js";
import { publishQueuedCheckRun } from "./publish-check-run.js";
import { createReviewClient } from "./review-client.js";
import { runReviewJob, type ReviewJobSettings } from "./review-job.js";
import { warmUp } from "./warm-up.js";
import { createWebhookFrontDoor } from "./webhook-front-door.js";
import { defaultRetryPolicy, type RetryPolicy } from "./with-retry.js";
import { WriteBudget } from "./write-budget.js";

export interface BottomlineOptions {
  /** Reviews running at once per replica (BOTTOMLINE_CONCURRENCY, default 4). */
  concurrency?: number;
  retry?: RetryPolicy;
  /** Signs the summary markers; by default derived from WEBHOOK_SECRET or the private key. */
  markerKey?: Buffer;
  /** This App's id and bot login; by default read once from `GET /app`. */
  appIdentity?: AppIdentity;
  /** Delivery ids already handled; in memory by default. */
  deliveries?: DeliveryStore;
  /** Writes per installation (80/min, 500/h); in memory unless given one backed by Redis. */
  budget?: WriteBudget;
  /** BOTTOMLINE_REQUEST_TIMEOUT_SECONDS (default 30). */
  requestTimeoutMs?: number;
  /** BOTTOMLINE_REVIEW_DEADLINE_SECONDS (default 300). */
  deadlineMs?: number;
  /** When a review GitHub's outage stopped is tried again (default 5 attempts, 1, 2, 4, 8 min apart). */
  retryLater?: Partial<RetryLater>;
  /** SIGTERM handling: 503 for webhooks while draining, then abort what still runs. */
  shutdown?: Shutdown;
  /** How often failed deliveries are recovered (BOTTOMLINE_RECOVERY_MINUTES, default 10); 0 turns it off. */
  recoveryMs?: number;
  /** Prometheus metrics (GET /metrics); one registry per app by default. */
  metrics?: BottomlineMetrics;
  /** Create an in-progress check run when a review is queued (default true). */
  queuedCheckRun?: boolean;
  /**
   * Compile the grammars and queries while the app loads, before the server takes webhooks (the
   * server entry turns it on): otherwise the first reviews do it on the event loop, and webhooks
   * arriving meanwhile wait hundreds of ms for their answer.
   */
  warmUp?: boolean;
  /** The queue (default in process); index.ts passes a BullMQ one when REDIS_URL is set. */
  scheduler?: (run: RunReview, concurrency: number) => ReviewScheduler;
}

const PR_EVENTS = ["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review", "pull_request.edited"] as const;

/**
 * The Probot app. Handlers only enqueue and return, so GitHub gets its answer within its 10 s;
 * reviews run in the background on the queue.
 */
export function createBottomline(options: BottomlineOptions = {}): {
  app: ApplicationFunction;
  queue: ReviewScheduler;
  metrics: BottomlineMetrics;
  shutdown: Shutdown;
} {
  const retry = options.retry ?? defaultRetryPolicy;
  let trust: () => Promise<MarkerTrust> = () => Promise.reject(new Error("the app is not loaded"));
  const shutdown = options.shutdown ?? new Shutdown();
  const settings: ReviewJobSettings = {
    shutdown: shutdown.signal,
    deadlineMs: options.deadlineMs ?? secondsFromEnv("BOTTOMLINE_REVIEW_DEADLINE_SECONDS", 300) * 1000,
    client: {
      budget: options.budget ?? new WriteBudget(),
      retry,
      requestTimeoutMs: options.requestTimeoutMs ?? secondsFromEnv("BOTTOMLINE_REQUEST_TIMEOUT_SECONDS", 30) * 1000,
      onResponse: (status) => metrics.request(status),
    },
  };
  settings.client.budget.listen((installation, ms, reason) => metrics.waited(installation, ms, reason));
  let loaded: Probot | undefined;
  const run: RunReview = async (req, isCurrent, attempt) => {
    // Review clients are built from the app client's class: Probot's credentials and token cache.
    const base = (await loaded!.auth()) as unknown as GitHub;
    const log = loaded!.log.child(logFields(req, attempt));
    const started = Date.now();
    let conclusion: string | undefined;
    const onConclusion = (c: string) => void (conclusion = c);
    const outcome = await runReviewJob(
      { base, installationId: req.installationId, pr: req.pr, rerun: req.rerun, isCurrent, log, trust, onConclusion, coverageRun: req.coverageRun },
      settings,
    );
    metrics.review(outcome, conclusion, (Date.now() - started) / 1000);
    return outcome;
  };
  const queuedCheckRun = options.queuedCheckRun ?? true;
  // Empty counts as unset: docker-compose.yml passes `${BOTTOMLINE_CONCURRENCY:-}`.
  const concurrency = options.concurrency ?? Number(process.env.BOTTOMLINE_CONCURRENCY || 4);
  const queue: ReviewScheduler = options.scheduler
    ? options.scheduler(run, concurrency)
    : new InProcessScheduler(concurrency, run, { ...defaultRetryLater, ...options.retryLater });
  const metrics = options.metrics ?? new BottomlineMetrics(() => queue.stats());
  settings.requeuedOnShutdown = queue.requeuesOnShutdown === true;

  const app: ApplicationFunction = async (probot: Probot, { addHandler }) => {
    loaded = probot;
    if (options.warmUp) {
      const ms = await warmUp();
      // The first webhook's own path, cold: the signature check's key and an installation client.
      await probot.webhooks.verify("{}", `sha256=${"0".repeat(64)}`).catch(() => false);
      await probot.auth(1);
      probot.log.info({ ms: Math.round(ms) }, "grammars, queries and the webhook path warmed up before taking webhooks");
    }
    // Jobs may be waiting in Redis: take them only now that clients can be built.
    queue.start?.(probot.log);
    const key = options.markerKey ?? markerKeyFromEnv(process.env, (msg) => probot.log.warn(msg));
    let identity = options.appIdentity ? Promise.resolve(options.appIdentity) : undefined;
    trust = async () => {
      // One request per process; a failure is not cached, so the next review asks again.
      identity ??= fetchAppIdentity(probot).catch((err: unknown) => {
        identity = undefined;
        throw err;
      });
      return { app: await identity, key };
    };

    // While shutting down, webhooks get 503 before anything else reads them.
    addHandler(shutdown.webhookGate(probot.webhookPath));
    // Then: webhooks are size-capped, verified and checked here before Probot sees them.
    addHandler(
      createWebhookFrontDoor({
        webhooks: probot.webhooks,
        webhookPath: probot.webhookPath,
        deliveries: options.deliveries ?? new MemoryDeliveryStore(),
        log: probot.log,
      }),
    );

    listen(probot);
    serveOperators(probot, addHandler);
  };

  /** The events that schedule a review: a pull request's changes, a re-run, a finished workflow. */
  function listen(probot: Probot): void {
    probot.on(
      [...PR_EVENTS],
      guarded(async (context) => {
        const payload = context.payload.pull_request as unknown as PullRequestPayload & { state: string };
        if (payload.state !== "open") return;
        if (context.payload.action === "edited" && !editedWhatWeRead(context.payload as { changes?: Record<string, unknown> })) return;
        await schedule(context, toPullRequestRef(payload), false);
      }),
    );

    probot.on(
      "check_run.rerequested",
      guarded(async (context) => {
        const run = context.payload.check_run;
        if (run.name !== CHECK_NAME) return;
        const octokit = createReviewClient(context.octokit as unknown as GitHub, installationOf(context), { ...settings.client, log: context.log });
        const { owner, repo } = context.repo();
        // Fork PRs do not appear in check_run.pull_requests; find them by the head SHA instead.
        const number =
          run.pull_requests[0]?.number ??
          (await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: run.head_sha })).data.find((p) => p.state === "open")
            ?.number;
        if (!number) {
          context.log.info({ head: run.head_sha }, "re-run requested for a commit with no open pull request; nothing to review");
          return;
        }
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
        await schedule(context, toPullRequestRef(data as unknown as PullRequestPayload), true);
      }),
    );

    // #14: a workflow run of a pull request's head finished: its coverage artifact, if it uploaded
    // one, joins a review of that head. The job downloads it, under its deadline and write budget.
    probot.on(
      "workflow_run.completed",
      guarded(async (context) => {
        const run = context.payload.workflow_run as unknown as WorkflowRun;
        const octokit = createReviewClient(context.octokit as unknown as GitHub, installationOf(context), { ...settings.client, log: context.log });
        const { owner, repo } = context.repo();
        const pr = await pullRequestForRun(octokit, owner, repo, run);
        if (pr) await schedule(context, pr, true, run);
      }),
    );
  }

  /** Operators: /metrics and /bottomline/status, delivery recovery, readiness, and the rule docs. */
  function serveOperators(probot: Probot, addHandler: Parameters<ApplicationFunction>[1]["addHandler"]): void {
    addHandler(operatorRoutes(queue, metrics));
    const recoveryMs = options.recoveryMs ?? (process.env.BOTTOMLINE_RECOVERY_MINUTES === "0" ? 0 : secondsFromEnv("BOTTOMLINE_RECOVERY_MINUTES", 10) * 60_000);
    if (recoveryMs > 0)
      queue.recurring?.("recover-deliveries", recoveryMs, async () => {
        const lookbackMs = secondsFromEnv("BOTTOMLINE_RECOVERY_LOOKBACK_MINUTES", 180) * 60_000;
        const app = (await probot.auth()) as unknown as GitHub;
        metrics.recovered.inc(await recoverDeliveries(app, { lookbackMs, log: probot.log }));
      });
    addHandler(readinessRoute([() => privateKeySigns(() => probot.auth() as never), ...(queue.ready ? [() => queue.ready!()] : [])]));
    addHandler(serveRuleDocs);
  }

  async function schedule(context: Context, pr: ReturnType<typeof toPullRequestRef>, rerun: boolean, coverageRun?: WorkflowRun): Promise<void> {
    // Awaited: if the job cannot be stored (Redis gone), the webhook fails and GitHub records a
    // failed delivery, which recovery redelivers, instead of a 200 for a review that never runs.
    const installationId = installationOf(context);
    const req: ReviewRequest = { installationId, pr, rerun, delivery: context.id, ...(coverageRun ? { coverageRun } : {}) };
    if ((await queue.schedule(req)) && queuedCheckRun) {
      // Not awaited: the webhook is answered as soon as the job is stored.
      const octokit = createReviewClient(context.octokit as unknown as GitHub, installationId, { ...settings.client, log: context.log });
      void queue
        .hold(req, () => publishQueuedCheckRun(octokit, pr.owner, pr.repo, pr.headSha))
        .catch((err) => context.log.warn({ err, pr: pr.number }, "could not create the in-progress check run; the review still runs"));
    }
  }

  return { app, queue, metrics, shutdown };
}

/**
 * When a handler throws, @octokit/webhooks attaches the whole event to the error and Probot logs
 * it: the pull request's body, title and everything else in the payload. Handlers are wrapped so
 * the log gets ids only, and the error that travels on cannot carry the event.
 */
function guarded<C extends Context>(handler: (context: C) => Promise<void>): (context: C) => Promise<void> {
  return async (context) => {
    try {
      await handler(context);
    } catch (err) {
      context.log.error({ ...eventIds(context), err: errorForLog(err) }, "could not handle the webhook");
      throw new DeliveryFailed(context.id);
    }
  };
}

/** The ids that identify an event in logs: installation, repository, pull request, head, delivery. */
function eventIds(context: Context): Record<string, unknown> {
  const p = context.payload as {
    installation?: { id?: number };
    repository?: { full_name?: string };
    pull_request?: { number?: number; head?: { sha?: string } };
    check_run?: { head_sha?: string };
  };
  return {
    delivery: context.id,
    event: context.name,
    installation: p.installation?.id,
    repo: p.repository?.full_name,
    pr: p.pull_request?.number,
    head: p.pull_request?.head?.sha ?? p.check_run?.head_sha,
  };
}

class DeliveryFailed extends Error {
  constructor(delivery: string) {
    super(`handling delivery ${delivery} failed; the log line before this one says why`);
  }
  // @octokit/webhooks does `Object.assign(error, { event })`: this setter drops the payload.
  set event(_ignored: unknown) {}
  get event(): undefined {
    return undefined;
  }
}

/** Title, body and base changes can change the review (issue references, the diff); label or assignee edits cannot. */
function editedWhatWeRead(payload: { changes?: Record<string, unknown> }): boolean {
  const changes = payload.changes ?? {};
  return "title" in changes || "body" in changes || "base" in changes;
}

/** Every log line of a review says which installation, repository, pull request, head and delivery. */
function logFields(req: ReviewRequest, attempt: number): Record<string, unknown> {
  return {
    installation: req.installationId,
    repo: `${req.pr.owner}/${req.pr.repo}`,
    pr: req.pr.number,
    head: req.pr.headSha.slice(0, 7),
    delivery: req.delivery,
    attempt,
  };
}

function installationOf(context: Context): number {
  const id = (context.payload as { installation?: { id?: number } }).installation?.id;
  if (!id) throw new Error(`event ${context.name} (delivery ${context.id}) has no installation; is it a GitHub App webhook?`);
  return id;
}

function secondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number of seconds > 0 (got "${raw}")`);
  return value;
}

/** Who this App is, as the author of its reviews: `GET /app` with the App's own token. */
async function fetchAppIdentity(probot: Probot): Promise<AppIdentity> {
  const octokit = await probot.auth();
  const { data } = await octokit.rest.apps.getAuthenticated();
  if (!data?.slug) throw new Error("GitHub did not say which app this is (GET /app returned no slug)");
  return { appId: data.id, botLogin: `${data.slug}[bot]` };
}

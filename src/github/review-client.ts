import type { GitHub } from "../sources/github/github-types.js";
import { findLandedWrite } from "./landed-writes.js";
import { WriteBudget } from "./write-budget.js";
import { defaultRetryPolicy, withRetry, type RetryPolicy } from "./with-retry.js";

export interface ReviewClientOptions {
  budget: WriteBudget;
  retry?: RetryPolicy;
  /** Longest wait for one answer (BOTTOMLINE_REQUEST_TIMEOUT_SECONDS, default 30). */
  requestTimeoutMs?: number;
  /** The review attempt's deadline: aborting it aborts the request in flight and any wait. */
  signal?: AbortSignal;
  /** Epoch ms of that deadline, so no retry starts that would end after it. */
  deadlineAt?: number;
  log?: { warn: (o: object, msg: string) => void };
  /** Every answer (status) or failure to get one ("network"), for metrics. */
  onResponse?: (status: number | "network") => void;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * A client for one installation's review, built from Probot's Octokit class (its app
 * credentials and token cache) with Probot's throttling and retry plugins off:
 * - the write budget (write-budget.ts) replaces the throttling: it is per installation, follows
 *   GitHub's 80/min and 500/h, lets reads through, and can live in Redis;
 * - withRetry is the single retry layer. Ours rather than Octokit's because ours waits out a
 *   secondary limit (Octokit's only logs it and loses the write), names network errors, and
 *   stops at the review's deadline. With both on, a persistent 502 cost ~24 requests per write.
 * Every request, the token exchange included, has a timeout.
 */
export function createReviewClient(base: GitHub, installationId: number, opts: ReviewClientOptions): GitHub {
  const Octokit = base.constructor as new (options: object) => GitHub;
  const timeout = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const octokit = new Octokit({
    auth: { installationId },
    throttle: { enabled: false },
    retry: { enabled: false },
    request: { fetch: timedFetch(timeout, opts.signal) },
  });
  const policy = retryPolicyFor(installationId, opts);
  octokit.hook.wrap("request", (request, options) => {
    let responseLost = false;
    return withRetry(async () => {
      await opts.budget.acquire(installationId, isWrite(options), opts.signal);
      if (responseLost) {
        // Through the client itself (a read: budget and retries apply, no recursion into here).
        const landed = await findLandedWrite((o) => octokit.request(o as never) as never, options as never);
        if (landed) return landed as never;
      }
      try {
        const response = await request(options);
        opts.onResponse?.(response.status);
        return response;
      } catch (err) {
        const status = (err as { status?: number; response?: unknown }).response ? (err as { status: number }).status : "network";
        opts.onResponse?.(status);
        // A 5xx or a dropped connection on a write: it may have landed; look before resending.
        responseLost = isWrite(options) && (status === "network" || status >= 500);
        throw err;
      }
    }, policy);
  });
  return octokit;
}

function retryPolicyFor(installationId: number, opts: ReviewClientOptions): RetryPolicy {
  const base = opts.retry ?? defaultRetryPolicy;
  return {
    ...base,
    deadlineAt: opts.deadlineAt,
    onRateLimit: (ms) => opts.budget.pause(installationId, ms),
    onRetry: (info) => {
      opts.log?.warn({ ...info, installation: installationId }, `GitHub request failed (${info.reason}); retrying in ${Math.round(info.waitMs / 1000)} s`);
      base.onRetry?.(info);
    },
  };
}

/** Content-creating requests: everything but reads, and GraphQL mutations but not queries. */
export function isWrite(options: { method?: string; url?: string; query?: unknown }): boolean {
  const method = (options.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD") return false;
  if (method === "POST" && /\/graphql$/.test(options.url ?? "")) return /^\s*mutation\b/.test(String(options.query ?? ""));
  return true;
}

/** fetch with a timeout per request, also cancelled by the review's deadline. */
export function timedFetch(timeoutMs: number, deadline?: AbortSignal): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), init?.signal, deadline].filter((s): s is AbortSignal => Boolean(s));
    return globalThis.fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
}

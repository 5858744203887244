import { deadlineOf, networkProblem } from "./github-error.js";

/**
 * Retries a GitHub request so that a rate limit or an outage never loses a write.
 * Probot's own throttling only logs a secondary rate limit and drops the request, so this wraps
 * every request of a review:
 * - secondary rate limit (403/429 with retry-after, or the "secondary rate limit" message): wait, retry;
 * - primary rate limit (x-ratelimit-remaining: 0): wait until x-ratelimit-reset, retry;
 * - 5xx and network errors: exponential backoff.
 * It is the only retry layer: review clients are built with Octokit's retry plugin off (see
 * review-client.ts), so attempts never multiply, and no retry starts past the review's deadline.
 */
export interface RetryPolicy {
  /** Attempts in all, including the first. */
  attempts: number;
  /** Longest single wait; a reset further away than this fails the request instead. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onRetry?: (info: { attempt: number; waitMs: number; reason: string; method?: string; url?: string }) => void;
  /**
   * Rate limits are per installation: when set, a rate-limit answer pauses the installation's
   * write budget for the wait (so its other requests wait too) and the retry goes straight back
   * to the budget, which does the waiting, instead of sleeping here.
   */
  onRateLimit?: (waitMs: number) => Promise<void>;
  /** Epoch ms after which no retry starts: a wait that would end past it fails now instead. */
  deadlineAt?: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 6,
  maxWaitMs: 60 * 60 * 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

interface HttpishError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
}

/** How long to wait before retrying this error, or undefined when retrying cannot help. */
export interface RetryDelay {
  ms: number;
  reason: string;
  rateLimit?: boolean;
}

export function retryDelay(err: unknown, attempt: number, now: number): RetryDelay | undefined {
  if (deadlineOf(err)) return undefined;
  const status = (err as HttpishError)?.status;
  const backoff = Math.min(30_000, 1000 * 2 ** (attempt - 1));
  const network = networkProblem(err);
  if (network) return { ms: backoff, reason: network };
  if (status === 403 || status === 429) {
    const delay = rateLimitDelay(err as HttpishError, now);
    return delay && { ...delay, rateLimit: true };
  }
  if (status === undefined || status === 0 || status >= 500) return { ms: backoff, reason: status ? `GitHub answered ${status}` : "network error" };
  return undefined;
}

function rateLimitDelay(e: HttpishError, now: number): RetryDelay | undefined {
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  if (headers["retry-after"] !== undefined && Number.isFinite(retryAfter)) return { ms: retryAfter * 1000, reason: "secondary rate limit (retry-after)" };
  if (String(headers["x-ratelimit-remaining"]) === "0" && headers["x-ratelimit-reset"] !== undefined) {
    const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
    return { ms: Math.max(1000, resetMs - now + 1000), reason: "primary rate limit (waiting for reset)" };
  }
  const message = `${e.message ?? ""} ${JSON.stringify(e.response?.data ?? "")}`.toLowerCase();
  if (message.includes("secondary rate limit") || message.includes("abuse")) return { ms: 60_000, reason: "secondary rate limit (no retry-after)" };
  if (e.status === 429) return { ms: 60_000, reason: "429 too many requests" };
  return undefined; // a plain 403 is a permission problem: retrying will not help
}

export async function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy = defaultRetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const delay = retryDelay(err, attempt, policy.now());
      const paused = Boolean(delay?.rateLimit && policy.onRateLimit);
      // The installation is limited whether or not this request retries: record the pause first.
      if (paused) await policy.onRateLimit!(delay!.ms);
      if (!delay || attempt >= policy.attempts || delay.ms > policy.maxWaitMs) throw err;
      if (policy.deadlineAt !== undefined && policy.now() + delay.ms > policy.deadlineAt) throw err;
      const req = (err as HttpishError).request;
      policy.onRetry?.({ attempt, waitMs: delay.ms, reason: delay.reason, method: req?.method, url: req?.url });
      if (!paused) await policy.sleep(delay.ms);
    }
  }
}

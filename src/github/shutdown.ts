import type { IncomingMessage, ServerResponse } from "node:http";
import { DeadlineExceeded } from "./github-error.js";
import { ROUTED_PATH } from "./webhook-front-door.js";

/** What stops a review when the replica cannot wait for it any longer. */
export class ShuttingDown extends DeadlineExceeded {
  override name = "ShuttingDown";
  constructor() {
    super(0);
    this.message =
      "the App was restarting before the review finished; with a shared queue (REDIS_URL) another replica tries again, otherwise push again or click Re-run";
  }
}

/**
 * A replica's shutdown state. After SIGTERM it answers webhooks 503 (GitHub records a failed
 * delivery, which recovery redelivers to a live replica) instead of accepting work it will not
 * finish; when the drain time is up, `abortReviews` stops the reviews still running, which then
 * report that on their check run instead of leaving it in progress.
 */
export class Shutdown {
  private accepting = true;
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  stopAccepting(): void {
    this.accepting = false;
  }

  abortReviews(): void {
    this.controller.abort(new ShuttingDown());
  }

  /** First handler: while draining, every webhook POST gets 503 before anything reads it. */
  webhookGate(webhookPath: string) {
    return (req: IncomingMessage, res: ServerResponse): boolean => {
      const path = (req.url ?? "").split("?")[0];
      // The front door moves webhook POSTs to its own path ahead of Probot's middleware.
      if (this.accepting || req.method !== "POST" || (path !== webhookPath && path !== ROUTED_PATH)) return false;
      res.writeHead(503, { "content-type": "text/plain", "retry-after": "30", connection: "close" });
      res.end("This Bottomline replica is shutting down; GitHub records the delivery as failed and it is redelivered.\n");
      req.resume();
      return true;
    };
  }
}

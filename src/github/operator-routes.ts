import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BottomlineMetrics } from "../metrics/metrics.js";
import type { ReviewScheduler } from "./review-scheduler.js";

/**
 * Routes for operators:
 * - `GET /metrics`: Prometheus text (prom-client);
 * - `GET /bottomline/status`: counts for anyone; the repository names of queued and running
 *   reviews only with `Authorization: Bearer $BOTTOMLINE_STATUS_TOKEN` (names of private
 *   repositories are not for anonymous callers).
 */
export function operatorRoutes(queue: ReviewScheduler, metrics: BottomlineMetrics, statusToken = process.env.BOTTOMLINE_STATUS_TOKEN) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== "GET") return false;
    const path = (req.url ?? "").split("?")[0];
    if (path === "/metrics") {
      void metrics.registry.metrics().then((text) => {
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        res.end(text);
      });
      return true;
    }
    if (path !== "/bottomline/status") return false;
    void status(queue, authorised(req, statusToken)).then((body) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    return true;
  };
}

async function status(queue: ReviewScheduler, withNames: boolean): Promise<Record<string, unknown>> {
  const stats = await queue.stats();
  return withNames ? { ...stats, pullRequests: await queue.pullRequests() } : stats;
}

function authorised(req: IncomingMessage, token: string | undefined): boolean {
  if (!token) return false;
  const given = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

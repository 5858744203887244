import type { GitHub } from "../sources/github/github-types.js";

/** One row of `GET /app/hook/deliveries`. */
interface DeliveryRow {
  id: number;
  guid: string;
  status_code: number;
  delivered_at: string;
  event: string;
}

export interface RecoveryOptions {
  /** How far back to look (BOTTOMLINE_RECOVERY_LOOKBACK_MINUTES, default 180). */
  lookbackMs: number;
  /** Redeliveries per run at most: a long outage must not flood the App at once. */
  max?: number;
  events?: string[];
  now?: () => number;
  log?: { info: (o: object, msg: string) => void; warn: (o: object, msg: string) => void };
}

const OUR_EVENTS = ["pull_request", "check_run"];

/**
 * GitHub does not redeliver a failed webhook by itself. This lists the App's recent deliveries
 * (as the App, with its JWT), and asks GitHub to redeliver each one of ours whose every attempt
 * failed (a 5xx, a 503 from a draining replica, a timeout): a delivery id with any successful
 * attempt was processed. Returns how many were redelivered.
 */
export async function recoverDeliveries(app: GitHub, opts: RecoveryOptions): Promise<number> {
  const since = (opts.now ?? Date.now)() - opts.lookbackMs;
  const events = opts.events ?? OUR_EVENTS;
  const rows: DeliveryRow[] = [];
  for await (const page of app.paginate.iterator("GET /app/hook/deliveries", { per_page: 100 })) {
    const data = page.data as DeliveryRow[];
    rows.push(...data.filter((r) => Date.parse(r.delivered_at) >= since));
    if (data.some((r) => Date.parse(r.delivered_at) < since)) break; // newest first: the rest is older
  }
  const byGuid = new Map<string, DeliveryRow[]>();
  for (const r of rows) byGuid.set(r.guid, [...(byGuid.get(r.guid) ?? []), r]);
  const failed = [...byGuid.values()]
    .filter((attempts) => events.includes(attempts[0].event) && attempts.every((a) => a.status_code < 200 || a.status_code >= 300))
    .map((attempts) => attempts.reduce((a, b) => (Date.parse(a.delivered_at) >= Date.parse(b.delivered_at) ? a : b)));
  let redelivered = 0;
  for (const row of failed.slice(0, opts.max ?? 50)) {
    try {
      await app.request("POST /app/hook/deliveries/{delivery_id}/attempts", { delivery_id: row.id });
      redelivered++;
    } catch (err) {
      opts.log?.warn({ delivery: row.guid, status: (err as { status?: number }).status }, "could not ask GitHub to redeliver a failed webhook");
    }
  }
  if (failed.length > 0) opts.log?.info({ failed: failed.length, redelivered }, "asked GitHub to redeliver webhooks that never reached Bottomline");
  return redelivered;
}

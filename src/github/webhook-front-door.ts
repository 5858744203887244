import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { DeliveryStore } from "./delivery-store.js";
import { BodyBudget, BodyTooLarge, readCappedBody, TooManyBodies } from "./read-capped-body.js";
import { payloadProblem } from "./webhook-payload.js";

/** GitHub caps webhook payloads at 25 MB; nothing larger is a real delivery. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

export interface WebhookReceiver {
  verify(payload: string, signature: string): Promise<boolean>;
  receive(event: { id: string; name: any; payload: any }): Promise<void>;
}

export interface FrontDoorOptions {
  webhooks: WebhookReceiver;
  webhookPath: string;
  deliveries: DeliveryStore;
  log: { info: (o: object, msg: string) => void; warn: (o: object, msg: string) => void; error: (o: object, msg: string) => void };
  maxBytes?: number;
  /** Bytes all bodies being read at once may hold (default 4 × maxBytes); past it, 503. */
  maxBufferedBytes?: number;
  /** GitHub waits 10 s for an answer; past this the delivery is acknowledged with 202. */
  ackTimeoutMs?: number;
}

/**
 * Bottomline's own webhook endpoint, in front of Probot's: Probot's middleware buffers the whole
 * body before it checks anything, and logs the whole event when something fails. Here, in order:
 * size (Content-Length, then a capped read, 413), signature (401), JSON (400), the event's shape
 * (400), a delivery seen before (200, ignored), then Probot's handlers. Logs carry ids only.
 */
export function createWebhookFrontDoor(opts: FrontDoorOptions): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const maxBytes = opts.maxBytes ?? MAX_WEBHOOK_BYTES;
  const budget = new BodyBudget(opts.maxBufferedBytes ?? 4 * maxBytes);
  routeAheadOfProbot(opts.webhookPath);
  return async (req, res) => {
    const routed = (req as RoutedRequest)[ORIGINAL_URL];
    if (routed !== undefined) req.url = routed;
    else if (req.method !== "POST" || pathOf(req.url) !== opts.webhookPath) return false;

    const reply = replier(req, res);
    const name = header(req, "x-github-event");
    const id = header(req, "x-github-delivery");
    const signature = header(req, "x-hub-signature-256");
    const ids = { delivery: id, event: name };
    const refusal = headerRefusal(req, maxBytes);
    if (refusal) {
      if (refusal.status === 413)
        opts.log.warn({ ...ids, bytes: Number(req.headers["content-length"]) }, "webhook body over the size cap; rejected before reading it");
      return refuse(req, () => reply(refusal.status, refusal.message, refusal.status === 413));
    }
    const body = await readBody(req, { maxBytes, budget, reply, ids, log: opts.log });
    if (body === undefined) return true;
    const payload = await signedPayload(body, { name: name!, signature: signature!, reply, ids, opts });
    if (payload === undefined || !(await claimFresh(id!, { reply, ids, opts }))) return true;
    await dispatch({ id: id!, name: name!, payload }, reply, opts);
    return true;
  };
}

type Reply = (status: number, message: string, hangUp?: boolean, retryAfterSeconds?: number) => void;
type Ids = { delivery: string | undefined; event: string | undefined };

function replier(req: IncomingMessage, res: ServerResponse): Reply {
  return (status, message, hangUp = false, retryAfterSeconds) => {
    if (retryAfterSeconds !== undefined) res.setHeader("retry-after", String(retryAfterSeconds));
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
    res.end(`${message}\n`);
    if (hangUp) lingerThenClose(req);
  };
}

/** What the headers alone refuse, before a byte of the body is read. */
function headerRefusal(req: IncomingMessage, maxBytes: number): { status: number; message: string } | undefined {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes)
    return { status: 413, message: `Payload too large: webhook bodies are capped at ${maxBytes} bytes (GitHub's own cap).` };
  if (!/^\s*application\/json\s*(;|$)/i.test(header(req, "content-type") ?? ""))
    return { status: 415, message: 'Unsupported Content-Type: GitHub webhooks must be sent as "application/json".' };
  if (!header(req, "x-github-event") || !header(req, "x-github-delivery") || !header(req, "x-hub-signature-256"))
    return { status: 400, message: "Missing X-GitHub-Event, X-GitHub-Delivery or X-Hub-Signature-256: this is not a GitHub webhook." };
  return undefined;
}

/** The body, read within its cap and the budget of all bodies in flight; undefined once answered. */
async function readBody(
  req: IncomingMessage,
  ctx: { maxBytes: number; budget: BodyBudget; reply: Reply; ids: Ids; log: FrontDoorOptions["log"] },
): Promise<string | undefined> {
  try {
    return (await readCappedBody(req, ctx.maxBytes, ctx.budget)).toString("utf8");
  } catch (err) {
    if (err instanceof TooManyBodies) {
      ctx.log.warn(ctx.ids, "too many webhook bodies in flight; asked the sender to retry");
      ctx.reply(503, "Too many large deliveries at once; retry shortly.", true, 5);
      return undefined;
    }
    if (!(err instanceof BodyTooLarge)) throw err;
    ctx.log.warn(ctx.ids, "webhook body over the size cap; stopped reading it");
    ctx.reply(413, `Payload too large: webhook bodies are capped at ${ctx.maxBytes} bytes (GitHub's own cap).`, true);
    return undefined;
  }
}

interface Stage {
  reply: Reply;
  ids: Ids;
  opts: FrontDoorOptions;
}

/** The payload once its signature, JSON and shape are checked; undefined once answered. */
async function signedPayload(body: string, ctx: Stage & { name: string; signature: string }): Promise<unknown> {
  if (!(await ctx.opts.webhooks.verify(body, ctx.signature).catch(() => false))) {
    ctx.opts.log.warn(ctx.ids, "webhook signature does not match; check that WEBHOOK_SECRET matches the app's webhook secret on GitHub");
    ctx.reply(401, "Signature does not match: the body was not signed with this app's webhook secret.");
    return undefined;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    ctx.reply(400, "The body is not JSON.");
    return undefined;
  }
  const problem = payloadProblem(ctx.name, payload);
  if (!problem) return payload;
  ctx.opts.log.warn({ ...ctx.ids, problem }, "signed webhook is not the event it claims to be; rejected");
  ctx.reply(400, `Bad webhook: ${problem}.`);
  return undefined;
}

/** Records the delivery; false (answered) when it was seen before or cannot be recorded. */
async function claimFresh(id: string, ctx: Stage): Promise<boolean> {
  let fresh: boolean;
  try {
    fresh = await ctx.opts.deliveries.claim(id);
  } catch (err) {
    // The delivery store is Redis with REDIS_URL: without it nothing can be queued either.
    ctx.opts.log.error(
      { ...ctx.ids, err: (err as Error).message },
      "could not record the delivery (is Redis reachable?); answered 503, so GitHub records a failed delivery",
    );
    ctx.reply(503, "Bottomline cannot store this delivery right now; GitHub records it as failed, and it is redelivered.", false, 30);
    return false;
  }
  if (!fresh) {
    ctx.opts.log.info(ctx.ids, "delivery already received; ignoring the replay");
    ctx.reply(200, "Already received this delivery; ignored.");
  }
  return fresh;
}

/** Hands the event to Probot's handlers and answers within GitHub's 10 s, finished or not. */
async function dispatch(event: { id: string; name: string; payload: unknown }, reply: Reply, opts: FrontDoorOptions): Promise<void> {
  const handled = opts.webhooks.receive(event).then(
    () => "ok" as const,
    async () => {
      // The handlers logged what went wrong (ids only); forget the id so a redelivery can retry.
      await forget(opts.deliveries, event.id);
      return "failed" as const;
    },
  );
  const timeout = new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), opts.ackTimeoutMs ?? 9_000).unref());
  const outcome = await Promise.race([handled, timeout]);
  if (outcome === "ok") reply(200, "ok");
  else if (outcome === "slow") reply(202, "Accepted; still processing.");
  else reply(500, "Bottomline could not handle this delivery; redeliver it, or see the app's logs.");
}

/**
 * Forgets a delivery whose handling failed, so its redelivery is handled. The store may be what
 * failed (Redis gone): then it tries again every 5 s for 10 minutes, since a delivery id left
 * claimed would make recovery's redelivery look like a replay and the review would be lost.
 */
async function forget(deliveries: DeliveryStore, id: string, tries = 120): Promise<void> {
  await deliveries.release(id).catch(() => {
    if (tries > 1) setTimeout(() => void forget(deliveries, id, tries - 1), 5_000).unref();
  });
}

/** Answers without reading the body; what is still coming is discarded, never kept. */
function refuse(req: IncomingMessage, answer: () => void): true {
  answer();
  req.resume();
  return true;
}

/**
 * How long a refused sender may keep sending (into nothing) before its connection is cut: long
 * enough for a loaded replica to let the sender read its 413 (5 s was not, under load), and well
 * under Node's own 300 s request timeout, which bounds a slow sender anyway. Discarding keeps no memory.
 */
const LINGER_MS = 30_000;

/**
 * Closing at once while the sender is still sending resets the connection, and the sender may
 * never see the 413. So the rest of the body is discarded for a few seconds (no memory: nothing
 * keeps it), then the connection is cut if the body still has not ended.
 */
function lingerThenClose(req: IncomingMessage): void {
  req.resume();
  if (req.readableEnded) return;
  const timer = setTimeout(() => req.socket?.destroy(), LINGER_MS).unref();
  req.once("end", () => clearTimeout(timer));
  req.once("close", () => clearTimeout(timer));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function pathOf(url: string | undefined): string {
  return (url ?? "").split("?")[0].replace(/\/+$/, "") || "/";
}

// Registered symbols and a process-wide set: the diagnostics channel is process-wide, and so must
// be what it shares with the front door, even when this module is loaded more than once (tests).
const ORIGINAL_URL = Symbol.for("bottomline.webhook-url");
type RoutedRequest = IncomingMessage & { [ORIGINAL_URL]?: string };
/** A path nothing else serves: Probot's middleware passes the request on to the app's handlers. */
export const ROUTED_PATH = "/bottomline/webhook-front-door";
const globals = globalThis as { [key: symbol]: Set<string> | undefined };
const PATHS = Symbol.for("bottomline.webhook-paths");

/**
 * Probot's server runs its own webhook middleware before any handler an app adds. Node's
 * `http.server.request.start` diagnostics channel fires before the server's request listeners,
 * so this moves webhook POSTs to a path only Bottomline's front door answers; the front door puts
 * the URL back first thing, so logs show the real path.
 */
function routeAheadOfProbot(webhookPath: string): void {
  let routedPaths = globals[PATHS];
  if (!routedPaths) {
    const paths = (routedPaths = globals[PATHS] = new Set<string>());
    subscribe("http.server.request.start", (message) => {
      const req = (message as { request: RoutedRequest }).request;
      if (req.method === "POST" && paths.has(pathOf(req.url))) {
        req[ORIGINAL_URL] = req.url;
        req.url = ROUTED_PATH;
      }
    });
  }
  routedPaths.add(pathOf(webhookPath));
}

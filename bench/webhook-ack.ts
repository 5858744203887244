import { deliver, event, serveFake, startRedis, startReplica } from "./load-served.js";

export interface AckFigures {
  queue: string;
  count: number;
  firstMs: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * How long GitHub waits for its answer. The App runs as `npm start` runs it, in its own process
 * (so this process's client and fake GitHub do not share its event loop), and each webhook is
 * POSTed over HTTP: front door, signature, delivery store, enqueue, answer, while the reviews
 * of the earlier ones run in the App's process. Deliveries come `gapMs` apart over 5 installations.
 */
export async function measureWebhookAck(redisUrl: string | undefined, count = 100, gapMs = 20): Promise<AckFigures> {
  const served = await serveFake({});
  const replica = await startReplica(served, redisUrl);
  const url = `http://127.0.0.1:${replica.port}`;
  const ms: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      const status = await deliver(url, event(i + 1, (i % 5) + 1), `ack-${i}`);
      ms.push(performance.now() - t0);
      if (status !== 200) throw new Error(`delivery ${i} was answered ${status}, not 200`);
      await new Promise((r) => setTimeout(r, gapMs));
    }
  } finally {
    replica.child.kill("SIGKILL");
    await served.close();
  }
  if (process.env.ACK_DEBUG) console.log(ms.map((v) => v.toFixed(0)).join(" "));
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { queue: redisUrl ? "Redis (BullMQ)" : "in memory", count, firstMs: ms[0], p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

export function formatAck(f: AckFigures): string {
  const n = (v: number) => `${v.toFixed(1)} ms`;
  return `webhook acknowledged, ${f.queue}, ${f.count} deliveries: p50 ${n(f.p50)}, p99 ${n(f.p99)}, max ${n(f.max)} (first ${n(f.firstMs)}; target < 100 ms)`;
}

/** Both queues; the Redis one when redis-server is installed. Needs `npm run build` (the App runs from dist/). */
export async function printWebhookAck(): Promise<void> {
  console.log("\n" + formatAck(await measureWebhookAck(undefined)));
  const redis = await startRedis();
  if (!redis) return console.log("redis-server not found (apt-get install redis-server): the Redis ack figure is skipped.");
  try {
    console.log(formatAck(await measureWebhookAck(redis.url)));
  } finally {
    redis.stop();
  }
}

if (process.argv[1]?.endsWith("webhook-ack.js")) {
  await printWebhookAck();
  process.exit(0);
}

import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { createBottomline } from "../src/github/app.js";
import type { FakeGitHub } from "./load-fake-github.js";
import { deliver, event, LATENCY_MS, privateKey, root, SECRET, serveFake, startRedis, startReplica, type Served } from "./load-served.js";

/**
 * `npm run build && node dist/bench/load-bench.js`: the App against a fake GitHub on loopback
 * that answers every request after LATENCY_MS (GitHub's own latency, roughly). Prints figures,
 * asserts nothing. The Redis scenarios need `redis-server` (apt-get install redis-server).
 */
/** The App in this process (default settings, in-memory queue), talking to the served fake. */
async function inProcessApp(served: Served, concurrency = 4) {
  const { app, queue } = createBottomline({ concurrency, recoveryMs: 0, queuedCheckRun: true });
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: SECRET,
    baseUrl: `${served.url}/api/v3`,
    log: pino({ level: "silent" }),
    Octokit: ProbotOctokit,
  });
  await probot.load(app, { cwd: root, addHandler: () => undefined });
  return { probot, queue };
}

async function reviewsOverInstallations(prs: number, installations: number): Promise<{ seconds: number; reviewed: number }> {
  const served = await serveFake({});
  const { probot, queue } = await inProcessApp(served);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: prs }, (_, i) => probot.receive({ id: `d${i}`, name: "pull_request", payload: event(i + 1, (i % installations) + 1) } as never)),
  );
  await queue.idle();
  const seconds = (performance.now() - t0) / 1000;
  const reviewed = [...served.fake.reviews.values()].filter((r) => r.length > 0).length;
  await served.close();
  return { seconds, reviewed };
}

async function largePullRequest(): Promise<{ totalSeconds: number; publishSeconds: number; publishing: number; all: number }> {
  const stamps: Array<{ at: number; write: boolean }> = [];
  const served = await serveFake({
    files: () => 3500,
    override: (req) => {
      const publishing = req.method !== "GET" && req.path !== "/graphql" && !req.path.startsWith("/app/");
      stamps.push({ at: performance.now(), write: publishing });
      return undefined;
    },
  });
  const { probot, queue } = await inProcessApp(served);
  const t0 = performance.now();
  await probot.receive({ id: "big", name: "pull_request", payload: event(1, 1, { files: 3500 }) } as never);
  await queue.idle();
  const t1 = performance.now();
  const writes = stamps.filter((s) => s.write);
  // Publishing: from the completed check run's write to the last annotation batch (the in-progress
  // run created on acceptance is not counted as publishing).
  const publish = writes.slice(1);
  await served.close();
  return {
    totalSeconds: (t1 - t0) / 1000,
    publishSeconds: publish.length ? (publish[publish.length - 1].at - publish[0].at + LATENCY_MS) / 1000 : 0,
    publishing: publish.length,
    all: stamps.length,
  };
}

function deliverTo(port: number, payload: unknown, delivery: string): Promise<number> {
  return deliver(`http://127.0.0.1:${port}`, payload, delivery);
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (let t = 0; t < ms && !condition(); t += 100) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

function summaries(fake: FakeGitHub): { reviewed: number; duplicates: number } {
  const lists = [...fake.reviews.values()];
  const byPr = new Map<string, number>();
  for (const r of fake.checkRuns) byPr.set(`${r.pr}@${r.head}`, (byPr.get(`${r.pr}@${r.head}`) ?? 0) + 1);
  const extraChecks = [...byPr.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
  return { reviewed: lists.filter((l) => l.length > 0).length, duplicates: lists.reduce((n, l) => n + Math.max(0, l.length - 1), 0) + extraChecks };
}

async function killAndRestart(redisUrl: string, prs: number): Promise<{ lost: number; duplicates: number; acked: number; ackMs: number[] }> {
  // Slow reviews (200 ms per file listing) so most are still queued or running at the kill.
  const served = await serveFake({ override: (req) => (req.path.includes("/files") ? { status: 200, body: [], delayMs: 200 } : undefined) });
  const first = await startReplica(served, redisUrl);
  let acked = 0;
  const ackMs: number[] = [];
  for (let i = 0; i < prs; i++) {
    const t0 = performance.now();
    if ((await deliverTo(first.port, event(i + 1, (i % 5) + 1), `k${i}`)) === 200) acked++;
    ackMs.push(performance.now() - t0);
  }
  first.child.kill("SIGKILL");
  const second = await startReplica(served, redisUrl);
  // A job the killed replica was running comes back after its 30 s lock expires.
  await until(() => summaries(served.fake).reviewed >= acked, 90_000);
  const { reviewed, duplicates } = summaries(served.fake);
  second.child.kill("SIGKILL");
  await served.close();
  return { lost: acked - reviewed, duplicates, acked, ackMs: ackMs.sort((a, b) => a - b) };
}

async function twoReplicas(redisUrl: string, prs: number): Promise<{ reviewed: number; duplicates: number }> {
  const served = await serveFake({});
  const [a, b] = await Promise.all([startReplica(served, redisUrl), startReplica(served, redisUrl)]);
  // Each delivery to both replicas at once, and a second copy 500 ms later (a redelivery).
  await Promise.all(
    Array.from({ length: prs }, (_, i) => [deliverTo(a.port, event(i + 1, i + 1), `t${i}`), deliverTo(b.port, event(i + 1, i + 1), `t${i}`)]).flat(),
  );
  await new Promise((r) => setTimeout(r, 500));
  await Promise.all(Array.from({ length: prs }, (_, i) => deliverTo(i % 2 ? a.port : b.port, event(i + 1, i + 1), `t${i}-again`)));
  await until(() => summaries(served.fake).reviewed >= prs, 30_000);
  await new Promise((r) => setTimeout(r, 2_000));
  const result = summaries(served.fake);
  a.child.kill("SIGKILL");
  b.child.kill("SIGKILL");
  await served.close();
  return result;
}

async function main(): Promise<void> {
  if (process.env.LOAD_ONLY === "redis") return redisScenarios();
  console.log(`Bottomline load bench: the App against a fake GitHub on loopback, ${LATENCY_MS} ms per answer.\n`);
  const spread = await reviewsOverInstallations(10, 10);
  console.log(`10 PRs over 10 installations:        ${spread.seconds.toFixed(2)} s (${spread.reviewed} reviewed; target < 8 s)`);
  const one = await reviewsOverInstallations(10, 1);
  console.log(`10 PRs on one installation:          ${one.seconds.toFixed(2)} s (${one.reviewed} reviewed)`);
  const many = await reviewsOverInstallations(100, 100);
  console.log(
    `100 PRs over 100 installations:      ${many.seconds.toFixed(2)} s → ${Math.round((many.reviewed / many.seconds) * 3600).toLocaleString("en-US")} reviews/hour per replica (concurrency 4)`,
  );
  const big = await largePullRequest();
  console.log(
    `3,500-file PR: review ${big.totalSeconds.toFixed(2)} s, publishing ${big.publishSeconds.toFixed(2)} s in ${big.publishing} requests (targets < 60 s, < 40); ${big.all} requests in all`,
  );
  await redisScenarios();
}

async function redisScenarios(): Promise<void> {
  // A fresh redis-server per scenario: the same pull requests must not meet the other's jobs.
  for (const scenario of [
    async (url: string) => {
      const killed = await killAndRestart(url, 20);
      const median = killed.ackMs[Math.floor(killed.ackMs.length / 2)];
      console.log(
        `webhook acknowledged once the job is in Redis: median ${median.toFixed(0)} ms, max ${killed.ackMs[killed.ackMs.length - 1].toFixed(0)} ms (target < 100 ms)`,
      );
      console.log(`kill -9 with ${killed.acked} reviews acknowledged, then a restart: ${killed.lost} lost (target 0), ${killed.duplicates} duplicated`);
    },
    async (url: string) => {
      const two = await twoReplicas(url, 10);
      console.log(`two replicas on one Redis, each of 10 deliveries to both + a redelivery: ${two.reviewed} reviewed, ${two.duplicates} duplicates (target 0)`);
    },
  ]) {
    const redis = await startRedis();
    if (!redis) {
      console.log("\nredis-server not found (apt-get install redis-server): Redis scenarios skipped.");
      return;
    }
    try {
      await scenario(redis.url);
    } finally {
      redis.stop();
    }
  }
}

await main();
process.exit(0);

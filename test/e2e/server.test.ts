import { jest } from "@jest/globals";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { privateKey, pullRequestEvent } from "../helpers/github-fixtures.js";
import { streamWebhook } from "../helpers/stream-webhook.js";
import { startFakeGitHub, type FakeRequest } from "./fake-github.js";
import { wideLine } from "../helpers/wide-line.js";

/**
 * End to end: the real server entry (`probot run` on the built app, as `npm start` runs it),
 * configured only through the standard Probot variables, talking to a fake GitHub on loopback.
 */
const root = join(import.meta.dirname, "..", "..");
const SECRET = "e2e-secret";
const HEAD = "a".repeat(40);
const LONG = wideLine(140);

jest.setTimeout(120_000);

let server: ChildProcess | undefined;
let fake: Awaited<ReturnType<typeof startFakeGitHub>>;
let port: number;
let postedReview: any;
let logs = "";
/** Milliseconds the fake waits before answering the check-run POST (to keep a review in flight). */
let checkRunDelay = 0;
/** Check runs the fake holds (the in-progress one, completed by the review). */
const checkRuns: Array<{ id: number; head_sha: string; status: string; external_id?: string }> = [];
/** The pull request's head as the fake's commit list reports it. */
let currentHead = HEAD;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root });
  fake = await startFakeGitHub(route);
  port = await freePort();
  server = spawn(process.execPath, [join(root, "node_modules", "probot", "bin", "probot.js"), "run", "./dist/src/github/index.js"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      APP_ID: "123",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      // Recovery of missed deliveries runs a second after start; its own test covers it, and here
      // its request would land in the middle of the request counts.
      BOTTOMLINE_RECOVERY_MINUTES: "0",
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: fake.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (logs += d));
  server.stderr!.on("data", (d) => (logs += d));
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/ping`).catch(() => undefined))?.ok === true, "the server to answer /ping");
});

afterAll(async () => {
  server?.kill("SIGTERM");
  await fake?.close();
});

function route(req: FakeRequest): { status: number; body: unknown; delayMs?: number } | undefined {
  const repo = "/repos/Codertocat/Hello-World";
  const m = `${req.method} ${req.path.split("?")[0]}`;
  if (m === "GET /app") return { status: 200, body: { id: 123, slug: "bottomline" } };
  if (m === "POST /app/installations/1/access_tokens") return { status: 201, body: { token: "ghs_e2e", expires_at: "2099-01-01T00:00:00Z", permissions: {} } };
  if (m === `GET ${repo}/contents/.github/rules.yml`) return { status: 200, body: "rules:\n  max-line-length: { severity: failure, max: 100 }\n" };
  if (m === `GET ${repo}/pulls/2/commits`)
    return {
      status: 200,
      body: [
        { sha: currentHead, commit: { message: "Add app (#1)", author: { name: "Dev", email: "d@e.x" } }, author: { login: "dev" }, parents: [{ sha: "p" }] },
      ],
    };
  if (m === `GET ${repo}/pulls/2/files`)
    return {
      status: 200,
      body: [
        {
          filename: "src/app.ts",
          status: "added",
          additions: 3,
          deletions: 0,
          changes: 3,
          patch: `@@ -0,0 +1,3 @@\n+export function a(x: number) { return x > 0 ? x : -x; }\n+${LONG}\n+const b = 2;`,
        },
      ],
    };
  if (m === `GET ${repo}/pulls/2/reviews`)
    return { status: 200, body: postedReview ? [{ id: 1, body: postedReview.body, state: "COMMENTED", user: { login: "bottomline[bot]", type: "Bot" } }] : [] };
  if (m === "POST /api/graphql")
    // GitHub Enterprise serves GraphQL at /api/graphql, not under /api/v3
    return { status: 200, body: { data: { r0: { i0: { __typename: "Issue", state: "OPEN" } } } } };
  if (m === `POST ${repo}/check-runs`) {
    checkRuns.push({ id: 10 + checkRuns.length, head_sha: req.body.head_sha, status: req.body.status, external_id: req.body.external_id });
    return { status: 201, body: { id: 9 + checkRuns.length }, delayMs: checkRunDelay };
  }
  const listing = m.match(/^GET \/repos\/Codertocat\/Hello-World\/commits\/([0-9a-f]+)\/check-runs$/);
  if (listing) {
    const runs = checkRuns.filter((r) => r.head_sha === listing[1]);
    return { status: 200, body: { total_count: runs.length, check_runs: runs } };
  }
  const patched = m.match(/^PATCH \/repos\/Codertocat\/Hello-World\/check-runs\/(\d+)$/);
  if (patched) {
    const run = checkRuns.find((r) => r.id === Number(patched[1]));
    if (run && req.body.status) run.status = req.body.status;
    return { status: 200, body: { id: Number(patched[1]) } };
  }
  if (m === `POST ${repo}/pulls/2/reviews`) {
    postedReview = req.body;
    return { status: 200, body: { id: 1 } };
  }
  return undefined;
}

async function deliver(payload: unknown, id: string) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  return fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": id, "x-hub-signature-256": signature },
    body,
  });
}

/** The child's peak resident memory (VmHWM) since the last resetPeakRss, in MB. */
function peakRssMb(): number {
  const status = readFileSync(`/proc/${server!.pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Starts the child's peak over from its current memory (Linux: `5` to clear_refs), so start-up's own peak is out of it. */
function resetPeakRss(): void {
  writeFileSync(`/proc/${server!.pid}/clear_refs`, "5");
}

/** Streams `mb` megabytes to the webhook route, chunked or with a Content-Length. */
function streamMegabytes(mb: number, withLength: boolean): Promise<number | string> {
  return streamWebhook({ port, path: "/api/github/webhooks", chunks: mb * 16, size: 64 * 1024, withLength });
}

describe("the webhook body cap, on the server `npm start` runs", () => {
  // Before any review runs, so the peak measures the webhook route alone.
  it("rejects a 100 MB body, chunked or with a Content-Length, without buffering it (peak memory grows < 50 MB)", async () => {
    resetPeakRss();
    const idle = peakRssMb();
    // The server answers 413 and stops reading; on a loaded machine the sender can hit the closed
    // socket (EPIPE, ECONNRESET, ECANCELED) before it reads that answer. Either way the body was refused, and
    // the log line below proves it was the cap that refused it.
    const refused = [413, "EPIPE", "ECONNRESET", "ECANCELED"];
    expect(refused).toContain(await streamMegabytes(100, true));
    expect(refused).toContain(await streamMegabytes(100, false));
    const peak = peakRssMb();
    if (process.env.BOTTOMLINE_REPORT_MEMORY) console.log(`peak RSS: ${idle.toFixed(1)} MB idle, ${peak.toFixed(1)} MB after two 100 MB bodies`);
    // Against the memory the server holds once started (compiling its grammars peaks near 200 MB
    // first): a buffered body would add at least its 100 MB.
    expect(peak - idle).toBeLessThan(50);
    expect(logs).toContain("webhook body over the size cap");
    expect((await fetch(`http://127.0.0.1:${port}/ping`)).ok).toBe(true);
  });
});

describe("the server, end to end", () => {
  it("reviews a signed pull_request webhook: one check run, one review, inline comments on exact lines", async () => {
    const res = await deliver(pullRequestEvent("opened", { head: HEAD }), "d-1");
    expect(res.status).toBe(200);
    await waitFor(async () => postedReview !== undefined, "the review to be posted");

    const writes = fake.requests.filter((r) => r.method !== "GET");
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "POST /repos/Codertocat/Hello-World/check-runs",
      "POST /api/graphql",
      "PATCH /repos/Codertocat/Hello-World/check-runs/10",
      "POST /repos/Codertocat/Hello-World/pulls/2/reviews",
    ]);
    // In progress as soon as the review is accepted, then completed by the review.
    expect(writes[1].body).toMatchObject({ name: "Bottomline", head_sha: HEAD, status: "in_progress" });
    expect(writes[2].body.query).toContain("issueOrPullRequest(number: 1)");
    const check = writes[3].body;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    // Failures first (the annotation budget keeps them when it has to drop some).
    expect(check.output.annotations).toEqual([
      expect.objectContaining({ path: "src/app.ts", start_line: 2, annotation_level: "failure", title: "max-line-length" }),
      expect.objectContaining({ path: "src/app.ts", start_line: 1, annotation_level: "warning", title: "tests-required" }),
    ]);
    // tests-required's finding sits on the line where the new code starts (#11, session 9).
    expect(postedReview.comments).toEqual([
      expect.objectContaining({ path: "src/app.ts", line: 2, side: "RIGHT" }),
      expect.objectContaining({ path: "src/app.ts", line: 1, side: "RIGHT", body: expect.stringContaining("tests-required") }),
    ]);
    expect(postedReview.body).toContain("Bottomline: 1 failure");
    // The 8 of the README's budget, the one Git Trees read tests-required adds, and the one GET /app a process makes.
    expect(fake.requests.filter((r) => r.path === "/app")).toHaveLength(1);
    // 9 as before (GET /app included), plus the in-progress check run on acceptance, the
    // check-run listing twice (before creating it, and to complete it), and the Git Trees read.
    expect(fake.requests.length).toBeLessThanOrEqual(14);
  });

  it("rejects a webhook with a bad signature", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": "bad", "x-hub-signature-256": "sha256=00" },
      body: JSON.stringify(pullRequestEvent("opened")),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("a replay of the same delivery id is ignored before any request", async () => {
    // The first review may still be finishing its last writes (completing its check run): count
    // from a quiet moment, so only what the replay causes is measured.
    let seen = -1;
    await waitFor(async () => {
      const quiet = fake.requests.length === seen;
      seen = fake.requests.length;
      if (!quiet) await new Promise((r) => setTimeout(r, 400));
      return quiet;
    }, "the first review's writes to settle");
    const before = fake.requests.length;
    const res = await deliver(pullRequestEvent("opened", { head: HEAD }), "d-1");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("Already received this delivery; ignored.\n");
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.length).toBe(before);
  });

  it("a signed body that is not a pull_request event gets a 400, not a 500", async () => {
    const res = await deliver({ ...pullRequestEvent("opened"), pull_request: null }, "d-null");
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("pull_request: Invalid input: expected object, received null");
  });

  it("a redelivery (new delivery id, same input) posts nothing new", async () => {
    const before = fake.requests.filter((r) => r.method !== "GET").length;
    const reviewsReadsBefore = fake.requests.filter((r) => r.path.startsWith("/repos/Codertocat/Hello-World/pulls/2/reviews")).length;
    await deliver(pullRequestEvent("opened", { head: HEAD }), "d-1-again");
    await waitFor(
      async () => fake.requests.filter((r) => r.path.startsWith("/repos/Codertocat/Hello-World/pulls/2/reviews")).length > reviewsReadsBefore,
      "the redelivery to be handled",
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.filter((r) => r.method !== "GET").length).toBe(before);
  });

  it("serves each rule's doc for the links in findings", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/bottomline/rules/max-line-length`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("<h1>max-line-length</h1>");
    expect((await fetch(`http://127.0.0.1:${port}/bottomline/rules/nope`)).status).toBe(404);
  });

  it("serves the status route added with addHandler", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/bottomline/status`);
    expect(await res.json()).toMatchObject({ running: 0, pending: 0 });
  });
  it("finishes the review in flight on SIGTERM before exiting", async () => {
    postedReview = undefined;
    checkRunDelay = 1500;
    const head = "b".repeat(40);
    currentHead = head;
    const res = await deliver(pullRequestEvent("synchronize", { head, updatedAt: "2026-11-25T12:00:00Z" }), "d-2");
    expect(res.status).toBe(200);
    await waitFor(
      async () => fake.requests.some((r) => r.method === "POST" && r.path.endsWith("/check-runs") && r.body?.head_sha === head),
      "the check run to be in flight",
    );
    const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));
    server!.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(postedReview?.commit_id).toBe(head);
    expect(logs).toContain("SIGTERM: finishing 1 review(s) before exit");
    server = undefined;
  });
});

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; server output:\n${logs}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

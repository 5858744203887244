import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, createHmac, generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from "./load-fake-github.js";

/** What the load benches share: the fake GitHub over HTTP, signed deliveries, a throwaway Redis. */
export const LATENCY_MS = Number(process.env.LOAD_LATENCY_MS ?? 50);
export const root = join(import.meta.dirname, "..", "..");
export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();
export const SECRET = "load-secret";
/** Every pull request has its own head, as on GitHub. */
export const headOf = (pr: string) => createHash("sha1").update(pr).digest("hex");

export interface Served {
  fake: FakeGitHub;
  url: string;
  host: string;
  close: () => Promise<void>;
}

/** The fake GitHub over HTTP, with GitHub Enterprise paths (/api/v3, /api/graphql). */
export async function serveFake(opts: Omit<FakeGitHubOptions, "baseUrl">): Promise<Served> {
  let base = "";
  const fake = createFakeGitHub({
    headOf,
    ...opts,
    baseUrl: "",
    override: (req) => (req.method === "GET" && req.path === "/app" ? { status: 200, body: { id: 123, slug: "bottomline" } } : opts.override?.(req)),
  });
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? "").replace(/^\/api\/v3/, "").replace(/^\/api\/graphql/, "/graphql");
    const answer = fake.route({ method: req.method ?? "GET", path, body: raw ? JSON.parse(raw) : undefined });
    await new Promise((r) => setTimeout(r, LATENCY_MS + (answer.delayMs ?? 0)));
    const headers: Record<string, string> = { "content-type": typeof answer.body === "string" ? "text/plain" : "application/json", ...answer.headers };
    if (headers.link) headers.link = headers.link.replace(/<\/repos/g, `<${base}/api/v3/repos`);
    res.writeHead(answer.status, headers);
    res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return { fake, url: base, host: `127.0.0.1:${port}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => resolve(data));
  });
}

export function event(number: number, installation: number, over: { files?: number } = {}) {
  const repo = `repo-${installation}`;
  const repository = { name: repo, full_name: `acme/${repo}`, owner: { login: "acme" } };
  return {
    action: "opened",
    number,
    installation: { id: installation },
    repository,
    pull_request: {
      number,
      state: "open",
      title: `Change ${number} (#1)`,
      body: "",
      draft: false,
      updated_at: "2026-11-25T10:00:00Z",
      commits: 1,
      changed_files: over.files ?? 1,
      labels: [],
      head: { sha: headOf(`acme/${repo}#${number}`), repo: repository },
      base: { sha: "b".repeat(40), repo: repository },
    },
  };
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

export async function startRedis(): Promise<{ url: string; stop: () => void } | undefined> {
  if (spawnSync("redis-server", ["--version"]).error) return undefined;
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve) => child.stdout!.on("data", (d) => String(d).includes("Ready to accept") && resolve()));
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGKILL") };
}

/** POSTs a webhook signed with SECRET; the status, or 0 when the connection failed. */
export async function deliver(baseUrl: string, payload: unknown, delivery: string): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  const res = await fetch(`${baseUrl}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": "pull_request", "x-github-delivery": delivery, "x-hub-signature-256": signature },
    body,
  }).catch(() => undefined);
  await res?.text();
  return res?.status ?? 0;
}

/** The App as `npm start` runs it, in its own process, against the served fake (and Redis when given). */
export async function startReplica(served: Served, redisUrl?: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "node_modules", "probot", "bin", "probot.js"), "run", "./dist/src/github/index.js"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      APP_ID: "123",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      GHE_HOST: served.host,
      GHE_PROTOCOL: "http",
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      LOG_LEVEL: (process.env.LOAD_LOG_LEVEL ?? "error") as "error",
      BOTTOMLINE_RECOVERY_MINUTES: "0",
    },
    stdio: ["ignore", process.env.LOAD_LOG_LEVEL ? "inherit" : "ignore", "inherit"],
  });
  for (let i = 0; i < 200; i++) {
    if ((await fetch(`http://127.0.0.1:${port}/ping`).catch(() => undefined))?.ok) return { port, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("a replica did not start within 20 s");
}

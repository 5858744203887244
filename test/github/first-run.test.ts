import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { createBottomline } from "../../src/github/app.js";
import { serveHandlers } from "../helpers/github-fixtures.js";

const probotLib = join(import.meta.dirname, "..", "..", "node_modules", "probot", "lib");
const load = async (file: string) => import(pathToFileURL(join(probotLib, file)).href);

describe("app.yml through Probot's setup page", () => {
  it("the Register button carries the whole manifest, with the description and a homepage url", async () => {
    const { ManifestCreation } = await load("manifest-creation.js");
    const { setupView } = await load("views/setup.js");
    const manifest = new ManifestCreation().getManifest({ pkg: {}, baseUrl: "http://localhost:3000" });
    const html: string = setupView({ name: "bottomline", description: "d", version: "1", createAppUrl: "https://github.com/settings/apps/new", manifest });
    // The browser reads the attribute up to the next single quote: that must be the whole JSON.
    const value = /value='([^']*)'/.exec(html)![1];
    const parsed = JSON.parse(value);
    expect(parsed).toMatchObject({
      name: "Bottomline",
      url: expect.stringMatching(/^https:\/\//),
      public: false,
      default_events: ["pull_request", "check_run", "workflow_run"],
      default_permissions: { checks: "write", pull_requests: "write" },
      hook_attributes: { url: expect.any(String) },
      redirect_url: "http://localhost:3000/probot/setup",
    });
    expect(parsed.description).toContain("team’s code-review checklist");
  });
});

async function readinessOf(privateKey: string) {
  const probot = new Probot({
    appId: 123,
    privateKey,
    log: pino({ level: "silent" }),
    Octokit: ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  const handlers: any[] = [];
  await probot.load(createBottomline({ queuedCheckRun: false }).app, { cwd: process.cwd(), addHandler: (h: any) => void handlers.push(h) });
  const server = await serveHandlers(handlers);
  try {
    const res = await fetch(`${server.url}/bottomline/ready`);
    return { status: res.status, body: (await res.json()) as any };
  } finally {
    await server.close();
  }
}

describe("GET /bottomline/ready", () => {
  it("is ready with a usable private key", async () => {
    const { privateKey } = await import("../helpers/github-fixtures.js");
    expect(await readinessOf(privateKey)).toEqual({ status: 200, body: { ready: true } });
  });

  it("fails with PRIVATE_KEY=notakey, saying what to set (the Docker HEALTHCHECK uses this route)", async () => {
    const { status, body } = await readinessOf("notakey");
    expect(status).toBe(503);
    expect(body.reason).toMatch(/private key cannot sign a token .*set PRIVATE_KEY to the PEM key GitHub generated/);
  });
});

describe("WEBHOOK_PROXY_URL", () => {
  it("Probot's webhook proxy finds smee-client (a dev dependency) and forwards a delivery to the app", async () => {
    const received: Array<{ headers: IncomingMessage["headers"]; body: string }> = [];
    const target = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.end("ok");
      });
    });
    // A stand-in for smee.io: one server-sent event carrying a delivery.
    const channel = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.write(`data: ${JSON.stringify({ "x-github-event": "ping", "x-github-delivery": "d-smee", body: { zen: "hi" } })}\n\n`);
    });
    await Promise.all([target, channel].map((s) => new Promise<void>((r) => s.listen(0, "127.0.0.1", r))));
    const { createWebhookProxy } = await load("helpers/webhook-proxy.js");
    const warnings: string[] = [];
    const logger = { info: () => undefined, error: () => undefined, debug: () => undefined, warn: (m: string) => void warnings.push(m) };
    const proxy = await createWebhookProxy({
      logger,
      url: `http://127.0.0.1:${(channel.address() as AddressInfo).port}/channel`,
      host: "127.0.0.1",
      port: (target.address() as AddressInfo).port,
      path: "/api/github/webhooks",
    });
    try {
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(warnings).toEqual([]);
      expect(received).toHaveLength(1);
      expect(received[0].headers["x-github-delivery"]).toBe("d-smee");
      expect(JSON.parse(received[0].body)).toEqual({ zen: "hi" });
    } finally {
      await proxy?.stop?.();
      proxy?.close?.();
      channel.closeAllConnections();
      await Promise.all([target, channel].map((s) => new Promise((r) => s.close(r))));
    }
  });
});

import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { MemoryDeliveryStore } from "../../src/github/delivery-store.js";
import { createWebhookFrontDoor } from "../../src/github/webhook-front-door.js";
import {
  checkRunRerequestedEvent,
  commitsList,
  configFile,
  filesList,
  graphqlIssues,
  postWebhook,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  setup,
  token,
  writes,
} from "../helpers/github-fixtures.js";
import { streamWebhook } from "../helpers/stream-webhook.js";

afterEach(() => nock.cleanAll());

const HEAD = "a".repeat(40);
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe("a replayed signed delivery", () => {
  it("check_run.rerequested sent twice with the same delivery id posts one check run", async () => {
    const gh = await setup();
    const server = await gh.serve();
    try {
      token(gh.scope);
      gh.scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullRequestEvent("opened").pull_request);
      configFile(gh.scope, "{}");
      commitsList(gh.scope, [HEAD]);
      filesList(gh.scope, []);
      graphqlIssues(gh.scope);
      reviewsList(gh.scope, []);
      gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
      gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
      const body = JSON.stringify(checkRunRerequestedEvent(HEAD, 2));

      expect(await postWebhook(server.url, "check_run", body, { delivery: "rerun-1" })).toEqual({ status: 200, text: "ok\n" });
      await gh.queue.idle();
      const before = gh.requests.length;
      expect(await postWebhook(server.url, "check_run", body, { delivery: "rerun-1" })).toEqual({
        status: 200,
        text: "Already received this delivery; ignored.\n",
      });
      await gh.queue.idle();

      expect(gh.requests.length).toBe(before);
      expect(writes(gh.requests).filter((r) => r.path.endsWith("/check-runs"))).toHaveLength(1);
      expect(nock.isDone()).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("signed bodies that are not the event they claim to be", () => {
  const pr = pullRequestEvent("opened");
  const cases: Array<[string, string, unknown, string]> = [
    ["a bare number", "pull_request", 42, "the body: Invalid input: expected object, received number"],
    ["pull_request: null", "pull_request", { ...pr, pull_request: null }, "pull_request: Invalid input: expected object, received null"],
    ["no repository", "pull_request", { ...pr, repository: undefined }, "repository: Invalid input: expected object, received undefined"],
    ["no installation", "check_run", { ...checkRunRerequestedEvent(HEAD, 2), installation: undefined }, "installation: Invalid input"],
    ["an array", "ping", [1], "the body: Invalid input: expected object, received array"],
  ];

  it.each(cases)("%s gets a 400 naming the field, and no handler runs", async (_name, event, payload, problem) => {
    const gh = await setup();
    const server = await gh.serve();
    try {
      const res = await postWebhook(server.url, event, JSON.stringify(payload));
      expect(res.status).toBe(400);
      expect(res.text).toContain(`Bad webhook: this is not a ${event} event GitHub sends: ${problem}`);
      expect(gh.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("a bad signature gets a 401; a body that is not JSON a 400", async () => {
    const gh = await setup();
    const server = await gh.serve();
    try {
      expect((await postWebhook(server.url, "pull_request", "{}", { signature: "sha256=00" })).status).toBe(401);
      expect(await postWebhook(server.url, "pull_request", "{not json")).toEqual({ status: 400, text: "The body is not JSON.\n" });
    } finally {
      await server.close();
    }
  });
});

describe("when a handler fails", () => {
  it("answers 500, logs ids only (never the payload), and lets a redelivery try again", async () => {
    const logs: string[] = [];
    const gh = await setup({ logs });
    const server = await gh.serve();
    try {
      const event = checkRunRerequestedEvent(HEAD, 2);
      event.check_run.output = { title: "PAYLOAD-CANARY", summary: "PAYLOAD-CANARY" };
      event.repository.description = "PAYLOAD-CANARY";
      token(gh.scope);
      gh.scope.get(`${REPO_PATH}/pulls/2`).times(2).reply(404, { message: "Not Found PAYLOAD-CANARY" });
      const body = JSON.stringify(event);

      expect((await postWebhook(server.url, "check_run", body, { delivery: "d-fail" })).status).toBe(500);
      expect((await postWebhook(server.url, "check_run", body, { delivery: "d-fail" })).status).toBe(500); // retried, not "already received"

      const all = logs.join("");
      expect(all).toContain('"delivery":"d-fail"');
      expect(all).toContain('"installation":1');
      expect(all).toContain('"repo":"Codertocat/Hello-World"');
      expect(all).not.toContain("PAYLOAD-CANARY");
    } finally {
      await server.close();
    }
  });
});

/** The front door alone on loopback, with a receiver that counts deliveries and small limits. */
async function frontDoorServer(maxBytes: number, maxBufferedBytes?: number) {
  let received = 0;
  const frontDoor = createWebhookFrontDoor({
    webhooks: { verify: async () => true, receive: async () => void received++ },
    webhookPath: "/hook",
    deliveries: new MemoryDeliveryStore(),
    log: silent,
    maxBytes,
    maxBufferedBytes,
  });
  const server = createServer(async (req, res) => void ((await frontDoor(req, res)) || res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const send = (chunks: number, size: number, withLength: boolean) => streamWebhook({ port, path: "/hook", chunks, size, withLength });
  return { port, send, received: () => received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("the webhook body cap", () => {
  it("answers 413 to a declared Content-Length over the cap without reading the body", async () => {
    const s = await frontDoorServer(1024);
    try {
      expect(await s.send(4, 1024, true)).toBe(413);
      expect(s.received()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it("answers 413 to a chunked body once it passes the cap", async () => {
    const s = await frontDoorServer(1024);
    try {
      expect(await s.send(64, 512, false)).toBe(413);
      expect(s.received()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it("accepts a body just under the cap", async () => {
    const s = await frontDoorServer(1024);
    try {
      expect(await s.send(1, 1000, false)).toBe(200); // 1,002 bytes
      expect(s.received()).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe("bodies read at once", () => {
  it("past the shared budget, a delivery gets 503 with Retry-After instead of more memory", async () => {
    const s = await frontDoorServer(1024, 1500);
    const open = (id: string) => {
      const headers = { "content-type": "application/json", "x-github-event": "ping", "x-github-delivery": id, "x-hub-signature-256": "sha256=x" };
      const req = request({ port: s.port, host: "127.0.0.1", method: "POST", path: "/hook", headers });
      const response = new Promise<{ status: number; retryAfter?: string }>((resolve) =>
        req.on("response", (res) => (res.resume(), resolve({ status: res.statusCode!, retryAfter: res.headers["retry-after"] as string | undefined }))),
      );
      req.on("error", () => undefined);
      return { req, response };
    };
    try {
      const first = open("first");
      first.req.write(" ".repeat(900)); // held open: 900 bytes of the 1,500 in use
      await new Promise((r) => setTimeout(r, 100));
      const second = open("second");
      second.req.end(" ".repeat(900) + "{}");
      expect(await second.response).toEqual({ status: 503, retryAfter: "5" });
      first.req.end("{}");
      expect((await first.response).status).toBe(200);
      expect(s.received()).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe("MemoryDeliveryStore", () => {
  it("remembers the newest ids up to its capacity", async () => {
    const store = new MemoryDeliveryStore(2);
    expect(await store.claim("a")).toBe(true);
    expect(await store.claim("b")).toBe(true);
    expect(await store.claim("a")).toBe(false); // refreshed: "b" is now the oldest
    expect(await store.claim("c")).toBe(true);
    expect(store.size).toBe(2);
    expect(await store.claim("b")).toBe(true); // forgotten
    await store.release("b");
    expect(await store.claim("b")).toBe(true);
  });
});

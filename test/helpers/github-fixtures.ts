import { createHmac, generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import nock from "nock";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { createBottomline, type BottomlineOptions } from "../../src/github/app.js";
import { deriveMarkerKey, type AppIdentity, type MarkerScope } from "../../src/github/markers.js";
import { InMemoryBudgetStore, WriteBudget } from "../../src/github/write-budget.js";
import { defaultRetryPolicy } from "../../src/github/with-retry.js";
import { wideLine } from "./wide-line.js";

const require = createRequire(import.meta.url);
type Example = { name: string; examples: Array<{ action: string } & Record<string, unknown>> };
const examples = require("@octokit/webhooks-examples/api.github.com/index.json") as Example[];

export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const API = "https://api.github.com";
/** The App under test, as GitHub shows it on its reviews, and the key its markers are signed with. */
export const APP: AppIdentity = { appId: 123, botLogin: "bottomline[bot]" };
export const WEBHOOK_SECRET = "test-webhook-secret";
export const MARKER_KEY = deriveMarkerKey(WEBHOOK_SECRET);
/** Markers on the fixture pull request (Codertocat/Hello-World#2). */
export const SCOPE: MarkerScope = { key: MARKER_KEY, pr: "Codertocat/Hello-World#2" };
export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs1", format: "pem" }).toString();

/** GitHub's real `pull_request` webhook example, adjusted: an installation, and the given head and counts. */
export function pullRequestEvent(
  action: string,
  over: {
    head?: string;
    commits?: number;
    changedFiles?: number;
    draft?: boolean;
    updatedAt?: string;
    forkOwner?: string;
    body?: string;
    title?: string;
    installation?: number;
    repo?: string;
    number?: number;
  } = {},
) {
  const base = structuredClone(examples.find((e) => e.name === "pull_request")!.examples.find((x) => x.action === "opened")!) as any;
  const pr = base.pull_request;
  base.action = action;
  base.installation = { id: over.installation ?? 1, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" };
  if (over.repo) {
    base.repository = { ...base.repository, name: over.repo, full_name: `${OWNER}/${over.repo}` };
    pr.base.repo = { ...pr.base.repo, name: over.repo, full_name: `${OWNER}/${over.repo}` };
    pr.head.repo = { ...pr.head.repo, name: over.repo, full_name: `${OWNER}/${over.repo}` };
  }
  if (over.number) pr.number = base.number = over.number;
  pr.head.sha = over.head ?? "a".repeat(40);
  pr.commits = over.commits ?? 1;
  pr.changed_files = over.changedFiles ?? 1;
  pr.draft = over.draft ?? false;
  pr.updated_at = over.updatedAt ?? "2026-11-25T10:00:00Z";
  if (over.body !== undefined) pr.body = over.body;
  if (over.title !== undefined) pr.title = over.title;
  if (over.forkOwner) {
    pr.head.repo = { ...pr.head.repo, full_name: `${over.forkOwner}/${REPO}`, owner: { ...pr.head.repo.owner, login: over.forkOwner } };
    pr.head.label = `${over.forkOwner}:feature`;
  }
  return base;
}

export function checkRunRerequestedEvent(headSha: string, prNumber?: number) {
  const base = structuredClone(examples.find((e) => e.name === "check_run")!.examples.find((x) => x.action === "rerequested")!) as any;
  base.check_run.name = "Bottomline";
  base.check_run.head_sha = headSha;
  base.check_run.pull_requests = prNumber
    ? [{ number: prNumber, id: 1, url: "", head: { sha: headSha, ref: "x", repo: {} }, base: { sha: "b", ref: "main", repo: {} } }]
    : [];
  base.repository = pullRequestEvent("opened").repository;
  base.installation = { id: 1, node_id: "x" };
  return base;
}

export interface Recorded {
  method: string;
  path: string;
  body?: any;
}

/** A Probot instance with the app loaded, throttling and Octokit's retry off, and a recorder of every request. */
export async function setup(opts: { concurrency?: number; logs?: string[]; budget?: WriteBudget; bottomline?: BottomlineOptions; fake?: boolean } = {}) {
  const requests: Recorded[] = [];
  const sleeps: number[] = [];
  // One fake clock for retries and the write budget: a wait is recorded and passes at once.
  let clock = Date.parse("2026-11-25T10:00:00Z");
  const now = () => clock;
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock += ms;
  };
  const { app, queue } = createBottomline({
    concurrency: opts.concurrency ?? 2,
    markerKey: MARKER_KEY,
    appIdentity: APP,
    retry: { ...defaultRetryPolicy, sleep, now },
    budget: opts.budget ?? new WriteBudget(new InMemoryBudgetStore(now), { sleep }),
    ...opts.bottomline,
    retryLater: { sleep, ...opts.bottomline?.retryLater },
    // The in-progress run on acceptance has its own tests (test/github/check-run-lifecycle.test.ts).
    queuedCheckRun: opts.bottomline?.queuedCheckRun ?? false,
    // Delivery recovery has its own tests (test/github/recover-deliveries.test.ts).
    recoveryMs: opts.bottomline?.recoveryMs ?? 0,
  });
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: WEBHOOK_SECRET,
    log: opts.logs ? pino({ level: "info" }, { write: (line: string) => void opts.logs!.push(line) }) : pino({ level: "silent" }),
    Octokit: ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } })),
  });
  const handlers: Array<(req: any, res: any) => boolean | Promise<boolean>> = [];
  await probot.load(app, { cwd: process.cwd(), addHandler: (h: any) => void handlers.push(h) });
  const scope = nock(API);
  // No in-progress run exists unless a test says otherwise: publishing creates the check run.
  // (The stateful fake, test/helpers/nock-fake-github.ts, answers this itself.)
  if (!opts.fake)
    scope
      .get(/\/repos\/[^/]+\/[^/]+\/commits\/[0-9a-f]+\/check-runs/)
      .query(true)
      .optionally()
      .times(1000)
      .reply(200, { total_count: 0, check_runs: [] });
  scope.on("request", (req: any, _interceptor: any, body: string) => {
    requests.push({ method: req.method, path: req.path, body: body ? safeJson(body) : undefined });
  });
  const deliver = async (name: string, payload: any) => {
    await probot.receive({ id: `delivery-${requests.length}`, name: name as any, payload });
    await queue.idle();
  };
  return { probot, queue, scope, requests, sleeps, deliver, handlers, serve: () => serveHandlers(handlers) };
}

function safeJson(s: string): any {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

export const REPO_PATH = `/repos/${OWNER}/${REPO}`;

export function token(scope: nock.Scope): nock.Scope {
  return scope.post("/app/installations/1/access_tokens").reply(200, { token: "ghs_test", expires_at: "2099-01-01T00:00:00Z", permissions: {} });
}

export function configFile(scope: nock.Scope, yaml: string | null): nock.Scope {
  const s = scope.get(/\/repos\/Codertocat\/Hello-World\/contents\/\.github(\/|%2F)rules\.yml/);
  if (yaml === null) {
    scope.get(/\/repos\/Codertocat\/\.github\/contents\/\.github(\/|%2F)rules\.yml/).reply(404, { message: "Not Found" });
    return s.reply(404, { message: "Not Found" });
  }
  return s.reply(200, yaml);
}

export function commitsList(scope: nock.Scope, shas: string[], messages: string[] = []): nock.Scope {
  return scope
    .get(`${REPO_PATH}/pulls/2/commits`)
    .query(true)
    .reply(
      200,
      shas.map((sha, i) => ({
        sha,
        commit: { message: messages[i] ?? `Change ${i} (#1)`, author: { name: "Dev", email: "dev@example.com" } },
        author: { login: "dev" },
        parents: [{ sha: "p" }],
      })),
    );
}

export function filesList(
  scope: nock.Scope,
  files: Array<{ filename: string; patch?: string; status?: string; additions?: number; deletions?: number }>,
): nock.Scope {
  return scope
    .get(`${REPO_PATH}/pulls/2/files`)
    .query(true)
    .reply(
      200,
      files.map((f) => ({
        status: "modified",
        additions: f.patch ? f.patch.split("\n").filter((l) => l.startsWith("+")).length : 0,
        deletions: 0,
        changes: 0,
        ...f,
      })),
    );
}

export function reviewsList(
  scope: nock.Scope,
  reviews: Array<{ id: number; body: string; state?: string; type?: string; login?: string; appId?: number }>,
): nock.Scope {
  return scope
    .get(`${REPO_PATH}/pulls/2/reviews`)
    .query(true)
    .reply(
      200,
      reviews.map((r) => ({
        id: r.id,
        body: r.body,
        state: r.state ?? "COMMENTED",
        user: { login: r.login ?? APP.botLogin, type: r.type ?? "Bot" },
        ...(r.appId !== undefined ? { performed_via_github_app: { id: r.appId } } : {}),
      })),
    );
}

export const LONG = wideLine(130);

/** A patch adding `lines` at the start of a file. */
export function patchAdding(lines: string[], start = 1): string {
  return [`@@ -${start},0 +${start},${lines.length} @@`, ...lines.map((l) => `+${l}`)].join("\n");
}

export function writes(requests: Recorded[]): Recorded[] {
  return requests.filter((r) => r.method !== "GET");
}

/**
 * Answers Bottomline's batched GraphQL issue lookup: every aliased issueOrPullRequest gets the
 * state given for its number (default: an open issue); `null` makes it missing (NOT_FOUND).
 */
export function graphqlIssues(
  scope: nock.Scope,
  states: Record<number, { state: "OPEN" | "CLOSED" | "MERGED"; type?: "Issue" | "PullRequest" } | null> = {},
  files: Record<string, string> = {},
  seen: string[] = [],
  /** Texts at base, by path, for the `b` fields (any commit). */
  baseFiles: Record<string, string> = {},
): nock.Scope {
  return scope.post("/graphql").reply(200, (_uri, body: any) => {
    seen.push(body.query);
    const query: string = body.query;
    const data: Record<string, Record<string, unknown>> = {};
    const errors: Array<{ type: string; path: string[]; message: string }> = [];
    let repoAlias = "";
    for (const m of query.matchAll(
      /(r\d+): repository\(|(i\d+): issueOrPullRequest\(number: (\d+)\)|(f\d+): object\(expression: "[0-9a-f]+:([^"]+)"\)|(b\d+): object\(expression: "\w+:([^"]+)"\)/g,
    )) {
      if (m[1]) {
        repoAlias = m[1];
        data[repoAlias] = {};
        continue;
      }
      if (m[4]) {
        data[repoAlias][m[4]] = m[5] in files ? { text: files[m[5]], isBinary: false } : null;
        continue;
      }
      if (m[6]) {
        data[repoAlias][m[6]] = m[7] in baseFiles ? { text: baseFiles[m[7]], isBinary: false } : null;
        continue;
      }
      const s = states[Number(m[3])];
      if (s === null) {
        data[repoAlias][m[2]] = null;
        errors.push({ type: "NOT_FOUND", path: [repoAlias, m[2]], message: `Could not resolve to an issue or pull request with the number of ${m[3]}.` });
      } else data[repoAlias][m[2]] = { __typename: s?.type ?? "Issue", state: s?.state ?? "OPEN" };
    }
    return errors.length ? { data, errors } : { data };
  });
}

/** An HTTP server on loopback that runs the app's added handlers in order, as Probot's server does. */
export async function serveHandlers(handlers: Array<(req: any, res: any) => boolean | Promise<boolean>>) {
  const server = createServer(async (req, res) => {
    for (const h of handlers) if (await h(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** POSTs a webhook signed with the test secret (or the given signature) to the app's webhook path. */
export async function postWebhook(url: string, name: string, body: string, opts: { delivery?: string; signature?: string } = {}) {
  const signature = opts.signature ?? `sha256=${createHmac("sha256", WEBHOOK_SECRET).update(body).digest("hex")}`;
  const res = await fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-github-event": name, "x-github-delivery": opts.delivery ?? "d-1", "x-hub-signature-256": signature },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** The repository's file tree at head, which tests-required reads in one recursive Git Trees request (optional). */
export function fileTree(scope: nock.Scope, paths: string[] = []) {
  scope
    .get(new RegExp(`^${REPO_PATH.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/git/trees/`))
    .query(true)
    .optionally()
    .reply(200, { sha: "t", truncated: false, tree: paths.map((path) => ({ path, type: "blob" })) });
}

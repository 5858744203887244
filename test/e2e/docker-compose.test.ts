import { jest } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { Probot, ProbotOctokit } from "probot";
import { parse } from "yaml";
import { createBottomline } from "../../src/github/app.js";
import { productionOptions } from "../../src/github/production-options.js";
import { drainTimes } from "../../src/github/shutdown.js";
import { privateKey, serveHandlers } from "../helpers/github-fixtures.js";
import { startRedisServer, type RedisServer } from "../helpers/redis-server.js";

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine: what they name must
 * exist, every variable the App reads must reach it, and the App must start with what they pass.
 */
jest.setTimeout(30_000);

const root = join(import.meta.dirname, "..", "..");
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8")) as {
  services: Record<
    string,
    { command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; stop_grace_period?: string }
  >;
};
const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
const app = compose.services.app;

/** Source files of the server (`npm start`): the App, its queue, and what a review runs. */
function serverSources(): string[] {
  const dirs = ["src/github", "src/queue", "src/engine", "src/report", "src/coverage", "src/sources/github", "src/metrics"];
  return dirs.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(root, d, f), "utf8")),
  );
}

/** `${NAME}` → the given value; `${NAME:-default}` → its default (an unset variable in .env). */
function resolve(environment: Record<string, string>, given: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([k, v]) => [
      k,
      String(v).replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name: string, fallback?: string) => given[name] ?? fallback ?? ""),
    ]),
  );
}

describe("docker-compose.yml", () => {
  it("parses, and runs the App after a healthy Redis that keeps its data (append-only file)", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "redis"]);
    expect(app.depends_on).toEqual({ redis: { condition: "service_healthy" } });
    expect(compose.services.redis.command).toEqual(expect.arrayContaining(["--appendonly", "yes"]));
  });

  it("points REDIS_URL at the redis service on Redis's port", () => {
    const url = new URL(app.environment!.REDIS_URL);
    expect(url.protocol).toBe("redis:");
    expect(Object.keys(compose.services)).toContain(url.hostname);
    expect(url.port).toBe("6379");
  });

  it("passes every variable the App reads", () => {
    const read = new Set<string>(["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET", "REDIS_URL", "LOG_LEVEL"]);
    for (const text of serverSources()) for (const m of text.matchAll(/\b(BOTTOMLINE_[A-Z_]+)\b/g)) read.add(m[1]);
    const missing = [...read].filter((name) => !(name in app.environment!));
    expect(missing).toEqual([]);
  });

  it("leaves enough of the stop grace period for the drain", () => {
    const grace = Number(/^(\d+)s$/.exec(app.stop_grace_period ?? "")?.[1]);
    const env = resolve(app.environment!, {});
    const drain = drainTimes(env);
    expect(drain.abortAfterMs + drain.graceMs).toBeLessThan(grace * 1000);
  });
});

describe("Dockerfile", () => {
  it("copies only files that exist in the repository", () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) => m[1].trim().split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      if (source.includes("*")) {
        const [dir, pattern] = [source.slice(0, source.lastIndexOf("/")), source.slice(source.lastIndexOf("/") + 1)];
        const re = new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
        expect({ source, matches: readdirSync(join(root, dir)).some((f) => re.test(f)) }).toEqual({ source, matches: true });
      } else expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
    }
  });

  it("starts the server as `npm start` does, from a file the build produces", () => {
    const start = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
    const cmd = JSON.parse(/^CMD (\[.+\])$/m.exec(dockerfile)![1]) as string[];
    expect(cmd.slice(1).join(" ")).toBe(`node_modules/probot/bin/probot.js ${start.replace(/^probot /, "")}`);
    const entry = /\.\/dist\/(src\/.+)\.js/.exec(start)![1];
    expect(existsSync(join(root, `${entry}.ts`))).toBe(true);
  });
});

describe("the App with docker-compose.yml's environment", () => {
  let redis: RedisServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    process.env = saved;
    await redis.stop();
  });

  it("starts with every optional variable left empty, and answers the HEALTHCHECK's path with 200", async () => {
    const env = resolve(app.environment!, { APP_ID: "123", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "compose-secret" });
    // The redis service's address, as this test's own Redis.
    env.REDIS_URL = redis.url;
    Object.assign(process.env, env);
    const options = await productionOptions(env);
    const { app: appFn, queue } = createBottomline({ ...options, recoveryMs: 0 });
    const probot = new Probot({
      appId: Number(env.APP_ID),
      privateKey: env.PRIVATE_KEY,
      secret: env.WEBHOOK_SECRET,
      log: pino({ level: "silent" }),
      Octokit: ProbotOctokit,
    });
    const handlers: Array<(req: any, res: any) => boolean | Promise<boolean>> = [];
    await probot.load(appFn, { cwd: root, addHandler: (h: any) => void handlers.push(h) });
    const server = await serveHandlers(handlers);
    try {
      const path = /fetch\('http:\/\/127\.0\.0\.1:'\+\(process\.env\.PORT\|\|3000\)\+'([^']+)'\)/.exec(dockerfile)?.[1];
      expect(path).toBe("/bottomline/ready");
      const res = await fetch(`${server.url}${path}`);
      expect({ status: res.status, body: await res.json() }).toEqual({ status: 200, body: { ready: true } });
    } finally {
      await server.close();
      await queue.close?.();
      (options.deliveries as unknown as { redis: { disconnect: () => void } }).redis.disconnect();
    }
  });
});

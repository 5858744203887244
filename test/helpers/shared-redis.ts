import nock from "nock";
import { startRedisServer, type RedisServer } from "./redis-server.js";

export interface SharedRedis {
  /** The suite's redis-server URL (started before the first test). */
  url(): string;
  /** Runs after the current test, last registered first (replicas close before Redis goes). */
  afterTest(close: () => Promise<void> | void): void;
}

/**
 * One redis-server for a whole test file, started before its tests and stopped after them, with
 * the per-test closers run (and nock cleaned) after each test: the lifecycle every suite that runs
 * App replicas on a shared Redis needs.
 */
export function sharedRedisPerSuite(): SharedRedis {
  let server: RedisServer | undefined;
  const closers: Array<() => Promise<void> | void> = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
    nock.cleanAll();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    url: () => server!.url,
    afterTest: (close) => closers.push(close),
  };
}

import { Redis } from "ioredis";
import { WriteBudget } from "../../src/github/write-budget.js";
import { RedisBudgetStore } from "../../src/queue/redis-budget-store.js";
import { RedisDeliveryStore } from "../../src/queue/redis-delivery-store.js";
import { startRedisServer, type RedisServer } from "../helpers/redis-server.js";

let server: RedisServer;
let a: Redis;
let b: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  a = new Redis(server.url);
  b = new Redis(server.url);
});

afterAll(async () => {
  a.disconnect();
  b.disconnect();
  await server.stop();
});

const windows = [
  { ms: 60_000, max: 80 },
  { ms: 3_600_000, max: 500 },
];

describe("RedisBudgetStore", () => {
  it("two replicas draw on one budget: 80 writes a minute between them, then both wait", async () => {
    const replica1 = new RedisBudgetStore(a, "t1");
    const replica2 = new RedisBudgetStore(b, "t1");
    let granted = 0;
    for (let i = 0; i < 50; i++) {
      if ((await replica1.tryTake("42", windows)) === 0) granted++;
      if ((await replica2.tryTake("42", windows)) === 0) granted++;
    }
    expect(granted).toBe(80);
    const wait1 = await replica1.tryTake("42", windows);
    // Redis's clock runs on while the test waits on a loaded machine: bounds with seconds of slack.
    expect(wait1).toBeGreaterThan(40_000);
    expect(wait1).toBeLessThanOrEqual(60_001);
    // Another installation has its own budget.
    expect(await replica2.tryTake("43", windows)).toBe(0);
  });

  it("a pause set by one replica holds the installation on the other, and only that one", async () => {
    const replica1 = new RedisBudgetStore(a, "t2");
    const replica2 = new RedisBudgetStore(b, "t2");
    await replica1.pause("7", 30_000);
    const left = await replica2.pausedFor("7");
    // Far above the 1 s pause below, with seconds of slack for a loaded machine's clock.
    expect(left).toBeGreaterThan(20_000);
    expect(await replica2.tryTake("7", windows)).toBeGreaterThan(20_000);
    expect(await replica2.pausedFor("8")).toBe(0);
    // A shorter pause never shortens a longer one.
    await replica2.pause("7", 1_000);
    expect(await replica1.pausedFor("7")).toBeGreaterThan(20_000);
  });

  it("plugs into WriteBudget like the in-memory store", async () => {
    const waits: number[] = [];
    const budget = new WriteBudget(new RedisBudgetStore(a, "t3"), { windows: [{ ms: 200, max: 1 }], onWait: (_i, ms) => void waits.push(ms) });
    await budget.acquire(1, true);
    await budget.acquire(1, true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
  });
});

describe("RedisDeliveryStore", () => {
  it("a delivery claimed on one replica is a replay on the other; a released one can be claimed again", async () => {
    const replica1 = new RedisDeliveryStore(a, "d1");
    const replica2 = new RedisDeliveryStore(b, "d1");
    expect(await replica1.claim("guid-1")).toBe(true);
    expect(await replica2.claim("guid-1")).toBe(false);
    await replica1.release("guid-1");
    expect(await replica2.claim("guid-1")).toBe(true);
  });
});

import { retryDelay, withRetry, defaultRetryPolicy } from "../../src/github/with-retry.js";

const now = 1_000_000_000_000;
const err = (status: number, headers: Record<string, string> = {}, message = "x") => ({ status, message, response: { headers, data: { message } } });

describe("retryDelay", () => {
  it.each([
    ["secondary limit with retry-after", err(403, { "retry-after": "12" }), 12_000],
    ["429 with retry-after", err(429, { "retry-after": "3" }), 3_000],
    ["primary limit waits for the reset (+1 s)", err(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 10) }), 11_000],
    ["secondary limit without headers waits a minute", err(403, {}, "You have exceeded a secondary rate limit"), 60_000],
    ["5xx backs off", err(502), 1_000],
  ])("%s", (_name, e, ms) => {
    expect(retryDelay(e, 1, now)?.ms).toBe(ms);
  });

  it.each([
    ["permission 403", err(403, {}, "Resource not accessible by integration")],
    ["404", err(404)],
    ["422", err(422)],
  ])("does not retry a %s", (_name, e) => {
    expect(retryDelay(e, 1, now)).toBeUndefined();
  });

  it("backs off exponentially, capped at 30 s", () => {
    expect([1, 2, 3, 6, 9].map((a) => retryDelay(err(500), a, now)!.ms)).toEqual([1000, 2000, 4000, 30000, 30000]);
  });
});

describe("withRetry", () => {
  it("gives up after the last attempt with the original error", async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const fail = () => {
      calls++;
      return Promise.reject(err(500));
    };
    await expect(withRetry(fail, { ...defaultRetryPolicy, attempts: 3, sleep: async (ms) => void sleeps.push(ms) })).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("fails instead of waiting longer than maxWaitMs", async () => {
    const e = err(403, { "retry-after": "7200" });
    await expect(withRetry(() => Promise.reject(e), { ...defaultRetryPolicy, maxWaitMs: 3_600_000, sleep: async () => undefined })).rejects.toBe(e);
  });
});

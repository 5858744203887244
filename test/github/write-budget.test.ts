import nock from "nock";
import { isWrite } from "../../src/github/review-client.js";
import { GITHUB_WRITE_LIMITS, InMemoryBudgetStore, WriteBudget } from "../../src/github/write-budget.js";
import { OWNER, pullRequestEvent, setup } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";

afterEach(() => nock.cleanAll());

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("InMemoryBudgetStore", () => {
  it("lets 80 writes a minute through, then says how long until the oldest leaves the window", async () => {
    const clock = fakeClock();
    const store = new InMemoryBudgetStore(clock.now);
    for (let i = 0; i < 80; i++) {
      expect(await store.tryTake("1", GITHUB_WRITE_LIMITS)).toBe(0);
      clock.advance(100);
    }
    // The first write was 8,000 ms ago: a slot frees 52,001 ms from now.
    expect(await store.tryTake("1", GITHUB_WRITE_LIMITS)).toBe(52_001);
    expect(await store.tryTake("2", GITHUB_WRITE_LIMITS)).toBe(0);
    clock.advance(52_001);
    expect(await store.tryTake("1", GITHUB_WRITE_LIMITS)).toBe(0);
  });

  it("caps an installation at 500 writes an hour even when each minute has room", async () => {
    const clock = fakeClock();
    const store = new InMemoryBudgetStore(clock.now);
    let granted = 0;
    for (let minute = 0; minute < 10; minute++) {
      for (let i = 0; i < 80; i++) if ((await store.tryTake("1", GITHUB_WRITE_LIMITS)) === 0) granted++;
      clock.advance(60_001);
    }
    expect(granted).toBe(500);
    expect(await store.tryTake("1", GITHUB_WRITE_LIMITS)).toBeGreaterThan(60_000);
  });

  it("a pause holds reads and writes of that installation only", async () => {
    const clock = fakeClock();
    const store = new InMemoryBudgetStore(clock.now);
    await store.pause("1", 7_000);
    expect(await store.pausedFor("1")).toBe(7_000);
    expect(await store.tryTake("1", GITHUB_WRITE_LIMITS)).toBe(7_000);
    expect(await store.pausedFor("2")).toBe(0);
    expect(await store.tryTake("2", GITHUB_WRITE_LIMITS)).toBe(0);
  });
});

describe("WriteBudget", () => {
  it("waits out the window, reporting each wait per installation", async () => {
    const clock = fakeClock();
    const waits: Array<[number, number, string]> = [];
    const budget = new WriteBudget(new InMemoryBudgetStore(clock.now), {
      windows: [{ ms: 1_000, max: 2 }],
      sleep: async (ms) => clock.advance(ms),
      onWait: (installation, ms, reason) => void waits.push([installation, ms, reason]),
    });
    for (let i = 0; i < 3; i++) await budget.acquire(7, true);
    await budget.acquire(7, false);
    expect(waits).toEqual([[7, 1_001, "budget"]]);
  });

  it("stops waiting when the review's deadline aborts it", async () => {
    const budget = new WriteBudget(new InMemoryBudgetStore(), { windows: [{ ms: 60_000, max: 1 }] });
    await budget.acquire(1, true);
    const controller = new AbortController();
    const waiting = budget.acquire(1, true, controller.signal);
    controller.abort(new Error("deadline"));
    await expect(waiting).rejects.toThrow("deadline");
  });
});

describe("isWrite", () => {
  it.each([
    [{ method: "GET", url: "/repos/o/r/pulls/1/files" }, false],
    [{ method: "POST", url: "/graphql", query: 'query { r0: repository(owner: "o", name: "r") { id } }' }, false],
    [{ method: "POST", url: "/api/graphql", query: "mutation { addComment }" }, true],
    [{ method: "POST", url: "/repos/o/r/check-runs" }, true],
    [{ method: "PATCH", url: "/repos/o/r/check-runs/1" }, true],
    [{ method: "PUT", url: "/repos/o/r/pulls/1/reviews/2" }, true],
  ])("%j is a write: %s", (options, expected) => {
    expect(isWrite(options)).toBe(expected);
  });
});

describe("one installation's wait never delays another's", () => {
  it("a secondary limit pauses only the installation that got it, for its retry-after", async () => {
    // Installation 1's first check run is answered with a secondary limit of 2 minutes; the
    // budget's sleep for it is held open until the test releases it.
    const held: Array<{ ms: number; release: () => void }> = [];
    let clock = Date.parse("2026-11-25T10:00:00Z");
    const budget = new WriteBudget(new InMemoryBudgetStore(() => clock), {
      sleep: (ms) => new Promise<void>((resolve) => held.push({ ms, release: () => ((clock += ms), resolve()) })),
    });
    let limited = false;
    const fake = nockFakeGitHub({
      override: (req) => {
        if (limited || req.method !== "POST" || !req.path.startsWith(`/repos/${OWNER}/Slow/check-runs`)) return undefined;
        limited = true;
        return { status: 403, body: { message: "You have exceeded a secondary rate limit." }, headers: { "retry-after": "120" } };
      },
    });
    const gh = await setup({ budget, concurrency: 4, fake: true });

    await gh.probot.receive({ id: "d1", name: "pull_request", payload: pullRequestEvent("opened", { installation: 1, repo: "Slow" }) } as any);
    await gh.probot.receive({ id: "d2", name: "pull_request", payload: pullRequestEvent("opened", { installation: 2, repo: "Fast" }) } as any);
    await waitUntil(() => fake.reviews.get(`${OWNER}/Fast#2`)?.length === 1);

    // Installation 2 published its check run and review while installation 1 is paused for 120 s.
    expect(fake.checkRuns.filter((r) => r.pr === `${OWNER}/Fast`)).toHaveLength(1);
    expect(fake.checkRuns.filter((r) => r.pr === `${OWNER}/Slow`)).toHaveLength(0);
    expect(held.map((h) => h.ms)).toEqual([120_000]);

    held[0].release();
    await gh.queue.idle();
    expect(fake.checkRuns.filter((r) => r.pr === `${OWNER}/Slow`)).toHaveLength(1);
    expect(fake.reviews.get(`${OWNER}/Slow#2`)).toHaveLength(1);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

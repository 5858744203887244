import { ReviewQueue } from "../../src/github/review-queue.js";
import { InProcessScheduler, type ReviewRequest } from "../../src/github/review-scheduler.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ReviewQueue", () => {
  it("runs at most N reviews at a time", async () => {
    const q = new ReviewQueue(2);
    const gates = [deferred(), deferred(), deferred()];
    let running = 0;
    let peak = 0;
    gates.forEach((g, i) =>
      q.enqueue(`pr#${i}`, async () => {
        running++;
        peak = Math.max(peak, running);
        await g.promise;
        running--;
      }),
    );
    expect(q.stats()).toEqual({ running: 2, pending: 1 });
    gates.forEach((g) => g.resolve());
    await q.idle();
    expect(peak).toBe(2);
    expect(q.stats()).toEqual({ running: 0, pending: 0 });
  });

  it("a newer push replaces the queued review of the same pull request", async () => {
    const q = new ReviewQueue(1);
    const gate = deferred();
    const ran: string[] = [];
    q.enqueue("other", async () => gate.promise);
    q.enqueue("pr#1", async () => void ran.push("old"));
    q.enqueue("pr#1", async () => void ran.push("new"));
    gate.resolve();
    await q.idle();
    expect(ran).toEqual(["new"]);
  });

  it("tells a running review that a newer push superseded it", async () => {
    const q = new ReviewQueue(2);
    const gate = deferred();
    let currentAfter: boolean | undefined;
    q.enqueue("pr#1", async (isCurrent) => {
      await gate.promise;
      currentAfter = isCurrent();
    });
    let newerCurrent: boolean | undefined;
    q.enqueue("pr#1", async (isCurrent) => void (newerCurrent = isCurrent()));
    gate.resolve();
    await q.idle();
    expect(currentAfter).toBe(false);
    expect(newerCurrent).toBe(true);
  });

  it("keeps going after a job throws", async () => {
    const q = new ReviewQueue(1);
    const ran: number[] = [];
    q.enqueue("a", async () => {
      throw new Error("boom");
    });
    q.enqueue("b", async () => void ran.push(1));
    await q.idle();
    expect(ran).toEqual([1]);
  });

  it("installations take turns: the one with many queued reviews takes every other slot", async () => {
    const q = new ReviewQueue(1);
    const ran: string[] = [];
    const job = (name: string) => async () => void ran.push(name);
    for (let i = 1; i <= 4; i++) q.enqueue(`a#${i}`, job(`a${i}`), "A");
    q.enqueue("b#1", job("b1"), "B");
    q.enqueue("b#2", job("b2"), "B");
    q.enqueue("c#1", job("c1"), "C");
    await q.idle();
    expect(ran).toEqual(["a1", "b1", "c1", "a2", "b2", "a3", "a4"]);
  });

  it("rejects a nonsensical concurrency with a hint", () => {
    expect(() => new ReviewQueue(0)).toThrow(/BOTTOMLINE_CONCURRENCY/);
  });
});

function request(installationId: number, number: number): ReviewRequest {
  const pr = { owner: "o", repo: `r${installationId}`, number, headSha: "a".repeat(40), baseSha: "b".repeat(40) };
  return {
    installationId,
    delivery: `d${number}`,
    rerun: false,
    pr: { ...pr, title: "t", body: "", labels: [], draft: false, updatedAt: "", commits: 1, changedFiles: 1, fromFork: false },
  };
}

describe("the in-memory scheduler (no REDIS_URL)", () => {
  it("one installation with 50 queued pull requests does not starve another installation's single one", async () => {
    const order: string[] = [];
    const gate = deferred();
    const scheduler = new InProcessScheduler(2, async (req) => {
      order.push(`${req.installationId}:${req.pr.number}`);
      if (order.length === 1) await gate.promise; // one slot stays busy: the other slot decides the order
      return "published";
    });
    for (let n = 1; n <= 50; n++) await scheduler.schedule(request(1, n));
    await scheduler.schedule(request(2, 1));
    gate.resolve();
    await scheduler.idle();
    expect(order).toHaveLength(51);
    // Slots 1 and 2 went to installation 1 before installation 2 asked; its review is the next one.
    expect(order.slice(0, 3)).toEqual(["1:1", "1:2", "2:1"]);
  });
});

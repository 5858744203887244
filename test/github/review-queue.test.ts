import { ReviewQueue } from "../../src/github/review-queue.js";

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

  it("rejects a nonsensical concurrency with a hint", () => {
    expect(() => new ReviewQueue(0)).toThrow(/BOTTOMLINE_CONCURRENCY/);
  });
});

import { withTeamLimit } from "../helpers/team-limit.js";
import { loadConfig } from "../../src/config/load-config.js";
import { runReview, runReviewSync } from "../../src/engine/run-review.js";
import { defaultBudget, type TimeBudget } from "../../src/engine/time-budget.js";
import { renderSummary } from "../../src/report/summary.js";
import { addedFile, change } from "../helpers/make-change.js";
import { wideLine } from "../helpers/wide-line.js";

// #9: rules run under a time budget per review, and the summary names what was skipped. The
// clock is injected: each reading advances it, so "time" is the number of steps taken.
function steppingClock(msPerReading: number): TimeBudget["now"] {
  let t = 0;
  return () => (t += msPerReading);
}

const config = (keep = ["max-line-length", "no-secrets"]) => {
  const { config } = loadConfig("rules: { max-line-length: failure }", "rules.yml");
  for (const [id, s] of Object.entries(config!.rules)) if (!keep.includes(id)) s.severity = "off";
  return withTeamLimit(config!);
};
const long = wideLine(130);
// A long line of each file's own: the same line in several files is said once.
const files = ["a.ts", "b.ts", "c.ts", "d.ts"].map((p) => addedFile(`src/${p}`, [long + p]));

describe("time budget per review", () => {
  it("with time to spare every file is checked and nothing is skipped", async () => {
    const r = await runReview(change(files), config(), undefined, { budget: { ms: 1000, now: steppingClock(1) } });
    expect(r.findings.map((f) => f.path)).toEqual(["src/a.ts", "src/b.ts", "src/c.ts", "src/d.ts"]);
    expect(r.gaps).toEqual([]);
  });

  it("once the deadline passes, the remaining files are skipped and named in a gap", async () => {
    // The Deadline reads the clock once at the start (10), then once per step: 20, then 30 > 25.
    // no-secrets (registered first) checks src/a.ts; every later step is skipped.
    const r = await runReview(change(files), config(), undefined, { budget: { ms: 15, now: steppingClock(10) } });
    expect(r.findings).toEqual([]);
    expect(r.gaps).toEqual(
      expect.arrayContaining([
        {
          kind: "unanalysable",
          message: expect.stringMatching(
            /^rule max-line-length did not check 4 files \(src\/a\.ts, src\/b\.ts, src\/c\.ts, src\/d\.ts\): the review's time budget of 0.015 s ran out/,
          ),
        },
        { kind: "unanalysable", message: expect.stringContaining("rule no-secrets did not check 3 files") },
      ]),
    );
  });

  it("a rule that ran before the deadline keeps its findings", async () => {
    const r = await runReview(change(files), config(["max-line-length"]), undefined, { budget: { ms: 15, now: steppingClock(10) } });
    expect(r.findings.map((f) => f.path)).toEqual(["src/a.ts"]);
    expect(r.gaps).toEqual([{ kind: "unanalysable", message: expect.stringContaining("rule max-line-length did not check 3 files") }]);
  });

  it("a single skipped file is named as the gap's path, so the summary shows it", () => {
    const r = runReviewSync(change([files[0]]), config(), undefined, { ms: 5, now: steppingClock(10) });
    expect(r.gaps).toContainEqual({ kind: "unanalysable", path: "src/a.ts", message: expect.stringContaining("did not check 1 file:") });
  });

  it("the summary lists what the budget skipped under Not reviewed", () => {
    const r = runReviewSync(change(files), config(["max-line-length"]), undefined, { ms: 15, now: steppingClock(10) });
    expect(renderSummary(r)).toMatch(/### ⚠️ Not reviewed[\s\S]*rule max-line-length did not check 3 files/);
  });

  it("yields to the event loop between steps, so other work runs during a review", async () => {
    const order: string[] = [];
    const review = runReview(change(files), config(), undefined, { budget: { ms: 1e9, now: steppingClock(1) } }).then(() => order.push("review"));
    setImmediate(() => order.push("other"));
    await review;
    expect(order).toEqual(["other", "review"]);
  });

  it("the budget is 20 s unless the operator sets BOTTOMLINE_REVIEW_BUDGET_MS", () => {
    expect(defaultBudget({}).ms).toBe(20_000);
    expect(defaultBudget({ BOTTOMLINE_REVIEW_BUDGET_MS: "5000" }).ms).toBe(5000);
    expect(defaultBudget({ BOTTOMLINE_REVIEW_BUDGET_MS: "soon" }).ms).toBe(20_000);
  });
});

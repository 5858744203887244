import nock from "nock";
import { Octokit } from "@octokit/rest";
import { publishCheckRun } from "../../src/github/publish-check-run.js";
import type { GitHub } from "../../src/sources/github/github-types.js";

afterEach(() => nock.cleanAll());

/** n warning annotations on lines 1..n of a.ts. */
const annotationsFor = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: "a.ts", start_line: i + 1, end_line: i + 1, annotation_level: "warning" as const, title: "r", message: "m" }));

describe("publishCheckRun", () => {
  it("sends annotations 50 per request: 120 findings take one create and two updates", async () => {
    const annotations = annotationsFor(120);
    const bodies: any[] = [];
    nock("https://api.github.com")
      .get("/repos/o/r/commits/sha/check-runs")
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post("/repos/o/r/check-runs")
      .reply(201, (_u, b) => (bodies.push(b), { id: 5 }))
      .patch("/repos/o/r/check-runs/5")
      .times(2)
      .reply(200, (_u, b) => (bodies.push(b), { id: 5 }));
    const octokit = new Octokit() as unknown as GitHub;
    const run = await publishCheckRun(octokit, "o", "r", "sha", { conclusion: "neutral", title: "t", summary: "s", annotations });
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50]);
    await run.appendRest();
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(bodies[2].output.annotations[0].start_line).toBe(101);
    expect(nock.isDone()).toBe(true);
  });

  it("stops appending when a newer push took over", async () => {
    const annotations = annotationsFor(200);
    let patches = 0;
    nock("https://api.github.com")
      .get("/repos/o/r/commits/sha/check-runs")
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post("/repos/o/r/check-runs")
      .reply(201, { id: 5 })
      .patch("/repos/o/r/check-runs/5")
      .times(3)
      .reply(200, () => (patches++, { id: 5 }));
    const run = await publishCheckRun(new Octokit() as unknown as GitHub, "o", "r", "sha", { conclusion: "neutral", title: "t", summary: "s", annotations });
    await run.appendRest(() => patches < 1);
    expect(patches).toBe(1);
  });
});

import { jest } from "@jest/globals";
import nock from "nock";
import { checkRunForResult } from "../../src/report/check-run.js";
import type { ReviewResult } from "../../src/engine/review-result.js";
import { OWNER, pullRequestEvent, setup } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";

afterEach(() => nock.cleanAll());

// Thousands of files through the whole review: a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

describe("annotation budget", () => {
  const finding = (severity: "failure" | "warning" | "notice", line: number) => ({ rule: "r", severity, message: "m", path: "a.ts", line });
  const result = (findings: ReturnType<typeof finding>[]) => ({ findings, conclusion: "failure" }) as unknown as ReviewResult;

  it("keeps at most `max` annotations, failures first, then warnings, then notices, each in order", () => {
    const out = checkRunForResult(
      result([finding("notice", 1), finding("warning", 2), finding("failure", 3), finding("warning", 4), finding("failure", 5)]),
      "s",
      3,
    );
    expect(out.annotations.map((a) => [a.annotation_level, a.start_line])).toEqual([
      ["failure", 3],
      ["failure", 5],
      ["warning", 2],
    ]);
    expect(out.notAnnotated).toBe(2);
  });
});

describe("a 3,500-file pull request", () => {
  it("publishes in under 40 requests: 1,000 annotations, failures first, and the summary says how many were left out", async () => {
    // Every file has one 120-character line: a max-line-length warning each, and a failure in the
    // files whose number starts with 2.
    const config =
      'rules:\n  max-line-length: { severity: warning, max: 100 }\noverrides:\n  - files: ["src/file-2*"]\n    rules: { max-line-length: failure }\n';
    const fake = nockFakeGitHub({ files: () => 3500, config });
    const gh = await setup({ fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 3500 }));

    const publishing = fake.requests.filter((r) => r.method !== "GET" && !r.path.startsWith("/app/") && r.path !== "/graphql");
    expect(publishing.length).toBeLessThan(40);
    const [run] = fake.checkRuns;
    expect(run.annotations).toBe(1000);
    const annotations = publishing.filter((r) => r.path.includes("/check-runs")).flatMap((r) => r.body.output.annotations);
    const levels = annotations.map((a: any) => a.annotation_level);
    // 1,111 failures (src/file-2*) and the rest warnings: the failures fill the budget, wherever they are in the diff.
    expect(levels).toHaveLength(1000);
    expect(levels.every((l: string) => l === "failure")).toBe(true);
    const [summary] = fake.reviews.get(`${OWNER}/Hello-World#2`)!;
    expect(summary.body).toMatch(/[\d,]+ more findings are not annotated on the diff: a check run carries at most 1,000 annotations/);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/reviews"))).toHaveLength(1);
  });

  it("review.annotations in rules.yml sets the budget", async () => {
    // One 120-character line per file: a max-line-length finding each (tests-required asks
    // nothing of a one-line change since #11: min_changed_lines counts per file).
    const fake = nockFakeGitHub({ files: () => 300, config: "rules:\n  max-line-length: { severity: warning, max: 100 }\nreview:\n  annotations: 120\n" });
    const gh = await setup({ fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 300 }));
    expect(fake.checkRuns[0].annotations).toBe(120);
    expect(fake.requests.filter((r) => r.method === "PATCH")).toHaveLength(2);
    expect(fake.reviews.get(`${OWNER}/Hello-World#2`)![0].body).toContain("at most 120 annotations");
  });
});

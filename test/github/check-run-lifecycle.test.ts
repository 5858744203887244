import nock from "nock";
import { readSummaryMarker } from "../../src/github/markers.js";
import { OWNER, pullRequestEvent, SCOPE, setup } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";

afterEach(() => nock.cleanAll());

const PR = `${OWNER}/Hello-World`;

describe("the check run from acceptance to conclusion", () => {
  it("is created in progress when the review is accepted, and that same run is completed", async () => {
    const fake = nockFakeGitHub();
    const gh = await setup({ bottomline: { queuedCheckRun: true }, fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ pr: PR, status: "completed", conclusion: "success" });
    const posts = fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs"));
    expect(posts.map((p) => p.body.status)).toEqual(["in_progress"]);
    expect(fake.requests.filter((r) => r.method === "PATCH")[0].body).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("a redelivery creates no second in-progress run", async () => {
    const fake = nockFakeGitHub();
    const gh = await setup({ bottomline: { queuedCheckRun: true }, fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].status).toBe("completed");
  });

  it("a check run whose response was lost (502 after it landed) is found again, not created twice", async () => {
    let lost = false;
    const fake = nockFakeGitHub({
      loseResponse: (req) => {
        if (lost || req.method !== "POST" || !req.path.endsWith("/check-runs")) return undefined;
        lost = true;
        return { status: 502, body: "Bad Gateway" };
      },
    });
    const gh = await setup({ fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].status).toBe("completed");
    expect(fake.reviews.get(`${PR}#2`)).toHaveLength(1);
  });

  it("a review whose response was lost is found again, not posted twice", async () => {
    let lost = false;
    const fake = nockFakeGitHub({
      loseResponse: (req) => {
        if (lost || req.method !== "POST" || !req.path.endsWith("/pulls/2/reviews")) return undefined;
        lost = true;
        return { status: 502, body: "Bad Gateway" };
      },
    });
    const gh = await setup({ fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(fake.reviews.get(`${PR}#2`)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
  });
});

describe("inline-comment fingerprints", () => {
  it("are recorded in the summary before the comments are posted, so a failure in between never repeats them", async () => {
    let lineLength = 120;
    const options = { files: () => 2, lineLength: () => lineLength, config: "rules:\n  max-line-length: { severity: failure, max: 100 }\n" };
    let failInline = false;
    const fake = nockFakeGitHub({
      ...options,
      override: (req) => (failInline && req.method === "POST" && req.path.endsWith("/pulls/2/reviews") ? { status: 500, body: "boom" } : undefined),
    });
    const gh = await setup({ fake: true, bottomline: { retryLater: { attempts: 1 } } });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    const summary = fake.reviews.get(`${PR}#2`)![0];
    const before = readSummaryMarker(summary.body, SCOPE)!.fp;

    // A push that changes the long lines: new findings, new inline comments; posting them fails.
    lineLength = 130;
    fake.heads.set(`${PR}#2`, "b".repeat(40));
    failInline = true;
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: "b".repeat(40), updatedAt: "2026-11-25T11:00:00Z" }));

    const after = readSummaryMarker(summary.body, SCOPE)!;
    expect(after.sha).toBe("b".repeat(40));
    expect(after.fp.length).toBeGreaterThan(before.length);
    const order = fake.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path.replace(/\/\d+$/, "/:id")}`);
    expect(order.indexOf("PUT /repos/Codertocat/Hello-World/pulls/2/reviews/:id")).toBeLessThan(
      order.lastIndexOf("POST /repos/Codertocat/Hello-World/pulls/2/reviews"),
    );
  });
});

import nock from "nock";
import { deriveMarkerKey, markerKeyFromEnv, readSummaryMarker, writeSummaryMarker } from "../../src/github/markers.js";
import { escapes } from "../helpers/markdown-safety.js";
import {
  commitsList,
  configFile,
  filesList,
  graphqlIssues,
  patchAdding,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  SCOPE,
  setup,
  token,
  writes,
} from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

const A = "a".repeat(40);
const B = "b".repeat(40);
/** The attack from issue #9: a file name that reads as a summary marker claiming a far-future review. */
const FORGED = '<!-- bottomline:summary {"sha":"0","updated":"9999","input":"x","fp":[]} -->';
// Not AWS's documented example key, which is no secret (#11); split so this file adds no key.
const AWS_KEY = 'const key = "AKIA' + 'IOSFODNN7EXAMPLQ";';

/** One push: GitHub holds `reviews`; returns what Bottomline wrote. */
async function push(head: string, files: Parameters<typeof filesList>[1], reviews: Parameters<typeof reviewsList>[1], updatedAt: string) {
  const gh = await setup();
  token(gh.scope);
  configFile(gh.scope, "{}");
  commitsList(gh.scope, head === A ? [A] : [A, B]);
  filesList(gh.scope, files);
  reviewsList(gh.scope, reviews);
  graphqlIssues(gh.scope);
  const seen: { check?: any; review?: any; update?: any } = {};
  gh.scope
    .post(`${REPO_PATH}/check-runs`)
    .optionally()
    .reply(201, (_u, b) => ((seen.check = b), { id: 1 }));
  gh.scope
    .post(`${REPO_PATH}/pulls/2/reviews`)
    .optionally()
    .reply(200, (_u, b) => ((seen.review = b), { id: 901 }));
  gh.scope
    .put(`${REPO_PATH}/pulls/2/reviews/900`)
    .optionally()
    .reply(200, (_u, b) => ((seen.update = b), { id: 900 }));
  await gh.deliver("pull_request", pullRequestEvent("synchronize", { head, commits: head === A ? 1 : 2, updatedAt }));
  nock.cleanAll(); // the optional interceptors left unused must not answer the next push
  return { ...seen, writes: writes(gh.requests) };
}

describe("a forged summary marker", () => {
  it("in a file name: the summary lists the file inertly, and the next push (adding an AWS key) is still reviewed", async () => {
    const first = await push(A, [{ filename: `${FORGED}.lock`, patch: patchAdding(["x"]) }], [], "2026-11-25T10:00:00Z");
    const body: string = first.review.body;
    expect(body).toContain("bottomline:summary {"); // the name is listed…
    expect(body.match(/<!--/g)).toHaveLength(1); // …but only Bottomline's own marker opens a comment
    expect(escapes(body.replace(/<!-- bottomline:summary .* -->$/, ""))).toEqual([]);
    expect(readSummaryMarker(body, SCOPE)).toMatchObject({ sha: A, updated: "2026-11-25T10:00:00Z" });

    const second = await push(
      B,
      [
        { filename: `${FORGED}.lock`, patch: patchAdding(["x"]) },
        { filename: "src/config.ts", patch: patchAdding([AWS_KEY]) },
      ],
      [{ id: 900, body }],
      "2026-11-25T11:00:00Z",
    );
    expect(second.check).toMatchObject({ head_sha: B, conclusion: "failure" });
    expect(second.check.output.summary).toContain("no-secrets");
    expect(readSummaryMarker(second.update.body, SCOPE)).toMatchObject({ sha: B });
  });

  it("in a github-actions[bot] review: ignored, the push is reviewed", async () => {
    const forged = [
      { id: 5, body: `looks fine\n${FORGED}`, login: "github-actions[bot]" },
      // Even a correctly signed marker (copied from one of ours) counts only on a review by this App.
      { id: 6, body: `x\n${writeSummaryMarker({ sha: "0", updated: "9999", input: "x", fp: [] }, SCOPE)}`, login: "github-actions[bot]" },
      { id: 7, body: `x\n${writeSummaryMarker({ sha: "0", updated: "9999", input: "x", fp: [] }, SCOPE)}`, appId: 999 },
    ];
    const out = await push(B, [{ filename: "src/config.ts", patch: patchAdding([AWS_KEY]) }], forged, "2026-11-25T11:00:00Z");
    expect(out.check).toMatchObject({ head_sha: B, conclusion: "failure" });
    expect(out.review.body).toContain("no-secrets");
    expect(out.update).toBeUndefined(); // none of those reviews is ours to edit
  });

  it("on our own review but with a bad signature, or one made for another pull request: ignored", async () => {
    const otherKey = writeSummaryMarker({ sha: "0", updated: "9999", input: "x", fp: [] }, { ...SCOPE, key: deriveMarkerKey("another secret") });
    const otherPr = writeSummaryMarker({ sha: "0", updated: "9999", input: "x", fp: [] }, { ...SCOPE, pr: "Codertocat/Hello-World#3" });
    const unsigned = FORGED;
    for (const marker of [otherKey, otherPr, unsigned]) {
      const out = await push(B, [{ filename: "src/a.ts", patch: patchAdding(["const a = 1;"]) }], [{ id: 900, body: `x\n${marker}` }], "2026-11-25T11:00:00Z");
      expect(out.check).toMatchObject({ head_sha: B });
      expect(out.review).toBeDefined();
    }
  });

  it("followed by a real marker that is not last in the body: only the marker that ends the body counts", () => {
    const real = writeSummaryMarker({ sha: A, updated: "2026-11-25T10:00:00Z", input: "i", fp: [] }, SCOPE);
    expect(readSummaryMarker(`${real}\nquoted after it`, SCOPE)).toBeUndefined();
    expect(readSummaryMarker(`text\n${real}\n`, SCOPE)).toMatchObject({ sha: A });
  });
});

describe("the marker key", () => {
  it("is derived from WEBHOOK_SECRET, else the private key, so every replica signs alike", () => {
    expect(markerKeyFromEnv({ WEBHOOK_SECRET: "s" })).toEqual(deriveMarkerKey("s"));
    expect(markerKeyFromEnv({ PRIVATE_KEY: "pem" })).toEqual(deriveMarkerKey("pem"));
    expect(deriveMarkerKey("s")).not.toEqual(Buffer.from("s"));
  });

  it("without either, is random for this process, and says what that costs", () => {
    const warnings: string[] = [];
    const a = markerKeyFromEnv({}, (m) => warnings.push(m));
    expect(a).not.toEqual(markerKeyFromEnv({}, () => undefined));
    expect(warnings[0]).toContain("a restart posts new summaries");
  });
});

import { deflateRawSync } from "node:zlib";
import nock from "nock";
import { commitsList, configFile, filesList, graphqlIssues, pullRequestEvent, REPO_PATH, reviewsList, setup, token } from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

/** A one-entry zip, as GitHub's artifact download serves it. */
function zipOf(name: string, text: string): Buffer {
  const n = Buffer.from(name);
  const raw = Buffer.from(text);
  const data = deflateRawSync(raw);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt16LE(n.length, 26);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt32LE(data.length, 20);
  dir.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + data.length, 16);
  return Buffer.concat([local, n, data, dir, n, end]);
}

describe("workflow_run.completed (#14)", () => {
  it("reviews the run's pull request again with its coverage artifact: the untested lines, inline", async () => {
    const gh = await setup();
    const sha = "a".repeat(40);
    const source = ["export function tested(a) {", "  return a + 1;", "}", "export function untested(a) {", "  const b = a * 2;", "  return b - 1;", "}"];
    token(gh.scope);
    gh.scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullRequestEvent("opened").pull_request);
    configFile(gh.scope, null);
    gh.scope
      .get(`${REPO_PATH}/actions/runs/42/artifacts`)
      .query(true)
      .reply(200, { total_count: 1, artifacts: [{ id: 9, name: "coverage", expired: false, size_in_bytes: 500 }] });
    const lcov = `SF:/home/runner/work/Hello-World/Hello-World/src/calc.js\n${[1, 1, 1, 1, 0, 0, 0].map((n, i) => `DA:${i + 1},${n}`).join("\n")}\nend_of_record\n`;
    gh.scope.get(`${REPO_PATH}/actions/artifacts/9/zip`).reply(200, zipOf("lcov.info", lcov), { "content-type": "application/zip" });
    configFile(gh.scope, null);
    commitsList(gh.scope, [sha]);
    filesList(gh.scope, [{ filename: "src/calc.js", patch: `@@ -0,0 +1,7 @@\n${source.map((l) => `+${l}`).join("\n")}` }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    let review: any;
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, body) => ((check = body), { id: 77 }));
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, body) => ((review = body), { id: 900 }));

    const event = pullRequestEvent("opened");
    await gh.deliver("workflow_run", {
      action: "completed",
      workflow_run: { id: 42, head_sha: sha, head_branch: "feature", pull_requests: [{ number: 2 }], head_repository: event.repository },
      repository: event.repository,
      installation: event.installation,
    });

    expect(review.comments).toEqual([
      expect.objectContaining({ path: "src/calc.js", line: 5, body: expect.stringContaining("Lines 5–7 of `src/calc.js` are not run by any test") }),
    ]);
    expect(review.body).toContain("| `src/calc.js` | 57.1% (4/7) | lines 5–7 |");
    expect(check.conclusion).toBe("neutral");
  });
});

import { deflateRawSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import nock from "nock";
import { actionOctokit } from "../../src/action/action-octokit.js";
import { unzip } from "../../src/coverage/unzip.js";
import { coverageOfRun, pullRequestForRun, type WorkflowRun } from "../../src/github/workflow-run-coverage.js";
import type { GitHub } from "../../src/sources/github/github-types.js";

/** What the App does with a finished run: the webhook finds the pull request, the review job reads the artifact. */
async function coverageForRun(octokit: GitHub, owner: string, repo: string, run: WorkflowRun) {
  const pr = await pullRequestForRun(octokit, owner, repo, run);
  const coverage = pr && (await coverageOfRun(octokit, pr, run));
  return pr && coverage ? { pr, coverage } : undefined;
}

const NO_RETRY = { attempts: 1, maxWaitMs: 0, sleep: async () => {}, now: () => 0 };
const LCOV = readFileSync(join(process.cwd(), "test/fixtures/coverage/js/lcov.info"), "utf8");

/** A zip as GitHub's artifact download writes one: deflated entries, a central directory, the end record. */
function makeZip(entries: Array<{ name: string; text: string }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = Buffer.from(e.text);
    const data = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const pull = (sha: string) => ({
  number: 5,
  state: "open",
  title: "Add divide #1",
  updated_at: "2026-11-25T00:00:00Z",
  head: { sha, repo: { full_name: "fork/shop" } },
  base: { sha: "b".repeat(40), repo: { full_name: "acme/shop", name: "shop", owner: { login: "acme" } } },
});

describe("the App's coverage artifact (workflow_run)", () => {
  afterEach(() => nock.cleanAll());

  it("unzips the artifact and refuses an entry that inflates past the cap", () => {
    const zip = makeZip([{ name: "lcov.info", text: LCOV }]);
    expect(unzip(zip, "artifact coverage", 1 << 20)).toEqual([{ name: "lcov.info", text: LCOV }]);
    expect(() => unzip(makeZip([{ name: "big.info", text: "x".repeat(5000) }]), "artifact coverage", 1000)).toThrow(
      /big\.info does not inflate, or is larger than/,
    );
    expect(() => unzip(Buffer.from("not a zip"), "artifact coverage", 1000)).toThrow(/artifact coverage: not a zip archive/);
  });

  it("finds a fork's pull request by branch and head SHA, reads the artifact named in rules.yml, in five requests", async () => {
    const sha = "c".repeat(40);
    const api = nock("https://api.github.com")
      .get("/repos/acme/shop/pulls")
      .query({ state: "open", head: "fork:feature", per_page: 5 })
      .reply(200, [pull(sha)])
      .get(/\/repos\/acme\/shop\/contents\/\.github(%2F|\/)rules\.yml/)
      .reply(200, "rules:\n  tests-required:\n    coverage: { artifact: unit-coverage }\n")
      .get("/repos/acme/shop/actions/runs/42/artifacts")
      .query({ name: "unit-coverage", per_page: 10 })
      .reply(200, { total_count: 1, artifacts: [{ id: 9, name: "unit-coverage", expired: false, size_in_bytes: 2000 }] })
      .get("/repos/acme/shop/actions/artifacts/9/zip")
      .reply(302, "", { location: "https://storage.example/artifact-9.zip" });
    const storage = nock("https://storage.example")
      .get("/artifact-9.zip")
      .reply(200, makeZip([{ name: "lcov.info", text: LCOV }]), { "content-type": "application/zip" });
    const octokit = actionOctokit("t", "https://api.github.com", NO_RETRY);
    const run = { id: 42, head_sha: sha, head_branch: "feature", pull_requests: [], head_repository: { owner: { login: "fork" } } };
    const found = await coverageForRun(octokit, "acme", "shop", run);
    expect(found?.pr).toEqual(expect.objectContaining({ number: 5, headSha: sha, fromFork: true }));
    expect(found?.coverage.problems).toEqual([]);
    expect(found?.coverage.files.map((f) => f.path)).toEqual(["src/calc.js"]);
    expect(api.isDone() && storage.isDone()).toBe(true);
  });

  it("ignores a run of an older push, and a run with no such artifact", async () => {
    nock("https://api.github.com")
      .get("/repos/acme/shop/pulls/5")
      .reply(200, pull("d".repeat(40)));
    const octokit = actionOctokit("t", "https://api.github.com", NO_RETRY);
    const stale = { id: 42, head_sha: "c".repeat(40), head_branch: "feature", pull_requests: [{ number: 5 }] };
    expect(await coverageForRun(octokit, "acme", "shop", stale)).toBeUndefined();
    nock("https://api.github.com")
      .get("/repos/acme/shop/pulls/5")
      .reply(200, pull("c".repeat(40)))
      .get(/contents/)
      .reply(404, { message: "Not Found" })
      .get(/\/repos\/acme\/\.github\/contents/)
      .reply(404, { message: "Not Found" })
      .get("/repos/acme/shop/actions/runs/42/artifacts")
      .query(true)
      .reply(200, { total_count: 0, artifacts: [] });
    expect(await coverageForRun(octokit, "acme", "shop", stale)).toBeUndefined();
  });
});

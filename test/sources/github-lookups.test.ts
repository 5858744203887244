import nock from "nock";
import { Octokit } from "@octokit/rest";
import { githubLookups } from "../../src/sources/github/github-lookups.js";
import type { GitHub } from "../../src/sources/github/github-types.js";

afterEach(() => nock.cleanAll());

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const octokit = () => new Octokit({ auth: "t", log: quiet }) as unknown as GitHub;
const ref = (number: number, repo = "api") => ({ owner: "acme", repo, number });

describe("githubLookups: issue verification", () => {
  it("looks up every reference in one GraphQL request: exists, missing, closed, pull request, cross-repository", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => {
        queries.push(body.query);
        return {
          data: {
            r0: {
              i0: { __typename: "Issue", state: "OPEN" },
              i1: null,
              i2: { __typename: "Issue", state: "CLOSED" },
              i3: { __typename: "PullRequest", state: "MERGED" },
            },
            r1: { i0: { __typename: "Issue", state: "OPEN" } },
          },
          errors: [{ type: "NOT_FOUND", path: ["r0", "i1"], message: "Could not resolve to an issue or pull request with the number of 999." }],
        };
      });
    const found = await githubLookups(
      octokit(),
      "acme",
      "api",
      "sha",
    )({ issues: [ref(1), ref(999), ref(12), ref(40), ref(5, "web")], fileContents: [], baseContents: [] });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('r0: repository(owner: "acme", name: "api")');
    expect(queries[0]).toContain('r1: repository(owner: "acme", name: "web")');
    expect(Object.fromEntries(found.issues)).toEqual({
      "acme/api#1": { state: "open", isPullRequest: false },
      "acme/api#999": { state: "missing", isPullRequest: false },
      "acme/api#12": { state: "closed", isPullRequest: false },
      "acme/api#40": { state: "closed", isPullRequest: true },
      "acme/web#5": { state: "open", isPullRequest: false },
    });
    expect(found.issuesUnavailable).toBeUndefined();
  });

  it("chunks very many references, 100 per request", async () => {
    let calls = 0;
    nock("https://api.github.com")
      .post("/graphql")
      .times(3)
      .reply(200, (_u, body: any) => {
        calls++;
        const aliases = [...String(body.query).matchAll(/(i\d+): issueOrPullRequest/g)].map((m) => m[1]);
        return { data: { r0: Object.fromEntries(aliases.map((a) => [a, { __typename: "Issue", state: "OPEN" }])) } };
      });
    const found = await githubLookups(
      octokit(),
      "acme",
      "api",
      "sha",
    )({ issues: Array.from({ length: 250 }, (_, i) => ref(i + 1)), fileContents: [], baseContents: [] });
    expect(calls).toBe(3);
    expect(found.issues.size).toBe(250);
  });

  it("reports the API failing as unavailable instead of throwing", async () => {
    nock("https://api.github.com").post("/graphql").reply(502, "Bad Gateway");
    const found = await githubLookups(octokit(), "acme", "api", "sha")({ issues: [ref(1)], fileContents: [], baseContents: [] });
    expect(found.issues.size).toBe(0);
    expect(found.issuesUnavailable).toMatch(/^GitHub did not answer the issue lookup/);
  });

  it("treats errors other than NOT_FOUND as a failed lookup", async () => {
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, { data: null, errors: [{ type: "RATE_LIMITED", message: "API rate limit exceeded" }] });
    const found = await githubLookups(octokit(), "acme", "api", "sha")({ issues: [ref(1)], fileContents: [], baseContents: [] });
    expect(found.issuesUnavailable).toContain("rate limit");
  });

  it("makes no request when there is nothing to look up", async () => {
    const found = await githubLookups(octokit(), "acme", "api", "sha")({ issues: [], fileContents: [], baseContents: [] });
    expect(found).toEqual({ issues: new Map(), fileContents: new Map() });
  });
});

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

  it("chunks very many references, 250 per request", async () => {
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
    )({ issues: Array.from({ length: 600 }, (_, i) => ref(i + 1)), fileContents: [], baseContents: [] });
    expect(calls).toBe(3);
    expect(found.issues.size).toBe(600);
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
    expect(found).toEqual({ issues: new Map(), fileContents: new Map(), baseContents: new Map() });
  });
});

describe("githubLookups: file texts at head and at base", () => {
  const head = "h".repeat(40);
  const base = "b".repeat(40);

  it("fetches issues, head texts and base texts in one GraphQL request, base texts at the base commit", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => {
        queries.push(body.query);
        return {
          data: {
            r0: {
              i0: { __typename: "Issue", state: "OPEN" },
              f1: { text: "head a", isBinary: false },
              f2: { text: "head new", isBinary: false },
              b3: { text: "base a", isBinary: false },
              b4: { text: "base old", isBinary: false },
              b5: { text: null, isBinary: true },
              b6: null,
              b7: { text: "the first part of a huge fi", isBinary: false, isTruncated: true },
            },
          },
        };
      });
    const found = await githubLookups(
      octokit(),
      "acme",
      "api",
      head,
      base,
    )({ issues: [ref(1)], fileContents: ["src/a.ts", "src/new.ts"], baseContents: ["src/a.ts", "src/old.ts", "logo.png", "gone.ts", "huge.ts"] });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain(`f1: object(expression: "${head}:src/a.ts")`);
    expect(queries[0]).toContain(`b3: object(expression: "${base}:src/a.ts")`);
    expect(queries[0]).toContain(`b4: object(expression: "${base}:src/old.ts")`);
    expect(Object.fromEntries(found.fileContents)).toEqual({ "src/a.ts": "head a", "src/new.ts": "head new" });
    // Binary, missing and truncated base files are absent: the rules treat their functions as new.
    expect(Object.fromEntries(found.baseContents!)).toEqual({ "src/a.ts": "base a", "src/old.ts": "base old" });
    expect(found.issues.get("acme/api#1")).toEqual({ state: "open", isPullRequest: false });
  });

  it("reads the tree first, and the paths it names for the rules join the same one GraphQL request", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .get(`/repos/acme/api/git/trees/${head}`)
      .query({ recursive: "1" })
      .reply(200, {
        tree: [
          { path: "baked_in.go", type: "blob" },
          { path: "validator_test.go", type: "blob" },
          { path: "docs", type: "tree" },
        ],
      })
      .post("/graphql")
      .reply(200, (_u, body: any) => {
        queries.push(body.query);
        return { data: { r0: { f0: { text: "head", isBinary: false }, f1: { text: "tests", isBinary: false } } } };
      });
    const fromTree = (tree: string[]) => tree.filter((p) => p.endsWith("_test.go"));
    const found = await githubLookups(
      octokit(),
      "acme",
      "api",
      head,
      base,
    )({ issues: [], fileContents: ["baked_in.go"], baseContents: [], fileTree: true, fromTree });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain(`f1: object(expression: "${head}:validator_test.go")`);
    expect(found.fileContents.get("validator_test.go")).toBe("tests");
    expect(found.treeNeedsRead).toBe(true);
    expect(nock.isDone()).toBe(true);
  });

  it("keeps a 100-file pull request's texts at head and base and its issue references in one request", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => (queries.push(body.query), { data: { r0: {} } }));
    const paths = Array.from({ length: 100 }, (_, i) => `src/f${i}.ts`);
    await githubLookups(octokit(), "acme", "api", head, base)({ issues: [ref(1), ref(2), ref(3)], fileContents: paths, baseContents: paths });
    expect(queries).toHaveLength(1);
    expect(queries[0].match(/object\(expression/g)).toHaveLength(200);
  });

  it("asks only for the base paths requested, and makes a request for base texts alone", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => (queries.push(body.query), { data: { r0: { b0: { text: "old", isBinary: false } } } }));
    const found = await githubLookups(octokit(), "acme", "api", head, base)({ issues: [], fileContents: [], baseContents: ["src/a.ts"] });
    expect(queries).toHaveLength(1);
    expect(queries[0].match(/object\(/g)).toHaveLength(1);
    expect(found.baseContents!.get("src/a.ts")).toBe("old");
  });

  it("fetches no base text without a base commit", async () => {
    const found = await githubLookups(octokit(), "acme", "api", head)({ issues: [], fileContents: [], baseContents: ["src/a.ts"] });
    expect(found.baseContents!.size).toBe(0);
  });

  it("quotes hostile paths as GraphQL strings", async () => {
    const queries: string[] = [];
    nock("https://api.github.com")
      .post("/graphql")
      .reply(200, (_u, body: any) => (queries.push(body.query), { data: { r0: {} } }));
    const evil = 'a") { x } evil: object(expression: "y';
    await githubLookups(octokit(), "acme", "api", head, base)({ issues: [], fileContents: [], baseContents: [evil] });
    expect(queries[0]).toContain(`b0: object(expression: ${JSON.stringify(`${base}:${evil}`)})`);
    // With its string literals blanked, the query holds one field: the path did not break out.
    const outsideStrings = queries[0].replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(outsideStrings.match(/object\(/g)).toHaveLength(1);
  });
});

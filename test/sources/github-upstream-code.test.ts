import nock from "nock";
import { Octokit } from "@octokit/rest";
import { notAuthored } from "../../src/analysis/not-authored.js";
import { readPullRequest } from "../../src/sources/github/read-pull-request.js";
import type { GitHub, PullRequestRef } from "../../src/sources/github/github-types.js";

afterEach(() => nock.cleanAll());

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const octokit = () => new Octokit({ auth: "t", log: quiet }) as unknown as GitHub;
const base = "b".repeat(40);
const pr: PullRequestRef = {
  owner: "coil-kt",
  repo: "coil",
  number: 9,
  headSha: "c".repeat(40),
  baseSha: base,
  title: "Add a cache-control module",
  body: "",
  labels: [],
  draft: false,
  updatedAt: "2026-01-01T00:00:00Z",
  commits: 1,
  changedFiles: 1,
  fromFork: false,
};
const ported = [
  "/*",
  " * Copyright (C) 2019 Square, Inc.",
  " *",
  ' * Licensed under the Apache License, Version 2.0 (the "License");',
  " */",
  "package cache",
  "val a = 1",
];
const own = Array.from({ length: 12 }, (_, i) => `module${i % 3}/src/File${i}.kt`);

/** The listing: one commit adding `cache/CacheControl.kt` with `lines`. */
function listing(lines: string[]) {
  return nock("https://api.github.com")
    .get("/repos/coil-kt/coil/pulls/9/commits")
    .query(true)
    .reply(200, [{ sha: pr.headSha, commit: { message: pr.title, author: { name: "Colin White", email: "colin@colinwhite.me" } }, parents: [{ sha: base }] }])
    .get("/repos/coil-kt/coil/pulls/9/files")
    .query(true)
    .reply(200, [
      {
        filename: "cache/CacheControl.kt",
        status: "added",
        additions: lines.length,
        deletions: 0,
        changes: lines.length,
        patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join("\n")}`,
      },
    ]);
}

describe("readPullRequest: code taken from another project, read from the repository (#10)", () => {
  it("reads the tree and the project's own headers once, and marks a new file under another holder's copyright", async () => {
    let query = "";
    listing(ported)
      .get(`/repos/coil-kt/coil/git/trees/${pr.headSha}`)
      .query({ recursive: "1" })
      .reply(200, { tree: [...own, "cache/CacheControl.kt"].map((path) => ({ path, type: "blob" })) })
      .post("/graphql", (b: { query: string }) => ((query = b.query), true))
      .reply(200, {
        data: { r0: Object.fromEntries(own.map((_, i) => [`b${i}`, { text: "package app\nval x = 1\n", isBinary: false, isTruncated: false }])) },
      });
    const change = await readPullRequest(octokit(), pr);
    expect(notAuthored("cache/CacheControl.kt", change)).toMatch(/another holder's copyright/);
    expect(query).toContain(`${base}:module0/src/File0.kt`);
    expect(query).not.toContain("CacheControl.kt");
    expect(nock.isDone()).toBe(true);
  });

  it("a new file without another holder's copyright costs no request beyond the listing", async () => {
    listing(["package cache", "val a = 1"]);
    const change = await readPullRequest(octokit(), pr);
    expect(notAuthored("cache/CacheControl.kt", change)).toBeUndefined();
    expect(nock.isDone()).toBe(true);
  });
});

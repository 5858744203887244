import { compiledTexts, loadRepoConfig } from "../../src/sources/github/load-repo-config.js";
import type { GitHub } from "../../src/sources/github/github-types.js";

/** A fake Octokit that serves one rules.yml and counts reads. */
function fakeGitHub(text: string): GitHub & { reads: number } {
  const fake = {
    reads: 0,
    rest: {
      repos: {
        getContent: async () => {
          fake.reads++;
          return { data: text };
        },
      },
    },
  };
  return fake as unknown as GitHub & { reads: number };
}

describe("loadRepoConfig compiles each distinct rules.yml once (#9)", () => {
  it("a second event with the same text reuses the compiled config", async () => {
    const text = `rules:\n  issue-reference:\n    tracker_patterns: ["CACHE-${Date.now()}-\\\\d+"]\n`;
    const gh = fakeGitHub(text);
    const before = compiledTexts.misses;
    const first = await loadRepoConfig(gh, "acme", "api");
    const second = await loadRepoConfig(gh, "acme", "api");
    expect(first.errors).toEqual([]);
    expect(gh.reads).toBe(2); // the text is still read each time: a push to the default branch takes effect at once
    expect(compiledTexts.misses - before).toBe(1);
    expect(second.config).toBe(first.config);
  });

  it("a changed text is compiled again, and its errors keep their line", async () => {
    const bad = await loadRepoConfig(fakeGitHub("rules:\n  max-line-length:\n    max: 1e400\n"), "acme", "api");
    expect(bad.config).toBeUndefined();
    expect(bad.errors).toEqual([expect.objectContaining({ file: ".github/rules.yml", line: 3 })]);
  });
});

describe("glob lists of a cached config compile once", () => {
  it("globMatcher returns the same matcher for the same list", async () => {
    const { globMatcher } = await import("../../src/config/glob-option.js");
    const list = ["vendor/**", "*.min.js"];
    expect(globMatcher(list)).toBe(globMatcher(list));
    expect(globMatcher(list)("a/b.min.js")).toBe(true);
    expect(globMatcher(list)("src/a.ts")).toBe(false);
  });
});

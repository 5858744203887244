import nock from "nock";
import { ProbotOctokit } from "probot";
import { loadRepoConfig } from "../../src/sources/github/load-repo-config.js";
import type { GitHub } from "../../src/sources/github/github-types.js";

afterEach(() => nock.cleanAll());

const octokit = () => new ProbotOctokit({ auth: { token: "t" }, retry: { enabled: false }, throttle: { enabled: false } }) as unknown as GitHub;
const contents = (repo: string) => new RegExp(`/repos/acme/${repo.replace(".", "\\.")}/contents/\\.github(/|%2F)rules\\.yml`);

describe("loadRepoConfig", () => {
  it("reads the repository's own file, keeping line numbers for errors", async () => {
    nock("https://api.github.com").get(contents("api")).reply(200, "rules:\n  max-line-lenght: warning\n");
    const r = await loadRepoConfig(octokit(), "acme", "api");
    expect(r.config).toBeUndefined();
    expect(r.inThisRepo).toBe(true);
    expect(r.errors).toEqual([{ file: ".github/rules.yml", line: 2, column: 3, message: 'unknown rule "max-line-lenght". Did you mean "max-line-length"?' }]);
  });

  it("falls back to the org's .github repository, as Probot does", async () => {
    nock("https://api.github.com")
      .get(contents("api"))
      .reply(404, { message: "Not Found" })
      .get(contents(".github"))
      .reply(200, "rules:\n  max-line-length: { severity: failure, max: 90 }\n");
    const r = await loadRepoConfig(octokit(), "acme", "api");
    expect(r.source).toBe("acme/.github:.github/rules.yml");
    expect(r.inThisRepo).toBe(false);
    expect(r.config!.rules["max-line-length"]).toEqual({ severity: "failure", options: { max: 90 } });
  });

  it("uses the recommended preset when neither has a file", async () => {
    nock("https://api.github.com").get(contents("api")).reply(404, {}).get(contents(".github")).reply(404, {});
    const r = await loadRepoConfig(octokit(), "acme", "api");
    expect(r.source).toBe("the recommended preset (no .github/rules.yml)");
    expect(r.config!.rules["issue-reference"].severity).toBe("failure");
  });

  it("follows _extends like Probot's context.config(): a deep merge, the repository winning, arrays concatenated", async () => {
    const repoYaml = '_extends: shared-config\nignore: ["docs/**"]\nrules:\n  max-line-length: notice\n';
    const baseYaml = 'ignore: ["vendor2/**"]\nrules:\n  max-line-length: { severity: failure, max: 100 }\n  pr-size: off\n';
    nock("https://api.github.com").get(contents("api")).times(2).reply(200, repoYaml).get(contents("shared-config")).reply(200, baseYaml);
    const r = await loadRepoConfig(octokit(), "acme", "api");
    expect(r.errors).toEqual([]);
    expect(r.config!.rules["pr-size"].severity).toBe("off");
    expect(r.config!.rules["max-line-length"].severity).toBe("notice");
    expect(r.config!.ignore).toEqual(expect.arrayContaining(["docs/**", "vendor2/**"]));
  });

  it("lets a 5xx through to the retry layer instead of treating it as no config", async () => {
    nock("https://api.github.com").get(contents("api")).reply(502, "Bad Gateway");
    await expect(loadRepoConfig(octokit(), "acme", "api")).rejects.toMatchObject({ status: 502 });
  });
});

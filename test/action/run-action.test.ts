import { jest } from "@jest/globals";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runAction } from "../../src/action/run-action.js";
import { defaultRetryPolicy } from "../../src/github/with-retry.js";
import { runnerEnv } from "./runner-env.js";
import { startPullRequestApi } from "./fake-pull-request-api.js";

// Bundles, packs and child processes: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

const noWait = { ...defaultRetryPolicy, attempts: 1, sleep: async () => {} };

function collect() {
  let out = "";
  return { io: { stdout: (s: string) => void (out += s), retry: noWait }, text: () => out };
}

describe("the GitHub Action, against a loopback GitHub", () => {
  it("publishes the App's check run and review with the job token, and sets outputs and the job summary", async () => {
    const api = await startPullRequestApi();
    try {
      const runner = runnerEnv(api.url);
      const { io, text } = collect();
      const run = await runAction(runner.env, io);
      expect(run).toEqual({ exitCode: 0, conclusion: "neutral", outcome: "published" });
      expect(api.requests.every((r) => r.path !== "/app")).toBe(true);
      expect(api.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
        "POST /repos/Codertocat/Hello-World/check-runs",
        "POST /repos/Codertocat/Hello-World/pulls/2/reviews",
      ]);
      const check = api.writes[0].body;
      expect(check).toMatchObject({ name: "Bottomline", head_sha: "a".repeat(40), conclusion: "neutral" });
      expect(check.output.annotations).toEqual([
        expect.objectContaining({ path: "src/a.ts", start_line: 2, annotation_level: "warning", title: "max-line-length" }),
      ]);
      const review = api.writes[1].body;
      expect(review.comments).toEqual([expect.objectContaining({ path: "src/a.ts", line: 2 })]);
      expect(review.body).toMatch(/<!-- bottomline:summary \{.*\} sig=[0-9a-f]{64} -->$/);
      expect(runner.outputs()).toEqual({ conclusion: "neutral", outcome: "published", findings: "1", failures: "0", warnings: "1", notices: "0" });
      expect(runner.summary()).toContain("## ⚠️ Bottomline: 1 warning");
      expect(runner.summary()).toContain("https://github.com/Codertocat/Hello-World/blob/" + "a".repeat(40) + "/src/a.ts#L2");
      expect(text()).toContain("src/a.ts:2:1  warning  Line is");
    } finally {
      await api.close();
    }
  });

  it("recognises its own earlier summary (github-actions[bot], signed with a stable key) and updates it in place", async () => {
    const first = await startPullRequestApi();
    let body = "";
    try {
      await runAction(runnerEnv(first.url).env, collect().io);
      body = first.writes[1].body.body;
    } finally {
      await first.close();
    }
    const api = await startPullRequestApi({ reviews: [{ id: 88, body, state: "COMMENTED", user: { login: "github-actions[bot]", type: "Bot" } }] });
    try {
      await runAction(runnerEnv(api.url).env, collect().io);
      expect(api.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
        "POST /repos/Codertocat/Hello-World/check-runs",
        "PUT /repos/Codertocat/Hello-World/pulls/2/reviews/88",
      ]);
    } finally {
      await api.close();
    }
  });

  it("fails closed when the summary claims a newer push (a re-run of an old run, or a forged marker)", async () => {
    const first = await startPullRequestApi();
    let body = "";
    try {
      const newer = runnerEnv(first.url);
      const event = JSON.parse(readFileSync(newer.env.GITHUB_EVENT_PATH!, "utf8"));
      event.pull_request.updated_at = "2030-01-01T00:00:00Z";
      writeFileSync(newer.env.GITHUB_EVENT_PATH!, JSON.stringify(event));
      await runAction(newer.env, collect().io);
      body = first.writes[1].body.body;
    } finally {
      await first.close();
    }
    const api = await startPullRequestApi({ reviews: [{ id: 88, body, state: "COMMENTED", user: { login: "github-actions[bot]", type: "Bot" } }] });
    try {
      const old = collect();
      expect(await runAction(runnerEnv(api.url).env, old.io)).toEqual({ exitCode: 1, conclusion: "skipped", outcome: "stale" });
      expect(old.text()).toContain("the summary on this pull request describes a newer push");
      expect(api.writes).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("on a fork's pull request (read-only token) falls back to the job summary and annotations, and never writes", async () => {
    const api = await startPullRequestApi({ readOnly: true });
    try {
      const runner = runnerEnv(api.url, { forkOwner: "stranger" });
      const { io, text } = collect();
      const run = await runAction(runner.env, io);
      expect(run).toEqual({ exitCode: 0, conclusion: "neutral", outcome: "job-summary" });
      expect(api.writes).toEqual([]);
      expect(text()).toContain("::warning::Bottomline: this pull request comes from a fork, so the token is read-only");
      expect(text()).toContain("::warning file=src/a.ts,line=2,title=Bottomline max-line-length::Line is");
      expect(runner.summary()).toContain("## ⚠️ Bottomline: 1 warning");
      expect(runner.outputs()).toMatchObject({ conclusion: "neutral", outcome: "job-summary", warnings: "1" });
    } finally {
      await api.close();
    }
  });

  it("on a fork's pull request with a broken rules.yml, annotates each error and fails the step", async () => {
    const api = await startPullRequestApi({ readOnly: true, rulesYml: "rules:\n  max-line-lenght: warning\n" });
    try {
      const runner = runnerEnv(api.url, { forkOwner: "stranger" });
      const { io, text } = collect();
      expect(await runAction(runner.env, io)).toEqual({ exitCode: 1, conclusion: "failure", outcome: "config-error" });
      expect(text()).toContain(
        '::error file=.github/rules.yml,line=2,title=Bottomline config::unknown rule \"max-line-lenght\". Did you mean \"max-line-length\"?',
      );
      expect(runner.summary()).toContain("could not review this pull request");
      expect(api.writes).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("when a write is refused (403: a permission missing), falls back the same way and says which permissions to grant", async () => {
    const api = await startPullRequestApi({ readOnly: true });
    try {
      const runner = runnerEnv(api.url);
      const { io, text } = collect();
      const run = await runAction(runner.env, io);
      expect(run.outcome).toBe("job-summary");
      expect(text()).toContain("GitHub answered 403 to a write: the token lacks a permission (give the job checks: write and pull-requests: write");
      expect(runner.summary()).toContain("Bottomline: 1 warning");
    } finally {
      await api.close();
    }
  });

  it("fails the step at the fail-level input, and validates its inputs", async () => {
    const api = await startPullRequestApi();
    try {
      expect((await runAction(runnerEnv(api.url, { inputs: { "fail-level": "warning" } }).env, collect().io)).exitCode).toBe(1);
      const bad = collect();
      expect((await runAction(runnerEnv(api.url, { inputs: { "fail-level": "loud" } }).env, bad.io)).exitCode).toBe(1);
      expect(bad.text()).toContain("::error title=Bottomline::the fail-level input must be failure, warning, notice, never");
      const cov = collect();
      const missing = runnerEnv(api.url, { inputs: { coverage: "coverage/*.info" } });
      missing.env.GITHUB_WORKSPACE = missing.dir;
      await runAction(missing.env, cov.io);
      expect(cov.text()).toContain("::warning::Bottomline: coverage: --coverage coverage/*.info matches no file");
    } finally {
      await api.close();
    }
  });

  it("says what is wrong when it runs on another event, without a token, or on a draft", async () => {
    const api = await startPullRequestApi({ rulesYml: "review:\n  drafts: false\n" });
    try {
      const push = runnerEnv(api.url);
      push.env.GITHUB_EVENT_NAME = "push";
      writeFileSync(push.env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: "refs/heads/main" }));
      const onPush = collect();
      expect((await runAction(push.env, onPush.io)).exitCode).toBe(1);
      expect(onPush.text()).toContain('run it on `on: pull_request` (this run is a \"push\" event)');

      const tokenless = runnerEnv(api.url);
      delete tokenless.env.GITHUB_TOKEN;
      const noToken = collect();
      expect((await runAction(tokenless.env, noToken.io)).exitCode).toBe(1);
      expect(noToken.text()).toContain("no token: pass `github-token: ${{ github.token }}`");

      const draft = runnerEnv(api.url, { draft: true });
      const onDraft = collect();
      expect(await runAction(draft.env, onDraft.io)).toEqual({ exitCode: 0, conclusion: "skipped", outcome: "draft" });
      expect(onDraft.text()).toContain("::notice title=Bottomline::a draft pull request: not reviewed");
      expect(api.writes).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it("writes SARIF to output-file for upload-sarif", async () => {
    const api = await startPullRequestApi();
    try {
      const runner = runnerEnv(api.url, { inputs: { format: "sarif" } });
      runner.env["INPUT_OUTPUT-FILE"] = join(runner.dir, "bottomline.sarif");
      await runAction(runner.env, collect().io);
      expect(JSON.parse(readFileSync(join(runner.dir, "bottomline.sarif"), "utf8")).runs[0].results[0]).toMatchObject({ ruleId: "max-line-length" });
    } finally {
      await api.close();
    }
  });

  it("reads the coverage input (globs in the workspace) and reports the added lines no test runs (#14)", async () => {
    const text = "export function untested(x: number): number {\n  if (x > 1) {\n    return x * 2;\n  }\n  return x;\n}\nexport const ok = untested(0);\n";
    const api = await startPullRequestApi({ text });
    try {
      const runner = runnerEnv(api.url, { inputs: { coverage: "out/**/lcov.info\nmissing.xml" } });
      runner.env.GITHUB_WORKSPACE = runner.dir;
      const hits = [1, 0, 0, 0, 0, 1, 1];
      mkdirSync(join(runner.dir, "out/unit"), { recursive: true });
      writeFileSync(
        join(runner.dir, "out/unit/lcov.info"),
        `SF:/home/runner/work/Hello-World/Hello-World/src/a.ts\n${hits.map((n, i) => `DA:${i + 1},${n}`).join("\n")}\nend_of_record\n`,
      );
      const { io, text: log } = collect();
      const run = await runAction(runner.env, io);
      expect(run.conclusion).toBe("neutral");
      expect(log()).toContain("missing.xml: ENOENT");
      expect(runner.summary()).toContain("### Patch coverage");
      expect(runner.summary()).toContain("Patch coverage 42.8% (3 of 7 added executable lines run by tests): under the 80% threshold.");
      expect(runner.summary()).toContain("| `src/a.ts` | 42.8% (3/7) | lines 2–5 |");
      const review = api.writes.find((w) => w.path.endsWith("/pulls/2/reviews"));
      expect(JSON.stringify(review?.body)).toContain("Lines 2–5 of `src/a.ts` are not run by any test");
    } finally {
      await api.close();
    }
  });
});

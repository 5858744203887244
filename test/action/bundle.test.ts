import { jest } from "@jest/globals";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { startPullRequestApi } from "./fake-pull-request-api.js";
import { runnerEnv } from "./runner-env.js";

// Bundles, packs and child processes: on a loaded machine that takes seconds.
jest.setTimeout(30_000);

const root = new URL("../../", import.meta.url).pathname;

/** Runs the committed bundle the way the runner does (`node dist-action/index.js`), without blocking the loopback API. */
function runBundle(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "dist-action/index.js")], { env: { PATH: process.env.PATH, ...env }, cwd: tmpdir() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the committed Action bundle", () => {
  it("is what `npm run bundle` builds from the sources today", () => {
    const out = mkdtempSync(join(tmpdir(), "bottomline-bundle-"));
    execFileSync(process.execPath, [join(root, "scripts/bundle.mjs"), "action", "--outdir", out], { cwd: root });
    // The script, the grammars (wasm/) and web-tree-sitter's runtime. A mismatch means: run `npm run bundle` and commit dist-action/.
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)))
        .sort();
    expect(files(join(root, "dist-action"))).toEqual(files(out));
    for (const f of files(out)) expect([f, readFileSync(join(root, "dist-action", f)).equals(readFileSync(join(out, f)))]).toEqual([f, true]);
  });

  it("declares in action.yml every input the entry reads", () => {
    const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
    expect(action.runs).toEqual({ using: "node20", main: "dist-action/index.js" });
    const source = readFileSync(join(root, "src/action/run-action.ts"), "utf8");
    const read = [...source.matchAll(/input\(env, "([a-z-]+)"\)/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)));
  });

  it("runs with the runner's environment, publishing through the loopback API", async () => {
    const api = await startPullRequestApi();
    try {
      const runner = runnerEnv(api.url);
      const { code, stdout, stderr } = await runBundle(runner.env);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toContain("src/a.ts:2:1  warning");
      expect(stdout).not.toContain("404");
      expect(api.writes.map((w) => `${w.method} ${w.path}`)).toEqual([
        "POST /repos/Codertocat/Hello-World/check-runs",
        "POST /repos/Codertocat/Hello-World/pulls/2/reviews",
      ]);
      expect(runner.outputs()).toMatchObject({ conclusion: "neutral", warnings: "1" });
    } finally {
      await api.close();
    }
  });

  it("carries the syntax layer: the grammars beside the bundle measure a long function exactly", async () => {
    // A branch every fourth line: straight-line code is wiring, which max-function-length leaves alone (#10).
    const body = Array.from({ length: 80 }, (_, i) => (i % 4 ? `  total += ${i};` : `  if (total > ${i}) total = ${i};`)).join("\n");
    const api = await startPullRequestApi({ readOnly: true, text: `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n` });
    try {
      const { code, stdout, stderr } = await runBundle(runnerEnv(api.url, { forkOwner: "stranger" }).env);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(/::warning file=src\/a\.ts,line=1,title=Bottomline max-function-length::Function `long` has 8\d lines of code/);
    } finally {
      await api.close();
    }
  });

  it("on a fork's pull request, writes the job summary and annotations and exits cleanly", async () => {
    const api = await startPullRequestApi({ readOnly: true });
    try {
      const runner = runnerEnv(api.url, { forkOwner: "stranger" });
      const { code, stdout } = await runBundle(runner.env);
      expect(code).toBe(0);
      expect(api.writes).toEqual([]);
      expect(stdout).toContain("::warning file=src/a.ts,line=2,title=Bottomline max-line-length::");
      expect(runner.summary()).toContain("Bottomline: 1 warning");
      expect(runner.outputs()).toMatchObject({ outcome: "job-summary" });
    } finally {
      await api.close();
    }
  });
});

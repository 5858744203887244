import { jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportData } from "../../src/history/report-data.js";
import { makeDatedRepo, reportHistory, runReport } from "../helpers/report-history.js";

// Each test builds a repository and runs git dozens of times: slow on a loaded machine, not a timing assertion.
jest.setTimeout(60_000);

describe("bottomline report", () => {
  it("counts each kind of change per week: merges, squashes, reverts, tags, lead time, traceability and tests", async () => {
    const repo = reportHistory();
    const r = await runReport(["--last", "all", "--format", "json", "--by", "week", "--no-cache"], repo.dir);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as ReportData;
    expect(data.periods.map((p) => p.period)).toEqual(["2025-01-06", "2025-01-13"]);
    const [first, second] = data.periods;
    // The root commit has no parent to compare with; the merge counts its two branch commits.
    expect(first).toMatchObject({ changes: 4, merged: 1, commits: 5, releases: 0, reverts: 0 });
    expect(second).toMatchObject({ changes: 2, merged: 1, commits: 2, releases: 1, reverts: 1, revertRate: 0.5 });
    // First branch commit 2025-01-06T11:00 → merge 2025-01-07T17:00.
    expect(first.leadTimeMedianHours).toBe(30);
    expect(second.leadTimeMedianHours).toBeNull();
    // The merge's "Start the calculator" has no reference: 3 of the 4 traced (merges and reverts are exempt).
    expect(first.tracedShare).toBe(0.75);
    // Source changes: main.py, the merged calc.py (with its test), legacy.py → 1 of 3 with tests.
    expect(first).toMatchObject({ sourceChanges: 3, testedShare: 0.333 });
    expect(data.totals).toMatchObject({ changes: 6, merged: 2, reverts: 1, releases: 1 });
    expect(data.counts).toEqual({ binaryFiles: 1, badEncodingFiles: 1, skipped: 0 });
    expect(data.sizeHistogram.reduce((n, b) => n + b.count, 0)).toBe(6);
    expect(data.config.file).toBe("(recommended preset)");
  });

  it("finds per 1,000 added lines per rule from the engine, and per directory", async () => {
    const repo = makeDatedRepo();
    repo.write("README.md", "x\n");
    repo.commit("init", "2025-02-03T09:00:00Z");
    for (let i = 0; i < 3; i++) {
      repo.write(`web/page${i}.ts`, `export const v${i} = 1;\nconsole.log(v${i});\n`);
      repo.commit(`Page ${i} #${i + 1}`, `2025-02-0${4 + i}T09:00:00Z`);
    }
    const r = await runReport(["--last", "all", "--format", "json", "--no-cache"], repo.dir);
    const data = JSON.parse(r.stdout) as ReportData;
    expect(data.totals.added).toBe(6);
    // One no-debug-statements finding per 2 added lines.
    expect(data.totals.findingsPerKlocByRule["no-debug-statements"]).toBe(500);
    expect(data.directories[0]).toMatchObject({ directory: "web", changes: 3, tracedShare: 1, sourceChanges: 3, testedShare: 0 });
  });

  it("caches each change's review under .git by commit, and a second run gives the same report", async () => {
    const repo = reportHistory();
    const first = await runReport(["--last", "all", "--format", "json"], repo.dir);
    expect(first.stderr).toContain("6 changes (6 reviewed, 0 from the cache)");
    const keys = readdirSync(join(repo.dir, ".git", "bottomline", "report-cache"));
    expect(keys).toHaveLength(1);
    expect(readdirSync(join(repo.dir, ".git", "bottomline", "report-cache", keys[0]))).toHaveLength(6);
    const second = await runReport(["--last", "all", "--format", "json"], repo.dir);
    expect(second.stderr).toContain("6 changes (0 reviewed, 6 from the cache)");
    expect(second.stdout).toBe(first.stdout);
  });

  it("draws a progress bar on a terminal only", async () => {
    const repo = reportHistory();
    const tty = await runReport(["--last", "all", "--format", "json", "--no-cache"], repo.dir, true);
    expect(tty.stderr).toContain("] 6/6 changes");
    const piped = await runReport(["--last", "all", "--format", "json", "--no-cache"], repo.dir, false);
    expect(piped.stderr).not.toContain("\r");
  });

  it("counts back --last from the newest commit and reports the window", async () => {
    const repo = reportHistory();
    const r = await runReport(["--last", "3d", "--format", "json"], repo.dir);
    const data = JSON.parse(r.stdout) as ReportData;
    expect(data.totals.changes).toBe(2);
    expect(data.window.description).toBe("The 3 days up to the newest commit (2025-01-12 to 2025-01-15)");
  });

  it("writes Markdown for an issue and HTML to --output", async () => {
    const repo = reportHistory();
    const md = await runReport(["--last", "all", "--format", "markdown"], repo.dir);
    expect(md.stdout).toContain("## Bottomline report:");
    expect(md.stdout).toMatch(/\| Merged \| 2 \|/);
    const out = join(mkdtempSync(join(tmpdir(), "report-out-")), "r.html");
    const html = await runReport(["--last", "all", "--output", out], repo.dir);
    expect(html.code).toBe(0);
    expect(html.stderr).toContain(`wrote ${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it("counts only what a merge brought: not the main-line commits merged into its branch first", async () => {
    const repo = makeDatedRepo();
    repo.write("a.py", "a = 1\n");
    repo.commit("init", "2025-03-03T09:00:00Z");
    repo.write("a.py", "a = 2\n");
    repo.commit("A #1", "2025-03-03T10:00:00Z");
    repo.git("checkout", "-q", "-b", "feat");
    repo.write("f.py", "f = 1\n");
    repo.commit("F1 without a reference", "2025-03-03T11:00:00Z");
    repo.git("checkout", "-q", "main");
    repo.write("b.py", "b = 1\n");
    repo.commit("B #2", "2025-03-04T09:00:00Z");
    repo.git("checkout", "-q", "feat");
    repo.gitAt("2025-03-04T10:00:00Z", "merge", "-q", "--no-ff", "-m", "Merge branch 'main' into feat", "main");
    repo.write("f.py", "f = 2\n");
    repo.commit("F2 #3", "2025-03-04T11:00:00Z");
    repo.git("checkout", "-q", "main");
    repo.gitAt("2025-03-05T11:00:00Z", "merge", "-q", "--no-ff", "-m", "Merge feat", "feat");
    const data = JSON.parse((await runReport(["--last", "all", "--format", "json", "--no-cache"], repo.dir)).stdout) as ReportData;
    // A, B, and the merge (F1 and F2; B came in through main, so it is not the branch's).
    expect(data.totals).toMatchObject({ changes: 3, merged: 1, commits: 4, tracedShare: 0.667 });
    // F1 at 2025-03-03T11:00 → merged 2025-03-05T11:00.
    expect(data.totals.leadTimeMedianHours).toBe(48);
  });

  it("puts a release tagged after the last commit in its own period, so periods add up to the totals", async () => {
    const repo = makeDatedRepo();
    repo.write("a.py", "a = 1\n");
    repo.commit("init", "2025-03-03T09:00:00Z");
    repo.write("a.py", "a = 2\n");
    repo.commit("Change a #1", "2025-03-04T09:00:00Z");
    repo.gitAt("2025-03-20T09:00:00Z", "tag", "-a", "v2", "-m", "v2");
    const data = JSON.parse((await runReport(["--last", "all", "--format", "json", "--by", "week"], repo.dir)).stdout) as ReportData;
    expect(data.periods.map((p) => [p.period, p.releases])).toEqual([
      ["2025-03-03", 0],
      ["2025-03-10", 0],
      ["2025-03-17", 1],
    ]);
    expect(data.totals.releases).toBe(1);
  });

  it("says clearly when a range has no merges", async () => {
    const repo = makeDatedRepo();
    repo.write("a.py", "a = 1\n");
    repo.commit("init", "2025-03-03T09:00:00Z");
    repo.write("a.py", "a = 2\n");
    repo.commit("Change a #1", "2025-03-04T09:00:00Z");
    const r = await runReport(["--format", "json"], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("No merge commits in this range, so lead time is not measured");
    expect((JSON.parse(r.stdout) as ReportData).notes[0]).toContain("No merge commits");
  });

  it("refuses an empty repository and a shallow clone, saying how to fix them", async () => {
    const empty = makeDatedRepo();
    const e = await runReport(["--format", "json"], empty.dir);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain("has no commits yet");
    const repo = reportHistory();
    const shallow = mkdtempSync(join(tmpdir(), "shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${repo.dir}`, shallow]);
    const s = await runReport(["--format", "json"], shallow);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("shallow clone");
    expect(s.stderr).toContain("git fetch --unshallow");
  });

  it("rejects bad arguments with the usage", async () => {
    const repo = reportHistory();
    for (const [args, message] of [
      [["--since", "2025-01-01", "--last", "4w"], "give --since or --last, not both"],
      [["--last", "4x"], "--last takes a number and d, w, m or y"],
      [["--since", "yesterday"], "--since takes a date like 2025-01-31"],
      [["--by", "day"], "--by must be week or month"],
      [["--format", "pdf"], "--format must be html, json or markdown"],
    ] as const) {
      const r = await runReport([...args], repo.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain("Usage:");
    }
  });

  it("refuses a --since after the newest commit", async () => {
    const repo = reportHistory();
    const r = await runReport(["--since", "2030-01-01"], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--since 2030-01-01 is after the newest commit (2025-01-15); give an earlier date");
  });

  it("reads a bare repository", async () => {
    const repo = reportHistory();
    const bare = mkdtempSync(join(tmpdir(), "bare-"));
    execFileSync("git", ["clone", "-q", "--bare", repo.dir, bare]);
    const r = await runReport([bare, "--last", "all", "--format", "json"], tmpdir());
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ReportData).totals.changes).toBe(6);
    expect(existsSync(join(bare, "bottomline", "report-cache"))).toBe(true);
  });
});

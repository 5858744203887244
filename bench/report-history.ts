import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reportMain } from "../src/cli/report-command.js";

/**
 * `bottomline report` over a real repository's whole history, on one core (taskset when there is
 * one): a first run that reviews every change, then a second that reads the cache. The target:
 * about 6,000 commits under 60 s and 500 MB, the second run under a fifth of the first.
 * BENCH_REPORT_REPO names the repository (default: the Flask mirror on the dev machine).
 */
const DEFAULT_REPO = "/work/.mirror/pallets+flask/repo";

async function runOnce(dir: string): Promise<void> {
  const started = performance.now();
  let stderr = "";
  const code = await reportMain([dir, "--last", "all", "--format", "json", "--output", join(tmpdir(), "bottomline-bench-report.json")], {
    cwd: dir,
    stdout: () => {},
    stderr: (s) => (stderr += s),
    color: false,
  });
  const seconds = (performance.now() - started) / 1000;
  const summary = /(\d+) changes \((\d+) reviewed, (\d+) from the cache\)/.exec(stderr);
  console.log(
    JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, changes: Number(summary?.[1] ?? 0), reviewed: Number(summary?.[2] ?? 0) }),
  );
}

export function printReportHistory(): void {
  const source = process.env.BENCH_REPORT_REPO ?? DEFAULT_REPO;
  if (!existsSync(source)) {
    console.log(`\nbottomline report: skipped, no repository at ${source} (set BENCH_REPORT_REPO to a clone with a long history).`);
    return;
  }
  // A bare copy, so the cache written under it never touches the original.
  const copy = mkdtempSync(join(tmpdir(), "bottomline-bench-repo-"));
  execFileSync("git", ["clone", "-q", "--bare", source, copy]);
  const commits = execFileSync("git", ["rev-list", "--count", "HEAD"], { cwd: copy }).toString().trim();
  const self = fileURLToPath(import.meta.url);
  const pinned = existsSync("/usr/bin/taskset");
  const run = () => {
    const argv = [process.execPath, self, "--run", copy];
    const out = pinned ? execFileSync("/usr/bin/taskset", ["-c", "0", ...argv]) : execFileSync(argv[0], argv.slice(1));
    return JSON.parse(out.toString()) as { seconds: number; maxRssMb: number; changes: number; reviewed: number };
  };
  const first = run();
  const second = run();
  rmSync(copy, { recursive: true, force: true });
  console.log(`\nbottomline report --last all on ${source} (${commits} commits, ${first.changes} changes)${pinned ? ", one core" : ""}:`);
  console.log(`  first run   ${first.seconds.toFixed(1)} s, peak RSS ${first.maxRssMb.toFixed(0)} MB, ${first.reviewed} reviewed`);
  console.log(
    `  cached run  ${second.seconds.toFixed(2)} s, peak RSS ${second.maxRssMb.toFixed(0)} MB (${((second.seconds / first.seconds) * 100).toFixed(1)}% of the first)`,
  );
  console.log("Target: about 6,000 commits < 60 s and < 500 MB; the cached run < 1/5 of the first.");
}

if (process.argv[2] === "--run") await runOnce(process.argv[3]);

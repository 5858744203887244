import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The CLI's two start-up targets (issue #13), each against a baseline measured in the same run:
 * - `bottomline --help` against `node -e 0` (target ≤ 1.5×): what the bundle and lazy imports buy;
 * - a whole-history review of a synthetic repository with thousands of commits against git
 *   producing the same log and diff the git source asks for (target ≤ 4×).
 * Medians of interleaved runs, each in a fresh process.
 */
const RUNS = 9;
const COMMITS = Number(process.env.BENCH_COMMITS ?? 6_000);
const FILES = Number(process.env.BENCH_FILES ?? 1_000);
/** The history reviewer (`report`) reviews every change on its own: a shorter history keeps the bench short. */
const HISTORY_COMMITS = Number(process.env.BENCH_HISTORY_COMMITS ?? 1_000);
const HISTORY_FILES = Number(process.env.BENCH_HISTORY_FILES ?? 200);

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "scripts", "bundle.mjs"))) dir = dirname(dir);
  return dir;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function wall(cmd: string, args: string[], cwd?: string): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Medians of interleaved runs, so a noisy moment on a shared machine hits both sides alike. */
function compare(runs: number, a: () => number, b: () => number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  a();
  b(); // warm the file cache
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return [median(as), median(bs)];
}

/** A repository with COMMITS commits over FILES source files (TS, Python, Go), built in one `git fast-import`. */
export function syntheticHistory(commits = COMMITS, files = FILES): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), "bottomline-history-"));
  execFileSync("git", ["init", "-q", "-b", "main", dir]);
  const texts = Array.from({ length: files }, () => [] as string[]);
  const ext = ["ts", "py", "go"];
  const path = (f: number) => `src/mod${f % 20}/file${f}.${ext[f % 3]}`;
  const line = (f: number, n: number) =>
    f % 3 === 0
      ? `export const v${n} = compute(${n}, "value ${n}");`
      : f % 3 === 1
        ? `v${n} = compute(${n}, "value ${n}")`
        : `var v${n} = compute(${n}, "value ${n}")`;
  const chunks: string[] = [];
  for (let c = 0; c < commits; c++) {
    const touched = c === 0 ? Array.from({ length: files }, (_, f) => f) : [(c * 7) % files, (c * 13 + 5) % files];
    const ops = touched.map((f) => {
      texts[f].push(line(f, c), line(f, c + 0.5).replace(".5", "b"));
      const data = texts[f].join("\n") + "\n";
      return `M 100644 inline ${path(f)}\ndata ${Buffer.byteLength(data)}\n${data}`;
    });
    const message = `Change ${c} of the synthetic history (#${(c % 50) + 1})\n`;
    chunks.push(
      `commit refs/heads/main\ncommitter Dev <dev@example.com> ${1_700_000_000 + c * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}${c > 0 ? "" : ""}${ops.join("")}\n`,
    );
  }
  execFileSync("git", ["fast-import", "--quiet"], { cwd: dir, input: chunks.join("") });
  execFileSync("git", ["checkout", "-q", "main"], { cwd: dir });
  const root = execFileSync("git", ["rev-list", "--max-parents=0", "HEAD"], { cwd: dir }).toString().trim();
  return { dir, root };
}

export function printCliStartup(): void {
  const root = repoRoot();
  execFileSync(process.execPath, [join(root, "scripts", "bundle.mjs"), "cli"], { cwd: root });
  const cli = join(root, "dist-cli", "bottomline.js");
  const node = process.execPath;

  const [bare, help] = compare(
    RUNS * 2,
    () => wall(node, ["-e", "0"]),
    () => wall(node, [cli, "--help"]),
  );
  console.log(`\nCLI start-up: node -e 0 ${bare.toFixed(0)} ms, bottomline --help ${help.toFixed(0)} ms: ${(help / bare).toFixed(2)}× (target ≤ 1.5×)`);

  const repo = syntheticHistory();
  const log = ["log", "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B%x1e", "--reverse", `${repo.root}..HEAD`];
  const diff = ["diff", "--no-color", "--no-ext-diff", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", repo.root, "HEAD"];
  const [git, review] = compare(
    Math.ceil(RUNS / 3),
    () => wall("git", log, repo.dir) + wall("git", diff, repo.dir),
    () => wall(node, [cli, "review", "--base", repo.root, "--format", "json", "--output-file", join(repo.dir, ".git", "review.json")], repo.dir),
  );
  console.log(
    `Whole-history review (${COMMITS} commits, ${FILES} files): git log + git diff ${git.toFixed(0)} ms, bottomline review ${review.toFixed(0)} ms: ${(review / git).toFixed(2)}× (target ≤ 4×)`,
  );
  rmSync(repo.dir, { recursive: true, force: true });
  printHistoryReview(node, cli);
}

/**
 * The history reviewer: `bottomline report` reviews each of the history's changes against its
 * first parent (no cache), against git printing the same log and every change's diff in one
 * `git log -p`. Each side once after a warm-up: a report run takes seconds.
 */
function printHistoryReview(node: string, cli: string): void {
  const repo = syntheticHistory(HISTORY_COMMITS, HISTORY_FILES);
  const out = join(repo.dir, ".git", "report.json");
  const log = ["log", "--first-parent", "-p", "--diff-merges=first-parent", "--find-renames", "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%B%x1e", "HEAD"];
  const [git, report] = compare(
    1,
    () => wall("git", log, repo.dir),
    () => wall(node, [cli, "report", "--last", "all", "--no-cache", "--format", "json", "--output", out], repo.dir),
  );
  rmSync(repo.dir, { recursive: true, force: true });
  console.log(
    `History review (bottomline report, ${HISTORY_COMMITS} commits, ${HISTORY_FILES} files, each change on its own): git log -p ${git.toFixed(0)} ms, bottomline report ${report.toFixed(0)} ms: ${(report / git).toFixed(1)}×`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printCliStartup();

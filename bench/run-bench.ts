import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { defaultConfig } from "../src/config/load-config.js";
import { runReviewSync } from "../src/engine/run-review.js";
import { loadAllGrammars } from "../src/syntax/grammars.js";
import { buildChange, headContents, syntheticPatches } from "./synthetic-change.js";

/**
 * `npm run bench`: parse + review a synthetic change at three sizes, each in fresh processes so
 * peak memory (max RSS) belongs to that size alone; the median of three runs is printed. Not a
 * test: it prints figures, it asserts nothing.
 */
const SIZES = [
  { files: 750, lines: 50_000 },
  { files: 1_500, lines: 100_000 },
  { files: 3_000, lines: 200_000 },
];

function measure(files: number, lines: number): void {
  const patches = syntheticPatches(files, lines);
  const config = defaultConfig();
  // Warm up the JIT on a small change so the figure is the steady state a server sees.
  const warm = syntheticPatches(30, 2_000);
  runReviewSync(buildChange(warm), config, { issues: new Map(), fileContents: headContents(warm) });
  // The file texts the source would have fetched, so the parser-backed rules run on every file.
  const fileContents = headContents(patches);
  globalThis.gc?.();
  const t0 = performance.now();
  const change = buildChange(patches);
  const t1 = performance.now();
  const result = runReviewSync(change, config, { issues: new Map(), fileContents });
  const t2 = performance.now();
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  // The same review without file texts: what the line-based rules cost on their own (the
  // function-level rules then only see new files' added lines).
  const bare = buildChange(patches);
  const t3 = performance.now();
  runReviewSync(bare, config);
  const noTextMs = performance.now() - t3;
  console.log(JSON.stringify({ files, lines, parseMs: t1 - t0, rulesMs: t2 - t1, totalMs: t2 - t0, maxRssMb, findings: result.findings.length, noTextMs }));
}

if (process.argv[2] === "--one") {
  // The synchronous engine parses with grammars loaded beforehand, as runReview does.
  await loadAllGrammars();
  measure(Number(process.argv[3]), Number(process.argv[4]));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log("Bottomline engine bench: parse a synthetic change and run every enabled rule (one core).\n");
  console.log("files  added lines   parse ms   rules ms   total ms   peak RSS MB   findings   without file texts ms");
  for (const { files, lines } of SIZES) {
    // Three fresh processes per size, the median by total: shared machines are noisy.
    const runs = [1, 2, 3].map(() => JSON.parse(execFileSync(process.execPath, ["--expose-gc", self, "--one", String(files), String(lines)]).toString()));
    const r = runs.sort((a, b) => a.totalMs - b.totalMs)[1];
    console.log(
      `${String(files).padStart(5)}  ${String(lines).padStart(11)}  ${r.parseMs.toFixed(0).padStart(9)}  ${r.rulesMs.toFixed(0).padStart(9)}  ${r.totalMs.toFixed(0).padStart(9)}  ${r.maxRssMb.toFixed(0).padStart(12)}  ${String(r.findings).padStart(9)}  ${r.noTextMs.toFixed(0).padStart(22)}`,
    );
  }
  console.log("\nTarget at 3,000 files / 200,000 lines: total < 1,000 ms and peak RSS < 300 MB.");
  console.log("'total' parses every code file with tree-sitter for the function-level rules;");
  console.log("'without file texts' is the same review when no file text is available (line-based rules only).");
}

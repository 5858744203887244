import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchCoverage } from "../src/coverage/patch-coverage.js";
import { readCoverageFiles } from "../src/coverage/read-coverage.js";
import { buildChange, syntheticFiles } from "./synthetic-change.js";

/**
 * Patch coverage at scale (#14): a ~50 MB lcov report (the 3,000 changed files under a CI
 * workspace prefix, plus 10,000 files the change does not touch) read, parsed and joined with
 * a 3,000-file change. Target: < 2 s. Prints one line; asserts nothing.
 */
export function printCoverageJoin(): void {
  const change = buildChange(syntheticFiles(3_000, 200_000));
  const dir = mkdtempSync(join(tmpdir(), "bottomline-bench-"));
  const file = join(dir, "lcov.info");
  // A new file's report stops at its last line (a longer one would be a report for another commit).
  writeFileSync(file, lcovFor(change.files.map((f) => ({ path: f.path, lines: f.status === "added" ? f.addedLines[f.addedLines.length - 1].line : 450 }))));
  const mb = statSync(file).size / 1024 / 1024;
  const t0 = performance.now();
  const report = readCoverageFiles([file]);
  const t1 = performance.now();
  const coverage = patchCoverage(change.files, report, { min: 80, min_lines: 5 });
  const t2 = performance.now();
  rmSync(dir, { recursive: true });
  console.log(
    `\nPatch coverage: ${mb.toFixed(0)} MB lcov (${report.files.length} files) parsed in ${(t1 - t0).toFixed(0)} ms, joined with ${change.files.length} changed files (${coverage.files.length} matched, ${coverage.coverable} executable added lines) in ${(t2 - t1).toFixed(0)} ms; total ${(t2 - t0).toFixed(0)} ms (target < 2,000 ms).`,
  );
}

/** 13,000 records of up to 450 DA lines each, every third line unrun; ~50 MB. */
function lcovFor(changed: Array<{ path: string; lines: number }>): string {
  const files = [...changed, ...Array.from({ length: 10_000 }, (_, i) => ({ path: `src/untouched/m${i}/file${i}.ts`, lines: 450 }))];
  const body = Array.from({ length: 450 }, (_, i) => `DA:${i + 1},${i % 3 === 0 ? 0 : i}`);
  return files.map((f) => `TN:\nSF:/home/runner/work/shop/shop/${f.path}\n${body.slice(0, f.lines).join("\n")}\nend_of_record\n`).join("");
}

if (process.argv[1]?.endsWith("coverage-join.js")) printCoverageJoin();

import { relative } from "node:path";
import type { CoverageReport } from "../coverage/coverage-report.js";
import { expandCoverageArgs } from "../coverage/expand-globs.js";
import { readCoverageFiles } from "../coverage/read-coverage.js";

/**
 * `--coverage FILE…` → one merged report. Problems (a glob matching nothing, an unreadable
 * report) are printed and kept in the report, and the review goes on: without coverage, the
 * rule pairs file names as before.
 */
export function readCoverageArgs(args: string[], cwd: string, log: (m: string) => void): CoverageReport {
  const { files, unmatched } = expandCoverageArgs(args, cwd);
  const report = readCoverageFiles(files, { name: (f) => relative(cwd, f) || f });
  for (const glob of unmatched) report.problems.unshift(`--coverage ${glob} matches no file; check the path the test step writes the report to`);
  for (const p of report.problems) log(`coverage: ${p}`);
  return report;
}

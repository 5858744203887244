import { readFileSync, statSync } from "node:fs";
import { addHits, CoverageError, type CoverageReport, type FileHits } from "./coverage-report.js";
import { parseGoCover } from "./parse-go-cover.js";
import { parseLcov, clip } from "./parse-lcov.js";
import { parseXmlCoverage } from "./parse-xml-coverage.js";

/**
 * Reports above this are refused before reading (BOTTOMLINE_COVERAGE_MAX_MB overrides): a whole
 * report is held in memory while parsed, and a runner or the App's container must not run out
 * of it. 100 MB of lcov is a monorepo of tens of thousands of files.
 */
export function maxReportBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.BOTTOMLINE_COVERAGE_MAX_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024;
}

/** Reads and merges report files. A file that cannot be used is a problem, not an exception: the review goes on without it. */
export function readCoverageFiles(files: string[], opts: { maxBytes?: number; name?: (file: string) => string } = {}): CoverageReport {
  const maxBytes = opts.maxBytes ?? maxReportBytes();
  const index = new Map<string, FileHits>();
  const problems: string[] = [];
  for (const path of files) {
    const file = opts.name?.(path) ?? path;
    try {
      const size = statSync(path).size;
      if (size > maxBytes)
        throw new CoverageError(
          `${file}: ${mb(size)} is over the ${mb(maxBytes)} a coverage report may have; report only the packages under review, or raise BOTTOMLINE_COVERAGE_MAX_MB`,
        );
      addReport(readFileSync(path, "utf8"), file, index);
    } catch (err) {
      problems.push(err instanceof CoverageError ? err.message : `${file}: ${(err as Error).message}`);
    }
  }
  return { files: [...index.values()], sources: files.map((f) => opts.name?.(f) ?? f), problems };
}

/** Adds one report to the index; through its own index first, so a report that fails half-way adds nothing. */
export function addReport(text: string, name: string, index: Map<string, FileHits>): void {
  const own = new Map<string, FileHits>();
  parseCoverageText(text, name, own);
  for (const hits of own.values()) {
    if (!index.has(hits.path)) index.set(hits.path, hits);
    else hits.lines.forEach((n, line) => addHits(index, hits.path, line, n));
  }
}

/** Parses one report's text into the index, choosing the parser from the content (not the file name, which CI tools vary). */
export function parseCoverageText(text: string, name: string, index: Map<string, FileHits>): void {
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head === "") throw new CoverageError(`${name}: the report is empty; did the test step write it before this step ran?`);
  if (head.startsWith("<")) return parseXmlCoverage(text, name, index);
  if (head.startsWith("mode:")) return parseGoCover(text, name, index);
  if (/^(TN|SF):/.test(head)) return parseLcov(text, name, index);
  throw new CoverageError(
    `${name}:1: "${clip(head.split("\n")[0])}" is not a coverage report; give lcov (SF:/DA: lines), Cobertura or JaCoCo XML, or a Go coverprofile (mode: …)`,
  );
}

/** Shown sizes: whole megabytes. */
function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

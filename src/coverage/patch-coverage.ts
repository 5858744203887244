import type { ChangedFile } from "../model/change.js";
import type { CoverageReport, FileHits } from "./coverage-report.js";
import { matchReportFiles } from "./match-paths.js";

export interface LineRange {
  from: number;
  to: number;
}

export interface FilePatchCoverage {
  path: string;
  /** The path as the report names it (to explain a surprising match). */
  reportPath: string;
  /** Added lines the report calls executable. */
  coverable: number;
  /** Of those, the lines tests ran. */
  covered: number;
  uncovered: LineRange[];
}

export interface CoverageSettings {
  /** Threshold in percent. */
  min: number;
  /** Fewer coverable added lines than this get no verdict. */
  min_lines: number;
}

export interface PatchCoverage {
  files: FilePatchCoverage[];
  coverable: number;
  covered: number;
  min: number;
  minLines: number;
  /** pass/fail against `min`; too-few when fewer than `minLines` added lines are coverable. */
  verdict: "pass" | "fail" | "too-few" | "no-match";
  /** Unreadable reports, stale entries, and why nothing matched: each says how to fix it. */
  problems: string[];
}

/**
 * Joins a change with a coverage report: per changed file, how many added executable lines tests
 * ran, and which did not run, grouped into ranges. `lineCount` (the file's length at head, when
 * known) catches a report written for another commit.
 */
export function patchCoverage(
  files: ChangedFile[],
  report: CoverageReport,
  settings: CoverageSettings,
  lineCount?: (path: string) => number | undefined,
  /** False for an added line that is not new code (moved from elsewhere in the change, reformatted): it is not judged. */
  isNew: (path: string, line: number) => boolean = () => true,
): PatchCoverage {
  const candidates = files.filter((f) => f.status !== "removed" && !f.binary && f.addedLines.length > 0);
  const matches = matchReportFiles(
    candidates.map((f) => f.path),
    report.files,
  );
  const problems = [...report.problems];
  const out: FilePatchCoverage[] = [];
  for (const file of candidates) {
    const hits = matches.get(file.path);
    if (!hits) continue;
    const length = file.status === "added" ? file.addedLines[file.addedLines.length - 1].line : lineCount?.(file.path);
    const beyond = length === undefined ? undefined : lastLine(hits) > length ? lastLine(hits) : undefined;
    if (beyond !== undefined) {
      problems.push(
        `${file.path}: the report has line ${beyond} but the file has ${length} lines at this commit; the report is for another commit, so this file is judged without it. Upload the report from a run on the pull request's head commit.`,
      );
      continue;
    }
    out.push(fileCoverage(file, hits, (line) => isNew(file.path, line)));
  }
  const coverable = out.reduce((n, f) => n + f.coverable, 0);
  const covered = out.reduce((n, f) => n + f.covered, 0);
  if (matches.size === 0 && report.files.length > 0 && candidates.length > 0) problems.push(noMatchMessage(candidates, report.files));
  return {
    files: out,
    coverable,
    covered,
    min: settings.min,
    minLines: settings.min_lines,
    verdict: verdictOf(out.length, coverable, covered, settings),
    problems,
  };
}

function verdictOf(matched: number, coverable: number, covered: number, s: CoverageSettings): PatchCoverage["verdict"] {
  if (matched === 0) return "no-match";
  if (coverable < s.min_lines) return "too-few";
  // Compared exactly, not as a rounded percentage: 79.99% is under 80%, 4 of 5 is not.
  return covered * 100 >= s.min * coverable ? "pass" : "fail";
}

function fileCoverage(file: ChangedFile, hits: FileHits, isNew: (line: number) => boolean): FilePatchCoverage {
  let coverable = 0;
  let covered = 0;
  const uncovered: LineRange[] = [];
  let open: LineRange | undefined;
  for (const { line } of file.addedLines) {
    const n = hits.lines[line];
    if (n === undefined) continue; // blank, comment, declaration: not executable
    if (!isNew(line)) continue; // moved or reformatted: the code is not new, so neither is its coverage
    coverable++;
    if (n > 0) {
      covered++;
      open = undefined;
    } else if (open && !ranBetween(hits, open.to, line)) open.to = line;
    else uncovered.push((open = { from: line, to: line }));
  }
  return { path: file.path, reportPath: hits.path, coverable, covered, uncovered };
}

/** An executable line that ran between two uncovered added lines splits their range. */
function ranBetween(hits: FileHits, from: number, to: number): boolean {
  for (let l = from + 1; l < to; l++) if ((hits.lines[l] ?? 0) > 0) return true;
  return false;
}

function lastLine(hits: FileHits): number {
  return hits.lines.length - 1;
}

function noMatchMessage(files: ChangedFile[], report: FileHits[]): string {
  const ours = files.slice(0, 3).map((f) => `\`${f.path}\``);
  const theirs = report.slice(0, 3).map((f) => `\`${f.path}\``);
  return `The coverage report names none of the changed files: it has ${theirs.join(", ")}${report.length > 3 ? ", …" : ""}; the change has ${ours.join(", ")}${files.length > 3 ? ", …" : ""}. Report paths must end with the repository path (or the repository path with theirs); run the tests from the repository root or report relative paths.`;
}

/** A percentage for display, rounded down so that a figure under the threshold never shows as the threshold. */
export function percent(covered: number, coverable: number): string {
  if (coverable === 0) return "–";
  return `${Math.floor((covered * 1000) / coverable) / 10}%`;
}

export function rangeText(r: LineRange): string {
  return r.from === r.to ? `line ${r.from}` : `lines ${r.from}–${r.to}`;
}

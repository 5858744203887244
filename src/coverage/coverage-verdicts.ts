import * as z from "zod";
import type { Lookups, RawFinding } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { codeChange, newLinesAfterMoves, removedFileCode } from "../analysis/code-change.js";
import { classifyBuiltIn } from "../text/test-conventions.js";
import type { CoverageReport } from "./coverage-report.js";
import { patchCoverage, percent, rangeText, type PatchCoverage } from "./patch-coverage.js";

/** tests-required's `coverage:` options (the rule spreads this into its schema). */
export const coverageOptions = z
  .object({
    min: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .describe("Patch coverage threshold in percent: added executable lines that tests run / all added executable lines."),
    min_lines: z.number().int().min(0).default(5).describe("No coverage verdict when fewer added lines than this are executable."),
    artifact: z.string().min(1).default("coverage").describe("App only: the name of the workflow artifact that holds the coverage report."),
  })
  .strict()
  .prefault({})
  .describe("Patch coverage from a report CI writes (lcov, Cobertura, JaCoCo, Go coverprofile); replaces name pairing for the files it covers.");
export type CoverageOptions = z.output<typeof coverageOptions>;

/** The messages coverage findings use; tests-required spreads them into its meta. */
export const coverageMessages = {
  uncoveredLines: "{lines} of {path} are not run by any test. Add a test that runs them, or remove the code if nothing needs it.",
  patchCoverageLow:
    "Patch coverage is {percent} ({covered} of {coverable} added executable lines run by tests), under the {min}% threshold. The added lines no test runs are marked inline.",
  coverageNote: "{text}",
};

export interface CoverageVerdicts {
  findings: RawFinding[];
  /** Files the report covers: name pairing does not judge them. */
  judged: Set<string>;
  coverage: PatchCoverage;
}

/**
 * The one call tests-required makes when a report is present: patch coverage for the change's
 * files, a finding per uncovered range (at the rule's severity when the whole change is under the
 * threshold, else a notice), and notes for the summary.
 */
export function coverageVerdicts(change: Change, report: CoverageReport, options: CoverageOptions, found?: Lookups): CoverageVerdicts {
  // Test files run themselves; counting them would raise the figure without testing anything.
  const code = change.files.filter((f) => classifyBuiltIn(f.path) !== "test");
  const isNew = found ? newCodeLines(code, found) : undefined;
  const coverage = patchCoverage(code, report, options, (path) => lineCountOf(found?.fileContents.get(path)), isNew);
  const findings: RawFinding[] = [];
  const failing = coverage.verdict === "fail";
  // Per-file figures go to the summary's table (ReviewResult.coverage), not to notes.
  for (const file of coverage.files) {
    for (const r of file.uncovered)
      findings.push({
        messageId: "uncoveredLines",
        path: file.path,
        line: r.from,
        data: { lines: rangeText(r).replace(/^l/, "L"), path: `\`${file.path}\`` },
        ...(failing ? {} : { severity: "notice" as const }),
      });
  }
  if (failing)
    findings.push({
      messageId: "patchCoverageLow",
      data: { percent: percent(coverage.covered, coverage.coverable), covered: coverage.covered, coverable: coverage.coverable, min: coverage.min },
    });
  for (const text of coverage.problems) findings.push({ messageId: "coverageNote", data: { text: `Coverage: ${text}` }, info: true });
  return { findings, judged: new Set(coverage.files.map((f) => f.path)), coverage };
}

/**
 * Code only moved is not new code (#14): an added line whose code the change removed elsewhere
 * (another file, or the same file at base) is not judged, as tests-required's pairing does.
 */
function newCodeLines(files: ChangedFile[], found: Lookups): (path: string, line: number) => boolean {
  const kept = files.filter((f) => f.status !== "removed" && f.additions > 0);
  const changes = kept.map((f) => codeChange(f, found));
  const removed = files.filter((f) => f.status === "removed").map((f) => removedFileCode(f, found));
  // Only lines whose code is known to exist elsewhere are set aside; lines with no code of their
  // own (a closing brace) stay as the coverage tool counts them.
  const moved = new Map(
    newLinesAfterMoves(changes, removed).map((fresh, i) => [kept[i].path, new Set(changes[i].addedCodeLines.filter((l) => !fresh.has(l)))]),
  );
  return (path, line) => !moved.get(path)?.has(line);
}

function lineCountOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = text.split("\n").length;
  return text.endsWith("\n") ? n - 1 : n;
}

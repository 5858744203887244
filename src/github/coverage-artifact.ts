import type { CoverageReport, FileHits } from "../coverage/coverage-report.js";
import { CoverageError } from "../coverage/coverage-report.js";
import { addReport, maxReportBytes } from "../coverage/read-coverage.js";
import { unzip } from "../coverage/unzip.js";
import type { GitHub } from "../sources/github/github-types.js";

/**
 * The coverage report a workflow run uploaded as an artifact (#14): two requests, whatever the
 * run — list the run's artifacts by name, download the zip (GitHub redirects to storage) — and
 * every file in it parsed as a report. Undefined when the run uploaded no such artifact.
 */
export async function fetchCoverageArtifact(
  octokit: GitHub,
  owner: string,
  repo: string,
  runId: number,
  artifact: string,
): Promise<CoverageReport | undefined> {
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name: artifact, per_page: 10 });
  const found = data.artifacts.find((a) => a.name === artifact && !a.expired);
  if (!found) return undefined;
  const label = `artifact ${artifact}`;
  const maxBytes = maxReportBytes();
  if (found.size_in_bytes > maxBytes)
    return {
      files: [],
      sources: [label],
      problems: [
        `${label}: ${Math.round(found.size_in_bytes / 1024 / 1024)} MB is over the ${Math.round(maxBytes / 1024 / 1024)} MB a coverage report may have`,
      ],
    };
  const zip = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: found.id, archive_format: "zip" });
  const index = new Map<string, FileHits>();
  const problems: string[] = [];
  try {
    for (const entry of unzip(Buffer.from(zip.data as ArrayBuffer), label, maxBytes)) {
      try {
        addReport(entry.text, `${label}: ${entry.name}`, index);
      } catch (err) {
        if (!(err instanceof CoverageError)) throw err;
        problems.push(err.message);
      }
    }
  } catch (err) {
    if (!(err instanceof CoverageError)) throw err;
    problems.push(err.message);
  }
  return { files: [...index.values()], sources: [label], problems };
}

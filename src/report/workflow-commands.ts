import type { ReviewResult } from "../engine/review-result.js";
import type { ActiveSeverity, Finding } from "../engine/rule.js";
import { countBySeverity, describeCounts } from "./counts.js";

const COMMAND: Record<ActiveSeverity, string> = { failure: "error", warning: "warning", notice: "notice" };

/**
 * `--format github`: one workflow command per finding, which GitHub Actions shows as an
 * annotation on the file and line. Paths and messages come from the pull request, so they are
 * escaped exactly as @actions/core does: a line break in a file name cannot start a command of its own.
 */
export function renderWorkflowCommands(result: ReviewResult): string {
  const lines = result.findings.map(workflowCommand);
  lines.push(`Bottomline: ${describeCounts(countBySeverity(result.findings))} (conclusion: ${result.conclusion})`);
  return lines.join("\n") + "\n";
}

export function workflowCommand(f: Finding): string {
  const props: Array<[string, string]> = [];
  if (f.path) props.push(["file", f.path]);
  if (f.path && f.line !== undefined) props.push(["line", String(f.line)]);
  props.push(["title", `Bottomline ${f.rule}`]);
  return `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",")}::${escapeData(f.message)}`;
}

/** @actions/core's escapeData: the message after `::`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core's escapeProperty: a property value, where `:` and `,` would end it. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

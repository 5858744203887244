import type { ReviewResult } from "../engine/review-result.js";
import type { ActiveSeverity } from "../engine/rule.js";
import { ruleDocUrl } from "./markdown.js";
import { HOME_REPOSITORY } from "./rule-docs.js";

const SEVERITY: Record<ActiveSeverity, string> = { failure: "ERROR", warning: "WARNING", notice: "INFO" };

/** `--format rdjson`: reviewdog's Diagnostic Format (`reviewdog -f=rdjson`). Findings without a file carry no location. */
export function renderRdjson(result: ReviewResult): string {
  const diagnostics = result.findings.map((f) => ({
    message: f.message,
    ...(f.path ? { location: { path: f.path, ...(f.line !== undefined ? { range: { start: { line: f.line } } } : {}) } } : {}),
    severity: SEVERITY[f.severity],
    source: { name: "bottomline" },
    code: { value: f.rule, url: ruleDocUrl(f.rule) },
  }));
  return JSON.stringify({ source: { name: "bottomline", url: `https://github.com/${HOME_REPOSITORY}` }, diagnostics }, null, 2) + "\n";
}

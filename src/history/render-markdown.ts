import { untrusted } from "../report/markdown.js";
import { formatValue, PERIOD_COLUMNS } from "./format-metric.js";
import { MIN_DIRECTORY_CHANGES, type ReportData } from "./report-data.js";

/** Directories shown in the Markdown table: enough for an issue or a job summary. */
const MARKDOWN_DIRECTORIES = 10;

/**
 * The report as GitHub-flavoured Markdown: a wiki page, an issue, or an Action's job summary
 * (`renderReportMarkdown(data) >> $GITHUB_STEP_SUMMARY`). Directory names come from the
 * repository, so they pass through `untrusted` like every other user text.
 */
export function renderReportMarkdown(data: ReportData): string {
  const t = data.totals;
  const out = [
    `## Bottomline report: ${untrusted(data.repository)}`,
    "",
    `${data.window.description}, by ${data.window.by}. Bottomline ${data.version}, config: ${untrusted(data.config.file)}.`,
    "",
    "| Metric | Whole window |",
    "| --- | ---: |",
    ...PERIOD_COLUMNS.map((c) => `| ${c.label} | ${formatValue(t[c.key] as number | null, c.unit)} |`),
    `| Lead time p90 | ${formatValue(t.leadTimeP90Hours, "hours")} |`,
    `| Revert rate | ${formatValue(t.revertRate, "share")} |`,
    "",
    `### Per ${data.window.by}`,
    "",
    `| ${data.window.by === "week" ? "Week of" : "Month"} | ${PERIOD_COLUMNS.map((c) => c.label).join(" | ")} |`,
    `| --- | ${PERIOD_COLUMNS.map(() => "---:").join(" | ")} |`,
    ...data.periods.map((p) => `| ${p.period} | ${PERIOD_COLUMNS.map((c) => formatValue(p[c.key] as number | null, c.unit)).join(" | ")} |`),
    "",
    ...findingsByRule(data),
    ...directoryTable(data),
    ...(data.notes.length ? ["### Notes", "", ...data.notes.map((n) => `- ${untrusted(n)}`), ""] : []),
  ];
  return out.join("\n") + "\n";
}

function findingsByRule(data: ReportData): string[] {
  if (data.rules.length === 0) return ["No line or file findings in this window.", ""];
  return [
    "### Findings per 1,000 added lines, by rule",
    "",
    "| Rule | Whole window |",
    "| --- | ---: |",
    ...data.rules.map((r) => `| ${untrusted(r)} | ${formatValue(data.totals.findingsPerKlocByRule[r], "perKloc")} |`),
    "",
  ];
}

function directoryTable(data: ReportData): string[] {
  if (data.directories.length === 0) return [];
  const rows = data.directories.slice(0, MARKDOWN_DIRECTORIES);
  return [
    `### Directories, most findings per 1,000 added lines first (at least ${MIN_DIRECTORY_CHANGES} changes)`,
    "",
    "| Directory | Changes | Traced | Source changes with tests | Findings / 1,000 added lines |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (d) =>
        `| ${untrusted(d.directory)} | ${formatValue(d.changes, "count")} | ${formatValue(d.tracedShare, "share")} | ${formatValue(d.testedShare, "share")} | ${formatValue(d.findingsPerKloc, "perKloc")} |`,
    ),
    "",
  ];
}

import { formatValue, PERIOD_COLUMNS, type Unit } from "../history/format-metric.js";
import { MIN_DIRECTORY_CHANGES, type ReportData } from "../history/report-data.js";
import { escapeHtml } from "./escape-html.js";
import { REPORT_CSS } from "./report-css.js";
import { barChart, lineChart, type ChartSpec } from "./svg-chart.js";

/** Rules drawn in the findings chart besides the total; the table lists them all. */
const CHART_RULES = 4;
const HTML_DIRECTORIES = 15;

/**
 * The report as one self-contained HTML page: inline CSS and SVG drawn here, no script, nothing
 * fetched, so it works offline, attached to a build or opened from a mail. Every number carries
 * data-key (its path in the JSON output) and data-value, so a test can hold the page to the JSON.
 */
export function renderReportHtml(data: ReportData): string {
  const title = `Bottomline report: ${data.repository}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(data.window.description)}, by ${data.window.by}. Bottomline ${escapeHtml(data.version)}.</p></header>
${tiles(data)}
${data.notes.length ? `<section class="notes"><h2>Notes</h2><ul>${data.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></section>` : ""}
<section><h2>Trends per ${data.window.by}</h2><div class="charts">${charts(data).join("\n")}</div></section>
<section><h2>Where the bottom line is: directories</h2>${directoryTable(data)}</section>
<section><h2>Findings per 1,000 added lines, by rule</h2>${ruleTable(data)}</section>
<section><h2>Every ${data.window.by}</h2>${periodTable(data)}</section>
<section><h2>Configuration used</h2>${configSection(data)}</section>
<footer>Made by <code>bottomline report</code>. A change is a commit on the main line: a merge counts with everything it merged. No person is ranked.</footer>
</main></body></html>
`;
}

function num(key: string, value: number | null | undefined, unit: Unit): string {
  return `<span data-key="${escapeHtml(key)}" data-unit="${unit}" data-value="${value ?? ""}">${escapeHtml(formatValue(value, unit))}</span>`;
}

function tiles(data: ReportData): string {
  const t = data.totals;
  const tile = (label: string, body: string, hint = "") =>
    `<div class="tile"><div class="label">${label}</div><div class="value">${body}</div>${hint ? `<div class="hint">${hint}</div>` : ""}</div>`;
  return `<section class="tiles">
${tile("Changes", num("totals.changes", t.changes, "count"), `${num("totals.merged", t.merged, "count")} merged · ${num("totals.commits", t.commits, "count")} commits`)}
${tile("Lines", `+${num("totals.added", t.added, "count")}`, `−${num("totals.deleted", t.deleted, "count")} deleted`)}
${tile("Change size", num("totals.sizeMedian", t.sizeMedian, "count"), `median lines; p90 ${num("totals.sizeP90", t.sizeP90, "count")}`)}
${tile("Traced to an issue", num("totals.tracedShare", t.tracedShare, "share"), "changes whose commits all reference one")}
${tile("Source changes with tests", num("totals.testedShare", t.testedShare, "share"), `of ${num("totals.sourceChanges", t.sourceChanges, "count")} source changes`)}
${tile("Findings / 1,000 added lines", num("totals.findingsPerKloc", t.findingsPerKloc, "perKloc"), `${num("totals.findings", t.findings, "count")} findings`)}
${tile("Lead time", num("totals.leadTimeMedianHours", t.leadTimeMedianHours, "hours"), `median, first commit to merge; p90 ${num("totals.leadTimeP90Hours", t.leadTimeP90Hours, "hours")}`)}
${tile("Releases", num("totals.releases", t.releases, "count"), "tags")}
${tile("Reverts", num("totals.reverts", t.reverts, "count"), `${num("totals.revertRate", t.revertRate, "share")} of changes`)}
</section>`;
}

function charts(data: ReportData): string[] {
  const labels = data.periods.map((p) => p.period);
  const col = (f: (p: ReportData["periods"][number]) => number | null) => data.periods.map(f);
  const line = (id: string, title: string, unit: Unit, series: ChartSpec["series"]) => lineChart({ id, title, unit, labels, series });
  const bars = (id: string, title: string, values: number[]) => barChart({ id, title, unit: "count", labels, series: [{ name: id, values }] });
  const topRules = data.rules.slice(0, CHART_RULES);
  return [
    line("changes", "Changes, merged changes and commits", "count", [
      { name: "changes", values: col((p) => p.changes) },
      { name: "merged", values: col((p) => p.merged) },
      { name: "commits", values: col((p) => p.commits) },
    ]),
    line("lines", "Added and deleted lines", "count", [
      { name: "added", values: col((p) => p.added) },
      { name: "deleted", values: col((p) => p.deleted) },
    ]),
    line("size", "Change size (added + deleted lines)", "count", [
      { name: "median", values: col((p) => p.sizeMedian) },
      { name: "p90", values: col((p) => p.sizeP90) },
    ]),
    line("traced", "Changes traced to an issue", "share", [{ name: "traced", values: col((p) => p.tracedShare) }]),
    line("tested", "Source changes that came with tests", "share", [{ name: "with tests", values: col((p) => p.testedShare) }]),
    line("findings", "Findings per 1,000 added lines", "perKloc", [
      ...topRules.map((r) => ({ name: r, values: col((p) => (p.added > 0 ? (p.findingsPerKlocByRule[r] ?? 0) : null)) })),
      // Last, so the total is drawn over a rule that has most of the findings.
      { name: "all rules", values: col((p) => p.findingsPerKloc) },
    ]),
    line("lead-time", "Lead time, first commit to merge", "hours", [
      { name: "median", values: col((p) => p.leadTimeMedianHours) },
      { name: "p90", values: col((p) => p.leadTimeP90Hours) },
    ]),
    bars("releases", "Releases (tags)", col((p) => p.releases) as number[]),
    bars("reverts", "Reverts (the failed-change proxy)", col((p) => p.reverts) as number[]),
    barChart({
      id: "size-histogram",
      title: "Change size histogram (lines, whole window)",
      unit: "count",
      labels: data.sizeHistogram.map((b) => b.label),
      series: [{ name: "changes", values: data.sizeHistogram.map((b) => b.count) }],
    }),
  ];
}

function directoryTable(data: ReportData): string {
  if (data.directories.length === 0) return `<p>No directory had ${MIN_DIRECTORY_CHANGES} changes or more.</p>`;
  const rows = data.directories
    .slice(0, HTML_DIRECTORIES)
    .map(
      (d, i) =>
        `<tr><th scope="row"><code>${escapeHtml(d.directory)}</code></th><td>${num(`directories.${i}.changes`, d.changes, "count")}</td><td>${num(`directories.${i}.added`, d.added, "count")}</td><td>${num(`directories.${i}.tracedShare`, d.tracedShare, "share")}</td><td>${d.sourceChanges ? `${num(`directories.${i}.testedShare`, d.testedShare, "share")} <small>of ${num(`directories.${i}.sourceChanges`, d.sourceChanges, "count")}</small>` : "–"}</td><td>${num(`directories.${i}.findingsPerKloc`, d.findingsPerKloc, "perKloc")}</td></tr>`,
    );
  return `<table class="worst"><caption>Most findings per 1,000 added lines first; directories with at least ${MIN_DIRECTORY_CHANGES} changes${data.directories.length > HTML_DIRECTORIES ? `, top ${HTML_DIRECTORIES} of ${data.directories.length}` : ""}. Shares count the changes that touched the directory.</caption>
<thead><tr><th>Directory</th><th>Changes</th><th>Added lines</th><th>Traced</th><th>Source changes with tests</th><th>Findings / 1,000 added lines</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function ruleTable(data: ReportData): string {
  if (data.rules.length === 0) return "<p>No line or file findings in this window.</p>";
  const rows = data.rules.map(
    (r) =>
      `<tr><th scope="row"><code>${escapeHtml(r)}</code></th><td>${num(`totals.findingsPerKlocByRule.${r}`, data.totals.findingsPerKlocByRule[r], "perKloc")}</td></tr>`,
  );
  return `<table><thead><tr><th>Rule</th><th>Whole window</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function periodTable(data: ReportData): string {
  const head = `<tr><th>${data.window.by === "week" ? "Week of" : "Month"}</th>${PERIOD_COLUMNS.map((c) => `<th>${escapeHtml(c.label)}</th>`).join("")}</tr>`;
  const rows = data.periods.map(
    (p, i) =>
      `<tr><th scope="row">${escapeHtml(p.period)}</th>${PERIOD_COLUMNS.map((c) => `<td>${num(`periods.${i}.${c.key}`, p[c.key] as number | null, c.unit)}</td>`).join("")}</tr>`,
  );
  return `<details${data.periods.length <= 26 ? " open" : ""}><summary>${data.periods.length} ${data.window.by === "week" ? "weeks" : "months"}</summary><div class="scroll"><table class="periods"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div></details>`;
}

function configSection(data: ReportData): string {
  const rows = data.config.rules.map(
    (r) =>
      `<tr><th scope="row"><code>${escapeHtml(r.id)}</code></th><td class="sev-${escapeHtml(r.severity)}">${escapeHtml(r.severity)}</td><td><code>${escapeHtml(Object.keys(r.options).length ? JSON.stringify(r.options) : "defaults")}</code></td></tr>`,
  );
  return `<p>Config: <code>${escapeHtml(data.config.file)}</code>. Ignored paths: ${data.config.ignore.map((g) => `<code>${escapeHtml(g)}</code>`).join(", ") || "none"}.</p>
<table><thead><tr><th>Rule</th><th>Severity</th><th>Options</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

import type { Metrics } from "./report-data.js";

export type Unit = "count" | "share" | "hours" | "perKloc";

/** How every output writes a number, so the page, the Markdown and the JSON agree digit for digit. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return "–";
  if (unit === "share") return `${(value * 100).toFixed(1)}%`;
  if (unit === "perKloc") return value.toFixed(2);
  if (unit === "hours") return value < 48 ? `${value.toFixed(1)} h` : `${(value / 24).toFixed(1)} d`;
  return value.toLocaleString("en-US");
}

export interface MetricDef {
  key: keyof Metrics & string;
  label: string;
  unit: Unit;
}

/** The per-period numbers, in the order the tables show them. */
export const PERIOD_COLUMNS: MetricDef[] = [
  { key: "changes", label: "Changes", unit: "count" },
  { key: "merged", label: "Merged", unit: "count" },
  { key: "commits", label: "Commits", unit: "count" },
  { key: "added", label: "Added lines", unit: "count" },
  { key: "deleted", label: "Deleted lines", unit: "count" },
  { key: "sizeMedian", label: "Size median", unit: "count" },
  { key: "sizeP90", label: "Size p90", unit: "count" },
  { key: "tracedShare", label: "Traced to an issue", unit: "share" },
  { key: "testedShare", label: "Source changes with tests", unit: "share" },
  { key: "findingsPerKloc", label: "Findings / 1,000 added lines", unit: "perKloc" },
  { key: "leadTimeMedianHours", label: "Lead time median", unit: "hours" },
  { key: "releases", label: "Releases", unit: "count" },
  { key: "reverts", label: "Reverts", unit: "count" },
];

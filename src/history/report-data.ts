import type { ResolvedConfig } from "../config/resolve-config.js";
import type { ChangeRecord } from "./change-record.js";
import type { CollectedHistory, Tag } from "./collect-history.js";
import { periodOf, periodsBetween, type Granularity } from "./periods.js";
import { percentile, perThousand, round, share } from "./stats.js";

/** The metrics of a set of changes: one period, or the whole window. */
export interface Metrics {
  changes: number;
  /** Merge commits plus squash merges (titles ending in `(#N)`). */
  merged: number;
  commits: number;
  added: number;
  deleted: number;
  /** Added + deleted lines per change. */
  sizeMedian: number | null;
  sizeP90: number | null;
  tracedShare: number | null;
  sourceChanges: number;
  testedShare: number | null;
  findings: number;
  findingsPerKloc: number | null;
  findingsPerKlocByRule: Record<string, number>;
  leadTimeMedianHours: number | null;
  leadTimeP90Hours: number | null;
  releases: number;
  reverts: number;
  /** Reverts per change: the failed-change proxy. */
  revertRate: number | null;
}

export interface PeriodMetrics extends Metrics {
  period: string;
}

export interface DirectoryMetrics {
  directory: string;
  changes: number;
  added: number;
  tracedShare: number | null;
  sourceChanges: number;
  testedShare: number | null;
  findings: number;
  findingsPerKloc: number | null;
}

export interface HistogramBucket {
  label: string;
  min: number;
  /** Inclusive; null = no upper bound. */
  max: number | null;
  count: number;
}

export interface ReportData {
  repository: string;
  version: string;
  window: { since: string; until: string; by: Granularity; description: string };
  config: { file: string; rules: Array<{ id: string; severity: string; options: Record<string, unknown> }>; ignore: string[] };
  totals: Metrics;
  periods: PeriodMetrics[];
  sizeHistogram: HistogramBucket[];
  /** Worst first: most findings per 1,000 added lines; directories with fewer than MIN_DIRECTORY_CHANGES changes left out. */
  directories: DirectoryMetrics[];
  /** Rules that found something in the window, most findings first. */
  rules: string[];
  counts: { binaryFiles: number; badEncodingFiles: number; skipped: number };
  /** Plain sentences about what the numbers cannot show (no merges, skipped commits…). */
  notes: string[];
}

export const MIN_DIRECTORY_CHANGES = 3;
const SIZE_BUCKETS: Array<[number, number | null]> = [
  [0, 0],
  [1, 9],
  [10, 49],
  [50, 99],
  [100, 249],
  [250, 499],
  [500, 999],
  [1000, 4999],
  [5000, null],
];

export interface ReportInput {
  repository: string;
  version: string;
  configFile: string;
  config: ResolvedConfig;
  since: Date;
  until: Date;
  by: Granularity;
  description: string;
  history: CollectedHistory;
}

/** Pure: the report's numbers from the collected records. JSON, Markdown and HTML all show these. */
export function buildReportData(input: ReportInput): ReportData {
  const { history, by } = input;
  // Commit dates can run backwards (clock skew) and a release can be tagged after the last
  // commit: stretch the range so every counted record and tag sits in a period, and the periods
  // add up to the totals.
  const dates = [...history.records.map((r) => r.date), ...history.tags.map((t) => t.date)].map((d) => new Date(d).getTime());
  const from = new Date(Math.min(input.since.getTime(), ...dates));
  const to = new Date(Math.max(input.until.getTime(), ...dates));
  const keys = periodsBetween(from, to, by);
  const inPeriod = new Map<string, ChangeRecord[]>(keys.map((k) => [k, []]));
  for (const r of history.records) inPeriod.get(periodOf(new Date(r.date), by))?.push(r);
  const tagsIn = new Map<string, Tag[]>(keys.map((k) => [k, []]));
  for (const t of history.tags) tagsIn.get(periodOf(new Date(t.date), by))?.push(t);
  const periods = keys.map((period) => ({ period, ...metricsOf(inPeriod.get(period)!, tagsIn.get(period)!.length) }));
  const totals = metricsOf(history.records, history.tags.length);
  const rules = Object.entries(sumFindings(history.records))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  return {
    repository: input.repository,
    version: input.version,
    window: { since: input.since.toISOString(), until: input.until.toISOString(), by, description: input.description },
    config: {
      file: input.configFile,
      rules: Object.entries(input.config.rules).map(([id, s]) => ({ id, severity: s.severity, options: s.options })),
      ignore: input.config.ignore,
    },
    totals,
    periods,
    sizeHistogram: histogram(history.records),
    directories: directories(history.records),
    rules,
    counts: {
      binaryFiles: sum(history.records, (r) => r.binaryFiles),
      badEncodingFiles: sum(history.records, (r) => r.badEncodingFiles),
      skipped: history.skipped.length,
    },
    notes: notes(input, totals),
  };
}

function metricsOf(records: ChangeRecord[], releases: number): Metrics {
  const sizes = records.map((r) => r.added + r.deleted);
  const traceable = records.filter((r) => r.traced !== null);
  const sources = records.filter((r) => r.source);
  const leads = records.flatMap((r) => (r.leadHours === undefined ? [] : [r.leadHours]));
  const added = sum(records, (r) => r.added);
  const byRule = sumFindings(records);
  const findings = Object.values(byRule).reduce((a, b) => a + b, 0);
  const reverts = records.filter((r) => r.revert).length;
  return {
    changes: records.length,
    merged: records.filter((r) => r.kind !== "direct").length,
    commits: sum(records, (r) => r.commits),
    added,
    deleted: sum(records, (r) => r.deleted),
    sizeMedian: percentile(sizes, 50),
    sizeP90: percentile(sizes, 90),
    tracedShare: share(traceable.filter((r) => r.traced).length, traceable.length),
    sourceChanges: sources.length,
    testedShare: share(sources.filter((r) => r.withTests).length, sources.length),
    findings,
    findingsPerKloc: perThousand(findings, added),
    findingsPerKlocByRule: Object.fromEntries(Object.entries(byRule).map(([rule, n]) => [rule, perThousand(n, added)!])),
    leadTimeMedianHours: nullableRound(percentile(leads, 50)),
    leadTimeP90Hours: nullableRound(percentile(leads, 90)),
    releases,
    reverts,
    revertRate: share(reverts, records.length),
  };
}

function directories(records: ChangeRecord[]): DirectoryMetrics[] {
  const byDir = new Map<string, ChangeRecord[]>();
  for (const r of records)
    for (const dir of Object.keys(r.directories)) {
      const list = byDir.get(dir);
      if (list) list.push(r);
      else byDir.set(dir, [r]);
    }
  const out: DirectoryMetrics[] = [];
  for (const [directory, rs] of byDir) {
    if (rs.length < MIN_DIRECTORY_CHANGES) continue;
    const parts = rs.map((r) => r.directories[directory]);
    const traceable = rs.filter((r) => r.traced !== null);
    const sources = rs.filter((r) => r.directories[directory].source);
    const added = sum(parts, (p) => p.added);
    const findings = sum(parts, (p) => Object.values(p.findings).reduce((a, b) => a + b, 0));
    out.push({
      directory,
      changes: rs.length,
      added,
      tracedShare: share(traceable.filter((r) => r.traced).length, traceable.length),
      sourceChanges: sources.length,
      testedShare: share(sources.filter((r) => r.withTests).length, sources.length),
      findings,
      findingsPerKloc: perThousand(findings, added),
    });
  }
  return out.sort((a, b) => (b.findingsPerKloc ?? -1) - (a.findingsPerKloc ?? -1) || a.directory.localeCompare(b.directory));
}

function histogram(records: ChangeRecord[]): HistogramBucket[] {
  return SIZE_BUCKETS.map(([min, max]) => ({
    label: max === null ? `${short(min)}+` : min === max ? `${min}` : max >= 999 && min >= 1000 ? `${short(min)}–${short(max + 1)}` : `${min}–${max}`,
    min,
    max,
    count: records.filter((r) => r.added + r.deleted >= min && (max === null || r.added + r.deleted <= max)).length,
  }));
}

/** 1000 → "1k": histogram labels stay short enough to sit under their bars. */
function short(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : `${n}`;
}

function notes(input: ReportInput, totals: Metrics): string[] {
  const out: string[] = [];
  const { history } = input;
  if (totals.changes === 0) out.push(`No commits landed in the window (${input.description}). Widen it with --last or an earlier --since.`);
  else if (!history.records.some((r) => r.kind === "merge"))
    out.push("No merge commits in this range, so lead time is not measured (squash and rebase merges keep no branch history).");
  if (totals.changes > 0 && totals.tracedShare === null) out.push("issue-reference is off in the configuration, so traceability is not measured.");
  if (history.skipped.length) out.push(`${history.skipped.length} change(s) could not be read by git and are left out (${history.skipped[0].reason}).`);
  const { binaryFiles, badEncodingFiles } = {
    binaryFiles: sum(history.records, (r) => r.binaryFiles),
    badEncodingFiles: sum(history.records, (r) => r.badEncodingFiles),
  };
  if (binaryFiles) out.push(`${binaryFiles} binary file change(s) counted as changes with no lines.`);
  if (badEncodingFiles) out.push(`${badEncodingFiles} file change(s) were not valid UTF-8; their lines were read with replacement characters.`);
  return out;
}

function sumFindings(records: ChangeRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [rule, n] of Object.entries(r.findings)) out[rule] = (out[rule] ?? 0) + n;
  return out;
}

function sum<T>(items: T[], f: (t: T) => number): number {
  return items.reduce((n, t) => n + f(t), 0);
}

function nullableRound(n: number | null): number | null {
  return n === null ? null : round(n, 1);
}

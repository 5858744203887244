import { formatValue, type Unit } from "../history/format-metric.js";
import { escapeHtml } from "./escape-html.js";

export interface Series {
  name: string;
  values: Array<number | null>;
}

export interface ChartSpec {
  id: string;
  title: string;
  unit: Unit;
  /** One label per x position (periods, or histogram buckets). */
  labels: string[];
  series: Series[];
}

const W = 560;
const H = 230;
const PAD = { left: 58, right: 30, top: 14, bottom: 34 };
export const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2"];

/**
 * A line chart as inline SVG, drawn here at render time: no script, no library, works offline
 * and in print. Each series is one <path> (gaps where a period has no value) plus one <circle>
 * per value, carrying data-series/data-value so a test can check what was drawn.
 */
export function lineChart(spec: ChartSpec): string {
  const axis = niceAxis(Math.max(0, ...spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null))), spec.unit);
  const max = axis.max;
  const x = (i: number) => PAD.left + (spec.labels.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (spec.labels.length - 1));
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  // Long histories (16 years by month) would drown their lines in dots: smaller dots, thinner lines.
  const dense = spec.labels.length > 60;
  const series = spec.series.map((s, k) => {
    const color = PALETTE[k % PALETTE.length];
    let d = "";
    let pen = false;
    const dots: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null) return void (pen = false);
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
      dots.push(
        `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="${dense ? 1.1 : 2.6}" fill="${color}" data-series="${escapeHtml(s.name)}" data-value="${v}"><title>${escapeHtml(`${spec.labels[i]}: ${s.name} ${formatValue(v, spec.unit)}`)}</title></circle>`,
      );
    });
    const points = dots.length;
    return `<g class="series"><path d="${d || "M0,0"}" fill="none" stroke="${color}" stroke-width="${dense ? 1.3 : 2}" stroke-linejoin="round" data-series="${escapeHtml(s.name)}" data-points="${points}"/>${dots.join("")}</g>`;
  });
  const none = spec.series.every((s) => s.values.every((v) => v === null)) ? emptyNote("not measured in this window") : "";
  return frame(spec, axis, none + series.join(""), x);
}

/** A bar chart (histogram, counts per period) in the same frame as the line charts. */
export function barChart(spec: ChartSpec): string {
  const values = spec.series[0].values;
  const axis = niceAxis(Math.max(0, ...values.filter((v): v is number => v !== null)), spec.unit);
  const max = axis.max;
  const slot = (W - PAD.left - PAD.right) / spec.labels.length;
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const bars = values.map((v, i) => {
    const value = v ?? 0;
    const top = y(value);
    return `<rect x="${(x(i) - slot * 0.38).toFixed(1)}" y="${top.toFixed(1)}" width="${(slot * 0.76).toFixed(1)}" height="${(H - PAD.bottom - top).toFixed(1)}" fill="${PALETTE[0]}" data-series="${escapeHtml(spec.series[0].name)}" data-value="${value}"><title>${escapeHtml(`${spec.labels[i]}: ${formatValue(value, spec.unit)}`)}</title></rect>`;
  });
  const none = values.every((v) => !v) ? emptyNote("none in this window") : "";
  return frame(spec, axis, `${none}<g class="series" data-series="${escapeHtml(spec.series[0].name)}" data-points="${values.length}">${bars.join("")}</g>`, x);
}

function emptyNote(text: string): string {
  return `<text x="${(W + PAD.left - PAD.right) / 2}" y="${(H - PAD.bottom) / 2}" text-anchor="middle" class="empty">${text}</text>`;
}

function frame(spec: ChartSpec, axis: { max: number; steps: number }, body: string, x: (i: number) => number): string {
  const max = axis.max;
  const ticks = Array.from({ length: axis.steps + 1 }, (_, k) => k / axis.steps).map((f) => {
    const v = max * f;
    const yy = H - PAD.bottom - f * (H - PAD.top - PAD.bottom);
    return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy.toFixed(1)}" y2="${yy.toFixed(1)}" stroke="#e5e7eb"/><text x="${PAD.left - 6}" y="${(yy + 4).toFixed(1)}" text-anchor="end">${escapeHtml(tickLabel(v, spec.unit, max))}</text>`;
  });
  const every = Math.max(1, Math.ceil(spec.labels.length / 8));
  const xLabels = spec.labels.map((l, i) =>
    i % every === 0 || spec.labels.length <= 12 ? `<text x="${x(i).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(l)}</text>` : "",
  );
  const legend =
    spec.series.length > 1
      ? `<div class="legend">${spec.series.map((s, k) => `<span><i style="background:${PALETTE[k % PALETTE.length]}"></i>${escapeHtml(s.name)}</span>`).join("")}</div>`
      : "";
  return `<figure class="chart" data-chart="${escapeHtml(spec.id)}"><figcaption>${escapeHtml(spec.title)}</figcaption>${legend}<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(spec.title)}">${ticks.join("")}${xLabels.join("")}${body}</svg></figure>`;
}

/**
 * The axis: a round top (1, 2, 2.5 or 5 × 10^k) at or above the data, and how many steps to draw
 * so every tick is a round number too (whole numbers for counts).
 */
export function niceAxis(max: number, unit: Unit): { max: number; steps: number } {
  if (unit === "share") return { max: 1, steps: 4 };
  // Long lead times read in days: round the axis in days, not hours.
  if (unit === "hours" && max > 48) {
    const days = niceAxis(max / 24, "perKloc");
    return { max: days.max * 24, steps: days.steps };
  }
  if ((unit === "count" || unit === "hours") && max <= 4) return { max: 4, steps: 4 };
  const top = roundUp(max);
  // Five steps when they are round (2,500 → 500s; 50 → 10s), else four (20 → 5s; 200 → 50s).
  return { max: top, steps: isRound(top / 5) ? 5 : 4 };
}

function isRound(n: number): boolean {
  const mantissa = n / 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9);
}

function roundUp(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}

function tickLabel(v: number, unit: Unit, max: number): string {
  if (unit === "share") return `${Math.round(v * 100)}%`;
  if (unit === "hours") return max > 48 ? `${+(v / 24).toFixed(1)} d` : `${+v.toFixed(1)} h`;
  if (max >= 10_000) return `${+(v / 1000).toFixed(1)}k`;
  return `${+v.toFixed(2)}`;
}

export type Granularity = "week" | "month";

/** A period's key: the Monday (UTC) starting its ISO week, or YYYY-MM. */
export function periodOf(date: Date, by: Granularity): string {
  if (by === "month") return date.toISOString().slice(0, 7);
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Every period from the one holding `from` to the one holding `to`, empty ones included, so charts keep time to scale. */
export function periodsBetween(from: Date, to: Date, by: Granularity): string[] {
  const out: string[] = [];
  const last = periodOf(to, by);
  let key = periodOf(from, by);
  while (out.length < 10_000) {
    out.push(key);
    if (key >= last) break;
    key = next(key, by);
  }
  return out;
}

function next(key: string, by: Granularity): string {
  if (by === "month") {
    const [y, m] = key.split("-").map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return d.toISOString().slice(0, 10);
}

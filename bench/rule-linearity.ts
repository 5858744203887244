import { rules } from "../rules/index.js";
import { HOSTILE_SHAPES, hostileChange, hostileLookups } from "./hostile-lines.js";

/**
 * For every registered rule and every hostile shape, times the rule on a line of `small` and of
 * `4 × small` characters (in a TS file and in a .env file) and returns the worst ratio. A linear
 * rule scores about 4; a quadratic one about 16.
 */
export interface LinearityRow {
  rule: string;
  shape: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
  /** The slowest shape at 16 × small, and its ratio to 4 × small. */
  hugeMs: number;
  hugeRatio: number;
}

const PATHS = ["src/hostile.ts", "config/.env"];

export function timeRule(id: string, line: string, path: string): number {
  const rule = rules[id];
  // max-line-length is quiet without a configured limit: give it one, so its line handling is timed.
  const options = rule.options.parse(id === "max-line-length" ? { default_max: 120 } : {});
  const change = hostileChange(line, path);
  const found = hostileLookups(change, line);
  const t0 = performance.now();
  rule.check(change, options, found);
  return performance.now() - t0;
}

/**
 * The mean of runs repeated for at least 100 ms (and at least three): a single run of a few
 * milliseconds is mostly GC and JIT noise on a shared machine.
 */
function meanOf(run: () => number): number {
  let total = 0;
  let n = 0;
  while (n < 3 || total < 100) {
    total += run();
    n++;
  }
  return total / n;
}

export function measureLinearity(small: number, only?: string): LinearityRow[] {
  const rows: LinearityRow[] = [];
  for (const id of Object.keys(rules)) {
    if (only && id !== only) continue;
    const worst = slowestShape(id, small);
    if (!worst) continue;
    // The slowest shape once more at 16 × small: strings past a few hundred KB cost V8 more to
    // allocate, so a step between 100 and 400 KB can be memory, not the algorithm; a quadratic
    // rule goes on at 16×, a linear one is back to about 4×.
    const { make, path, ...row } = worst;
    const huge = make(small * 16);
    const hugeMs = meanOf(() => timeRule(id, huge, path));
    rows.push({ ...row, hugeMs, hugeRatio: row.largeMs < 2 ? 4 : hugeMs / Math.max(row.largeMs, 0.1) });
  }
  return rows;
}

type ShapeRow = Omit<LinearityRow, "hugeMs" | "hugeRatio"> & { make: (n: number) => string; path: string };

/** The hostile shape and path on which the rule is slowest at 4 × `small`, timed at `small` and 4 × `small`. */
function slowestShape(id: string, small: number): ShapeRow | undefined {
  let worst: ShapeRow | undefined;
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
    for (const path of PATHS) {
      const row = shapeRow(id, shape, make, path, small);
      if (!worst || row.largeMs > worst.largeMs) worst = row;
    }
  }
  return worst;
}

function shapeRow(id: string, shape: string, make: (n: number) => string, path: string, small: number): ShapeRow {
  const a = make(small);
  const b = make(small * 4);
  timeRule(id, a, path); // warm up
  const smallMs = meanOf(() => timeRule(id, a, path));
  const largeMs = meanOf(() => timeRule(id, b, path));
  // Below a few milliseconds the ratio is noise; count it as linear.
  const ratio = largeMs < 2 ? 4 : largeMs / Math.max(smallMs, 0.1);
  return { rule: id, shape: `${shape} (${path})`, smallMs, largeMs, ratio, make, path };
}

/** The table `npm run bench` prints: each rule's slowest hostile shape at `small` and 4 × `small`. */
export function printLinearity(small: number): void {
  const [s, l, h] = [small, 4 * small, 16 * small].map((n) => `${n / 1000} KB`);
  console.log(`\nRules on hostile lines (bench/hostile-lines.ts): each rule's slowest shape, ms at ${s} and ${l} and the ratio,`);
  console.log(`then that shape at ${h} and its ratio to ${l}. Linear is about 4×, quadratic about 16×; below 2 ms the ratio is noise, shown as 4.\n`);
  console.log(`${"rule".padEnd(24)} ${s.padStart(9)} ${l.padStart(9)} ${"ratio".padStart(7)} ${h.padStart(9)} ${"ratio".padStart(7)}  slowest shape`);
  for (const r of measureLinearity(small)) {
    const ms = (x: number) => x.toFixed(1).padStart(9);
    const ratio = (x: number) => `${x.toFixed(1).padStart(6)}×`;
    console.log(`${r.rule.padEnd(24)} ${ms(r.smallMs)} ${ms(r.largeMs)} ${ratio(r.ratio)} ${ms(r.hugeMs)} ${ratio(r.hugeRatio)}  ${r.shape}`);
  }
}

// `node dist/bench/rule-linearity.js [small] [rule]` runs the table alone.
if (process.argv[1]?.endsWith("rule-linearity.js")) printLinearity(Number(process.argv[2] ?? 100_000));

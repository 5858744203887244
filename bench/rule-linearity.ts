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
}

const PATHS = ["src/hostile.ts", "config/.env"];

export function timeRule(id: string, line: string, path: string): number {
  const rule = rules[id];
  const options = rule.options.parse({});
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
function median(run: () => number): number {
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
    let worst: LinearityRow | undefined;
    for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
      for (const path of PATHS) {
        const a = make(small);
        const b = make(small * 4);
        timeRule(id, a, path); // warm up
        const smallMs = median(() => timeRule(id, a, path));
        const largeMs = median(() => timeRule(id, b, path));
        // Below a few milliseconds the ratio is noise; count it as linear.
        const ratio = largeMs < 2 ? 4 : largeMs / Math.max(smallMs, 0.1);
        const row = { rule: id, shape: `${shape} (${path})`, smallMs, largeMs, ratio };
        if (!worst || row.largeMs > worst.largeMs) worst = row;
      }
    }
    if (worst) rows.push(worst);
  }
  return rows;
}

/** The table `npm run bench` prints: each rule's slowest hostile shape at `small` and 4 × `small`. */
export function printLinearity(small: number): void {
  console.log(`\nRules on hostile lines (bench/hostile-lines.ts): ms at ${small / 1000} KB and ${(4 * small) / 1000} KB, and the ratio.`);
  console.log("A linear rule is about 4×; a quadratic one about 16×. Below 2 ms the ratio is noise and shown as 4.\n");
  console.log(`${"rule".padEnd(24)} ${"small ms".padStart(9)} ${"large ms".padStart(9)} ${"ratio".padStart(7)}  slowest shape`);
  for (const r of measureLinearity(small)) {
    console.log(`${r.rule.padEnd(24)} ${r.smallMs.toFixed(1).padStart(9)} ${r.largeMs.toFixed(1).padStart(9)} ${r.ratio.toFixed(1).padStart(6)}×  ${r.shape}`);
  }
}

// `node dist/bench/rule-linearity.js [small] [rule]` runs the table alone.
if (process.argv[1]?.endsWith("rule-linearity.js")) printLinearity(Number(process.argv[2] ?? 100_000));

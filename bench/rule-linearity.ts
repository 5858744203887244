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

const PATHS = ["src/hostile.ts", "config/.env", "script.py"];

export function timeRule(id: string, line: string, path: string): number {
  const rule = rules[id];
  const options = rule.options.parse({});
  const change = hostileChange(line, path);
  const found = hostileLookups(change, line);
  const t0 = performance.now();
  rule.check(change, options, found);
  return performance.now() - t0;
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
        const smallMs = Math.min(timeRule(id, a, path), timeRule(id, a, path));
        const largeMs = timeRule(id, b, path);
        // Below a few milliseconds the ratio is noise; count it as linear.
        const ratio = largeMs < 5 ? 4 : largeMs / Math.max(smallMs, 0.5);
        const row = { rule: id, shape: `${shape} (${path})`, smallMs, largeMs, ratio };
        if (!worst || row.largeMs > worst.largeMs) worst = row;
      }
    }
    if (worst) rows.push(worst);
  }
  return rows;
}

if (process.argv[1]?.endsWith("rule-linearity.js")) {
  const small = Number(process.argv[2] ?? 100_000);
  for (const r of measureLinearity(small, process.argv[3])) {
    console.log(`${r.rule.padEnd(24)} ${r.smallMs.toFixed(1).padStart(9)} ${r.largeMs.toFixed(1).padStart(9)} ${r.ratio.toFixed(1).padStart(6)}×  ${r.shape}`);
  }
}

import type { Finding } from "../engine/rule.js";

export interface Counts {
  failure: number;
  warning: number;
  notice: number;
}

export function countBySeverity(findings: readonly Finding[]): Counts {
  const c: Counts = { failure: 0, warning: 0, notice: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function describeCounts(c: Counts): string {
  const parts: string[] = [];
  if (c.failure) parts.push(plural(c.failure, "failure"));
  if (c.warning) parts.push(plural(c.warning, "warning"));
  if (c.notice) parts.push(plural(c.notice, "notice"));
  return parts.length ? parts.join(", ") : "no findings";
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

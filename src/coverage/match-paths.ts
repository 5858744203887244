import type { FileHits } from "./coverage-report.js";

/**
 * Finds the report entry for each repository path by the longest common path suffix. Reports name
 * files in many ways: absolute (`/home/runner/work/shop/shop/src/cart.ts`), under a Go module path
 * (`github.com/acme/shop/cart/cart.go`), or under a source root (JaCoCo's `com/acme/Cart.java`).
 * Either side must end with the whole of the other, so `src/a/util.ts` never matches `b/util.ts`.
 * Entries are indexed by file name, so matching is linear in the number of files.
 */
export function matchReportFiles(paths: string[], report: FileHits[]): Map<string, FileHits> {
  const byName = new Map<string, FileHits[]>();
  for (const f of report) {
    const name = baseName(f.path);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const matches = new Map<string, FileHits>();
  for (const path of paths) {
    const mine = path.split("/");
    let best: FileHits | undefined;
    let bestScore = 0;
    for (const candidate of byName.get(baseName(path)) ?? []) {
      const theirs = candidate.path.split("/");
      const score = commonSuffix(mine, theirs);
      if (score < Math.min(mine.length, theirs.length)) continue;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    if (best) matches.set(path, best);
  }
  return matches;
}

function commonSuffix(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

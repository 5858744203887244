import { addHits, CoverageError, MAX_LINE, normaliseReportPath, type FileHits } from "./coverage-report.js";
import { clip } from "./parse-lcov.js";

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * `go test -coverprofile`: `mode: set|count|atomic`, then one block per line,
 * `file.go:startLine.startCol,endLine.endCol statements count`. No library parses this in
 * JavaScript, so a strict one here. A line in several blocks keeps its highest count: a line is
 * run when any statement on it ran (Go's own HTML view paints it the same way).
 */
export function parseGoCover(text: string, name: string, index: Map<string, FileHits>): void {
  const lines = text.split("\n");
  if (!/^mode: (set|count|atomic)\s*$/.test(lines[0] ?? "")) throw new CoverageError(`${name}:1: a Go coverprofile starts with "mode: set|count|atomic"`);
  const counts = new Map<string, Map<number, number>>();
  let blocks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const m = BLOCK.exec(line);
    if (!m) throw new CoverageError(`${name}:${i + 1}: "${clip(line)}" is not file.go:line.col,line.col statements count`);
    const path = normaliseReportPath(m[1]);
    const [from, to, count] = [Number(m[2]), Number(m[4]), Number(m[7])];
    if (to > MAX_LINE) throw new CoverageError(`${name}:${i + 1}: line ${to} is past the end of any source file`);
    if (to < from) throw new CoverageError(`${name}:${i + 1}: the block ends (line ${to}) before it starts (line ${from})`);
    const file = counts.get(path) ?? new Map<number, number>();
    counts.set(path, file);
    for (let l = from; l <= to; l++) file.set(l, Math.max(file.get(l) ?? 0, count));
    blocks++;
  }
  if (blocks === 0) throw new CoverageError(`${name}: the Go coverprofile has no blocks; did \`go test\` run any package?`);
  for (const [path, file] of counts) for (const [l, n] of file) addHits(index, path, l, n);
}

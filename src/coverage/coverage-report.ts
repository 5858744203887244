/**
 * A coverage report reduced to what patch coverage needs: per source file, the executable lines
 * and how often tests ran each. Every supported format (lcov, Cobertura, JaCoCo, Go) maps to this.
 */
export interface FileHits {
  /** The path as the report names it, normalised (forward slashes, no `./`, no drive letter). */
  path: string;
  /**
   * Index = 1-based line, value = hit count; a hole is a line that is not executable. An array,
   * not a Map: a 50 MB report sets millions of lines, and array stores are several times faster.
   */
  lines: number[];
}

export interface CoverageReport {
  files: FileHits[];
  /** The report files read, as the user named them (for messages). */
  sources: string[];
  /** Reports that could not be read, each with the file (and line) and how to fix it. */
  problems: string[];
}

/** No source file is this long; a larger line number is a broken (or hostile) report, not a reason to allocate. */
export const MAX_LINE = 5_000_000;

/** A report file that cannot be used; the message names the file and, where known, the line. */
export class CoverageError extends Error {}

/** Adds one file's hits to the index, summing with hits other reports (or records) gave the same path. */
export function addHits(index: Map<string, FileHits>, path: string, line: number, hits: number): void {
  let file = index.get(path);
  if (!file) index.set(path, (file = { path, lines: [] }));
  file.lines[line] = (file.lines[line] ?? 0) + hits;
}

/** Forward slashes, no `./` or `..` segments, no drive letter or `file://`: a path comparable by suffix. */
export function normaliseReportPath(raw: string): string {
  const s = raw
    .trim()
    .replace(/\\/g, "/")
    .replace(/^file:\/\//, "")
    .replace(/^[A-Za-z]:\//, "/");
  const parts: string[] = [];
  for (const seg of s.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

import { addHits, CoverageError, normaliseReportPath, type FileHits } from "./coverage-report.js";

/**
 * lcov tracefiles (c8, nyc, Jest, genhtml's `lcov --capture`, Rust's grcov, …). A hand-written
 * scanner rather than a library: the format is three record types that matter (SF, DA,
 * end_of_record), and walking the text with indexOf keeps a 50 MB report under a second with
 * an exact line number for every error.
 */
export function parseLcov(text: string, name: string, index: Map<string, FileHits>): void {
  let current: string | undefined;
  let records = 0;
  let lineNo = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    if (line.startsWith("DA:")) {
      if (current === undefined) throw new CoverageError(`${name}:${lineNo}: DA before any SF: record; an lcov record starts with SF:<path>`);
      const comma = line.indexOf(",", 3);
      const lineNum = Number(line.slice(3, comma));
      const rest = line.slice(comma + 1);
      const comma2 = rest.indexOf(",");
      const hits = Number(comma2 < 0 ? rest : rest.slice(0, comma2));
      if (comma < 0 || !Number.isInteger(lineNum) || lineNum < 1 || !Number.isFinite(hits) || hits < 0)
        throw new CoverageError(`${name}:${lineNo}: "${clip(line)}" is not DA:<line>,<hits>`);
      addHits(index, current, lineNum, hits);
    } else if (line.startsWith("SF:")) {
      current = normaliseReportPath(line.slice(3));
      records++;
    } else if (line === "end_of_record") current = undefined;
    else if (!/^[A-Z]+:/.test(line)) throw new CoverageError(`${name}:${lineNo}: "${clip(line)}" is not an lcov line (expected SF:, DA:, end_of_record, …)`);
  }
  if (records === 0) throw new CoverageError(`${name}: no SF: record, so the lcov report covers no file; is it empty?`);
}

export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

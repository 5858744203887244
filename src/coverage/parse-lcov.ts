import { CoverageError, MAX_LINE, normaliseReportPath, type FileHits } from "./coverage-report.js";

/**
 * lcov tracefiles (c8, nyc, Jest, `lcov --capture`, grcov, …). A hand-written scanner rather than
 * a library: the format has three record types that matter (SF, DA, end_of_record), and reading
 * DA lines digit by digit keeps a 50 MB report well under a second, with an exact line number for
 * every error.
 */
export function parseLcov(text: string, name: string, index: Map<string, FileHits>): void {
  const state: LcovState = { current: undefined, records: 0 };
  let lineNo = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNo++;
    const from = start;
    start = end + 1;
    // DA:<line>,<hits>[,<checksum>] — the hot path, read without slicing.
    if (text.charCodeAt(from) === 68 && text.charCodeAt(from + 1) === 65 && text.charCodeAt(from + 2) === 58)
      addHits(text, from, end, state.current, name, lineNo);
    else readRecordLine(text.slice(from, end).trim(), state, index, name, lineNo);
  }
  if (state.records === 0) throw new CoverageError(`${name}: no SF: record, so the lcov report covers no file; is it empty?`);
}

/** The file record being read (its hits by line), and how many records began. */
interface LcovState {
  current: number[] | undefined;
  records: number;
}

function addHits(text: string, from: number, end: number, current: number[] | undefined, name: string, lineNo: number): void {
  if (current === undefined) throw new CoverageError(`${name}:${lineNo}: DA before any SF: record; an lcov record starts with SF:<path>`);
  if (!readDa(text, from, end)) throw new CoverageError(`${name}:${lineNo}: "${clip(text.slice(from, end).trim())}" is not DA:<line>,<hits>`);
  current[da.line] = (current[da.line] ?? 0) + da.hits;
}

/** A line other than DA: a record starts (SF:) or ends; other records (FN:, LF:, …) say nothing needed here. */
function readRecordLine(raw: string, state: LcovState, index: Map<string, FileHits>, name: string, lineNo: number): void {
  if (raw === "") return;
  if (raw.startsWith("SF:")) {
    state.current = fileOf(index, normaliseReportPath(raw.slice(3))).lines;
    state.records++;
  } else if (raw === "end_of_record") state.current = undefined;
  else if (!/^[A-Z]+:/.test(raw)) throw new CoverageError(`${name}:${lineNo}: "${clip(raw)}" is not an lcov line (expected SF:, DA:, end_of_record, …)`);
}

function fileOf(index: Map<string, FileHits>, path: string): FileHits {
  let file = index.get(path);
  if (!file) index.set(path, (file = { path, lines: [] }));
  return file;
}

/** The DA line last read: one reused record, so the hot path allocates nothing per line. */
const da = { line: 0, hits: 0 };

/** Reads `DA:<line>,<hits>[,<checksum>]` between `from` and `end` into `da`; false when malformed. */
function readDa(text: string, from: number, end: number): boolean {
  let i = from + 3;
  let line = 0;
  let hits = 0;
  let digits = 0;
  for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) ((line = line * 10 + c - 48), digits++);
  const sepOk = digits > 0 && text.charCodeAt(i) === 44;
  digits = 0;
  for (let c = text.charCodeAt(++i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) ((hits = hits * 10 + c - 48), digits++);
  const next = text.charCodeAt(i);
  // Some tools write hit counts as floats or past 2^53 (`DA:3,1.5e+20`): accept those, as a number.
  const float = next === 46 || next === 101;
  if (!sepOk || line < 1 || line > MAX_LINE || (digits === 0 && next !== 45) || !(i >= end || next === 44 || next === 13 || float)) return false;
  da.line = line;
  da.hits = float ? Number(text.slice(text.indexOf(",", from) + 1, end).split(",")[0]) || 0 : hits;
  return true;
}

export function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

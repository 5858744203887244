import type { CommentFact } from "../../syntax/facts.js";
import { minorTestLine } from "../parked-test-line.js";
import { onePrintCall, aloneInBlock } from "../wrapped-print.js";
import type { Block } from "./block-of.js";
import { commentContent, identifiers, MIN_NAMES } from "./comment-lines.js";
import { type FileScan, liveNeighbour } from "./file-scan.js";

// Blocks joined into one finding per run, function or kind, and the lone test lines too small to raise.

/**
 * One commented-out line of test code that is no parked assertion of a test case: too small to raise. So is one
 * print or log call a formatter wrapped over a few lines (see wrapped-print).
 */
export function minorInTests(b: Block, scan: FileScan): boolean {
  if (!(scan.testFile || scan.rustTests.some((t) => t.start <= b.start && b.start <= t.end))) return false;
  const c = scan.facts.comments.find((k) => k.start <= b.start && b.start <= k.end);
  if (b.count !== 1) return c !== undefined && b.end <= c.end && wrappedPrintBesideCode(b, c, scan);
  const code = commentContent(c?.lines[b.start - c.start] ?? "");
  if (supersededBeside(code, scan, b.start)) return false;
  return minorTestLine(code, b.start, scan.facts.tests, scan.facts.functions, scan.rustTests);
}

/** One print call a formatter wrapped (see wrapped-print), beside live code in its block: not all an empty branch holds. */
function wrappedPrintBesideCode(b: Block, c: CommentFact, scan: FileScan): boolean {
  const lines = c.lines.slice(b.start - c.start, b.end - c.start + 1);
  if (!onePrintCall(lines.map(commentContent).filter((l) => l !== ""))) return false;
  return !aloneInBlock(scan.lineAt(c.start - 1), scan.lineAt(c.end + 1), /^\s*/.exec(lines[0] ?? "")![0].length);
}

/** Names a parked line shares with the live line beside it, at least, to be that line's old version. */
const SUPERSEDED_SHARE = 0.75;

/**
 * A parked line beside the live line it was replaced by (NLog's `//var arhiveFile = …` over its one-line rewrite,
 * `//timeSource.AddToSystemTime(…)` under `AddToLocalTime(…)`, faker's names split in the other order; judged
 * "agree" on set 16, three of the five lone test lines judged there): the old version left behind, or a changed
 * behaviour the test no longer simulates, is worth a word even in a test.
 */
function supersededBeside(code: string, scan: FileScan, line: number): boolean {
  const mine = identifiers(code);
  if (mine.size < MIN_NAMES) return false;
  return [liveNeighbour(scan, line, -1), liveNeighbour(scan, line, 1)].some((live) => {
    if (live === undefined) return false;
    const theirs = identifiers(live);
    let shared = 0;
    for (const n of mine) if (theirs.has(n)) shared++;
    return shared >= SUPERSEDED_SHARE * mine.size;
  });
}

/**
 * One finding per file for each kind of commented-out code (code and debug prints alike, a feature's lines), on the
 * first block, naming the lines of the others (FakeItEasy 663b75e9db: two tests of one new class, each with its body
 * commented out, were two findings). Debug prints are code to delete like the rest; only a feature's lines get other advice.
 */
export function onePerKind(blocks: Block[]): Block[] {
  const byKind = new Map<string, Block>();
  for (const b of blocks) {
    const kind = b.feature !== undefined ? `feature ${b.feature}` : "code";
    const first = byKind.get(kind);
    if (!first) {
      byKind.set(kind, { ...b });
      continue;
    }
    first.firstRunCount ??= first.count;
    first.count += b.count;
    (first.elsewhere ??= []).push(b.line, ...(b.elsewhere ?? []));
  }
  return [...byKind.values()].sort((a, b) => a.line - b.line);
}

/**
 * Blocks of one run, or of one function, are one finding at the first one's line: parts of one
 * disabled test, or related leftovers of one edit. Its count is the commented-out lines of all;
 * the message counts the first run's and names the lines of the others.
 */
export function joinRelated(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && (last.run === b.run || (last.fn !== undefined && last.fn === b.fn))) {
      // Another run of the same function is said by its line; one run's parts are one count.
      if (b.run !== (last.lastRun ?? last.run)) {
        last.firstRunCount ??= last.count;
        (last.elsewhere ??= []).push(b.line);
        last.lastRun = b.run;
      }
      last.count += b.count;
      last.end = b.end;
      last.prints = last.prints === true && b.prints === true;
      last.feature ??= b.feature;
    } else out.push({ ...b });
  }
  return out;
}

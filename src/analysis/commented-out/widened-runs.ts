import type { CommentFact } from "../../syntax/facts.js";
import { wasLiveAtBase } from "../live-at-base.js";
import type { Block } from "./block-of.js";
import { commentContent } from "./comment-lines.js";
import type { FileScan } from "./file-scan.js";

// A run of comments as one block, widened over the fragments of code the parser did not read as code.

// A line of a fragment of commented-out code that does not parse alone: it ends or opens like code, declares
// (`namespace X`, `public class T`, `[TestFixture]`, `@Test`), or is the old code's own comment (`// Arrange`).
const DECLARES =
  /^(?:namespace|using|import|package|public|private|protected|internal|static|final|abstract|override|class|struct|interface|enum|def|fn|func|function|module|end|else|try|catch|finally|return|var|let|const|val)\b/;
const FRAGMENT_LINE = new RegExp(String.raw`[(){}[\];=]|,$|^(?:\/\/|#|\/\*|\*)|^@\w|` + DECLARES.source);
// Three plain words in a row outside strings, on a line that declares nothing: a sentence (`Copyright (c) Foo. All
// rights reserved.`), not a piece of code, however it is punctuated.
const SENTENCE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
const fragmentLine = (l: string) => FRAGMENT_LINE.test(l) && (DECLARES.test(l) || !SENTENCE.test(l.replace(/"[^"]*"|'[^']*'/g, '""')));
// A line that is code, not only the old code's own comment.
const NESTED_COMMENT = /^(?:\/\/|#|\/\*|\*)/;

/**
 * Whether a comment the parser did not read as code is a fragment of the code around it: its lines all code-shaped
 * and not all the old code's own comments. `between` two blocks of the run, one code-shaped line is enough (a test's
 * multi-line expected text sits among its statements), and the old code's own comment (`// // Act`) counts too.
 */
function codeFragment(c: CommentFact, scan: FileScan, between = false): boolean {
  if (c.kind === "doc" || c.trailing || c.explained || !scan.added.has(c.start)) return false;
  const filled = c.lines.map(commentContent).filter((l) => l !== "");
  if (between) return filled.some((l) => FRAGMENT_LINE.test(l));
  // Pieces of code the change commented out where it stood (`while true`, `raise "…"`): they were its live lines.
  if (wasLiveAtBase(filled, scan.baseLines)) return true;
  const shaped = filled.filter(fragmentLine).length;
  return filled.length > 0 && shaped === filled.length && filled.some((l) => !NESTED_COMMENT.test(l));
}

/**
 * One block for each run that holds commented-out code, spanning its fragments too: a class commented out whole
 * (FakeItEasy c03786ca62: all 551 lines) parses in pieces, its `namespace X {` and `public class T {` heads and
 * `}` tails not at all, so the blocks alone said "122 lines from line 23". The fragments before, between and after
 * the run's blocks are counted with them, and the block starts at the first.
 */
export function widenedRuns(blocks: Block[], scan: FileScan): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1].run === blocks[i].run) j++;
    out.push(...widenedRun(blocks.slice(i, j + 1), scan));
    i = j + 1;
  }
  return out;
}

/** One run's blocks as one block, widened over the code fragments before, between and after them. */
function widenedRun(own: Block[], scan: FileScan): Block[] {
  const { comments } = scan.facts;
  const commentAt = (line: number) => comments.findIndex((c) => c.start <= line && c.end >= line);
  const own0 = commentAt(own[0].start);
  const ownN = commentAt(own.at(-1)!.end);
  if (own0 < 0 || ownN < 0) return own;
  const inRun = (k: number) => scan.run[k] === own[0].run && codeFragment(comments[k], scan);
  let first = own0;
  let last = ownN;
  while (first > 0 && inRun(first - 1)) first--;
  while (last + 1 < comments.length && inRun(last + 1)) last++;
  const extra = fragmentLines(own, scan, first, last, commentAt);
  // Only a fragment before the block's own comment moves its start: the prose a comment opens with is not code.
  const start = first < own0 ? comments[first].start : own[0].start;
  const end = last > ownN ? comments[last].end : own.at(-1)!.end;
  const merged: Block = { ...own[0], count: own.reduce((n, b) => n + b.count, 0) + extra, end };
  merged.prints = own.every((b) => b.prints === true) && extra === 0;
  merged.feature = own.find((b) => b.feature !== undefined)?.feature;
  if (start < merged.start) merged.line = merged.start = start;
  return [merged];
}

/** Lines of the run's code fragments from comment `first` to `last` that no block of `own` counted. */
function fragmentLines(own: Block[], scan: FileScan, first: number, last: number, commentAt: (line: number) => number): number {
  const { comments } = scan.facts;
  const counted = new Set(own.map((b) => commentAt(b.start)));
  let extra = 0;
  for (let k = first; k <= last; k++)
    if (!counted.has(k) && scan.run[k] === own[0].run && codeFragment(comments[k], scan, true)) extra += comments[k].end - comments[k].start + 1;
  return extra;
}

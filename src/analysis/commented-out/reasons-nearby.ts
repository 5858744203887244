import { explains } from "../../syntax/commented-code.js";
import { enclosingOpeners } from "../enclosing-openers.js";
import { introducesExample } from "../example-intro.js";
import { explainsWhy } from "../parked-code.js";
import type { Candidate } from "./block-of.js";
import { commentContent, enclosingFunction } from "./comment-lines.js";
import type { FileScan } from "./file-scan.js";

// A reason over a commented block, in its own comment or near it: a sentence of why, an example's introduction, a note
// for several parked parts, a test case for a failure.

const STATEMENT_END = /[;{}()[\]]\s*$/;

/** Whether the prose line right over the code (in its own comment, or the comment just above) introduces it as an example. */
export function introducedAsExample(k: Candidate, scan: FileScan): boolean {
  const { comment: c } = k;
  const codeStart = c.codeStart ?? k.codeStart;
  const above = scan.facts.comments[k.index - 1];
  // The last prose line over the code, past blank comment lines (`// You can also …`, `//`, then the code).
  const lastProse = (lines: string[]) => lines.filter((l) => l.trim() !== "").pop();
  const prose =
    codeStart > c.start
      ? lastProse(c.lines.slice(0, codeStart - c.start))
      : above && !above.code && !above.trailing && above.end === c.start - 1
        ? lastProse(above.lines)
        : undefined;
  return prose !== undefined && introducesExample(commentContent(prose));
}

/**
 * A sentence right over the code that says why it is off ("Arrays.hashCode does not throw on null,
 * so no assertThrows"): the prose lines right over the code in its own comment, or else the prose
 * comment on the line above. A label of what the code does ("Collapse internal whitespace") is no reason.
 */
export function explainedAbove(k: Candidate, scan: FileScan): boolean {
  const { comment: c } = k;
  // Where the parser's code starts: a sentence over it that merely looks code-shaped
  // ("hashCode(null) returns 0, it does not throw") is still the prose over the code.
  const codeStart = c.codeStart ?? k.codeStart;
  const above = scan.facts.comments[k.index - 1];
  const prose =
    codeStart > c.start ? c.lines.slice(0, codeStart - c.start) : above && !above.code && !above.trailing && above.end === c.start - 1 ? above.lines : [];
  // The paragraph right over the code (blank comment lines under it skipped): its lines back to a blank one, read as one sentence.
  let i = prose.length - 1;
  while (i >= 0 && prose[i].trim() === "") i--;
  const paragraph: string[] = [];
  for (; i >= 0 && prose[i].trim() !== ""; i--) paragraph.unshift(prose[i].trim());
  // A line that ends like a statement (`….to.throw(/does not match/);`) is code the parser read as words, not a sentence.
  return paragraph.length > 0 && !paragraph.some((l) => STATEMENT_END.test(l)) && explainsWhy(paragraph.join(" "));
}

// A note that speaks of several parked parts at once: "they all crash/ICE at the moment", "both hang".
const SEVERAL = /\b(all|both|these|those|they|them|each|every|either|neither)\b/i;

/**
 * A reason over another parked part of the same function that speaks of them all (itertools
 * 97008934e0: "they all crash/ICE at the moment." over the second of two blocks): it covers the
 * first part too, though it is not next to it.
 */
export function reasonForAll(k: Candidate, scan: FileScan): boolean {
  if (k.fn === undefined) return false;
  const { comments, functions } = scan.facts;
  return comments.some((note, i) => {
    const next = comments[i + 1];
    if (note === k.comment || note.code || note.trailing || !next || next.start !== note.end + 1 || !(next.code || next.explained)) return false;
    if (enclosingFunction(functions, note.start) !== k.fn) return false;
    const text = note.lines.join(" ");
    return SEVERAL.test(text) && explains(text, true);
  });
}

// The name of a fixture's case for a failure (`'/error/redirect'`, `"invalid-json"`, `missingHeader`): what it leaves out is the point.
const FAILURE_CASE = /(^|[^a-z])(error|errors|invalid|missing|broken|bad|malformed|corrupt\w*|without|no[-_]\w+)([^a-z]|$)/i;

/**
 * One commented line in a test's branch for a failure case (node-fetch ff81206c4a: a `'/error/redirect'`
 * handler's `//res.setHeader('Location', '/inspect');`): it shows what the case leaves out on purpose.
 */
export function leftOutByCase(k: Candidate, scan: FileScan): boolean {
  if (!scan.testFile || k.count !== 1) return false;
  const opener = enclosingOpeners(scan.headLinesAll, k.comment.start, 20)[0]?.text ?? "";
  return (opener.match(/"[^"]{1,200}"|'[^']{1,200}'|`[^`]{1,200}`/g) ?? []).some((lit) => FAILURE_CASE.test(lit.slice(1, -1)));
}

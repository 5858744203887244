import { explains } from "../../syntax/commented-code.js";
import { enclosingOpeners } from "../enclosing-openers.js";
import { announcesExamples, introducesExample } from "../example-intro.js";
import { ANNOTATION, explainsWhy } from "../parked-code.js";
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

/** Lines of annotations or attributes (`@Test`, `@Suppress(…)`, `[Fact]`) read between a declaration and its comment. */
const ANNOTATION_REACH = 5;

/**
 * Whether the comment heading a function around the code (right over its declaration, past its annotations) announces
 * the commented lines in its body as examples or equivalents (guice bb59fbfe99: "Below each example is the equivalent
 * code without using the :guice-ktx library" over `@Test fun overview()`). Like a doc comment, it says what the body
 * is; only that comment counts, and only a sentence that names examples and where they stand (announcesExamples).
 * Bounded: the functions around the line, each read a few lines up.
 */
export function announcedByDeclaration(k: Candidate, scan: FileScan): boolean {
  const { comments, functions } = scan.facts;
  return functions.some((f) => {
    // A declared function, or a test's callback (`it("…", () => {`); not any lambda inside a statement.
    if (f.start >= k.comment.start || f.end < k.comment.end || ((f.kind === "lambda" || f.kind === "callback") && !f.testCallback)) return false;
    let over = f.start - 1;
    // The parser may start a function at its annotations or under them: step over them either way.
    for (let n = 0; n < ANNOTATION_REACH && ANNOTATION.test(scan.lineAt(over) ?? ""); n++) over--;
    const heading = comments.find((c) => c.end === over && !c.code && !c.trailing);
    return heading !== undefined && announcesExamples(heading.lines.map(commentContent).join(" "));
  });
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
  if (paragraph.length === 1 && ALTERNATIVE_TAG.test(paragraph[0])) return true;
  // The tag parses as code (`[breaking && performance]` is an array): then it opens the block the parser read.
  if (ALTERNATIVE_TAG.test(c.lines[k.codeStart - c.start] ?? "") && k.count > 1) return true;
  // A line that ends like a statement (`….to.throw(/does not match/);`) is code the parser read as words, not a sentence.
  return paragraph.length > 0 && !paragraph.some((l) => STATEMENT_END.test(l)) && explainsWhy(paragraph.join(" "));
}

/**
 * A bracketed tag over the code naming why it is kept aside: solid's `// [breaking && performance]` over each faster
 * alternative its `mergeProps` cannot take without a breaking change (judged not worth saying, set 31). Words only, joined
 * by `&&`, `and`, `/` or commas: `[1, 2]` or `[key]` is code, not a tag.
 */
const ALTERNATIVE_TAG = /^(?:\/\/+|#+|\*|--)?\s*\[\s*[A-Za-z][a-z-]{2,20}(?:\s*(?:&&|&|and|\/|,|\+)\s*[A-Za-z][a-z-]{2,20}){1,3}\s*\]\s*$/;

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

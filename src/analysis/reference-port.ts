import type { FunctionFact } from "../syntax/facts.js";
import { portNotice } from "./port-notices.js";

/**
 * A function that is a faithful port of a reference implementation (#10): addressable's
 * `punycode_encode` and `punycode_decode`, line for line the RFC 3492 reference code in Ruby, its
 * comments kept ("Main decoding loop: Start just after the last delimiter…"), under a header that
 * says "Most of the code was copied verbatim … and some translation from C was done" (set 10's
 * judges: "keeping that shape lets it be checked against the RFC"). Its length and branching are
 * the reference's; asking to restructure it would make it harder to check against the source.
 *
 * Three signals, all needed:
 * - a comment cites the source the code follows closely ("reference implementation", "translated
 *   from C", "ported from", "copied verbatim", "line for line", "based on the C code of"): in the
 *   function's own doc comment, or in the file's header, in the paragraph that names the function
 *   (a word of its name: "the punycode implementation by Kazuhiro Nishiyama");
 * - the function keeps the reference's comments: several comment lines inside its body, one every
 *   few lines of it (a port that rewrites the code drops them).
 * A header saying "based on" or "inspired by" says less: the author wrote the code after a design.
 */
const FOLLOWS =
  /\breference\s+(?:implementation|code|decoder|encoder|algorithm)s?\b|\btranslat(?:ed|ion|ions)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?(?:C|C\+\+|C#|Java|Go|Python|Rust|Fortran|JavaScript|Pascal|Perl|Ruby|PHP|Kotlin)\b|\bbased\s+on\s+the\s+(?:C|C\+\+|Java|Go|Python|Fortran|Rust)\s+(?:code|implementation|source)\b|\bcopied\s+verbatim\b|\bline[- ](?:for|by)[- ]line\b|\bfaithful(?:ly)?\s+(?:port|ported|translat\w*)\b|\b(?:ported|translated|transliterated)\s+(?:\w+\s+){0,3}from\b/i;

const COMMENT = /^\s*(?:\/\/|#(?![[!])|\/?\*|--|;)/;
/** Comment lines a kept reference leaves in the body, at least, and one every this many lines of it. */
const MIN_COMMENTS = 3;
const LINES_PER_COMMENT = 15;
/** Lines above the declaration read for its doc comment. */
const DOC_LINES = 30;
/** A word of a function's name long enough to name what a header credits (`punycode`, not `get`). */
const NAME_WORD = 5;

/** Whether `fn` follows a reference implementation its comments cite (see above). `lines`: the file at head. */
export function followsReference(lines: readonly string[], fn: FunctionFact): boolean {
  if (!keepsComments(lines, fn)) return false;
  if (docCites(lines, fn)) return true;
  const words = nameWords(fn.name);
  return (
    words.length > 0 && headerParagraphs(lines).some((p) => (FOLLOWS.test(p) || portNotice(p) !== undefined) && words.some((w) => p.toLowerCase().includes(w)))
  );
}

function keepsComments(lines: readonly string[], fn: FunctionFact): boolean {
  let comments = 0;
  for (let l = fn.start + 1; l < fn.end; l++) if (COMMENT.test(lines[l - 1] ?? "")) comments++;
  return comments >= MIN_COMMENTS && comments * LINES_PER_COMMENT >= fn.end - fn.start + 1;
}

/** The doc comment right above the declaration cites the reference it follows. */
function docCites(lines: readonly string[], fn: FunctionFact): boolean {
  const doc: string[] = [];
  for (let l = fn.start - 1; l >= 1 && l >= fn.start - DOC_LINES; l--) {
    const text = lines[l - 1] ?? "";
    if (!COMMENT.test(text) && !/^\s*@/.test(text)) break;
    doc.unshift(text.slice(0, 400));
  }
  const text = doc.join("\n");
  return doc.length > 0 && (FOLLOWS.test(text) || portNotice(text) !== undefined);
}

/** The words of a function's name, split at `_` and case changes, long enough to name a work. */
function nameWords(name: string): string[] {
  const pieces = name.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
  return pieces.map((p) => p.toLowerCase()).filter((p) => p.length >= NAME_WORD);
}

const paragraphsByLines = new WeakMap<readonly string[], string[]>();

/** Header lines read, at most: a licence, the requires or imports, a module's opening comment. */
const HEADER_LINES = 60;
/** Where a header ends: the first function or type (a Ruby `module` or a C# `namespace` holds its header comment). */
const FIRST_DECLARATION =
  /^\s*(?:(?:export|public|private|protected|internal|abstract|final|static|pub(?:\([\w:]+\))?|async|default)\s+)*(?:class|interface|struct|enum|trait|record|fn|func|fun|function|def|impl)\b/;

/** The comment paragraphs of the file's header, before its first function or type; once per file's lines. */
export function headerParagraphs(lines: readonly string[]): string[] {
  let out = paragraphsByLines.get(lines);
  if (out) return out;
  out = [];
  let current: string[] = [];
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (FIRST_DECLARATION.test(line)) break;
    if (COMMENT.test(line) && line.replace(COMMENT, "").trim() !== "") current.push(line.slice(0, 400));
    else if (current.length > 0) (out.push(current.join("\n")), (current = []));
  }
  if (current.length > 0) out.push(current.join("\n"));
  paragraphsByLines.set(lines, out);
  return out;
}

import { escapeRegExp } from "../text/escape-regexp.js";
import type { FunctionFact } from "../syntax/facts.js";

/**
 * A header that announces its file (or its class) as a port or copy of another work (#10): "Ported
 * from Apache Harmony", "Adapted from SQLAlchemy's `util/langhelpers.py`", "This is a modified
 * version of Guava's LinkedHashMultimap", "Originally from https://…", "Taken from Go's strconv".
 * Its structure follows the source's, so the rules that judge how code is written leave it alone.
 *
 * Only the comment before the first declaration counts, and the phrase must name a source: a
 * project (a capitalised name, or one with a possessive), a file, a package path, a standard library,
 * a URL or a person credited for the code. "Based on the discussion in #123" or "adapted from the
 * example in the docs" name none: they describe a few lines the author wrote, not a whole file
 * brought in. A function's own doc comment is read the same way for that function (creditedFunction).
 */

// Verbs that say the code itself came from elsewhere: a name after them is where. (And a "Provenance:" label:
// commons-io's "Provenance: Apache Harmony's java.io.BufferedReader, renamed, and modified.", and solid's
// "these methods are duplicates from solid-js/web" over its server `escape`, judged not worth a complexity finding, set 31.)
const STRONG = String.raw`(?:ported|copied|taken|adapted|translated|converted|forked|lifted|borrowed|vendored|extracted|derived|transliterated)(?:\s+(?:and|&)\s+(?:modified|adapted|simplified|trimmed|updated|ported))?(?:\s+(?:in|over))?\s+(?:(?:almost\s+|mostly\s+|largely\s+)?(?:verbatim|directly|straight)\s+)?from|(?:a|the)\s+(?:\w+\s+)?copy\s+of|(?:(?:a|the)\s+(?:\w+\s+)?)?(?:port|fork)\s+of|originally\s+(?:from|(?:written|part)\s+(?:of|for|in))|(?:an?\s+)?(?:modified|adapted|trimmed)\s+(?:version|copy)\s+(?:of|from)|(?:are|is)\s+(?:an?\s+)?(?:exact\s+|verbatim\s+)?duplicates?\s+(?:of|from)|duplicated\s+from|provenance(?=\s*:)`;
// "Copy formatargspec from python 3.7 standard library" (boltons' vendored `inspect_formatargspec`): an
// imperative "copy <name> from", the name of what was copied between the verb and its source. A
// doc comment says "Copies headers from Request" of what a function does at run time, so only a
// source that is code counts after it: a standard library, a URL, a file.
const COPY_NAMED = String.raw`cop(?:y|ies)\s+[\`'"]?[A-Za-z_][\w.]{0,60}(?:\(\))?[\`'"]?\s+(?:verbatim\s+)?from`;
// "Based on" says less: a design may be based on anything. It counts only before a URL, a file or a code path.
const WEAK = String.raw`based\s+(?:heavily\s+|largely\s+|closely\s+)?on`;
// A credit: "Credit to Mark Williams for these" (boltons' mboxutils), "Thanks to "commons" project in
// ws.apache.org for the bitwise operations, and general approach" (commons-codec's Base64). It
// counts only when it names a source and credits it for code (see CREDITED_FOR): "thanks to Bob for
// reporting this" credits a report, not the code.
const CREDIT = String.raw`(?:credits?|thanks|kudos)\s+(?:(?:go(?:es)?|are\s+due|is\s+due)\s+)?to`;

// The source named after the phrase: up to the end of its sentence (a line and the next, at most).
// (Rust's inner doc comments continue with `//!`.)
const AFTER = String.raw`[ \t]*(?:\n[ \t]*(?:[#*/]+!?|--|;+)?[ \t]*)?([^\n]{0,160}(?:\n[^\n]{0,160})?)`;
const STRONG_PHRASE = new RegExp(String.raw`\b(?:${STRONG})\b${AFTER}`, "gi");
const COPY_NAMED_PHRASE = new RegExp(String.raw`\b(?:${COPY_NAMED})\b${AFTER}`, "gi");
const WEAK_PHRASE = new RegExp(String.raw`\b(?:${WEAK})\b${AFTER}`, "gi");
const CREDIT_PHRASE = new RegExp(String.raw`\b(?:${CREDIT})\b${AFTER}`, "gi");
/** What a credit thanks its source for: code, or "these" and "this" ending the sentence (the code below). */
const CREDITED_FOR =
  /^for\s+(?:(?:the|this|these|that|those|their|his|her|its)\s+)?(?:[\w-]+,?\s+){0,3}?(?:code|implementation|algorithm|approach|operations?|routines?|logic|functions?|methods?|utilit(?:y|ies)|class(?:es)?|modules?|original|port|parser|snippet)s?\b|^for\s+(?:these|this|them|it)\s*$/i;
/**
 * A standard library as the source: "from python 3.7 standard library", "from the Go standard
 * library", "from CPython's stdlib". Named by its language, or by "the" alone (the language's own).
 */
const STDLIB = /^(?:the\s+)?(?:[\w.+#-]+(?:'s)?\s+){0,3}?(?:standard\s+library|stdlib)\b/i;

/** A URL, a file with a code extension or a package path (`java.util.HashMap`, `golang.org/x/text`, npm's `solid-js/web`, `@scope/pkg`). */
const CODE_SOURCE =
  /\bhttps?:\/\/\S+|@[a-z][\w.-]*\/[\w.-]+|\b[a-z]\w*-[\w-]*\/[a-z][\w.-]*|\b[\w-]+(?:\/[\w.-]+)*\.(?:java|kt|scala|go|rs|py|rb|php|cs|fs|js|mjs|ts|c|cc|cpp|h|hpp|m|swift|ex|erl|hs|ml|lua|pl)\b|\b[a-z]\w*(?:\.[a-z]\w*){2,}(?:\.[A-Z]\w*)?\b|\b[a-z][\w-]*\.(?:org|com|io|net|dev)\/\S+/;
/** A project's or a person's work, by its capitalised name: `Apache Harmony`, `SQLAlchemy`, `Go's strconv` (not `the user's settings`). */
const NAMED_WORK = /^(?:(?:the|an?)\s+)?[`"'“]?[A-Z][\w.+#-]*/;
/**
 * Capitalised words that name no work: a sentence goes on, or points at a discussion, an issue or
 * a spec; or a licence's own text ("You may obtain a copy of the License at", "a copy of the GNU
 * General Public License").
 */
const NOT_A_WORK_NAMES = [
  "This|That|These|Those|It|Its|Our|Your|Their|We|I|Issue|Issues|PR|Pull|Discussion|Comment|Comments|RFC",
  "Section|Chapter|Example|Examples|Docs?|Documentation|Step|Figure|Table|Appendix|See|Note|TODO|FIXME|Here|There",
  String.raw`License|Licence|Licenses|GNU|GPL|LGPL|Software|Apache\s+License|Mozilla\s+Public|Eclipse\s+Public|MIT\s+License|Wikipedia`,
].join("|");
const NOT_A_WORK_NOUNS = "spec|specs|specification|paper|article|book|blog|post|answer|tutorial|talk|thread|discussion|issue|comment";
const NOT_A_WORK = new RegExp(String.raw`^(?:(?:the|an?)\s+)?[\`"'“]?(?:${NOT_A_WORK_NAMES})\b|\b(?:${NOT_A_WORK_NOUNS})\b|^[\`"'“]?#\d`);

/**
 * The text of a file's header comment before its first declaration (at most its first `maxLines`
 * lines: a BSD licence in full, a package line, imports, the doc comment).
 */
export function headerBeforeDeclaration(lines: readonly string[], maxLines = 60): string {
  const out: string[] = [];
  for (const line of lines.slice(0, maxLines)) {
    if (DECLARATION.test(line)) break;
    out.push(line.slice(0, 400));
  }
  return out.join("\n");
}

/**
 * A line that declares something: a type, a function, a module. Package, import and using lines are
 * not declarations (a Java header's Javadoc sits after them, right above its class).
 */
export const DECLARATION =
  /^\s*(?:(?:export|public|private|protected|internal|abstract|final|static|sealed|open|data|pub(?:\([\w:]+\))?|async|default|partial|unsafe|inline|declare|extern)\s+)*(?:class|interface|struct|enum|trait|object|record|module|fn|func|fun|function|def|impl|type|namespace\s+[\w.]+\s*\{|(?:const|let|var|val)\s+\w)\b/;

/**
 * Where a header announces a port or copy of a named work, if it does: the phrase, or undefined.
 * Only a comment's text: a string or a call in the first lines says nothing about the file. A
 * file's header says many things (where its examples or its algorithm came from), so the phrase
 * must open a comment line or a sentence, with the code as its subject; a function's doc comment
 * is about that function, so there (`anywhere`) the phrase may stand in any clause ("walks the
 * tree; adapted from https://go.dev/src/path/filepath/path.go"). Either way it must name a source.
 * A credit ("Credit to Mark Williams for these") says who wrote the code, not that it was brought in
 * whole: a caller that takes the code out of every rule (tests-required too) reads without them.
 */
export function portNotice(header: string, { anywhere = false, credits = true } = {}): { index: number; text: string } | undefined {
  const text = header.slice(0, 8000);
  const found = (m: RegExpExecArray | RegExpMatchArray) => ({ index: m.index ?? 0, text: m[0].split("\n")[0].trim() });
  const placed = (index: number) => (anywhere ? inComment(text, index) : opensComment(text, index));
  const work = anywhere ? (rest: string) => namesWork(rest) || namesLowercaseWork(rest) : namesWork;
  for (const m of text.matchAll(STRONG_PHRASE)) if (placed(m.index) && work(m[1]) && !(anywhere && MODIFIED.test(m[0]))) return found(m);
  for (const m of text.matchAll(COPY_NAMED_PHRASE)) if (placed(m.index) && namesCodeSource(m[1])) return found(m);
  for (const m of text.matchAll(WEAK_PHRASE)) if (placed(m.index) && (namesCode(m[1]) || namesLinkedRepository(m[1], text))) return found(m);
  if (credits) for (const m of text.matchAll(CREDIT_PHRASE)) if (placed(m.index) && creditsCode(m[1])) return found(m);
  return undefined;
}

/**
 * "A modified copy of": on one function, the author's adaptation of it, whose structure a reviewer
 * still judges (echo's `writeSafe`, "modified copy from Go's encoding/json `appendString`", judged
 * worth saying on held-out histories). A whole file so described is still the source's.
 */
const MODIFIED = /^(?:an?\s+)?modified\b/i;

// `owner/repo` opening what follows the phrase: "based on chalk/supports-color".
const REPOSITORY_NAME = /^([A-Za-z0-9][\w-]{0,38})\/([\w.-]{1,100})(?![\w/])/;

/**
 * A repository named `owner/repo` after the phrase that the same comment links on a code host: Kokuban's "This class
 * based on chalk/supports-color", with "Copyright (c) Sindre Sorhus" and `https://github.com/chalk/supports-color`
 * under it (3206bc38f1; its complexity judged not worth saying on set 47). A bare `a/b` without its link may be
 * anything ("based on read/write access").
 */
function namesLinkedRepository(rest: string, text: string): boolean {
  const m = REPOSITORY_NAME.exec(sentence(rest).trim());
  if (!m) return false;
  const link = new RegExp(`\\b(?:github\\.com|gitlab\\.com|bitbucket\\.org)\\/${escapeRegExp(m[1])}\\/${escapeRegExp(m[2].replace(/\.$/, ""))}(?![\\w-])`, "i");
  return link.test(text);
}

/** What follows the phrase, to the end of its sentence. */
const sentence = (rest: string) =>
  rest
    .replace(/\n[ \t]*(?:[#*/]+!?|--|;+)?[ \t]*/g, " ")
    .replace(/^[\s:,-]+/, "")
    .split(/[.;:!?](?:\s|$)|\n\s*\n/)[0] ?? "";

/** Whether the words after "based on" name code: a URL, a file or a package path, not a discussion or a licence. */
function namesCode(rest: string): boolean {
  const s = sentence(rest).trim();
  if (NOT_A_WORK.test(s)) return false;
  // The code named first, or a named work's ("Werkzeug's parser (https://…)"): not "the discussion at https://…".
  const code = CODE_SOURCE.exec(s);
  return (code !== null && (code.index === 0 || NAMED_WORK.test(s))) || WORK_BY_SOMEONE.test(s);
}

/**
 * Code said to be someone's, by its maker or its project: "the implementation by Brandon Williams", "the compaction logic
 * from diffy by Brandon Williams" (mitsuhiko/similar's Myers and compaction modules, ported from diffy: their length and
 * complexity judged not worth saying on set 42). A word for code, then who: a capitalised name, or a project then its author.
 */
const WORK_BY_SOMEONE =
  /^(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:implementation|code|logic|algorithm|routine|version|port)s?\s+(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*|(?:from|of|in)\s+[\w.-]+\s+by\s+[A-Z][\w.'-]+)/;

/** Whether the words after a strong phrase name a work: a URL, a file, a package path, a standard library, or a project by its name. */
function namesWork(rest: string): boolean {
  const s = sentence(rest).trim();
  if (NOT_A_WORK.test(s)) return false;
  return CODE_SOURCE.test(s) || NAMED_WORK.test(s) || STDLIB.test(s);
}

/**
 * A project named in lowercase, as many are (`numpy`, `tz-rs`, `golang`): only with what makes it a
 * work, its possessive, a version, or a word for code after it ("python's textwrap module", "the
 * original python implementation", "lodash 4.17"). Read in a function's doc comment only, where
 * it is said of the function: "derived from input" or "taken from the request body" name none.
 */
const LOWERCASE_WORK =
  /^(?:the\s+)?(?:original\s+)?[a-z][\w.+-]{1,40}(?:['’]s\b|\s+v?\d+(?:\.\d+)+\b|\s+(?:[\w.-]+\s+){0,2}?(?:module|package|library|crate|gem|project|implementation|source|sources|code|repository|repo|suite|tests)\b)/;
function namesLowercaseWork(rest: string): boolean {
  const s = sentence(rest).trim();
  return !NOT_A_WORK.test(s) && LOWERCASE_WORK.test(s) && !/^(?:the\s+)?(?:user|input|request|response|config|caller|server|client)\b/i.test(s);
}

/** Whether the words after "copy <name> from" name code: a standard library, a URL or a file (see COPY_NAMED). */
function namesCodeSource(rest: string): boolean {
  const s = sentence(rest).trim();
  return !NOT_A_WORK.test(s) && (STDLIB.test(s) || /^(?:https?:\/\/|[\w.-]+(?:\/[\w.-]+)*\.[a-z]{1,5}\b)/.test(s));
}

/** Whether a credit names its source before "for", and credits it for code (see CREDITED_FOR). */
function creditsCode(rest: string): boolean {
  const s = sentence(rest).trim();
  const at = s.search(/\bfor\b/i);
  return at > 0 && namesWork(s.slice(0, at)) && CREDITED_FOR.test(s.slice(at).trim());
}

/**
 * What may stand before the phrase on its line: a comment's mark, and the file or code as its
 * subject ("This file was originally written for", "This is a modified version of", "Code mostly
 * ported from", alembic's "NOTE:  copied/adapted from SQLAlchemy master", Kokuban's "This class based on
 * chalk/supports-color" without its verb). Another subject is about something else: "Almost all examples … taken from",
 * "The algorithm implemented here is mostly taken from Wikipedia".
 */
const OPENING =
  /^[ \t]*(?:\/\/+[!/]?|#+|\/?\*+!?|--|;+|"""|'''|<!--)?[ \t]*(?:(?:note|nb|n\.b\.)\s*:\s*)?(?:(?:(?:this|the|these)\s+(?:(?:file|files|code|class|classes|function|functions|method|methods|module|implementation|package|source|sources|test|tests|type|types|struct|library)(?:\s+(?:is|was|are|were|has\s+been|have\s+been))?|is|was|are|were|has\s+been|have\s+been)|(?:original\s+)?(?:code|implementation|source)|types)\s+)?(?:(?:mostly|largely|partly|partially|heavily|loosely|originally|directly|closely|shamelessly|initially)\s+)?(?:(?:copied|ported|adapted|taken|derived)\s*\/\s*)?$/i;

/** Everything up to a line's last sentence end: what a sentence that opens after it is read without. */
const EARLIER_SENTENCES = /^.*[.!?;]["')\]]?[ \t]+/;

/**
 * Whether the phrase at `index` opens a comment line or a sentence (see OPENING) inside a comment:
 * "Useful utilities for working with mailboxes. Credit to Mark Williams for these."
 */
function opensComment(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  const before = text.slice(start, index);
  return (OPENING.test(before) || OPENING.test(before.replace(EARLIER_SENTENCES, ""))) && inComment(text, index);
}

/** A comment line: it opens with a comment's mark, or sits inside a block comment or a docstring that opened above. */
const COMMENT_LINE = /^\s*(?:\/\/|#|\/?\*|--|;|'''|"""|<!--|\{-|\(\*)/;
function inComment(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  if (COMMENT_LINE.test(text.slice(start, index + 1))) return true;
  // Inside a block comment or docstring: more openers than closers above.
  const above = text.slice(0, start);
  const opened = (above.match(/\/\*/g) ?? []).length > (above.match(/\*\//g) ?? []).length;
  const docstring = ((above.match(/"""|'''/g) ?? []).length & 1) === 1;
  return opened || docstring;
}

// ---- a function credited to another source ----

/** A comment line, or an annotation or attribute between the doc comment and the declaration. */
const COMMENT_OR_ANNOTATION = /^\s*(?:\/\/|\/\*|\*|#|--|@|\[)/;
/** The opening of a Python docstring: the body's first line. */
const DOCSTRING_OPEN = /^\s*[rRuU]?("""|''')/;
/** Lines of a doc comment, of a signature and of a docstring read, at most. */
const DOC_LINES = 30;
const SIGNATURE_LINES = 15;
const DOCSTRING_LINES = 20;

/**
 * A doc comment that credits the function to another source: "adapted from
 * https://go.dev/src/path/filepath/path.go", "ported from CPython", "Copy formatargspec from python
 * 3.7 standard library" (boltons' vendored `inspect_formatargspec`), "Thanks to "commons" project in
 * ws.apache.org for the bitwise operations" (commons-codec's Base64 `encode`). The function keeps the
 * source's shape on purpose, so it can be compared with it line by line; restructuring it to fit a
 * limit would cost that (afero's `walk` and `walkDir`, judged on held-out histories, session 5; set
 * 11's boltons and commons-codec). The words must name the source (port-notices.ts): a project, a
 * module, a URL, a file or a person; "based on the user's input" credits nothing. Only the comment
 * above the declaration and a docstring count: a comment inside the body is about the lines beside it.
 */
export function creditedFunction(lines: readonly string[], fn: FunctionFact): boolean {
  const doc = [...docAbove(lines, fn), ...docstring(lines, fn)];
  return doc.length > 0 && portNotice(doc.join("\n"), { anywhere: true }) !== undefined;
}

/**
 * The comment lines right above the declaration, over its annotations, in order. A blank line
 * inside a block comment does not end it (commons-codec's Base64 `decode`, a blank line before
 * its `@param` tags). Neither does one blank line between a closed block comment and the
 * declaration: some files set every doc block apart so (debug's `node.js`, "Copied from
 * `node/src/node.js`." above `createWritableStdioStream`, its FIXMEs node's, session 15).
 */
function docAbove(lines: readonly string[], fn: FunctionFact): string[] {
  const out: string[] = [];
  let inBlock = false;
  const gap = fn.start >= 3 && (lines[fn.start - 2] ?? "").trim() === "" && BLOCK_END.test(lines[fn.start - 3] ?? "") ? 1 : 0;
  for (let l = fn.start - 1 - gap; l >= 1 && l >= fn.start - DOC_LINES; l--) {
    const text = lines[l - 1] ?? "";
    const closes = out.length === 0 && BLOCK_END.test(text);
    if (!COMMENT_OR_ANNOTATION.test(text) && !closes && !(inBlock && text.trim() === "")) break;
    if (closes) inBlock = true;
    if (/^\s*\/\*/.test(text)) inBlock = false;
    out.unshift(text.slice(0, 400));
  }
  return out;
}
const BLOCK_END = /\*\/\s*$/;

/**
 * The docstring: the first statement of the body, up to its closing quotes. A signature may run
 * over several lines (boltons' `inspect_formatargspec`, nine lines of defaults): the body opens
 * after the line that ends with its colon.
 */
function docstring(lines: readonly string[], fn: FunctionFact): string[] {
  let colon = fn.start;
  while (colon < Math.min(fn.end, fn.start + SIGNATURE_LINES) && !/:\s*(?:#.*)?$/.test(lines[colon - 1] ?? "")) colon++;
  const first = /:\s*(?:#.*)?$/.test(lines[colon - 1] ?? "") ? colon + 1 : fn.start + 1;
  const open = DOCSTRING_OPEN.exec(lines[first - 1] ?? "");
  if (!open) return [];
  const out: string[] = [];
  for (let l = first; l <= Math.min(fn.end, first + DOCSTRING_LINES); l++) {
    const text = (lines[l - 1] ?? "").slice(0, 400);
    out.push(text);
    const from = l === first ? text.indexOf(open[1]) + 3 : 0;
    if (text.indexOf(open[1], from) >= 0) break;
  }
  return out;
}

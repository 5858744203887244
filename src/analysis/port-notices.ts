/**
 * A header that announces its file (or its class) as a port or copy of another work (#10): "Ported
 * from Apache Harmony", "Adapted from SQLAlchemy's `util/langhelpers.py`", "This is a modified
 * version of Guava's LinkedHashMultimap", "Originally from https://…", "Taken from Go's strconv".
 * Its structure follows the source's, so the rules that judge how code is written leave it alone.
 *
 * Only the comment before the first declaration counts, and the phrase must name a source: a
 * project (a capitalised name, or one with a possessive), a file, a package path or a URL. "Based
 * on the discussion in #123" or "adapted from the example in the docs" name none: they describe a
 * few lines the author wrote, not a whole file brought in.
 */

// Verbs that say the code itself came from elsewhere: a name after them is where. (And a "Provenance:" label:
// commons-io's "Provenance: Apache Harmony's java.io.BufferedReader, renamed, and modified.")
const STRONG = String.raw`(?:ported|copied|taken|adapted|translated|converted|forked|lifted|borrowed|vendored|extracted|derived|transliterated)(?:\s+(?:and|&)\s+(?:modified|adapted|simplified|trimmed|updated|ported))?\s+(?:(?:almost\s+|mostly\s+|largely\s+)?(?:verbatim|directly|straight)\s+)?from|(?:a|the)\s+(?:\w+\s+)?copy\s+of|(?:(?:a|the)\s+(?:\w+\s+)?)?(?:port|fork)\s+of|originally\s+(?:from|(?:written|part)\s+(?:of|for|in))|(?:an?\s+)?(?:modified|adapted|trimmed)\s+(?:version|copy)\s+(?:of|from)|provenance(?=\s*:)`;
// "Based on" says less: a design may be based on anything. It counts only before a URL, a file or a code path.
const WEAK = String.raw`based\s+(?:heavily\s+|largely\s+|closely\s+)?on`;

// The source named after the phrase: up to the end of its sentence (a line and the next, at most).
const AFTER = String.raw`[ \t]*(?:\n[ \t]*(?:[#*/]+|--|;+)?[ \t]*)?([^\n]{0,160}(?:\n[^\n]{0,160})?)`;
const STRONG_PHRASE = new RegExp(String.raw`\b(?:${STRONG})\b${AFTER}`, "gi");
const WEAK_PHRASE = new RegExp(String.raw`\b(?:${WEAK})\b${AFTER}`, "gi");

/** A URL, a file with a code extension or a package path (`java.util.HashMap`, `golang.org/x/text`). */
const CODE_SOURCE =
  /\bhttps?:\/\/\S+|\b[\w-]+(?:\/[\w.-]+)*\.(?:java|kt|scala|go|rs|py|rb|php|cs|fs|js|mjs|ts|c|cc|cpp|h|hpp|m|swift|ex|erl|hs|ml|lua|pl)\b|\b[a-z]\w*(?:\.[a-z]\w*){2,}(?:\.[A-Z]\w*)?\b|\b[a-z][\w-]*\.(?:org|com|io|net|dev)\/\S+/;
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
 * Only a comment's text: a string or a call in the first lines says nothing about the file.
 */
export function portNotice(header: string): { index: number; text: string } | undefined {
  const text = header.slice(0, 8000);
  const found = (m: RegExpExecArray | RegExpMatchArray) => ({ index: m.index ?? 0, text: m[0].split("\n")[0].trim() });
  for (const m of text.matchAll(STRONG_PHRASE)) if (opensComment(text, m.index) && namesWork(m[1])) return found(m);
  for (const m of text.matchAll(WEAK_PHRASE)) if (opensComment(text, m.index) && namesCode(m[1])) return found(m);
  return undefined;
}

/** What follows the phrase, to the end of its sentence. */
const sentence = (rest: string) =>
  rest
    .replace(/\n[ \t]*(?:[#*/]+|--|;+)?[ \t]*/g, " ")
    .replace(/^[\s:,-]+/, "")
    .split(/[.;:!?](?:\s|$)|\n\s*\n/)[0] ?? "";

/** Whether the words after "based on" name code: a URL, a file or a package path, not a discussion or a licence. */
function namesCode(rest: string): boolean {
  const s = sentence(rest).trim();
  if (NOT_A_WORK.test(s)) return false;
  // The code named first, or a named work's ("Werkzeug's parser (https://…)"): not "the discussion at https://…".
  const code = CODE_SOURCE.exec(s);
  return code !== null && (code.index === 0 || NAMED_WORK.test(s));
}

/** Whether the words after a strong phrase name a work: a URL, a file, a package path, or a project by its name. */
function namesWork(rest: string): boolean {
  const s = sentence(rest).trim();
  if (NOT_A_WORK.test(s)) return false;
  return CODE_SOURCE.test(s) || NAMED_WORK.test(s);
}

/**
 * What may stand before the phrase on its line: a comment's mark, and the file or code as its
 * subject ("This file was originally written for", "This is a modified version of", "Code mostly
 * ported from", alembic's "NOTE:  copied/adapted from SQLAlchemy master"). Another subject is about something else: "Almost all examples … taken from",
 * "The algorithm implemented here is mostly taken from Wikipedia".
 */
const OPENING =
  /^[ \t]*(?:\/\/+[!/]?|#+|\/?\*+!?|--|;+|"""|'''|<!--)?[ \t]*(?:(?:note|nb|n\.b\.)\s*:\s*)?(?:(?:(?:this|the|these)\s+(?:(?:file|files|code|class|classes|function|functions|method|methods|module|implementation|package|source|sources|test|tests|type|types|struct|library)\s+)?(?:is|was|are|were|has\s+been|have\s+been)|(?:original\s+)?(?:code|implementation|source)|types)\s+)?(?:(?:mostly|largely|partly|partially|heavily|loosely|originally|directly|closely|shamelessly|initially)\s+)?(?:(?:copied|ported|adapted|taken|derived)\s*\/\s*)?$/i;

/** Whether the phrase at `index` opens a comment line (see OPENING) inside a comment. */
function opensComment(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  return OPENING.test(text.slice(start, index)) && inComment(text, index);
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

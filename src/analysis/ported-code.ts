import type { AddedLine, Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { languageOf } from "../text/languages.js";
import { DECLARATION, headerBeforeDeclaration, portNotice } from "./port-notices.js";
import { samplesOf, type ProjectReader } from "./upstream-code.js";

/** Lines of a header read, at most: a licence, a package line, imports and the class's doc comment. */
const HEADER_LINES = 60;
/** Lines of comment read above a new class, at most. */
const DOC_LINES = 30;
/** Files of a change read for a new class's notice, at most: the scan is per added line. */
const MAX_FILES = 2000;

/** Code the change adds under a notice that it is a port or copy: a whole new file, or a new class's lines. */
interface PortedCode {
  file: ChangedFile;
  lines: number[];
  why: string;
}

/**
 * Marks code whose header says it is a port or copy of a named work (#10; port-notices.ts): a new
 * file whose header comment, before its first declaration, says so ("Ported from Apache Harmony"),
 * and a new class in an edited file whose doc comment, right above it and added with it, says so.
 * Only the comment the change adds counts, and only for the code it adds under it: an author
 * cannot take an existing class out of review by writing a notice over an edit of it.
 *
 * A project that is itself a port carries the notice in its own files (league/commonmark's
 * "Original code based on the CommonMark JS reference parser (https://…)" on every file): when the
 * source can read the project and a sample of its own files' headers carries a notice too, the
 * notice is the project's convention, and its new files are its own work.
 */
export function markAnnouncedPorts(change: Change, project?: ProjectReader): void {
  const ported = portedCode(change);
  if (ported.length === 0 || (project && conventionInProject(change, project))) return;
  for (const p of ported) markRestored(p.file, p.lines, p.why);
}

/** The files of a change with code under a port notice (for a source deciding what to read). */
export function portCandidates(change: Change): ChangedFile[] {
  return [...new Set(portedCode(change).map((p) => p.file))];
}

const portedByChange = new WeakMap<Change, PortedCode[]>();

function portedCode(change: Change): PortedCode[] {
  let out = portedByChange.get(change);
  if (out) return out;
  out = [];
  for (const f of change.files.slice(0, MAX_FILES)) {
    if (f.binary || f.addedLines.length === 0 || isRestored(f)) continue;
    if (f.status === "added" && f.addedLines[0]?.line === 1) out.push(...portedFile(f));
    else if (f.status === "modified" || f.status === "renamed") out.push(...portedClasses(f));
  }
  portedByChange.set(change, out);
  return out;
}

/**
 * The notices that say code was brought in whole, credits left out: marked code leaves every rule
 * (tests-required too), where a credit ("Credit to Mark Williams for these") only tells whose design
 * the code is, for the rules that judge how it is written (copiedIn, creditedFunction).
 */
const WHOLE = { credits: false };

/** Own files sampled for the convention, at most. */
const CONVENTION_SAMPLE = 60;
/** Sampled own files with a notice that make it the project's convention: this many, or this share of the sample. */
const CONVENTION_FILES = 3;
const CONVENTION_SHARE = 0.1;

/** Whether the project's own files (a spread sample at base, in the languages of the ported code) carry a port notice too. */
function conventionInProject(change: Change, project: ProjectReader): boolean {
  const paths = project.basePaths();
  if (!paths || paths.length === 0) return false;
  const ported = portCandidates(change).map((f) => f.path);
  const own = new Set(ported);
  const sample = [...new Set([...samplesOf(paths, ported).values()].flat())].filter((p) => !own.has(p)).slice(0, CONVENTION_SAMPLE);
  const texts = [...project.texts("base", sample).values()];
  const noted = texts.filter((t) => portNotice(headerBeforeDeclaration(t.slice(0, 20_000).split("\n"), HEADER_LINES), WHOLE) !== undefined).length;
  // One or two ported files of the project's (commons-lang's IDKey) are ports like the new one, not a convention.
  return noted >= CONVENTION_FILES || (texts.length > 0 && noted / texts.length >= CONVENTION_SHARE);
}

function portedFile(f: ChangedFile): PortedCode[] {
  const header = headerBeforeDeclaration(
    f.addedLines.slice(0, HEADER_LINES).map((l) => l.text),
    HEADER_LINES,
  );
  const notice = portNotice(header, WHOLE);
  const next = f.addedLines[header.split("\n").length]?.text;
  if (notice === undefined || onFunction(header, notice.index, next)) return [];
  return [{ file: f, lines: f.addedLines.map((l) => l.line), why: "a port or copy of another work, as its header says" }];
}

/** A function's declaration. */
const FUNCTION_DECLARATION = /\b(?:fn|func|fun|function|def)\b/;

/**
 * Whether the notice at `index` of a header is the doc comment of the function declared right
 * below it (the header ends there), under code (a package line, imports): not the file's own header.
 */
function onFunction(header: string, index: number, next: string | undefined): boolean {
  if (next === undefined || !FUNCTION_DECLARATION.test(next)) return false;
  const lines = header.split("\n");
  const at = header.slice(0, index).split("\n").length - 1;
  let end = at;
  while (end + 1 < lines.length && DOC_LINE.test(lines[end + 1])) end++;
  let start = at;
  while (start > 0 && DOC_LINE.test(lines[start - 1])) start--;
  return lines.slice(0, start).some((l) => l.trim() !== "") && end + 1 === lines.length;
}

/**
 * A declaration of a type: what a ported class opens with. Not a function: a notice on one function
 * ("This function is modified copy from Go's encoding/json `appendString`") is about the author's
 * adaptation of it, whose structure a reviewer still judges (held-out judges agreed on echo's).
 */
const TYPE_DECLARATION = /\b(?:class|interface|struct|enum|trait|object|record|impl|module)\b/;

/** New classes of an edited file under an added doc comment that announces a port: from the comment to the class's end. */
function portedClasses(f: ChangedFile): PortedCode[] {
  const lines = f.addedLines;
  const out: PortedCode[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!DECLARATION.test(lines[i].text) || !TYPE_DECLARATION.test(lines[i].text)) continue;
    const first = docStart(lines, i);
    if (first === i) continue;
    const doc = lines.slice(first, i).map((l) => l.text);
    if (portNotice(doc.join("\n"), WHOLE) === undefined) continue;
    const last = classEnd(f.path, lines, i);
    out.push({ file: f, lines: lines.slice(first, last + 1).map((l) => l.line), why: "a port or copy of another work, as the class's doc comment says" });
    i = last;
  }
  return out;
}

/** A line of a comment, or an annotation or attribute between the comment and its declaration. */
const DOC_LINE = /^\s*(?:\/\/|#|\/?\*|--|"""|'''|@\w|\[\w)/;

/** The first of the added, consecutive comment lines right above line `i` (i itself when there are none). */
function docStart(lines: AddedLine[], i: number): number {
  let first = i;
  while (first > 0 && i - first < DOC_LINES && lines[first - 1].line === lines[first].line - 1 && DOC_LINE.test(lines[first - 1].text)) first--;
  return first;
}

/**
 * The index of the last added line of the class declared at `i`, within its run of consecutive
 * added lines: where its braces close (or, in Python, where its indentation ends; in Ruby, at its
 * `end`). Strings holding braces may end it early: then less is marked, never more.
 */
function classEnd(path: string, lines: AddedLine[], i: number): number {
  const lang = languageOf(path);
  // The run of consecutive added lines from `i`: a class is marked within it only.
  let last = i;
  while (last + 1 < lines.length && lines[last + 1].line === lines[last].line + 1) last++;
  const run = lines.slice(i, last + 1).map((l) => l.text);
  const end = lang === "python" ? indentedEnd(run) : lang === "ruby" ? rubyEnd(run) : braceEnd(run);
  return i + (end ?? run.length - 1);
}

const indentOf = (t: string) => t.length - t.trimStart().length;

/** Python: the last line before the first non-blank line back at the declaration's indentation. */
function indentedEnd(run: string[]): number | undefined {
  const k = run.findIndex((t, j) => j > 0 && t.trim() !== "" && indentOf(t) <= indentOf(run[0]));
  return k < 0 ? undefined : k - 1;
}

/** Ruby: the `end` at the declaration's indentation. */
function rubyEnd(run: string[]): number | undefined {
  const k = run.findIndex((t, j) => j > 0 && indentOf(t) === indentOf(run[0]) && /^\s*end\b/.test(t));
  return k < 0 ? undefined : k;
}

/** Brace languages: the line where the braces the declaration opened close. */
function braceEnd(run: string[]): number | undefined {
  let depth = 0;
  let opened = false;
  for (let j = 0; j < run.length; j++) {
    for (const ch of run[j]) {
      if (ch === "{") (depth++, (opened = true));
      else if (ch === "}") depth--;
    }
    if (opened && depth <= 0) return j;
  }
  return undefined;
}

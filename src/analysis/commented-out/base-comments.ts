import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile, Change } from "../../model/change.js";
import { baseFacts, baseText } from "../../syntax/change-facts.js";
import type { CommentFact } from "../../syntax/facts.js";
import { copiedOriginalTexts } from "../copy-originals.js";
import { siblingCopyPaths } from "../sibling-copy.js";
import { normalised, identifiers, MIN_NAMES, similarity, commentContent, LINE_COMMENT, liveLine, shape } from "./comment-lines.js";
import type { ChangeContext } from "./file-scan.js";

// The comment lines the change's files had at base (and their twins' and originals'): an old comment moved, re-wrapped
// or edited in place is not new commented-out code.

/**
 * Whether a normalised comment line was a comment line at base in any file of the change whose
 * base text is at hand (code moved between files brings its comments along). Parsed on first use
 * only, so a change without commented-out code parses nothing at base.
 */
export function commentedLinesAtBase(
  files: ChangedFile[],
  found: Lookups,
  twins: string[],
): Pick<ChangeContext, "atBase" | "rewrittenAtBase" | "editedAtBase"> {
  let seen: CommentedLines | undefined;
  const atBase = (line: string) => {
    seen ??= commentedLinesOf(files, found, twins);
    if (seen.lines.has(normalised(line))) return true;
    // Or only the value it assigns changed (reline's generated `# UNICODE_VERSION = '15.1.0'` became `'16.0.0'`, judged
    // *wrong*, set 29): the same assignment with other literals is the old line. Only an assignment: every commented
    // `// println!("…")` has one shape, and a new one beside an old one is new (Rocket ec9b5816a8, agreed on set 24).
    if (ASSIGNS.test(normalised(line)) && seen.shapes.has(shape(normalised(line))) && identifiers(line).size > 0) return true;
    // An old commented-out line edited in place (`// assertTrue(a.b(c))` became
    // `// assertThat(a.b(c)).isTrue()` in an assertion-library port) is still old.
    const mine = identifiers(line);
    return mine.size >= MIN_NAMES && seen.names.some((n) => similarity(mine, n) >= 0.5);
  };
  const rewrittenAtBase = (line: string, before: string | undefined, after: string | undefined) => {
    if (before === undefined || after === undefined) return false;
    seen ??= commentedLinesOf(files, found, twins);
    const mine = identifiers(line);
    if (mine.size < MIN_NAMES) return false;
    const [b, a] = [identifiers(before), identifiers(after)];
    return seen.placed.some(
      (p) => similarity(mine, p.names) >= REWRITE_SIMILARITY && similarity(b, p.before) >= REWRITE_SIMILARITY && similarity(a, p.after) >= REWRITE_SIMILARITY,
    );
  };
  // Each line is compared with the base's once: a run is judged again for each of its comments.
  const named = new Map<string, boolean>();
  const namedAtBase = (line: string) => {
    let known = named.get(line);
    if (known === undefined) named.set(line, (known = namesOfBaseComment(identifiers(line), seen!)));
    return known;
  };
  const editedAtBase = (lines: string[]) => {
    seen ??= commentedLinesOf(files, found, twins);
    return editedInPlace(lines, namedAtBase, atBase);
  };
  return { atBase, rewrittenAtBase, editedAtBase };
}

// An assignment of a value to a name, once spacing is gone: `unicode_version='16.0.0'`, not `a==b` or `f(x=1)`.
const ASSIGNS = /^[\w$.[\]]+(?::[\w$<>.[\]]+)?=(?!=)/;

/** Lines of names a block must hold, every one found in the base's comments, to be their old code edited: fewer say little. */
const EDITED_MIN_LINES = 3;
/** Blocks longer than this are judged by their share of old lines alone (OLD_BLOCK_SHARE); base lines compared at most. */
const EDITED_MAX_LINES = 40;
/** Base comment lines noted under one name, at most: a name in every line (`assertEquals`) cannot make the search slow. */
const EDITED_MAX_BASE = 2_000;

/** Whether a base comment line names what a line names: all of its names, or half of both (so it shares one at least). */
function namesOfBaseComment(mine: Set<string>, seen: CommentedLines): boolean {
  for (const name of mine) if ((seen.byName.get(name) ?? []).some((b) => similarity(mine, b) >= 0.5 || [...mine].every((n) => b.has(n)))) return true;
  return false;
}

/**
 * Whether a block is commented-out code the base had, only re-wrapped or edited by a search-and-replace across the file:
 * handlebars.java 2f6578769b ("build: apply spotless") split `//    assertEquals("foo", handlebars.compileInline(…)…);`
 * into `// assertEquals("foo",` and `// handlebars.compileInline(…)…);`, and rust-csv 097dd1ee23 ("use the new Vec type")
 * rewrote `// let r = ~[` as `// let r = vec!(`. Each line that names anything names what a base comment line names
 * (all of its names there, or half of both), the others are only brackets, three lines or more name something, and one
 * of them is old by the strict test. A block the change writes anew names what no old comment does.
 */
function editedInPlace(lines: string[], namedAtBase: (line: string) => boolean, atBase: (line: string) => boolean): boolean {
  const content = lines.map(commentContent).filter((l) => l !== "");
  if (content.length > EDITED_MAX_LINES) return false;
  let named = 0;
  let old = false;
  for (const line of content) {
    const mine = identifiers(line);
    if (mine.size === 0) {
      if (!/^[\s{}()[\];,.]*$/.test(line)) return false;
      continue;
    }
    if (!namedAtBase(line)) return false;
    named++;
    old ||= atBase(line);
  }
  return named >= EDITED_MIN_LINES && old;
}

/**
 * Names a commented line and each of its live neighbours must share with a commented line at base and its neighbours
 * for the three to be that place rewritten (commons-csv ca7bbae40e moved the lexer's tests into a new file and rewrote
 * every `assertEquals(EORECORD + ";b;", parser.testNextToken())` as `assertTokenEquals(EORECORD, "b", parser.nextToken(…))`,
 * the one commented out since 2006 with them). One line alike says little; the line and both neighbours alike do.
 */
const REWRITE_SIMILARITY = 0.3;

/** Normalised comment lines at base, the names of those that name enough to compare, and where the one-line ones sat. */
interface CommentedLines {
  lines: Set<string>;
  names: Array<Set<string>>;
  /** The names of every comment line that names anything, under each of its names. */
  byName: Map<string, Array<Set<string>>>;
  /** One-line comments at base between two live lines: their names and their neighbours'. */
  placed: Array<{ names: Set<string>; before: Set<string>; after: Set<string> }>;
  /** Their shapes: literals as placeholders (see shape). */
  shapes: Set<string>;
}

function commentedLinesOf(files: ChangedFile[], found: Lookups, twins: string[]): CommentedLines {
  const seen: CommentedLines = { lines: new Set(), names: [], byName: new Map(), placed: [], shapes: new Set() };
  // A twin's text is not parsed: its lines that start with a comment leader are enough to match.
  for (const text of twins) for (const l of text.split("\n")) if (LINE_COMMENT.test(l)) noteLine(seen, l.replace(LINE_COMMENT, ""), l);
  for (const f of files) {
    const comments = baseFacts(f, found)?.comments ?? [];
    for (const c of comments) for (const l of c.lines) if (l.trim() !== "") noteLine(seen, l, l);
    notePlaces(seen, comments, comments.length > 0 ? baseText(f, found)?.split("\n") : undefined);
  }
  return seen;
}

/** Notes the one-line comments of a base text that sit between two live lines, with those lines' names. */
function notePlaces(seen: CommentedLines, comments: CommentFact[], lines: string[] | undefined): void {
  if (!lines) return;
  const at = (n: number) => lines[n - 1];
  for (const c of comments) {
    if (c.start !== c.end) continue;
    const names = identifiers(c.lines[0] ?? "");
    if (names.size < MIN_NAMES) continue;
    const before = liveLine(at, c.start, -1);
    const after = liveLine(at, c.end, 1);
    if (before !== undefined && after !== undefined) seen.placed.push({ names, before: identifiers(before), after: identifiers(after) });
  }
}

function noteLine(seen: CommentedLines, content: string, line: string): void {
  seen.lines.add(normalised(content));
  seen.shapes.add(shape(normalised(content)));
  const n = identifiers(line);
  if (n.size >= MIN_NAMES) seen.names.push(n);
  for (const name of n) {
    const lines = seen.byName.get(name);
    if (!lines) seen.byName.set(name, [n]);
    else if (lines.length < EDITED_MAX_BASE) lines.push(n);
  }
}

/** The base texts of new files' twins under another top folder, when the source fetched them. */
export function twinTexts(change: Change, found: Lookups): string[] {
  // And the originals of new files copied from a file the repository has (copy-originals.ts), wherever it is.
  return [...change.files.flatMap((f) => twinPaths(f, change).flatMap((p) => found.baseContents?.get(p) ?? [])), ...copiedOriginalTexts(change.files, found)];
}

// A top folder written anew beside the old one: `newtests/` for `tests/`, `src_new/` for `src/`.
const NEW_FOLDER = /^new[-_]?(?=\w)|(?<=\w)[-_]?new$/i;

/** Where a new file's older twin may be: a sibling copy's candidates, and the same path under the folder a `new…` folder renews. */
export function twinPaths(file: ChangedFile, change: Change): string[] {
  const paths = siblingCopyPaths(file, change);
  const [top, ...rest] = file.path.split("/");
  const old = top.replace(NEW_FOLDER, "");
  if (file.status === "added" && rest.length > 0 && old !== top) paths.push([old, ...rest].join("/"));
  return paths;
}

import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { linesFrom, restoredShare } from "../model/restored-lines.js";
import { lineCounts, type LineCounts } from "../text/line-counts.js";
import { perReviewFile } from "./review-memo.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";
import { originalName } from "./sibling-copy.js";
import { inReadingOrder } from "./copy-reading-order.js";

/**
 * New files copied from a file the repository already has (#10, #11): a module copied to a sibling
 * folder with its TODOs (feign's `jakarta/` from `jaxrs/`), a parser copied into `internal/`
 * (go-toml), an old release's sources added again beside the new (mobx 4). What such a file holds
 * of its original was not written in this change, wherever the original sits, and whether or not
 * the change touched it: "moved" detection sees only the text the change deleted.
 *
 * The likely original of a new file is a file of the tree with the same name (or the name a copy's
 * suffix was added to: `LogEvent-net40.cs`), the one sharing the most trailing folders with it
 * (`jaxrs/src/main/java/feign/jaxrs/Contract.java` for `jakarta/src/main/java/feign/jakarta/…`
 * shares `src/main/java/feign/` … by name), one per file. The engine finds them in the tree when a
 * rule asks (Needs.copyOriginals), reads their base texts in the same batch as the other texts, and
 * hands each rule that asked `found.copyOriginals`.
 */

/** New files looked at per review, and the bytes of originals read in all: the scan and the batch stay bounded. */
export const MAX_COPY_FILES = 200;
/** New files considered for that budget, at most: the order they are read in (copy-reading-order.ts) costs a pass over these. */
const MAX_SCANNED_FILES = 5000;
export const MAX_ORIGINAL_BYTES = 4 * 1024 * 1024;
/** A text larger than this is not read as an original (a data file, a bundle). */
export const MAX_ORIGINAL_FILE_BYTES = 512 * 1024;
/** Below this many non-blank lines a file is alike its namesakes by nature (an `__init__.py`, a stub). */
const MIN_LINES = 5;
/**
 * A copy: at least this share of the new file's non-blank lines are its original's. A file that
 * merely shares a name (two `index.ts` in two packages) shares its imports and brackets, not most
 * of its lines; a copy adapted to its new place (imports renamed) keeps most of them.
 */
export const COPY_EVIDENCE = 0.6;

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/**
 * New files worth looking for an original of: code, with lines enough to tell a copy. A new module's
 * build file, config or readme resembles its siblings' by nature (feign d74ef9995e's `graphql/pom.xml`,
 * a template every module starts from), and is not what a copy is about.
 */
function copyCandidates(files: readonly ChangedFile[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const f of files) {
    if (out.length >= MAX_SCANNED_FILES) break;
    if (f.status !== "added" || f.binary || f.patchProblem || syntaxLanguageOf(f.path) === undefined) continue;
    if (f.addedLines.filter((l) => l.text.trim() !== "").length >= MIN_LINES) out.push(f);
  }
  // Past the budget, the files whose copied lines a rule would report come first (copy-reading-order.ts).
  return out.length > MAX_COPY_FILES ? inReadingOrder(out).slice(0, MAX_COPY_FILES) : out;
}

/** Whether any new file of the change may be a copy: a rule asks for originals only then. */
export function mayHoldCopies(files: readonly ChangedFile[]): boolean {
  return copyCandidates(files).length > 0;
}

/**
 * Each new file's likely original in the tree at head (new path → original path), at most one each.
 * A path the change adds or removes is not an original: it was not at base, or its move is seen already.
 * One pass over the tree, indexing only the names the new files have.
 */
export function likelyOriginals(files: readonly ChangedFile[], tree: readonly string[]): Map<string, string> {
  const candidates = copyCandidates(files);
  const out = new Map<string, string>();
  if (candidates.length === 0) return out;
  const namesOf = (f: ChangedFile) => [nameOf(f.path), originalName(nameOf(f.path))].filter((n): n is string => n !== undefined);
  const shorter = new Map(candidates.map((f) => [f.path, shorterNames(nameOf(f.path))]));
  const wanted = new Set([...candidates.flatMap(namesOf), ...[...shorter.values()].flat()]);
  const wantedFolders = new Set(candidates.map((f) => belowTop(f.path)).filter((d): d is string => d !== undefined));
  const wantedVersions = new Set(candidates.map((f) => versionless(f.path)).filter((v): v is string => v !== undefined));
  const wantedSiblings = new Set(candidates.map((f) => folderOf(f.path)));
  const changed = new Set(files.filter((f) => f.status === "added" || f.status === "removed").map((f) => f.path));
  const byName = new Map<string, string[]>();
  const byFolder = new Map<string, string[]>();
  const byVersion = new Map<string, string[]>();
  const bySiblingFolder = new Map<string, string[]>();
  for (const path of tree) {
    if (changed.has(path)) continue;
    const name = nameOf(path);
    // A name a thousand folders share (`index.ts`) is indexed a few hundred times at most: the nearest is among any.
    if (wanted.has(name)) push(byName, name, path);
    const folder = belowTop(path);
    if (folder !== undefined && wantedFolders.has(folder)) push(byFolder, folder, path);
    const version = wantedVersions.size > 0 ? versionless(path) : undefined;
    if (version !== undefined && wantedVersions.has(version)) push(byVersion, version, path);
    if (wantedSiblings.has(folderOf(path))) push(bySiblingFolder, folderOf(path), path);
  }
  for (const f of candidates) {
    const original =
      nearest(
        f.path,
        namesOf(f).flatMap((n) => byName.get(n) ?? []),
      ) ??
      renamedTwin(f.path, byFolder.get(belowTop(f.path) ?? "") ?? []) ??
      nearest(f.path, byVersion.get(versionless(f.path) ?? "") ?? []) ??
      widenedFrom(f.path, shorter.get(f.path) ?? [], byName) ??
      kindredSibling(f.path, bySiblingFolder.get(folderOf(f.path)) ?? []);
    if (original !== undefined) out.set(f.path, original);
  }
  return out;
}

/**
 * A path with its numbers blanked, when it has any (`providers/cliflagv#/cliflagv#_test.go`): a new version's module is
 * copied from the last one's, under the same path but for the version (koanf 15431e30c4's `cliflagv3/` from `cliflagv2/`,
 * with its test's prints; set 36, judged not worth saying).
 */
function versionless(path: string): string | undefined {
  return /\d/.test(path) ? path.replace(/\d+/g, "#") : undefined;
}

const MAX_WORDS = 12;
/**
 * The names a new file's name may widen by a word or two inside it (`HelpAnsiTest.java` for `HelpAnsiEnvironmentTest.java`,
 * `AutoCompleteTest.java` for `AutoCompleteSystemExitTest.java`): picocli 8c9ba91c2c copied three test classes into a new
 * module so, with their TODOs (set 36, judged not worth saying). The first and the last word stay: what the file is about
 * and what kind of file it is. Fewest words dropped first.
 */
export function shorterNames(name: string): string[] {
  const parts = nameParts(name);
  if (!parts || parts.words.length < 3 || parts.words.length > MAX_WORDS) return [];
  const { words, separator, ext } = parts;
  const out: string[] = [];
  for (const drop of [1, 2])
    for (let i = 1; i + drop <= words.length - 1; i++) {
      const kept = [...words.slice(0, i), ...words.slice(i + drop)];
      if (kept.length >= 2) out.push(kept.join(separator) + ext);
    }
  return out;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/**
 * A file name's words (its case kept: the names built from them must be real ones), the separator that joins them
 * (`_` or `-`, none in camel case) and its extension; undefined for a name without a stem and an extension, or a camel-case
 * stem the words do not spell back (`Foo2Bar$`).
 */
function nameParts(name: string): { words: string[]; separator: string; ext: string } | undefined {
  const dot = name.indexOf(".");
  if (dot <= 0) return undefined;
  const stem = name.slice(0, dot);
  const separator = /[_-]/.exec(stem)?.[0];
  if (separator !== undefined) return { words: stem.split(/[_-]/), separator, ext: name.slice(dot) };
  const words = stem.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [];
  return words.length > 0 && words.join("") === stem ? { words, separator: "", ext: name.slice(dot) } : undefined;
}

/** Shared trailing words (at least this many, and this many letters) make a sibling kindred. */
const KINDRED_WORDS = 2;
const KINDRED_LETTERS = 8;

/**
 * A file beside the new one whose name ends in the same words, the new one's subject swapped (`AarDiffTextReport.kt` for
 * `JarDiffTextReport.kt`): diffuse 917d227493 wrote its jar report from the aar report beside it, TODO and all (set 37,
 * judged not worth saying). The most words shared wins, then the first by name.
 */
function kindredSibling(path: string, siblings: string[]): string | undefined {
  const mine = nameParts(nameOf(path));
  if (!mine) return undefined;
  let best: string | undefined;
  let bestShared = 0;
  for (const other of [...siblings].sort()) {
    const theirs = other === path ? undefined : nameParts(nameOf(other));
    if (!theirs || theirs.ext !== mine.ext) continue;
    let shared = 0;
    while (shared < mine.words.length - 1 && shared < theirs.words.length - 1 && sameWord(mine.words.at(-1 - shared), theirs.words.at(-1 - shared))) shared++;
    const letters = mine.words.slice(mine.words.length - shared).join("").length;
    if (shared >= KINDRED_WORDS && letters >= KINDRED_LETTERS && shared > bestShared) [best, bestShared] = [other, shared];
  }
  return best;
}

const sameWord = (a: string | undefined, b: string | undefined) => a !== undefined && a.toLowerCase() === b?.toLowerCase();

/** The nearest file of the widest name a new file's name widens (shorterNames: fewest words dropped). */
function widenedFrom(path: string, names: string[], byName: Map<string, string[]>): string | undefined {
  for (const name of names) {
    const found = nearest(path, byName.get(name) ?? []);
    if (found !== undefined) return found;
  }
  return undefined;
}

function push(map: Map<string, string[]>, key: string, path: string): void {
  const list = map.get(key) ?? [];
  if (list.length < 500) list.push(path);
  map.set(key, list);
}

/** A path's folder below its top folder (`src/main/java/feign/jaxrs/` of `jakarta/src/main/java/feign/jaxrs/X.java`); undefined at the top. */
function belowTop(path: string): string | undefined {
  const first = path.indexOf("/");
  const last = path.lastIndexOf("/");
  return first === -1 || first === last ? undefined : path.slice(first + 1, last + 1);
}

/** A name's last word and extension (`Contract.java` of `JakartaContract.java`, `parser.go` of `toml_parser.go`). */
function lastWord(name: string): string {
  const m = /(?:[A-Z][a-z0-9]+|[a-z0-9]+)(\.[A-Za-z0-9]+)*$/.exec(name);
  return (m ? m[0] : name).toLowerCase();
}

/**
 * A module copied to a sibling top folder under a new name (feign's `jakarta/…/JakartaContract.java`
 * from `jaxrs/…/JAXRSContract.java`): in the same folder below another top folder, the file whose
 * name ends in the same word. Only one: two such files make it a guess.
 */
function renamedTwin(path: string, others: string[]): string | undefined {
  const top = path.slice(0, path.indexOf("/"));
  const word = lastWord(nameOf(path));
  const twins = others.filter((o) => o.slice(0, o.indexOf("/")) !== top && nameOf(o) !== nameOf(path) && lastWord(nameOf(o)) === word && word.includes("."));
  return twins.length === 1 ? twins[0] : undefined;
}

/**
 * The path sharing the most trailing folders with `path`, then the most leading ones (a sibling folder's twin), then the
 * longest leading text (`redisson-spring-data-40/…` for `redisson-spring-data-41/…`, not `-16/…`: the version a new one
 * is copied from; redisson 55e8d66090, a 4,002-line copy judged wrong on set 32); the first on a tie.
 */
export function nearest(path: string, others: string[]): string | undefined {
  const mine = path.split("/").slice(0, -1);
  const score = (other: string) => {
    const theirs = other.split("/").slice(0, -1);
    let tail = 0;
    while (tail < mine.length && tail < theirs.length && mine[mine.length - 1 - tail] === theirs[theirs.length - 1 - tail]) tail++;
    let head = 0;
    while (head < mine.length && head < theirs.length && mine[head] === theirs[head]) head++;
    let chars = 0;
    while (chars < path.length && chars < other.length && path[chars] === other[chars]) chars++;
    return (tail * 1000 + head) * 10_000 + Math.min(chars, 9_999);
  };
  let best: string | undefined;
  let bestScore = -1;
  for (const o of others) {
    if (o === path) continue;
    const s = score(o);
    if (s > bestScore) [best, bestScore] = [o, s];
  }
  return best;
}

/** The originals whose base texts came, within the byte caps: what the rules that asked are given. */
export function originalsRead(originals: Map<string, string>, baseTexts: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  let bytes = 0;
  for (const [path, original] of originals) {
    const text = baseTexts?.get(original);
    if (text === undefined || text.length > MAX_ORIGINAL_FILE_BYTES || bytes + text.length > MAX_ORIGINAL_BYTES) continue;
    bytes += text.length;
    out.set(path, original);
  }
  return out;
}

/**
 * The added lines of a new file that its original held at base (each line of the original used
 * once, whitespace at the ends ignored), when the file is a copy (COPY_EVIDENCE); none otherwise.
 * Such a line (a TODO, a print, commented-out code) was not written in this change.
 */
export const copiedLines = perReviewFile((file: ChangedFile, found: Lookups): Set<number> => {
  const original = file.status === "added" ? found.copyOriginals?.get(file.path) : undefined;
  const text = original === undefined ? undefined : found.baseContents?.get(original);
  if (text === undefined) return new Set();
  const lines = linesFrom(file.addedLines, text.split("\n"));
  return restoredShare(file, lines) >= COPY_EVIDENCE ? new Set(lines) : new Set();
});

/** Whether an added line of `file` is its original's (copiedLines). */
export function copiedLine(file: ChangedFile, line: number, found: Lookups): boolean {
  return found.copyOriginals !== undefined && copiedLines(file, found).has(line);
}

/**
 * The lines of the originals of the new files that are copies, as pr-size counts moved lines: a
 * line of a copied file found in its original is not new, as a line moved from a deleted file is not.
 */
export function copiedOriginalCounts(files: readonly ChangedFile[], found: Lookups): LineCounts {
  const out: LineCounts = new Map();
  for (const f of files) {
    const lines = copiedLines(f, found);
    if (lines.size === 0) continue;
    const copied = f.addedLines.filter((l) => lines.has(l.line)).map((l) => l.text);
    for (const [line, n] of lineCounts(copied)) out.set(line, (out.get(line) ?? 0) + n);
  }
  return out;
}

/** The base texts of the originals of the new files that are copies: what a rule reads as already in the repository. */
export function copiedOriginalTexts(files: readonly ChangedFile[], found: Lookups): string[] {
  if (!found.copyOriginals) return [];
  return files.flatMap((f) => {
    const original = copiedLines(f, found).size > 0 ? found.copyOriginals?.get(f.path) : undefined;
    const text = original === undefined ? undefined : found.baseContents?.get(original);
    return text === undefined ? [] : [text];
  });
}

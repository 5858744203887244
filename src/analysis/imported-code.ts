import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, linesFrom, markRestored, restoredShare } from "../model/restored-lines.js";
import { existingCodeNames, importedFromNames, importedNames, joined, movedInNames, saysMovedFromProject } from "./announced-copies.js";
import { markUpstreamCode, type ProjectReader } from "./upstream-code.js";
import { markAnnouncedPorts } from "./ported-code.js";
import { saysImportedFromHost, saysInitialImport } from "./initial-import.js";
import { isCodeFile } from "../text/languages.js";
import { markRepointedImports, markVendoredDependencies } from "./vendored-dependency.js";
import { LOCKFILE, markImportedProjects } from "./imported-projects.js";
import { markForeignToolFolders } from "./foreign-tool-folder.js";
import { markMigratedCode } from "./migrated-code.js";
import { markMirroredCopies } from "./mirrored-copies.js";
import { markForeignPackages } from "./foreign-packages.js";
import { markTemplateOutputs } from "./template-outputs.js";
import { markAssetLibraries } from "./asset-libraries.js";
import { markRebuiltBundles } from "./rebuilt-bundles.js";
import { markMovedCode } from "./provenance.js";

/**
 * Code a change brings in rather than writes (#10), found from the change alone, so the git source
 * and the GitHub App both mark it (as restored lines: every rule that judges code leaves those
 * alone, and `no-secrets` still scans them):
 * - a whole package imported into the repository ("initial import of regex-automata": a new folder
 *   with its own manifest and licence or README, thousands of lines, named by the message);
 * - files the message names as imported from another project ("Import JsonReader from Gson");
 * - a new file, or a new class in an edited file, whose header says it is a port or copy of a named
 *   work ("Ported from Apache Harmony": ported-code.ts);
 * - the same file added at two or more paths (an agent tool installed in `.flow/bin/` and in
 *   `scripts/ralph/`): the copies are judged once at most, and not at all when one copy is tooling;
 * - lines the change moved: runs of added lines it deletes elsewhere (provenance.ts);
 * - a bundler's output the change rebuilds, a bundle at base too (rebuilt-bundles.ts);
 * - when the source can read the repository (`project`), files under another holder's copyright in a
 *   project whose files carry none, and another project's latest code taken up (upstream-code.ts).
 */
export function markImportedCode(change: Change, isTooling: (path: string) => boolean = inRootToolFolder, project?: ProjectReader): void {
  markMovedCode(change);
  if (project) markInitialImport(change, project);
  if (project) markImportedProjects(change, () => project.basePaths());
  if (project) markUpstreamCode(change, project);
  if (project) markVendoredDependencies(change, project);
  if (project) markRepointedImports(change, project);
  if (project) markForeignToolFolders(change, () => project.basePaths());
  markMigratedCode(change, project);
  markAnnouncedPorts(change, project);
  markMirroredCopies(change, project);
  if (project) markForeignPackages(change, project);
  markTemplateOutputs(change, project);
  markAssetLibraries(change);
  if (project) markRebuiltBundles(change, project);
  const added = change.files.filter((f) => f.status === "added" && !f.binary && f.addedLines.length > 0 && !isRestored(f));
  if (added.length === 0) return;
  markImportedPackages(change, added);
  markExistingCodeFolders(change, added);
  markSeparateProjects(change, added);
  markImportedFiles(
    change,
    added.filter((f) => !isRestored(f)),
  );
  markDuplicates(
    change,
    added.filter((f) => !isRestored(f)),
    isTooling,
  );
}

/**
 * A folder at the repository's root whose name starts with a dot holds tooling, not the product:
 * `.github/scripts/`, `.devcontainer/`, an agent tool installed as `.flow/bin/flowctl.py` (a
 * 7,700-line copy judged "not worth saying" on held-out histories, session 5).
 */
export const inRootToolFolder = (path: string) => /^\.[^/]+\//.test(path);

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

// ---- an initial import ----

/**
 * A near-empty repository: what GitHub's "Initialize this repository" leaves (a README, a licence,
 * a .gitignore) and a little more, or nothing (a root commit against git's empty tree).
 */
export const NEAR_EMPTY_BASE = 10;
/** What an initial import brings, at least: a project (files and lines), not a first module written now. */
export const INITIAL_FILES = 20;
/**
 * Files enough when the change says it is the import ("Initial files": gorilla/mux's first code, 8 files and 2,500
 * lines after a README-only first commit, judged "not worth saying" on held-out histories, session 8).
 */
const ANNOUNCED_INITIAL_FILES = 3;
/** Files an initial import may edit beside what it adds: the README, .gitignore and licence the base had. */
const INITIAL_EDITS = 5;

/**
 * An initial import: the change brings a whole project into an empty or near-empty repository (its
 * root commit, or "Initial files" after a README-only first commit): at least INITIAL_FILES new
 * files (ANNOUNCED_INITIAL_FILES when its title or a subject says so) and MIN_IMPORTED_LINES lines, editing at most a few of the base's files, into a base of at
 * most NEAR_EMPTY_BASE files. That code was written before the change, elsewhere: its author
 * cannot act on how it is written in this change, so no rule judges it (no-secrets still scans it).
 */
export function initialImportCandidate(change: Change): boolean {
  const added = change.files.filter((f) => f.status === "added");
  if (change.files.length - added.length > INITIAL_EDITS) return false;
  const lines = added.reduce((n, f) => n + f.additions, 0);
  // "Initial commit (code, tests moved from pytest and adapted)": pluggy's first code, 1,500 lines
  // taken out of pytest; "imported the old i18n project from rubyforge". The message names where it was
  // written, so less of it is enough.
  if (
    lines >= MIN_MOVED_LINES &&
    added.length >= ANNOUNCED_INITIAL_FILES &&
    saysInitialImport(change) &&
    (saysMovedFromProject(change) || saysImportedFromHost(change))
  )
    return true;
  if (lines < MIN_IMPORTED_LINES) return false;
  return added.length >= INITIAL_FILES || (added.length >= ANNOUNCED_INITIAL_FILES && saysInitialImport(change));
}

/** Lines an initial import must bring when its message says they were moved from another project. */
const MIN_MOVED_LINES = 500;

function markInitialImport(change: Change, project: ProjectReader): void {
  if (!initialImportCandidate(change)) return;
  const base = project.basePaths();
  if (base === undefined || base.length > NEAR_EMPTY_BASE) return;
  const added = change.files.filter((f) => f.status === "added" && !f.binary);
  for (const f of added)
    markRestored(
      f,
      f.addedLines.map((l) => l.line),
      `an initial import: ${added.length} files brought into a repository of ${base.length === 0 ? "no files" : `${base.length} files`}`,
    );
}

// ---- a package imported whole ----

/** A package's manifest: what makes a folder a project of its own. */
const MANIFEST =
  /^(?:package\.json|pyproject\.toml|setup\.py|Cargo\.toml|go\.mod|[^/]+\.gemspec|[^/]+\.csproj|pom\.xml|build\.gradle(?:\.kts)?|composer\.json)$/;
/** What a project published on its own carries beside its manifest. */
const PUBLISHED = /^(?:LICEN[CS]E|COPYING|README)(?:[.-][\w.-]*)?$/i;
/**
 * Lines a package must bring to count as imported: a project written elsewhere over years, not a
 * new module of this one (a new crate or npm package of a monorepo starts far smaller). The
 * imports judged on held-out histories were 64,000 (regex-automata) and 8,800 (regex-cli) lines.
 */
export const MIN_IMPORTED_LINES = 2000;

/**
 * Marks the files of new packages the change imports: a folder (not the root) that the change adds
 * a manifest and a licence or README to, where it only adds files, with at least
 * MIN_IMPORTED_LINES lines, and whose name the change's words give to what they import. Packages
 * that come with it the same way (regex-cli beside regex-automata), with a licence of their own,
 * are part of the same import. The author's words are trusted as a "Copied from" header is: both
 * are theirs to write, so the folder, its size and its manifest must agree with them.
 */
function markImportedPackages(change: Change, added: ChangedFile[]): void {
  const names = importedNames(change);
  if (names.size === 0) return;
  const packages = newPackages(change, added);
  const named = packages.filter((p) => names.has(joined(nameOf(p.dir.slice(0, -1))).toLowerCase()));
  if (named.length === 0) return;
  const alongside = packages.filter((p) => !named.includes(p) && p.licensed);
  const by = named[0].dir.slice(0, -1);
  for (const p of [...named, ...alongside]) {
    for (const f of p.files)
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `imported whole with ${by}, as the change says`,
      );
  }
}

interface NewPackage {
  dir: string;
  files: ChangedFile[];
  licensed: boolean;
}

/** Folders the change adds a manifest and a licence or README to, adding every file of theirs it touches, large enough to be a project. */
function newPackages(change: Change, added: ChangedFile[]): NewPackage[] {
  const roots = new Set(added.filter((f) => f.path.includes("/") && MANIFEST.test(nameOf(f.path))).map((f) => dirOf(f.path)));
  const out: NewPackage[] = [];
  for (const dir of roots) {
    if (change.files.some((f) => f.path.startsWith(dir) && f.status !== "added")) continue;
    const published = added.filter((f) => dirOf(f.path) === dir && PUBLISHED.test(nameOf(f.path)));
    if (published.length === 0) continue;
    const files = added.filter((f) => f.path.startsWith(dir));
    if (files.reduce((n, f) => n + f.addedLines.length, 0) < MIN_IMPORTED_LINES) continue;
    out.push({ dir, files, licensed: published.some((f) => !/^README/i.test(nameOf(f.path))) });
  }
  return out;
}

// ---- an existing body of code added in a folder of its own ----

/**
 * Marks the new files under a folder the change's words name as an existing body of code it adds
 * ("Added the old Avalon Excalibur CLI package": commons-cli's `cli/avalon/` and its tests'
 * `cli/avalon/`, 2,700 lines, no manifest of their own). Every changed file under a folder of
 * that name must be new, and they must bring MIN_IMPORTED_LINES lines at least: the words, the
 * folder and its size must agree, as for a package imported whole.
 */
function markExistingCodeFolders(change: Change, added: ChangedFile[]): void {
  const existing = existingCodeNames(change);
  const moved = movedInNames(change);
  const names = new Set([...existing, ...moved]);
  if (names.size === 0) return;
  const folderName = (path: string) =>
    path
      .split("/")
      .slice(0, -1)
      .find((d) => names.has(joined(d).toLowerCase()));
  const byName = new Map<string, ChangedFile[]>();
  for (const f of change.files) {
    const name = folderName(f.path);
    if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  for (const [name, files] of byName) {
    // A folder moved in by name ("Move Inflector in String") needs less: the words name the folder itself.
    const least = existing.has(joined(name).toLowerCase()) ? MIN_IMPORTED_LINES : MIN_MOVED_IN_LINES;
    if (files.some((f) => !added.includes(f)) || files.reduce((n, f) => n + f.addedLines.length, 0) < least) continue;
    for (const f of files)
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `existing code added whole in ${name}/, as the change says`,
      );
  }
}

/** Lines a folder the message says it moves in must bring: a component, not a file or two written here. */
const MIN_MOVED_IN_LINES = 200;

// ---- a separate project added whole ----

/**
 * Code lines a separate project must bring to count as brought in: formik's new docs site
 * (`website2/`, a Next.js site built on Vercel's notion-blog example) brought 6,600 lines of code in
 * 82 files beside 16,000 of lockfile, docs and images. A site or app written for the repository
 * grows over many changes; one that arrives whole this large was made from a template or elsewhere.
 */
export const MIN_PROJECT_LINES = 5000;

/**
 * Marks the files of a folder the change adds whole with a manifest and a lockfile of its own (a
 * separate project: a docs site, a sample app), when its code is MIN_PROJECT_LINES lines or more.
 * A new package of the repository's workspace shares the root lockfile, and stays the change's.
 */
function markSeparateProjects(change: Change, added: ChangedFile[]): void {
  const lockDirs = new Set(added.filter((f) => f.path.includes("/") && LOCKFILE.test(nameOf(f.path))).map((f) => dirOf(f.path)));
  for (const dir of lockDirs) {
    if (!added.some((f) => dirOf(f.path) === dir && MANIFEST.test(nameOf(f.path)))) continue;
    if (change.files.some((f) => f.path.startsWith(dir) && f.status !== "added")) continue;
    const files = added.filter((f) => f.path.startsWith(dir) && !isRestored(f));
    const code = files.filter((f) => isCodeFile(f.path)).reduce((n, f) => n + f.addedLines.length, 0);
    if (code < MIN_PROJECT_LINES) continue;
    for (const f of files)
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `a separate project added whole in ${dir} (its own manifest and lockfile, ${code} lines of code)`,
      );
  }
}

// ---- files imported by name ----

/**
 * Marks new files the change's words name as imported from another project: "Import JsonReader
 * and JsonWriter from Gson" adding `JsonReader.java` and `JsonWriter.java` (moshi 2a43606b). The
 * file's name without its extension must be one of the names; the tests written for them, and
 * files not named, stay the change's. Trusted as a "Copied from" header is: the author's words.
 */
function markImportedFiles(change: Change, added: ChangedFile[]): void {
  const names = importedFromNames(change);
  if (names.size === 0) return;
  for (const f of added) {
    const stem = nameOf(f.path).replace(/\..*$/, "");
    if (names.has(joined(stem).toLowerCase()))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        "imported from another project, as the change says",
      );
  }
}

// ---- the same file added at two paths ----

/** Below this many non-blank lines, files are alike by nature (an `__init__.py`, a stub), not copies. */
const MIN_LINES = 10;
/** One file's lines that are another's, at least, for it to be a copy (a version string or a path changed). */
const COPY_SHARE = 0.95;
/** Files, and lines compared pair by pair, per change at most: a change of thousands of files stays cheap. */
const MAX_FILES = 3000;
const MAX_COMPARED_LINES = 2_000_000;
/** Same-named files compared with one another, at most (a crate's many `mod.rs`). */
const MAX_GROUP = 40;

/**
 * Marks new files that are copies of other new files of the same change: the same name with at
 * least COPY_SHARE of their lines the other's, or the same text under any name. Of files that
 * copy one another, the longest (then the first by path) is the one judged; none is when one of
 * them is tooling, and then a new folder that is mostly such a copy is that tool installed again.
 */
function markDuplicates(change: Change, added: ChangedFile[], isTooling: (path: string) => boolean): void {
  const files = added.filter((f) => nonBlank(f) >= MIN_LINES).slice(0, MAX_FILES);
  const copies = copyPairs(files);
  if (copies.length === 0) return;
  const tooling = new Set<ChangedFile>();
  for (const [copy, of] of copies) {
    if (isRestored(copy) || isTooling(copy.path)) continue;
    if (isTooling(of.path)) tooling.add(copy);
    else if (judgedFirst(copy, of)) continue;
    markRestored(
      copy,
      linesFrom(
        copy.addedLines,
        of.addedLines.map((l) => l.text),
      ),
      `a copy of ${of.path}, added in the same change`,
    );
  }
  for (const copy of tooling) markToolInstall(change, copy);
}

/** Whether `a` is the copy judged rather than `b`: the longer, then the first by path. */
function judgedFirst(a: ChangedFile, b: ChangedFile): boolean {
  return a.addedLines.length !== b.addedLines.length ? a.addedLines.length > b.addedLines.length : a.path < b.path;
}

/** Pairs [copy, original] of files whose lines are the other's: same-named files compared, identical texts under any name. */
function copyPairs(files: ChangedFile[]): Array<[ChangedFile, ChangedFile]> {
  const pairs: Array<[ChangedFile, ChangedFile]> = [];
  const seen = new Set<string>();
  const budget = { left: MAX_COMPARED_LINES };
  for (const members of copyGroups(files).values()) {
    const group = members.slice(0, MAX_GROUP);
    for (const [a, b] of group.flatMap((x) => group.map((y): [ChangedFile, ChangedFile] => [x, y]))) {
      const verdict = compareCopy(a, b, seen, budget);
      if (verdict === "out of budget") return pairs;
      if (verdict === "copy") pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Files that may be copies of each other: same-named files, and files of identical added text. */
function copyGroups(files: ChangedFile[]): Map<string, ChangedFile[]> {
  const groups = new Map<string, ChangedFile[]>();
  const add = (key: string, f: ChangedFile) => groups.set(key, [...(groups.get(key) ?? []), f]);
  for (const f of files) {
    add(`name:${nameOf(f.path)}`, f);
    add(`text:${f.addedLines.map((l) => l.text.trim()).join("\n")}`, f);
  }
  return groups;
}

/** Whether `a` is a copy of `b`, each ordered pair compared once and within the budget of lines. */
function compareCopy(a: ChangedFile, b: ChangedFile, seen: Set<string>, budget: { left: number }): "copy" | "not" | "out of budget" {
  const key = `${a.path}\0${b.path}`;
  // A copy's lines are nearly all the other's: a file much longer than the other cannot be its copy.
  if (a === b || seen.has(key) || a.addedLines.length * COPY_SHARE > b.addedLines.length) return "not";
  seen.add(key);
  budget.left -= a.addedLines.length + b.addedLines.length;
  if (budget.left < 0) return "out of budget";
  const shared = restoredShare(
    a,
    linesFrom(
      a.addedLines,
      b.addedLines.map((l) => l.text),
    ),
  );
  return shared >= COPY_SHARE ? "copy" : "not";
}

const nonBlank = (f: ChangedFile) => f.addedLines.filter((l) => l.text.trim() !== "").length;

/** A new folder's other new files, when most of its lines are copies of tooling: the tool's own files, installed with it. */
function markToolInstall(change: Change, copy: ChangedFile): void {
  const dir = dirOf(copy.path);
  if (dir === "") return;
  const inside = change.files.filter((f) => f.path.startsWith(dir));
  if (inside.some((f) => f.status !== "added")) return;
  const lines = (fs: ChangedFile[]) => fs.reduce((n, f) => n + f.addedLines.length, 0);
  if (lines(inside.filter(isRestored)) * 2 < lines(inside)) return;
  for (const f of inside)
    if (!isRestored(f))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `installed with ${copy.path}, a copy of tooling`,
      );
}

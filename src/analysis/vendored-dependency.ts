import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { isCodeFile } from "../text/languages.js";
import { joined } from "./announced-copies.js";
import type { ProjectReader } from "./upstream-code.js";

/**
 * A dependency the change drops from a package.json and copies in as a file of its own (#10):
 * formik b52b4ca6b0 removed `hoist-non-react-statics` and added `src/hoistStatics.tsx`, whose
 * `hoistNonReactStatics` is the package's code in TypeScript. The new file is the package's, kept
 * as upstream has it so it does not drift; no rule judges how it is written. Both signals are
 * needed: the manifest at base and head (read from the repository), and a new file that declares
 * the package's name as a function or class, or is named for it.
 *
 * A copy whose comments name the package is one its author patched and keeps: got b9b6b1e9d7's
 * `decompress-response.ts` says "TODO: Switch back to the `decompress-response` package when it's
 * fixed" (a TODO judges agreed should be tracked). That copy stays the change's.
 */

const MANIFEST = /(?:^|\/)package\.json$/;
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
/** A declaration's name in JavaScript or TypeScript: `function hoistNonReactStatics(`, `export class Foo`, `const foo = `. */
const DECLARED = /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]{2,80})/;
/** Lines of a new file read for its declarations, at most. */
const HEAD_LINES = 400;
/** Names shorter than this say too little to match a package's (`ms`, `qs`). */
const MIN_NAME = 6;

/** The edited package.json files of a change that adds code files: what to read at base and head. */
export function vendoringManifests(change: Change): string[] {
  if (!change.files.some((f) => f.status === "added" && isCodeFile(f.path) && !isRestored(f))) return [];
  return change.files.filter((f) => f.status === "modified" && MANIFEST.test(f.path)).map((f) => f.path);
}

/** Marks the new files that are copies of a dependency the change drops from a package.json. */
export function markVendoredDependencies(change: Change, project: ProjectReader): void {
  const manifests = vendoringManifests(change);
  if (manifests.length === 0) return;
  const [base, head] = [project.texts("base", manifests), project.texts("head", manifests)];
  const dropped = new Map(manifests.flatMap((p) => droppedDependencies(base.get(p), head.get(p))).map((n) => [normalised(n), n]));
  if (dropped.size === 0) return;
  for (const f of change.files) {
    if (f.status !== "added" || !isCodeFile(f.path) || isRestored(f)) continue;
    const name = namesOf(f).find((n) => dropped.has(n));
    if (name !== undefined && !namesPackage(f, dropped.get(name)!))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `a copy of a dependency the change drops from package.json (${name})`,
      );
  }
}

/** The dependencies at base that head no longer has, by their names. */
function droppedDependencies(base: string | undefined, head: string | undefined): string[] {
  const [before, after] = [dependencyNames(base), dependencyNames(head)];
  if (before === undefined || after === undefined) return [];
  const kept = new Set([...after].map(normalised));
  return [...before].filter((n) => !kept.has(normalised(n)) && normalised(n).length >= MIN_NAME);
}

/** Whether a line of the file names the package as written in package.json (a comment about the copy). */
function namesPackage(f: ChangedFile, name: string): boolean {
  const lower = name.toLowerCase();
  return f.addedLines.some((l) => l.text.toLowerCase().includes(lower));
}

function dependencyNames(text: string | undefined): Set<string> | undefined {
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const names = DEPENDENCY_FIELDS.flatMap((k) => {
      const deps = json[k];
      return deps && typeof deps === "object" ? Object.keys(deps) : [];
    });
    return new Set(names);
  } catch {
    return undefined;
  }
}

const normalised = (name: string) => joined(name.replace(/^@[^/]+\//, "")).toLowerCase();

/** The names a new file goes by: its file name, and what it declares near its top. */
function namesOf(f: ChangedFile): string[] {
  const stem = f.path.slice(f.path.lastIndexOf("/") + 1).replace(/\..*$/, "");
  const declared = f.addedLines.slice(0, HEAD_LINES).flatMap((l) => DECLARED.exec(l.text.slice(0, 300))?.[1] ?? []);
  return [stem, ...declared].map(normalised);
}

/**
 * A package's import pointed at a new file of the same name (#10): yargs 623dc26c73 turned
 * `require('minimist')` into `require('./lib/minimist')` and added `lib/minimist.js`, the package
 * "rolled back into the project" whole (judged "not worth saying": the author's own change was ten
 * lines of it). The importer's text at base imports the package by its bare name, and an added line
 * of the same file imports a relative module that ends with the new file's name: both are needed.
 * Read: the importers' texts at base, only when an added line imports a new file of the change.
 */
const RELATIVE_IMPORT = /(?:\brequire\s*\(\s*|\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[\w./-]{1,200})["']/;
/** Python: `from .lib import six`, `from ._vendor.six import moves`. */
const PYTHON_RELATIVE = /^\s*from\s+(\.+[\w.]{0,200})\s+import\s+([\w, ]{1,200})/;
/** Lines of an importer read for a relative import, at most. */
const IMPORT_LINES = 300;
const SCRIPT = /\.(?:m|c)?[jt]sx?$/;

interface Repointed {
  importer: string;
  file: ChangedFile;
  name: string;
}

const repointedByChange = new WeakMap<Change, Repointed[]>();

/** New files of the change that an added line of an edited file imports by a relative path (once per change). */
function repointedCandidates(change: Change): Repointed[] {
  let out = repointedByChange.get(change);
  if (out) return out;
  out = [];
  const added = new Map<string, ChangedFile>();
  for (const f of change.files) if (f.status === "added" && isCodeFile(f.path) && !isRestored(f)) added.set(`${dirOf(f.path)}${stemOf(f.path)}`, f);
  if (added.size > 0) for (const f of change.files) if (f.status === "modified") out.push(...repointedBy(f, added));
  repointedByChange.set(change, out);
  return out;
}

/** The new files of the change, by path without extension, that an edited file's added imports now name. */
function repointedBy(importer: ChangedFile, added: Map<string, ChangedFile>): Repointed[] {
  const out: Repointed[] = [];
  for (const l of importer.addedLines.slice(0, IMPORT_LINES)) {
    const target = importedPath(importer.path, l.text.slice(0, 400));
    const file = target === undefined ? undefined : added.get(target);
    if (file && stemOf(file.path).length >= 4 && file.addedLines.length >= MIN_COPY_LINES && !wraps(file))
      out.push({ importer: importer.path, file, name: stemOf(file.path) });
  }
  return out;
}

/** Lines a package's copy has, at least: a module of the project's own that stands in for a package (a wrapper) is small. */
const MIN_COPY_LINES = 50;

/** A new file that imports the package of its own name: a wrapper around it, not a copy of it. */
function wraps(file: ChangedFile): boolean {
  const name = stemOf(file.path);
  const text = file.addedLines
    .slice(0, IMPORT_LINES)
    .map((l) => l.text.slice(0, 400))
    .join("\n");
  return importsPackage(text, name, /\.py$/.test(file.path));
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const stemOf = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "");

/** The repository path (without extension) a relative import on `text` in `from` names, if it has one. */
function importedPath(from: string, text: string): string | undefined {
  let spec: string | undefined;
  if (SCRIPT.test(from)) spec = RELATIVE_IMPORT.exec(text)?.[1]?.replace(/\.(?:m|c)?[jt]sx?$/, "");
  else if (/\.py$/.test(from)) {
    const m = PYTHON_RELATIVE.exec(text);
    // `from .lib import minimist`: the module is the imported name under the dotted package.
    if (m) spec = pythonSpec(m[1], m[2].split(",")[0].trim());
  }
  if (spec === undefined) return undefined;
  const parts = dirOf(from).split("/").filter(Boolean);
  for (const piece of spec.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function pythonSpec(dotted: string, name: string): string {
  const ups = /^\.+/.exec(dotted)![0].length;
  const rest = dotted.slice(ups).split(".").filter(Boolean);
  return ["."].concat(Array(ups - 1).fill(".."), rest, [name]).join("/");
}

/** The edited files whose base text tells whether they imported a package a new file now stands in for. */
export function repointedImporters(change: Change): string[] {
  return [...new Set(repointedCandidates(change).map((c) => c.importer))];
}

/** An import of the package by its bare name: `require('minimist')`, `from 'minimist'`, `import six`, `from six import moves`. */
function importsPackage(text: string, name: string, python: boolean): boolean {
  const n = escapeRegExp(name);
  const re = python ? new RegExp(`^\\s*(?:import\\s+${n}\\b|from\\s+${n}(?:\\.[\\w.]+)?\\s+import\\b)`, "m") : new RegExp(`["']${n}(?:/[\\w./-]*)?["']`);
  return re.test(text.slice(0, 100_000));
}

/** Marks the new files an edited file now imports in place of the package of the same name it imported at base. */
export function markRepointedImports(change: Change, project: ProjectReader): void {
  const candidates = repointedCandidates(change);
  if (candidates.length === 0) return;
  const base = project.texts("base", repointedImporters(change));
  for (const c of candidates) {
    const text = base.get(c.importer);
    if (text === undefined || isRestored(c.file) || !importsPackage(text, c.name, /\.py$/.test(c.importer))) continue;
    markRestored(
      c.file,
      c.file.addedLines.map((l) => l.line),
      `a copy of the ${c.name} package: ${c.importer} imported it by name before the change`,
    );
  }
}

import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { isCodeFile } from "../text/languages.js";
import type { ProjectReader } from "./upstream-code.js";

/**
 * Another project's package added whole under a project root of its own (#10, #11): ZLogger's
 * "Add Unity Project" brought ZString (`Assets/Scripts/ZString/`, its `ZString.asmdef`, 30,000 lines
 * in `namespace Cysharp.Text`) and RuntimeUnitTestToolkit (its `package.json` and `.asmdef`,
 * `namespace RuntimeUnitTestToolkit`) into a repository whose code lives in `namespace ZLogger`. Judges
 * called every structure finding there "not worth saying" (set 19): the author did not write that code
 * in this change and cannot act on how it is written. Its lines are marked as restored, so every rule
 * that judges code leaves them alone; no-secrets still scans them.
 *
 * Three observable signals, all needed (no message, comment or name the author writes is enough alone):
 * - a folder the change adds whole (every changed file under it is new) with a manifest of its own;
 * - MIN_CODE_LINES lines of code or more in it, half as many at least in files that declare a namespace
 *   (RuntimeUnitTestToolkit's editor scripts declare none): a project written elsewhere, not a first module;
 * - the code declares namespaces (packages) of its own, and those of nearly all its lines share no
 *   root with any namespace the repository's code declared at base (read from a few of its files).
 *   A new module of the repository's own nests under its namespaces (`Cysharp.Threading.Tasks.Linq`
 *   beside `Cysharp.Threading.Tasks`); a dependency's copy keeps its own.
 * And the repository's own build does not name the folder (builtByRepository).
 * Abuse: a pull request could put its code in a new folder with a manifest and a made-up namespace.
 * That code is then visibly a separate package of 1,000+ lines in the diff, the secrets scan still
 * runs, and only the readability asks (TODOs, prints, length, nesting) go quiet for it.
 */

/** What makes a folder a project root of its own (Unity's assembly definition too). */
const MANIFEST =
  /^(?:package\.json|pyproject\.toml|setup\.py|Cargo\.toml|go\.mod|[^/]+\.gemspec|[^/]+\.csproj|[^/]+\.asmdef|pom\.xml|build\.gradle(?:\.kts)?|composer\.json)$/;
export const MIN_CODE_LINES = 1000;
/** Share of the package's namespaced code lines, at most, under a root the repository declared: a shim or two. */
const OWN_SHARE = 0.1;
/** Base files read for the repository's own namespaces, at most, and lines of each searched. */
const MAX_BASE_FILES = 40;
const HEAD_LINES = 80;
/** New files looked at for a manifest, at most. */
const MAX_FILES = 5000;

/** A namespace or package declaration: C#, Java, Kotlin, Scala, PHP. */
const DECLARATION = /^\s*(?:namespace|package)\s+([A-Za-z_][\w.\\]{0,200}?)\s*(?:[;{]|$)/;
const DECLARING = /\.(?:cs|java|kt|kts|scala|php)$/;
/**
 * Roots a package shares with any other without being the same project: the platform's own
 * namespaces, which a library's shims re-declare (`namespace System.Diagnostics.CodeAnalysis`).
 */
const PLATFORM_ROOTS = new Set(["system", "microsoft", "java", "javax", "kotlin", "kotlinx", "android", "androidx", "windows", "unityengine", "unityeditor"]);

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** A namespace's root: its first part, or its first two when the first is a domain (`com.airbnb`, `io.ktor`, `jp.cysharp`). */
function rootOf(namespace: string): string | undefined {
  const parts = namespace.toLowerCase().split(/[.\\]/);
  const root = /^[a-z]{2,3}$/.test(parts[0]) && parts.length > 1 ? `${parts[0]}.${parts[1]}` : parts[0];
  return PLATFORM_ROOTS.has(parts[0]) ? undefined : root;
}

function declared(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const m = DECLARATION.exec(line.slice(0, 300));
    if (m) return m[1];
  }
  return undefined;
}

/** Folders the change adds whole with a manifest of their own, the deepest first. */
function packageRoots(change: Change, added: ChangedFile[]): string[] {
  const roots = [...new Set(added.filter((f) => f.path.includes("/") && MANIFEST.test(nameOf(f.path))).map((f) => dirOf(f.path)))];
  return roots
    .filter((dir) => !change.files.some((f) => f.path.startsWith(dir) && f.status !== "added"))
    .sort((a, b) => b.split("/").length - a.split("/").length || (a < b ? -1 : 1));
}

const namespacedLines = (files: ChangedFile[]) => files.filter((f) => DECLARING.test(f.path)).reduce((n, f) => n + f.addedLines.length, 0);

/** The namespace roots the repository's code declared at base: a few files of the languages the packages are in. */
function ownRoots(project: ProjectReader, packages: ChangedFile[][]): Set<string> | undefined {
  const tree = project.basePaths();
  if (!tree) return undefined;
  const texts = project.texts("base", sampledPaths(tree, packages));
  const roots = new Set<string>();
  for (const text of texts.values()) {
    const ns = declared(text.slice(0, 20_000).split("\n"));
    const root = ns === undefined ? undefined : rootOf(ns);
    if (root !== undefined) roots.add(root);
  }
  return roots;
}

/** The base files read for the repository's namespaces: MAX_BASE_FILES of the packages' languages, spread over the tree. */
function sampledPaths(tree: readonly string[], packages: ChangedFile[][]): string[] {
  const extensions = new Set(packages.flatMap((files) => files.map((f) => f.path.slice(f.path.lastIndexOf(".")))));
  const all = tree.filter((p) => DECLARING.test(p) && extensions.has(p.slice(p.lastIndexOf("."))));
  // Spread over the whole tree: the first files by path may all be one corner's (ktor's `build-logic/`, `package ktorbuild`).
  const step = Math.max(1, Math.ceil(all.length / MAX_BASE_FILES));
  return all.filter((_, i) => i % step === 0);
}

/** The new files under each project root the change adds whole, when one has namespaced code enough to be a package; none otherwise. */
function packageFiles(change: Change): ChangedFile[][] {
  const added = change.files.filter((f) => f.status === "added" && !f.binary).slice(0, MAX_FILES);
  const code = (dir: string) => added.filter((f) => f.path.startsWith(dir) && isCodeFile(f.path) && !isRestored(f));
  const packages = packageRoots(change, added).map(code);
  return packages.some((files) => namespacedLines(files) >= MIN_CODE_LINES / 2) ? packages : [];
}

/**
 * The base paths a source that reads up front (the GitHub App) must read for markForeignPackages, given
 * the tree: none unless the change adds a project root with namespaced code enough.
 */
export function foreignPackageReads(change: Change, tree: readonly string[]): string[] {
  const packages = packageFiles(change);
  return packages.length === 0 ? [] : sampledPaths(tree, packages);
}

/** Whether the change may add a foreign package: the App reads the tree for it only then. */
export const mayAddForeignPackage = (change: Change) => packageFiles(change).length > 0;

/**
 * Marks the code of the foreign packages the change adds whole. The deepest project root is judged
 * first; the files of one that is not foreign on its own (a package's `Editor/` assembly, too small
 * alone) are judged again with the root above it, and those of a foreign one are taken out of the
 * roots above (a Unity project that holds a copied library beside its own scripts).
 */
export function markForeignPackages(change: Change, project: ProjectReader): void {
  const added = change.files.filter((f) => f.status === "added" && !f.binary).slice(0, MAX_FILES);
  const roots = packageRoots(change, added);
  const code = (dir: string) => added.filter((f) => f.path.startsWith(dir) && isCodeFile(f.path) && !isRestored(f));
  if (!roots.some((dir) => namespacedLines(code(dir)) >= MIN_CODE_LINES / 2)) return;
  const own = ownRoots(project, roots.map(code));
  // Knowing nothing of the repository's own namespaces, nothing is foreign.
  if (!own || own.size === 0) return;
  const taken = new Set<ChangedFile>();
  const built = builtByRepository(change);
  for (const dir of roots) {
    if (built(dir)) continue;
    const files = code(dir).filter((f) => !taken.has(f));
    const roots = foreignRoots(files, own);
    if (!roots) continue;
    for (const f of files) {
      taken.add(f);
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `another project's package added whole in ${dir} (its own manifest, namespace ${roots.slice(0, 3).join(", ")})`,
      );
    }
  }
}

/**
 * Whether the repository's own build now names the folder: an added line of a file the change edits (a
 * solution, `settings.gradle`, a workspace list, a project reference) holds its path's last folder
 * followed by a separator (`tests\RESPite.Tests\RESPite.Tests.csproj` in StackExchange.Redis.sln). A
 * project the repository builds as one of its own is its own, whatever its namespace (StackExchange.Redis's
 * new RESPite library). A package reference by name (`Include="ZString"`) names no folder.
 */
function builtByRepository(change: Change): (dir: string) => boolean {
  const lines = change.files
    .filter((f) => f.status === "modified" && !f.binary)
    .slice(0, 200)
    .flatMap((f) => f.addedLines.slice(0, 2000).map((l) => l.text.slice(0, 500)));
  return (dir) => {
    const folder = nameOf(dir.slice(0, -1));
    return lines.some((l) => l.includes(`${folder}/`) || l.includes(`${folder}\\`));
  };
}

/** The foreign namespace roots of a package's files, when nearly all their namespaced lines are foreign and there are enough; undefined otherwise. */
function foreignRoots(files: ChangedFile[], own: Set<string>): string[] | undefined {
  let ownLines = 0;
  let foreignLines = 0;
  const roots = new Set<string>();
  for (const f of files) {
    if (!DECLARING.test(f.path)) continue;
    const ns = declared(f.addedLines.map((l) => l.text));
    const root = ns === undefined ? undefined : rootOf(ns);
    if (root === undefined) continue;
    if (own.has(root)) ownLines += f.addedLines.length;
    else {
      foreignLines += f.addedLines.length;
      roots.add(root);
    }
  }
  // The size is the package's code; the namespaces are read where they are declared (an editor script may declare none).
  const size = files.reduce((n, f) => n + f.addedLines.length, 0);
  const foreign = size >= MIN_CODE_LINES && foreignLines >= MIN_CODE_LINES / 2 && ownLines <= OWN_SHARE * (ownLines + foreignLines);
  return foreign ? [...roots] : undefined;
}

import type { Change, ChangedFile } from "../model/change.js";
import { markRestored } from "../model/restored-lines.js";
import { LICENCE_FILE, MANIFEST } from "./not-authored.js";

/**
 * A whole project brought into a new folder of an existing repository (#10, #11): kotest d3bbfb2a58
 * merged its separate IntelliJ-plugin repository as `kotest-intellij-plugin/` (190 files, 11,000
 * lines, with its own LICENSE, README, gradlew and build file). Set 21's judges rejected every
 * line-level finding on it, and its size, as "not written in this change". initial-import.ts
 * knows a first import into a near-empty repository; this is an import beside existing code.
 *
 * Decided from the files only, never from the message (an author's words): the folder is absent
 * at base, the change only adds files in it, it has a build root of its own (a manifest) and a
 * sign that it was built and published on its own (a licence, a build wrapper, its own Gradle
 * settings, a lockfile, a solution, its own CI), and it is large at once. A new module of the
 * repository written in one change shares the root's build and licence, and is small: on the
 * seen corpora (set 21 and the judged histories) the new folders with a manifest and such a sign
 * were actix's crates (5 to 16 files, 400 to 4,000 lines: a Rust crate carries its licence files),
 * kotest's sample and test projects (5 to 16 files), language-ext's sample (14 files), jOOR's
 * module (19 files): all under MIN_PROJECT_FILES. Above it: kotest's plugin (190 files) and its
 * Docusaurus site (99 files, with its lockfile), both brought in whole.
 */

/** Files an imported project brings at least: a new module written in one change has fewer (see above). */
export const MIN_PROJECT_FILES = 20;
/** Lines it brings at least: a project written elsewhere over time, not a scaffold. */
export const MIN_PROJECT_LINES = 2000;
/** Folders with a new build file examined per change: each costs a pass over the change's files and the base's paths. */
const MAX_CANDIDATES = 20;

/** A lockfile: a project installed on its own, not a package of this repository's workspace. */
export const LOCKFILE =
  /^(?:yarn\.lock|package-lock\.json|pnpm-lock\.yaml|npm-shrinkwrap\.json|Cargo\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|go\.sum)$/;
/** A build root of its own: a package manifest, or Gradle settings (a Gradle build's root). */
const GRADLE_SETTINGS = /^settings\.gradle(?:\.kts)?$/;
/** What a project built and published on its own carries at its root, beside its manifest. */
const OWN_BUILD = /^(?:gradlew|gradlew\.bat|mvnw|mvnw\.cmd|\.travis\.yml|\.gitlab-ci\.yml|azure-pipelines\.yml|[^/]+\.sln)$/;
/** Its own CI, which only a repository of its own runs. */
const OWN_CI = /^\.github\/workflows\//;

export interface ImportedProject {
  /** The folder, with its trailing `/`. */
  dir: string;
  files: ChangedFile[];
  lines: number;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/**
 * The new folders of `change` that arrive as whole projects, outermost only (see above). The base's file
 * list is asked for only when a folder passes on the change's own files: the GitHub App reads the tree
 * for it with a request of its own (#13).
 */
export function importedProjects(change: Change, basePaths: () => readonly string[] | undefined): ImportedProject[] {
  const roots = new Set(
    change.files
      .filter((f) => f.status === "added" && f.path.includes("/"))
      .filter((f) => MANIFEST.test(f.path) || GRADLE_SETTINGS.test(nameOf(f.path)))
      .map((f) => dirOf(f.path)),
  );
  const candidates: ImportedProject[] = [];
  for (const dir of [...roots].sort((a, b) => a.length - b.length).slice(0, MAX_CANDIDATES)) {
    if (candidates.some((p) => dir.startsWith(p.dir))) continue;
    const project = asImportedProject(change, dir);
    if (project) candidates.push(project);
  }
  if (candidates.length === 0) return [];
  const base = basePaths();
  if (base === undefined) return [];
  // A folder the base already has is the project's own, growing: only a new one arrives whole.
  return candidates.filter((p) => !base.some((path) => path.startsWith(p.dir)));
}

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

function asImportedProject(change: Change, dir: string): ImportedProject | undefined {
  const files = change.files.filter((f) => f.path.startsWith(dir));
  if (files.length < MIN_PROJECT_FILES || files.some((f) => f.status !== "added")) return undefined;
  const lines = files.reduce((n, f) => n + f.additions, 0);
  if (lines < MIN_PROJECT_LINES || !files.some((f) => standsAlone(f.path.slice(dir.length)))) return undefined;
  return { dir, files, lines };
}

/** Whether `rel` (a path inside the folder) is a sign the folder was built and published on its own. */
function standsAlone(rel: string): boolean {
  if (OWN_CI.test(rel)) return true;
  if (rel.includes("/")) return false;
  return LICENCE_FILE.test(`./${rel}`) || OWN_BUILD.test(rel) || GRADLE_SETTINGS.test(rel) || LOCKFILE.test(rel);
}

/**
 * Sets aside every added line of the imported projects (as restored lines: the rules that judge
 * how code is written leave them alone, and `no-secrets` still scans them), and names each folder
 * once among what was not reviewed, so nothing is switched off silently.
 */
export function markImportedProjects(change: Change, basePaths: () => readonly string[] | undefined): void {
  for (const p of importedProjects(change, basePaths)) {
    for (const f of p.files) {
      f.importedProject = p.dir;
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `imported whole with ${p.dir}, a project of its own`,
      );
    }
    if (change.gaps.some((g) => g.kind === "imported" && g.path === p.dir)) continue;
    // First in the list, and in place of its binary files' lines (its images and docs are part of what arrived).
    const kept = change.gaps.filter((g) => !(g.kind === "binary" && g.path?.startsWith(p.dir)));
    const imported = {
      kind: "imported" as const,
      path: p.dir,
      message: `arrived as a whole project (${p.files.length} files, ${p.lines} lines, with a build of its own): not reviewed line by line`,
    };
    change.gaps.splice(0, change.gaps.length, imported, ...kept);
  }
}

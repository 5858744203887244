import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
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

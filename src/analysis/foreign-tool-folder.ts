import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { extensionOf } from "../text/languages.js";

/**
 * A root folder where a project keeps what it builds or works with rather than what it ships:
 * libraries, tools, vendored and external code (`lib/codereview/codereview.py`, Go's Mercurial
 * code-review extension, copied into a Go repository's `lib/`).
 */
const TOOL_FOLDER = /^(?:lib|libs|tools?|vendor|third[-_]?party|extern|externals?|deps|contrib)\//i;

/**
 * Language families by extension: a project written in one member writes its tools in another
 * member too (a TypeScript project's `tools/*.js`, a Kotlin project's Java), so only a family
 * none of its files use is foreign. Shell is left out: every project has its scripts.
 */
const FAMILY: Record<string, string> = {
  ...Object.fromEntries(["ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"].map((e) => [e, "javascript"])),
  ...Object.fromEntries(["java", "kt", "kts", "scala", "groovy"].map((e) => [e, "jvm"])),
  ...Object.fromEntries(["cs", "vb", "fs"].map((e) => [e, "dotnet"])),
  ...Object.fromEntries(["c", "h", "cc", "cpp", "cxx", "hpp", "m", "mm"].map((e) => [e, "c"])),
  py: "python",
  pyi: "python",
  rb: "ruby",
  rake: "ruby",
  go: "go",
  rs: "rust",
  php: "php",
  swift: "swift",
  dart: "dart",
};
const familyOf = (path: string) => FAMILY[extensionOf(path)];

/**
 * Lines of foreign code the change must bring into the folder: a vendored tool is a whole program
 * (codereview.py: 3,291 lines); a helper script the team writes in another language is far smaller
 * and stays theirs to be judged.
 */
export const MIN_FOREIGN_LINES = 1000;
/** Code files the rest of the repository must hold for its languages to say what the project is written in. */
const MIN_OWN_FILES = 3;

/** New files under a root tool-like folder in a language with a code extension: what the tree is read for. */
export function foreignToolCandidates(change: Change): ChangedFile[] {
  return change.files.filter((f) => f.status === "added" && !f.binary && TOOL_FOLDER.test(f.path) && familyOf(f.path) !== undefined && !isRestored(f));
}

/**
 * Marks (as restored lines: every rule that judges code leaves them alone, no-secrets still scans
 * them) the new files under a root `lib/`, `tools/`, `vendor/`, `third_party/`, `extern/`… in a
 * language family that none of the repository's other code files use at head, when the change
 * brings MIN_FOREIGN_LINES lines or more of it there: a Python tool in a Go repository is another
 * project's program, not the project's code. Ruby's `lib/` in a Ruby gem stays the project's, as
 * the gem's other Ruby files (its specs, its Rakefile) share its language; a repository whose only
 * code is that folder says nothing (MIN_OWN_FILES).
 */
export function markForeignToolFolders(change: Change, readBasePaths: () => string[] | undefined): void {
  const candidates = foreignToolCandidates(change);
  // The file list is read only for a change that adds code under a root tool folder: most add none.
  const basePaths = candidates.length === 0 ? undefined : readBasePaths();
  if (!basePaths) return;
  const head = headPaths(change, basePaths);
  const groups = new Map<string, ChangedFile[]>();
  for (const f of candidates) {
    const key = `${f.path.slice(0, f.path.indexOf("/"))}\0${familyOf(f.path)}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, files] of groups) {
    const [root, family] = key.split("\0");
    if (files.reduce((n, f) => n + f.addedLines.length, 0) < MIN_FOREIGN_LINES) continue;
    const outside = head.filter((p) => !p.startsWith(`${root}/`) && familyOf(p) !== undefined);
    if (outside.length < MIN_OWN_FILES || outside.some((p) => familyOf(p) === family)) continue;
    for (const f of files)
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        `a tool in another language (${family}) under ${root}/, where the project's own code is in others`,
      );
  }
}

/** The repository's paths at head: the base's, less what the change removes or renames away, with what it adds. */
function headPaths(change: Change, basePaths: string[]): string[] {
  const gone = new Set(change.files.flatMap((f) => (f.status === "removed" ? [f.path] : f.previousPath ? [f.previousPath] : [])));
  const paths = new Set(basePaths.filter((p) => !gone.has(p)));
  for (const f of change.files) if (f.status !== "removed") paths.add(f.path);
  return [...paths];
}

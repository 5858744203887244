import { extensionOf } from "../languages.js";
import { classifyBuiltIn, testStem, sourceStems } from "../test-conventions.js";
import { holdsNoTest } from "../test-placeholders.js";

// The repository's files at head, read once: its folders, its tests by name, its package roots.

/** The repository's files at head, and every folder that holds one: where its tests actually live. */
export interface RepoLayout {
  files: Set<string>;
  dirs: Set<string>;
  /** Per extension: are the tests named after source files (foo.py ↔ test_foo.py)? undefined when too few to tell. */
  namedTests: Map<string, boolean | undefined>;
  /** Per extension: the folder holding most of its test files (tests/, flask/testsuite/). */
  testHome: Map<string, string>;
  /** What the repository's test files are named after (foo.test.ts, test_foo.py → foo). */
  testStems: Set<string>;
  /** The repository's test files by the name they test: where an existing test of a source is found. */
  testsByStem: Map<string, string[]>;
  /** Folders that hold a package manifest (package.json, go.mod, pyproject.toml…): where a project starts. */
  packageRoots: Set<string>;
  /** How many test files each project has (by its package root; "" is the repository root). */
  testsPerProject: Map<string, number>;
}

export const dirname = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf("/")));

export function layoutOf(paths: string[]): RepoLayout {
  const files = new Set(paths);
  const dirs = new Set<string>();
  for (const p of paths) for (let d = dirname(p); d && !dirs.has(d); d = dirname(d)) dirs.add(d);
  const testsByStem = new Map<string, string[]>();
  for (const p of paths) if (classifyBuiltIn(p) === "test") testsByStem.set(testStem(p), [...(testsByStem.get(testStem(p)) ?? []), p]);
  const packageRoots = new Set(paths.filter((p) => PACKAGE_MANIFEST.test(p)).map(dirname));
  const testsPerProject = new Map<string, number>();
  for (const list of testsByStem.values())
    for (const t of list) {
      // A build file or placeholder in a test folder is no test of its project (see test-placeholders).
      if (holdsNoTest(t)) continue;
      const root = nearestRoot(t, packageRoots);
      testsPerProject.set(root, (testsPerProject.get(root) ?? 0) + 1);
    }
  return {
    files,
    dirs,
    namedTests: namedTestsByExtension(paths),
    testHome: testHomes(paths),
    testStems: new Set(testsByStem.keys()),
    testsByStem,
    packageRoots,
    testsPerProject,
  };
}

/** Each folder's files, once per layout: many checks look at a source's folder, and a scan of the whole tree per source file is quadratic. */
const byFolder = new WeakMap<RepoLayout, Map<string, string[]>>();

/** The files directly in a folder (not in its subfolders), in the layout's order. */
export function filesIn(dir: string, layout: RepoLayout): string[] {
  let folders = byFolder.get(layout);
  if (!folders) {
    byFolder.set(layout, (folders = new Map()));
    for (const f of layout.files) {
      const d = dirname(f);
      const list = folders.get(d);
      if (list) list.push(f);
      else folders.set(d, [f]);
    }
  }
  return folders.get(dir) ?? [];
}

/** The files that make a folder a project of its own, in the languages the rule knows. */
const PACKAGE_MANIFEST =
  /(^|\/)(package\.json|pyproject\.toml|setup\.py|setup\.cfg|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(\.kts)?|Gemfile|[^/]+\.gemspec|composer\.json|[^/]+\.csproj)$/;

/** The nearest folder above a file that holds a package manifest; "" (the repository) when none does. */
export function nearestRoot(path: string, roots: Set<string>): string {
  for (let d = dirname(path); d; d = dirname(d)) if (roots.has(d)) return d;
  return "";
}

function testHomes(paths: string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const p of paths) {
    if (classifyBuiltIn(p) !== "test") continue;
    const byDir = counts.get(extensionOf(p)) ?? counts.set(extensionOf(p), new Map()).get(extensionOf(p))!;
    byDir.set(dirname(p), (byDir.get(dirname(p)) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [ext, byDir] of counts) out.set(ext, [...byDir].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** For each extension, whether at least half of its test files carry the name of one of its source files. */
function namedTestsByExtension(paths: string[]): Map<string, boolean | undefined> {
  const stems = new Map<string, Set<string>>();
  const tests = new Map<string, string[]>();
  for (const p of paths) {
    const ext = extensionOf(p);
    const kind = classifyBuiltIn(p);
    if (kind === "source") for (const s of sourceStems(p)) (stems.get(ext) ?? stems.set(ext, new Set()).get(ext)!).add(s);
    else if (kind === "test") (tests.get(ext) ?? tests.set(ext, []).get(ext)!).push(p);
  }
  const out = new Map<string, boolean | undefined>();
  for (const [ext, list] of tests) {
    const known = stems.get(ext) ?? new Set();
    const named = list.filter((t) => known.has(testStem(t))).length;
    out.set(ext, list.length < 4 ? undefined : named * 2 >= list.length);
  }
  return out;
}

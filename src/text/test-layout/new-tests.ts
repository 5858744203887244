import { mainSourceNamedLikeTest, unsuffixedHelper } from "./not-a-test.js";
import { extensionOf } from "../languages.js";
import { classifyBuiltIn, sourceStems, projectRoot } from "../test-conventions.js";
import { existingTestsNamedFor } from "./existing-tests.js";
import { type RepoLayout, dirname, filesIn } from "./layout.js";
import { commonPrefix, testsAnotherNamesake } from "./namesakes.js";

// Where a new test for a source goes when none exists: the folder, the file name, the sibling it mirrors.

const besideByLayout = new WeakMap<RepoLayout, Map<string, boolean>>();

/** Whether at least half of a language's tests (and at least 4) sit in the folder of the source they are named for. */
function testsBesideSources(ext: string, layout: RepoLayout): boolean {
  const known = besideByLayout.get(layout) ?? besideByLayout.set(layout, new Map()).get(layout)!;
  const cached = known.get(ext);
  if (cached !== undefined) return cached;
  const sources = new Set<string>();
  for (const f of layout.files)
    if (extensionOf(f) === ext && classifyBuiltIn(f) === "source") for (const stem of sourceStems(f)) sources.add(`${dirname(f)}\0${stem}`);
  const tests = [...layout.testsByStem.entries()].flatMap(([stem, list]) => list.filter((t) => extensionOf(t) === ext).map((t) => `${dirname(t)}\0${stem}`));
  const beside = tests.length >= 4 && tests.filter((k) => sources.has(k)).length * 2 >= tests.length;
  known.set(ext, beside);
  return beside;
}

/** Languages whose tests are usually named for features, not files (pytest's tests/test_appctx.py, minitest, Rust's tests/). */
const FEATURE_NAMED_BY_DEFAULT = new Set(["py", "rb", "rs"]);

/** Whether a test anywhere in the source's project may cover it: the repository does not name tests after files. */
export function testsNamedForFeatures(sourcePath: string, layout: RepoLayout | undefined): boolean {
  const ext = extensionOf(sourcePath);
  // A file with no test of its own name anywhere is tested through features, in any language.
  if (layout && !sourceStems(sourcePath).some((stem) => layout.testStems.has(stem))) return true;
  // pytest, minitest and Rust suites mix both habits (flask's test_cli.py beside test_basic.py for app.py).
  if (FEATURE_NAMED_BY_DEFAULT.has(ext)) return true;
  return layout?.namedTests.get(ext) === false;
}

/** Other places a language's tests commonly live, tried when the first convention's folder does not exist. */
export function alternatives(path: string): string[] {
  const ext = extensionOf(path);
  const dir = dirname(path);
  const base = path.slice(path.lastIndexOf("/") + 1);
  const stem = base.slice(0, base.length - ext.length - 1);
  const project = projectRoot(path);
  const at = (p: string) => (project ? `${project}/${p}` : p);
  const under = (root: string) => dir.replace(/(^|\/)(lib|src|app)(\/|$)/, `$1${root}$3`);
  switch (ext) {
    case "rb":
      return [`${under("test")}/${stem}_test.rb`, at(`test/${stem}_test.rb`), at(`spec/${stem}_spec.rb`), at(`test/test_${stem}.rb`)];
    case "py":
      // Last, a project whose tests are one root `tests.py` (itsdangerous's early layout): that file is where they go.
      return [at(`tests/test_${stem}.py`), at(`test/test_${stem}.py`), at(`testing/test_${stem}.py`), at("tests.py")];
    case "php":
      return [at(`tests/${stem}Test.php`), at(`test/${stem}Test.php`)];
    case "rs":
      return [at(`tests/${stem}.rs`)];
    case "go":
    case "java":
    case "kt":
    case "scala":
    case "groovy":
    case "cs":
      // Named by the convention alone (`FooTest.kt`): never `foo.test.kt`.
      return [];
    default:
      return [`${dir ? `${dir}/` : ""}__tests__/${stem}.test.${ext}`, at(`test/${stem}.test.${ext}`), at(`tests/${stem}.test.${ext}`)];
  }
}

/**
 * Where tests mirror the source's folders and several tests share the file's name
 * (`tests/test_tutorial/test_arguments/test_help/test_tutorial004.py`), the new test's path in the
 * mirror: the same test root, the source's own folders (`…/test_options/test_help/test_tutorial004.py`).
 */
export function mirroredNewTest(sourcePath: string, layout: RepoLayout): string | undefined {
  const ext = extensionOf(sourcePath);
  const sameName = [...new Set(sourceStems(sourcePath).flatMap((stem) => layout.testsByStem.get(stem) ?? []))].filter((t) => extensionOf(t) === ext);
  if (sameName.length < 2) return undefined;
  const mine = dirname(sourcePath).split("/").filter(Boolean).slice(1);
  const example = sameName.sort((a, b) => mirrorDepth(sourcePath, dirname(b)) - mirrorDepth(sourcePath, dirname(a)) || a.localeCompare(b))[0];
  // The mirror's root is the folder all of them share (`tests/test_tutorial`), named on as the example's folders are.
  const folders = sameName.map((t) => dirname(t).split("/"));
  const root: string[] = [];
  while (root.length < folders[0].length && folders.every((f) => f[root.length] === folders[0][root.length])) root.push(folders[0][root.length]);
  const theirs = dirname(example).split("/");
  if (mine.length === 0 || root.length === 0 || theirs.length <= root.length) return undefined;
  const prefix = /^tests?_/.exec(theirs[root.length])?.[0] ?? "";
  return [...root, ...mine.map((d) => `${prefix}${d}`), example.slice(example.lastIndexOf("/") + 1)].join("/");
}

/** A folder name as tests mirror it: `test_help` and `help` are the same folder. */
export const mirrorName = (name: string) => name.replace(/^tests?_/, "");

/** How many of the source's innermost folders a test folder repeats, innermost first (`tests/test_options/test_help` for `docs_src/options/help`: 2). */
export function mirrorDepth(sourcePath: string, testDir: string): number {
  const mine = dirname(sourcePath).split("/").filter(Boolean);
  const theirs = testDir.split("/").map(mirrorName);
  let k = 0;
  while (k < mine.length && k < theirs.length && mine[mine.length - 1 - k] === theirs[theirs.length - 1 - k]) k++;
  return k;
}

/** The source's folders a mirror must repeat: its specific ones, at most two. */
export function mirrorNeeded(sourcePath: string): number {
  return Math.min(
    2,
    dirname(sourcePath)
      .split("/")
      .filter((d) => d && !GENERIC_FOLDERS.has(d)).length,
  );
}

/**
 * A file in a test folder beside a folder of its name that holds the tests (koa's `test/context.js`
 * beside `test/context/*.js`): the file builds what those tests share, a helper, not a test of its own.
 */
export function helperBesideItsTests(path: string, layout: RepoLayout): boolean {
  const ext = extensionOf(path);
  const folder = path.slice(0, path.length - ext.length - 1);
  if (!layout.dirs.has(folder)) return false;
  return filesIn(folder, layout).some((f) => extensionOf(f) === ext && classifyBuiltIn(f) === "test");
}

/** Languages whose tests are one per class or file by convention (`FooTest.java`, `FooTests.cs`, `foo_test.go`, PHPUnit's `FooTest.php`). */
export const TEST_PER_FILE = new Set(["go", "java", "kt", "scala", "groovy", "cs", "php"]);

/**
 * Whether a new test file named for the source is how the repository would test it: the language
 * names a test per file, or most of the repository's tests in it carry a source's name. Where tests
 * are named for features (got's `test/cancel.ts`, jinja's `testsuite/bytecode_cache.py`), a name
 * made up from the file's would be a guess.
 */
export function namesTestsPerFile(sourcePath: string, layout: RepoLayout): boolean {
  const ext = extensionOf(sourcePath);
  if (TEST_PER_FILE.has(ext)) return true;
  // RSpec and minitest name a spec per file unless the repository shows otherwise; elsewhere the repository must show it.
  return ext === "rb" ? layout.namedTests.get(ext) !== false : layout.namedTests.get(ext) === true;
}

/**
 * The new test a source file gets by mirroring a sibling's (a source of the same folder and
 * language): `MoreStreamsTest.java` beside `MoreElementsTest.java` for `MoreElements.java`,
 * `unionFile_test.go` beside `util_test.go` for `util.go`. The closest-named sibling first.
 */
const DUNDER = /(^|\/)__\w+__\.\w+$/;

export function siblingTestMirror(sourcePath: string, layout: RepoLayout): { path: string; example: string } | undefined {
  const folder = dirname(sourcePath);
  const ext = extensionOf(sourcePath);
  const [stem] = sourceStems(sourcePath);
  if (!stem) return undefined;
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1, sourcePath.length - ext.length - 1);
  const siblings = filesIn(folder, layout)
    // A package marker (`__init__.py`, `__main__.py`) names no unit: its "test" `tests/__init__.py` is the
    // tests package's own marker, and mirroring it made `tests/__compat.py`, a file pytest never collects.
    .filter((f) => f !== sourcePath && extensionOf(f) === ext && classifyBuiltIn(f) === "source" && !DUNDER.test(f))
    .sort((a, b) => commonPrefix(b, sourcePath) - commonPrefix(a, sourcePath) || a.localeCompare(b));
  for (const sib of siblings) {
    const sibBase = sib.slice(sib.lastIndexOf("/") + 1, sib.length - ext.length - 1);
    for (const test of existingTestsNamedFor(sib, layout)) {
      if (testsAnotherNamesake(test, sib, layout) || unsuffixedHelper(test, layout) || mainSourceNamedLikeTest(test, layout)) continue;
      const name = test.slice(test.lastIndexOf("/") + 1);
      // The sibling's name as its test carries it (`test_stack.py` for `_stack.py`: the private mark dropped)
      // must appear exactly once in the test's name, so that swapping it is unambiguous and keeps the template.
      const sibName = sibBase.replace(/^_+/, "") || sibBase;
      if (name.split(sibName).length !== 2) continue;
      const newName = name.replace(sibName, base.replace(/^_+/, "") || base);
      const path = `${dirname(test) ? `${dirname(test)}/` : ""}${newName}`;
      if (!layout.files.has(path) && namedAsTestsAre(newName, name)) return { path, example: test };
    }
  }
  return undefined;
}

/** Folder names too common to say where a module's tests are. */
export const GENERIC_FOLDERS = new Set(["src", "lib", "app", "pkg", "internal", "core", "utils", "util", "common", "main", "java", "kotlin", "test", "tests"]);

/**
 * A test folder that holds the source's tests by name: one named for the module (`tests/models/`
 * for `httpx/_models.py`), else one that mirrors the source's folder (`tests/integrations/redis/`
 * for `sentry_sdk/integrations/redis/_sync_common.py`), the most segments matched first.
 */
export function testFolderNamedFor(sourcePath: string, layout: RepoLayout): string | undefined {
  const ext = extensionOf(sourcePath);
  // Go's tests live in the package's own folder: no other folder holds them.
  if (ext === "go") return undefined;
  const stems = new Set(sourceStems(sourcePath));
  const folders = new Set(
    [...layout.testsByStem.values()]
      .flat()
      .filter((t) => extensionOf(t) === ext)
      .map(dirname),
  );
  const isTestFolder = (dir: string) => classifyBuiltIn(`${dir}/x.${ext}`) === "test";
  const norm = (name: string) => name.toLowerCase().replace(/[-_.$]/g, "");
  // Not the mirror of the source's own folder of that name (kotlin-result's `…/result/` for `result/Result.kt`): that is its package's.
  const own = norm(dirname(sourcePath).slice(dirname(sourcePath).lastIndexOf("/") + 1));
  for (const dir of folders) {
    const name = norm(dir.slice(dir.lastIndexOf("/") + 1));
    if (stems.has(name) && name !== own && isTestFolder(dir)) return dir;
  }
  // A mirror only where tests are named for features (pytest, minitest); JUnit and Jest tests are named for the file.
  const featureNamed = FEATURE_NAMED_BY_DEFAULT.has(ext) || layout.namedTests.get(ext) === false;
  const mine = dirname(sourcePath).split("/").filter(Boolean);
  if (!featureNamed || mine.length === 0 || GENERIC_FOLDERS.has(mine[mine.length - 1])) return undefined;
  let best: string | undefined;
  let bestDepth = 0;
  for (const dir of folders) {
    if (!isTestFolder(dir) || dir === dirname(sourcePath)) continue;
    const k = mirrorDepth(sourcePath, dir);
    if (k > bestDepth || (k === bestDepth && k > 0 && best !== undefined && dir.length < best.length)) {
      best = dir;
      bestDepth = k;
    }
  }
  return bestDepth >= Math.max(1, mirrorNeeded(sourcePath)) ? best : undefined;
}

/** How test files are named, as a pattern and how to make a name of it. */
const TEST_NAMES: Array<{ re: RegExp; make: (stem: string, m: RegExpExecArray) => string }> = [
  { re: /^test_(.+)\.(\w+)$/, make: (s, m) => `test_${s}.${m[2]}` },
  { re: /^(.+)_(test|spec)\.(\w+)$/, make: (s, m) => `${s}_${m[2]}.${m[3]}` },
  { re: /^(.+)\.(test|spec)\.(\w+)$/, make: (s, m) => `${s}.${m[2]}.${m[3]}` },
  { re: /^(.+)(Tests?|Spec|IT|Fixture)\.(\w+)$/, make: (s, m) => `${s}${m[2]}.${m[3]}` },
  { re: /^Test([A-Z]\w*)\.(\w+)$/, make: (s, m) => `Test${s}.${m[2]}` },
];

/**
 * Whether a new test's file name keeps the naming pattern of the test it follows (`test_*.py`,
 * `*_test.rb`, `*.test.ts`, `*Test.java`): the pattern is how the runner (pytest, minitest, jest,
 * go test) finds its tests, and a name without it (`tests/__compat.py`) is never collected.
 */
function namedAsTestsAre(name: string, example: string): boolean {
  const pattern = TEST_NAMES.find(({ re }) => re.test(example));
  return pattern === undefined || pattern.re.test(name);
}

/** The name a test file is about (`test__models.py` → `models`, `post_url_test.rb` → `post_url`). */
export function aboutName(base: string): string {
  for (const { re } of TEST_NAMES) {
    const m = re.exec(base);
    if (m) return m[1].replace(/^_+/, "") || m[1];
  }
  return base.slice(0, base.indexOf(".") >= 0 ? base.indexOf(".") : base.length);
}

/** A binary crate's entry: `src/main.rs`, `src/bin/x.rs`, `src/bin/x/main.rs`. */
const RUST_BINARY = /^(.*\/)?src\/(?:main\.rs|bin\/[^/]+\.rs|bin\/[^/]+\/main\.rs)$/;

/**
 * The integration tests of a Rust binary's crate, directly in its `tests/` folder (fd's
 * `tests/tests.rs` for `src/main.rs`; not `tests/testenv/mod.rs`, their harness), at most two. A
 * binary's code is reached by running it, and that is where its crate already does so: a
 * `#[cfg(test)]` module in main.rs is the wrong place to send its author (judged set 15).
 */
export function binaryCrateTests(sourcePath: string, layout: RepoLayout): string[] {
  const m = RUST_BINARY.exec(sourcePath);
  if (!m) return [];
  const folder = `${m[1] ?? ""}tests`;
  if (!layout.dirs.has(folder)) return [];
  const tests = [...layout.testsByStem.values()].flat().filter((t) => t.endsWith(".rs") && dirname(t) === folder);
  return [...new Set(tests)].sort().slice(0, 2);
}

/**
 * Where a new test goes when none exists for the source: a test folder the repository has, the
 * nearest test root above the suggested path, beside the source where the repository does that,
 * the language's usual test home; beside the source last.
 */
export function newTestPlace(sourcePath: string, layout: RepoLayout, paths: string[], inFileTests: string[], conventional: string[]): string[] {
  const testFolder = (p: string) => /(^|\/)(tests?|specs?|__tests__|testing|src\/test)(\/|$)|Tests?(\/|$)/.test(dirname(p));
  const inExistingDir = paths.filter((p) => layout.dirs.has(dirname(p)));
  const inTestFolder = inExistingDir.filter(testFolder);
  if (inTestFolder.length > 0) return [inTestFolder[0], ...inFileTests];
  // The nearest test folder the repository has above the suggested path (sinatra-contrib/spec/ for sinatra-contrib/lib/…).
  const testRootOf = (p: string) => {
    const parts = p.split("/");
    const k = parts.findIndex((part) => /^(tests?|specs?|__tests__|testing)$|Tests?$/.test(part));
    return k >= 0 ? parts.slice(0, k + 1).join("/") : undefined;
  };
  const underExistingRoot = paths.filter((p) => {
    const root = testRootOf(p);
    return root !== undefined && layout.dirs.has(root);
  });
  if (underExistingRoot.length > 0) return [underExistingRoot[0], ...inFileTests];
  const fileName = paths.find((p) => testFolder(p)) ?? paths[0];
  // A repository that keeps each test beside its source (flysystem's `src/Ftp/FtpAdapterTest.php`) gets it there too.
  if (fileName && testsBesideSources(extensionOf(sourcePath), layout))
    return [[dirname(sourcePath), fileName.slice(fileName.lastIndexOf("/") + 1)].filter(Boolean).join("/"), ...inFileTests];
  // The folder where the repository keeps most of its tests in this language, named as they are there.
  const home = layout.testHome.get(extensionOf(sourcePath));
  if (home !== undefined && fileName)
    return [home ? `${home}/${fileName.slice(fileName.lastIndexOf("/") + 1)}` : fileName.slice(fileName.lastIndexOf("/") + 1), ...inFileTests];
  if (inExistingDir.length > 0) return [...new Set(inExistingDir.slice(0, 2)), ...inFileTests];
  // Beside the source needs no folder of its own.
  const beside = paths.filter((p) => dirname(p) === dirname(sourcePath));
  return beside.length > 0 ? [beside[0], ...inFileTests] : inFileTests.length > 0 ? inFileTests : conventional;
}

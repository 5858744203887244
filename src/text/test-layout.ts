import { holdsNoTest } from "./test-placeholders.js";
import { extensionOf } from "./languages.js";
import { isTranslationFile } from "./translation-files.js";
import { classifyBuiltIn, expectedTests, projectRoot, sourceStems, testCovers, testStem } from "./test-conventions.js";
import { nameWords, namesSameUnit } from "./test-near-names.js";
import { prefixNamedDouble } from "./test-double-name.js";

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

const dirname = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf("/")));

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
function nearestRoot(path: string, roots: Set<string>): string {
  for (let d = dirname(path); d; d = dirname(d)) if (roots.has(d)) return d;
  return "";
}

/** The project a file belongs to: its nearest package root, or the repository root. */
export function packageRootOf(path: string, layout: RepoLayout | undefined): string {
  return layout ? nearestRoot(path, layout.packageRoots) : "";
}

/**
 * Whether a test of the project `testRoot` belongs to the project `root`: the same, one that holds
 * it, or a test project named for it (.NET keeps tests in projects of their own:
 * `test/RestSharp.Tests.Integrated/` tests `src/RestSharp/`).
 */
export function sameOrEnclosingProject(testRoot: string, root: string): boolean {
  return testRoot === "" || testRoot === root || root.startsWith(`${testRoot}/`) || testProjectNamedFor(testRoot, root) || nestedTestProject(testRoot, root);
}

/**
 * A test project named for the source's: `Polly.Specs` and `Polly.Core.Tests` for `Polly` and
 * `Polly.Core`, `RestSharp.Tests.Integrated` for `RestSharp`, and one with the word inside
 * (`AutofacContrib.Tests.AggregateService` for `AutofacContrib.AggregateService`).
 */
function testProjectNamedFor(testRoot: string, root: string): boolean {
  const name = root.slice(root.lastIndexOf("/") + 1);
  const test = testRoot.slice(testRoot.lastIndexOf("/") + 1);
  if (name === "") return false;
  // With or without the dot, and with more after it (`DapperTests NET35` for `Dapper`, early Dapper's).
  if (test.startsWith(name) && /^\.?(Unit|Integration|Functional|Acceptance)?(Tests?|Specs?)([. ]|$)/.test(test.slice(name.length))) return true;
  const words = test.split(".");
  const rest = words.filter((w) => !TEST_PROJECT_WORD.test(w));
  return rest.length < words.length && rest.length > 1 && rest.join(".") === name;
}

const TEST_PROJECT_WORD = /^(Unit|Integration|Functional|Acceptance)?(Tests?|Specs?)$/;

/**
 * A test module inside the source's project: Maven's integration tests (`value/src/it/functional/`
 * with a pom of its own, testing `value/`), a `tests/integration` crate. Only a folder named as
 * tests are: a sibling product nested in the project is not its test.
 */
function nestedTestProject(testRoot: string, root: string): boolean {
  if (!testRoot.startsWith(root === "" ? "" : `${root}/`)) return false;
  const below = testRoot.slice(root === "" ? 0 : root.length + 1).split("/");
  return below.some(
    (d) => /^(it|tests?|specs?|testing|e2e|integration[-_]?tests?|functional[-_]?tests?)$|[-_.](tests?|specs?)$/i.test(d) || /[a-z]Tests?$/.test(d),
  );
}

/**
 * Whether the source's project has any test file at head (its own or an enclosing project's). A
 * project without tests has no convention to follow: a prototype, or tooling nobody tests.
 */
export function projectHasTests(sourcePath: string, layout: RepoLayout): boolean {
  const root = packageRootOf(sourcePath, layout);
  for (const [r, n] of layout.testsPerProject) if (n > 0 && testsProject(r, root, layout)) return true;
  return false;
}

/** Whether the tests of the project `testRoot` belong to the project `root`: sameOrEnclosingProject, or by its project file's name. */
export function testsProject(testRoot: string, root: string, layout: RepoLayout | undefined): boolean {
  return sameOrEnclosingProject(testRoot, root) || (layout !== undefined && projectFileNamedFor(testRoot, root, layout));
}

/**
 * A .NET test project whose project file is named for the source's project, whatever its folder:
 * early Dapper's `Tests/DapperTests.csproj` tests `Dapper/`.
 */
function projectFileNamedFor(testRoot: string, root: string, layout: RepoLayout): boolean {
  if (testRoot === "" || root === "") return false;
  return filesIn(testRoot, layout).some((f) => f.endsWith(".csproj") && testProjectNamedFor(f.slice(0, -".csproj".length), root));
}

/** Folders for one platform's code: its tests need that platform's harness (wasm-bindgen-test, an emulator). */
const PLATFORM_FOLDER = /^(wasm|wasm32|wasi|windows|win32|android|ios|macos|darwin)$/i;

/**
 * Whether the source sits in a platform's folder (`src/wasm/`) and no test in the repository names
 * that platform: there is no harness to run its tests, so there is nothing to add to.
 */
export function platformWithoutTests(sourcePath: string, layout: RepoLayout): boolean {
  const kmp = kotlinSourceSet(sourcePath);
  if (kmp) return reachableTestSets(kmp, layout).length === 0;
  const platform = dirname(sourcePath)
    .split("/")
    .find((d) => PLATFORM_FOLDER.test(d));
  if (!platform) return false;
  const named = new RegExp(`(^|[^a-z])${platform}([^a-z]|$)`, "i");
  return ![...layout.testsByStem.values()].some((tests) => tests.some((t) => named.test(t)));
}

/**
 * The shared suite a test only configures: `FtpAdapterTestCase.php` beside `FtpAdapterTest.php`,
 * which subclasses it to give a connection. Tests of the adapter's behaviour go in the suite.
 */
function sharedSuite(testPath: string, layout: RepoLayout): string | undefined {
  const suite = testPath.replace(/Test(\.\w+)$/, "TestCase$1");
  return suite !== testPath && layout.files.has(suite) ? suite : undefined;
}

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

/** A Kotlin multiplatform source set's file: `kotlinpoet/src/nonJvmMain/kotlin/…/CodePoint.nonJvm.kt`. */
interface SourceSetFile {
  /** The module's `src` folder. */
  src: string;
  /** The source set's platform: `common`, `jvm`, `nonJvm`, `js`… */
  platform: string;
  /** The path below the source set, folders only (`kotlin/com/squareup/kotlinpoet`). */
  dir: string;
  /** The file's name without its platform suffix and extension (`CodePoint`). */
  stem: string;
}

const SOURCE_SET = /^((?:.*\/)?src)\/(\w+)Main\/(.*)$/;

export function kotlinSourceSet(path: string): SourceSetFile | undefined {
  const m = SOURCE_SET.exec(path);
  if (!m || !/\.kts?$/.test(path)) return undefined;
  const base = m[3].slice(m[3].lastIndexOf("/") + 1);
  return { src: m[1], platform: m[2], dir: dirname(m[3]), stem: base.replace(/\.kts?$/, "").replace(/\.\w+$/, "") };
}

/**
 * The test source sets that exist and can run the file's code: its own platform's (`jsTest` for
 * `jsMain`), and `commonTest`, which runs on every target, for all but JVM-only code. Common code
 * is run by any platform's tests. `jvmTest` cannot reach `nonJvmMain`.
 */
function reachableTestSets(f: SourceSetFile, layout: RepoLayout): string[] {
  const sets =
    f.platform === "common"
      ? [
          "commonTest",
          ...[...layout.dirs].filter((d) => d.startsWith(`${f.src}/`) && /^\w+Test$/.test(d.slice(f.src.length + 1))).map((d) => d.slice(f.src.length + 1)),
        ]
      : [`${f.platform}Test`, ...(f.platform === "jvm" ? [] : ["commonTest"])];
  return [...new Set(sets)].filter((set) => layout.dirs.has(`${f.src}/${set}`));
}

/** Where a multiplatform file's test goes: its name in the first test source set that can run it; none when no set can. */
function sourceSetTests(f: SourceSetFile, layout: RepoLayout): string[] {
  const sets = reachableTestSets(f, layout);
  const paths = sets.map((set) => [f.src, set, f.dir, `${f.stem}Test.kt`].filter(Boolean).join("/"));
  const existing = paths.filter((p) => layout.files.has(p));
  return existing.length > 0 ? existing.slice(0, 1) : paths.slice(0, 1);
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
function alternatives(path: string): string[] {
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
 * Tests the repository already has for a source file, by name, wherever they are in its project
 * (`test/sources/git-remote.test.ts` for `src/sources/git/git-remote.ts`, `GsonTypesTest.java` for
 * `$Gson$Types.java`): the nearest folders first, at most two.
 */
function existingTestsNamedFor(sourcePath: string, layout: RepoLayout): string[] {
  const found = sourceStems(sourcePath)
    .flatMap((stem) => layout.testsByStem.get(stem) ?? [])
    .filter((t) => sameLanguageFamily(t, sourcePath) && testCovers(t, sourcePath));
  const shared = (t: string) => {
    const a = t.split("/");
    const b = sourcePath.split("/");
    let i = 0;
    while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
    return i;
  };
  const unique = [...new Set(found)];
  // A name several tests share (`test_tutorial004.py` in every tutorial folder) says nothing by
  // itself: only a test whose folders mirror the source's is named.
  const mirrored = unique.length > 1 ? unique.filter((t) => mirrorDepth(sourcePath, dirname(t)) >= mirrorNeeded(sourcePath)) : unique;
  return mirrored.sort((x, y) => shared(y) - shared(x) || x.localeCompare(y)).slice(0, 2);
}

/** The existing tests named for the source (see existingTestsNamedFor) whose folder repeats the source's own innermost folder, a specific one. */
function mirroredNamedTests(sourcePath: string, layout: RepoLayout): string[] {
  if (mirrorNeeded(sourcePath) === 0) return [];
  const named = sourceStems(sourcePath)
    .flatMap((stem) => layout.testsByStem.get(stem) ?? [])
    .filter((t) => sameLanguageFamily(t, sourcePath) && testCovers(t, sourcePath));
  // One test of the name is existingTestsNamedFor's to find; this settles between several.
  if (new Set(named).size < 2) return [];
  const depth = (t: string) => mirrorDepth(sourcePath, dirname(t));
  // The mirror starts at a test root (`test/` + `backend/`): `tests/test_tutorial/test_arguments/test_prompt/`
  // repeats `prompt` under a folder the source is not in, another unit's tests.
  const fromRoot = (t: string) => /(^|\/)(tests?|specs?|__tests__|testing)$/.test(dirname(t).split("/").slice(0, -depth(t)).join("/"));
  const best = Math.max(0, ...named.map(depth));
  const mirrored = named.filter((t) => depth(t) === best && fromRoot(t));
  return best === 0 ? [] : [...new Set(mirrored.map((t) => sharedSuite(t, layout) ?? t))].sort().slice(0, 2);
}

/**
 * Existing tests of the same language and project named for the same unit without its exact name
 * (`RomanNumeralTests.cs` for `RomanNumeralExtensions.cs`, `testsuite/bytecode_cache.py` for
 * `bccache.py`): a new file beside them would duplicate them. The nearest folders first, at most two.
 */
function testsNamedNearly(sourcePath: string, layout: RepoLayout): string[] {
  const ext = extensionOf(sourcePath);
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const name = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
  const project = projectRoot(sourcePath);
  const sameProject = (t: string) => {
    const p = projectRoot(t);
    return p === project || p === "" || project === "" || p.startsWith(`${project}/`) || project.startsWith(`${p}/`);
  };
  const unit = unitNames(sourcePath);
  const found = [...layout.testsByStem.values()].flat().filter((t) => {
    if (extensionOf(t) !== ext || !sameProject(t) || EXAMPLE_NAME.test(t)) return false;
    const about = aboutName(t.slice(t.lastIndexOf("/") + 1));
    return namesSameUnit(name, about) || unit.includes(about.toLowerCase()) || endsWithItsName(name, about, sourcePath, t);
  });
  const shared = (t: string) => commonPrefix(t, sourcePath);
  return [...new Set(found)].sort((x, y) => shared(y) - shared(x) || x.localeCompare(y));
}

/**
 * Examples and demos kept among the tests (commons-cli's `HelpFormatterExamples.java`, a `main()`
 * that prints): no test to add a case to, though named for the unit.
 */
const EXAMPLE_NAME = /(Examples?|Demos?|Samples?|_examples?|_demos?)\.\w+$/;

/** More tests named nearly for a source than this are a family of tests, not its test. */
const MAX_NEAR_TESTS = 2;

/** The folder that holds a family of tests named nearly for the source (more than MAX_NEAR_TESTS), when they share one. */
function nearTestsFolder(sourcePath: string, layout: RepoLayout): string | undefined {
  const near = testsNamedNearly(sourcePath, layout).filter((t) => !anotherClassesTest(sourcePath, t, layout));
  if (near.length <= MAX_NEAR_TESTS) return undefined;
  const folders = new Set(near.map(dirname));
  return folders.size === 1 ? [...folders][0] : undefined;
}

/** Generic file names that say only their part of a module: its tests are named for the folder (`lifespan/on.py`). */
const PART_NAMES = /^(on|off|auto|base|impl|main|core|common|default|types|utils?|helpers?|index|__init__)$/;

/**
 * Other names a source's tests may carry: the name inside a legacy `class.phpmailer.php`, and the
 * module folder of a file named for its part (`tests/test_lifespan.py` for `uvicorn/lifespan/on.py`).
 */
function unitNames(sourcePath: string): string[] {
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const out: string[] = [];
  const legacy = /^class\.([\w-]+)\.\w+$/.exec(base);
  if (legacy) out.push(legacy[1].toLowerCase());
  const stem = base.slice(0, base.lastIndexOf(".") >= 0 ? base.lastIndexOf(".") : base.length);
  const folder = dirname(sourcePath).split("/").pop() ?? "";
  if (PART_NAMES.test(stem) && folder.length >= 4 && !GENERIC_FOLDERS.has(folder)) out.push(folder.toLowerCase());
  return out;
}

/**
 * A test in a folder that mirrors the source's whose name ends the source's (`tests/supervisors/test_reload.py`
 * for `uvicorn/supervisors/statreload.py`): the tests of the family the source belongs to.
 */
function endsWithItsName(name: string, about: string, sourcePath: string, test: string): boolean {
  const a = name.toLowerCase();
  const b = about.toLowerCase();
  return b.length >= 5 && a.length > b.length && a.endsWith(b) && mirrorDepth(sourcePath, dirname(test)) >= 1;
}

/**
 * Where tests mirror the source's folders and several tests share the file's name
 * (`tests/test_tutorial/test_arguments/test_help/test_tutorial004.py`), the new test's path in the
 * mirror: the same test root, the source's own folders (`…/test_options/test_help/test_tutorial004.py`).
 */
function mirroredNewTest(sourcePath: string, layout: RepoLayout): string | undefined {
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
const mirrorName = (name: string) => name.replace(/^tests?_/, "");

/** How many of the source's innermost folders a test folder repeats, innermost first (`tests/test_options/test_help` for `docs_src/options/help`: 2). */
function mirrorDepth(sourcePath: string, testDir: string): number {
  const mine = dirname(sourcePath).split("/").filter(Boolean);
  const theirs = testDir.split("/").map(mirrorName);
  let k = 0;
  while (k < mine.length && k < theirs.length && mine[mine.length - 1 - k] === theirs[theirs.length - 1 - k]) k++;
  return k;
}

/** The source's folders a mirror must repeat: its specific ones, at most two. */
function mirrorNeeded(sourcePath: string): number {
  return Math.min(
    2,
    dirname(sourcePath)
      .split("/")
      .filter((d) => d && !GENERIC_FOLDERS.has(d)).length,
  );
}

/** A Go package's tests are any `_test.go` of its folder: name one that exists before inventing one. */
function goPackageTests(sourcePath: string, layout: RepoLayout, conventional: string[]): string[] {
  const dir = dirname(sourcePath);
  const stem = sourcePath.slice(sourcePath.lastIndexOf("/") + 1, -".go".length);
  const inPackage = filesIn(dir, layout).filter((f) => f.endsWith("_test.go"));
  // The best-named first: `yaml_command_test.go` for `yaml_file_loader.go`, not `flag_test.go`.
  const score = (t: string) => commonPrefix(t.slice(t.lastIndexOf("/") + 1), stem);
  // Only a test that names the same thing first: `realip_test.go` is no test of `recoverer.go`, nor
  // `nil_renderer_test.go` of `standard_renderer.go` (a shared kind names another unit).
  const [first] = nameWords(stem);
  const related = inPackage.filter((t) => {
    const name = t.slice(t.lastIndexOf("/") + 1, -"_test.go".length);
    return (first !== undefined && first.length >= 3 && nameWords(name)[0] === first) || namesSameUnit(stem, name);
  });
  related.sort((a, b) => score(b) - score(a) || a.localeCompare(b));
  if (related.length > 0) return related.slice(0, 1);
  // A package that keeps its tests in one file (validator's `validator_test.go` beside fourteen
  // sources) gets them there, not in a new `baked_in_test.go`.
  const tests = inPackage.filter((t) => !/(^|_)(example|bench(mark)?s?)_test\.go$/.test(t));
  const sources = filesIn(dir, layout).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
  return tests.length === 1 && sources.length >= 4 ? tests : conventional;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * What to ask for, in words for a finding: the existing test file(s) by path; else the folder
 * that holds its tests (`tests/models/` for `_models.py`); else a new file, named and placed as
 * the repository's tests are, with an existing test it follows. Never a path that does not exist
 * without saying it is new. Without the file tree the conventional paths are all there is.
 */
export function describeSuggestedTests(sourcePath: string, layout: RepoLayout | undefined): string {
  return suggestion(sourcePath, layout).text;
}

/**
 * What a finding asks for, in words, and whether it names a test file of the source to update: one
 * the file tree has, or, without the tree, the one the conventions name. Rules that decide by it read
 * this flag, never the wording (which changes with each new way of naming a place for the tests).
 */
export function suggestedTests(sourcePath: string, layout: RepoLayout | undefined): { text: string; namesTestFile: boolean; place: TestPlace } {
  const { text, testFile, place } = suggestion(sourcePath, layout);
  return { text, namesTestFile: testFile, place };
}

/**
 * Where a finding asks for the tests: in test files it names (that exist, or, without the file tree,
 * that the conventions name), in the source's own `#[cfg(test)]` module, or in a new test.
 */
export type TestPlace = "test-file" | "in-file-module" | "new-test";

/**
 * The folders a finding for the source names (the folder of each test file it names, or the folder
 * it says its tests are in); none when it names no place. A test the change edits there is where
 * the author already did what the finding would ask (mockk's `common/src/test/kotlin/io/mockk/`).
 */
export function suggestedTestFolders(sourcePath: string, layout: RepoLayout): string[] {
  return [...new Set(suggestion(sourcePath, layout).named.map((p) => (p.endsWith("/") ? p.slice(0, -1) : dirname(p))))].filter((d) => d !== "");
}

/** What a finding asks for, in words, the paths it names (a folder ends with `/`), and where the tests would go. */
function suggestion(sourcePath: string, layout: RepoLayout | undefined): { text: string; named: string[]; testFile: boolean; place: TestPlace } {
  const suggested = suggestTests(sourcePath, layout);
  const inModule = (p: string) => p.startsWith("a #[cfg(test)]");
  const quote = (p: string) => (inModule(p) ? p : `\`${p}\``);
  const say = (text: string, named: string[] = [], place: TestPlace = "new-test") => ({ text, named, testFile: place === "test-file", place });
  // Without the tree the conventional name is all there is: it is named as the test to update.
  if (!layout) {
    const place = suggested.length === 0 ? "new-test" : inModule(suggested[0]) ? "in-file-module" : "test-file";
    return say(suggested.map(quote).join(" or "), [], place);
  }
  // Not a helper, nor a double named `TestFoo` among `FooTest`s (see prefixNamedDouble): neither is a test to add cases to.
  const existing = suggested.filter((p) => layout.files.has(p) && !helperBesideItsTests(p, layout) && !prefixNamedDouble(p, filesIn(dirname(p), layout)));
  if (existing.length > 0) return say(existing.map(quote).join(" or "), existing, "test-file");
  const inFile = suggested.find(inModule);
  if (inFile) return say(inFile, [], "in-file-module");
  const first = suggested[0];
  if (!first) return say("a test");
  const folder = testFolderNamedFor(sourcePath, layout) ?? nearTestsFolder(sourcePath, layout);
  if (folder) return say(`a test in \`${folder}/\`, where its tests are`, [`${folder}/`]);
  // A new file only where a sibling source's test shows exactly where and how it is named; a guess
  // that ignores the repository's layout (`test/types.test.ts` where tests are `test/cancel.ts`) misleads.
  const sibling = namesTestsPerFile(sourcePath, layout) ? siblingTestMirror(sourcePath, layout) : undefined;
  if (sibling) return say(`a test in a new file \`${sibling.path}\` following \`${sibling.example}\``, [sibling.path]);
  // Go's toolchain fixes where a package's tests go (`x_test.go` beside `x.go`), a multiplatform
  // build which test source set runs the code: the path is known, not guessed.
  if ((extensionOf(sourcePath) === "go" && first.endsWith("_test.go")) || kotlinSourceSet(sourcePath)) {
    // The same test in another source set of the module (`androidUnitTest/…/EngineInterceptorTest.kt`) is the one to follow.
    const module = /^(.*\/)?src\//.exec(first)?.[0];
    const name = first.slice(first.lastIndexOf("/") + 1);
    const twin = module ? (layout.testsByStem.get(testStem(first)) ?? []).find((t) => t.startsWith(module) && t.endsWith(`/${name}`)) : undefined;
    const example = twin ?? [...layout.testsByStem.values()].flat().find((t) => dirname(t) === dirname(first) && !/_example_test\.go$/.test(t));
    return say(example ? `a test in a new file \`${first}\` following \`${example}\`` : `a test in a new file \`${first}\``, [first]);
  }
  return say("a test that covers it");
}

/**
 * A file in a test folder beside a folder of its name that holds the tests (koa's `test/context.js`
 * beside `test/context/*.js`): the file builds what those tests share, a helper, not a test of its own.
 */
function helperBesideItsTests(path: string, layout: RepoLayout): boolean {
  const ext = extensionOf(path);
  const folder = path.slice(0, path.length - ext.length - 1);
  if (!layout.dirs.has(folder)) return false;
  return filesIn(folder, layout).some((f) => extensionOf(f) === ext && classifyBuiltIn(f) === "test");
}

/** Languages whose tests are one per class or file by convention (`FooTest.java`, `FooTests.cs`, `foo_test.go`, PHPUnit's `FooTest.php`). */
const TEST_PER_FILE = new Set(["go", "java", "kt", "scala", "groovy", "cs", "php"]);

/**
 * Whether a new test file named for the source is how the repository would test it: the language
 * names a test per file, or most of the repository's tests in it carry a source's name. Where tests
 * are named for features (got's `test/cancel.ts`, jinja's `testsuite/bytecode_cache.py`), a name
 * made up from the file's would be a guess.
 */
function namesTestsPerFile(sourcePath: string, layout: RepoLayout): boolean {
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

function siblingTestMirror(sourcePath: string, layout: RepoLayout): { path: string; example: string } | undefined {
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
      if (testsAnotherNamesake(test, sib, layout)) continue;
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

/**
 * Whether a test named for `source` is as near another source of the same file name (sidekiq's
 * `test/scheduled_test.rb` for `lib/sidekiq/scheduled.rb`, not for the TUI's `tabs/scheduled.rb`), or a
 * module folder of that name:
 * then it shows nothing about how the source's own folder is tested.
 */
function testsAnotherNamesake(test: string, source: string, layout: RepoLayout): boolean {
  const name = source.slice(source.lastIndexOf("/") + 1);
  const near = commonPrefix(test, source);
  for (const f of layout.files) if (f !== source && f.endsWith(`/${name}`) && classifyBuiltIn(f) === "source" && commonPrefix(test, f) >= near) return true;
  if (name !== source && layout.files.has(name) && classifyBuiltIn(name) === "source") return true;
  // A module folder of the name (`lib/sidekiq/metrics/` for the TUI's `tabs/metrics.rb`) is as likely what the test is about.
  const stem = name.slice(0, name.lastIndexOf(".") >= 0 ? name.lastIndexOf(".") : name.length);
  const ext = extensionOf(source);
  for (const d of layout.dirs)
    if (d.endsWith(`/${stem}`) && commonPrefix(test, d) >= near && filesIn(d, layout).some((f) => extensionOf(f) === ext && classifyBuiltIn(f) === "source"))
      return true;
  return false;
}

/** Folder names too common to say where a module's tests are. */
const GENERIC_FOLDERS = new Set(["src", "lib", "app", "pkg", "internal", "core", "utils", "util", "common", "main", "java", "kotlin", "test", "tests"]);

/**
 * A test folder that holds the source's tests by name: one named for the module (`tests/models/`
 * for `httpx/_models.py`), else one that mirrors the source's folder (`tests/integrations/redis/`
 * for `sentry_sdk/integrations/redis/_sync_common.py`), the most segments matched first.
 */
function testFolderNamedFor(sourcePath: string, layout: RepoLayout): string | undefined {
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
function aboutName(base: string): string {
  for (const { re } of TEST_NAMES) {
    const m = re.exec(base);
    if (m) return m[1].replace(/^_+/, "") || m[1];
  }
  return base.slice(0, base.indexOf(".") >= 0 ? base.indexOf(".") : base.length);
}

const JS_LIKE = new Set(["ts", "tsx", "js", "jsx", "mjs", "cjs", "mts", "cts"]);
const JVM = new Set(["java", "kt"]);

/** Whether a test in one file can test the other's code: the same language, or one that calls it (Kotlin tests of Java, TypeScript of JavaScript). */
export function sameLanguageFamily(a: string, b: string): boolean {
  return familyOf(a) === familyOf(b);
}

/**
 * A path's language family (sameLanguageFamily's): its extension, or one name for the JavaScript-like and the JVM ones (a
 * `/` cannot be in an extension, so these never equal one). Remembered by path: every source of a
 * change asks about every changed test (1,125 × 750 on the 3,000-file bench), and each question cut
 * two extensions out of two paths. Bounded: a history of many paths starts over.
 */
const familyByPath = new Map<string, string>();
const MAX_FAMILIES_KNOWN = 20_000;

export function familyOf(path: string): string {
  let family = familyByPath.get(path);
  if (family === undefined) {
    const ext = extensionOf(path);
    family = JS_LIKE.has(ext) ? "/js" : JVM.has(ext) ? "/jvm" : ext;
    if (familyByPath.size >= MAX_FAMILIES_KNOWN) familyByPath.clear();
    familyByPath.set(path, family);
  }
  return family;
}

/** Benchmarks and examples are not tests that pin behaviour. */
const NOT_A_PINNING_TEST = /(^|[/_.-])(examples?|bench(mark)?s?|jmh)([/_.-]|$)/i;

/**
 * The existing tests of a source's package or folder, nearest first, whatever they are named:
 * a Go package's `_test.go` files; the tests in the folder that mirrors the source's own
 * (`src/test/java/org/apache/commons/io/` for `src/main/java/org/apache/commons/io/IOUtils.java`,
 * `src/commonTest/kotlin/app/cash/turbine/` for `src/commonMain/…`); else the tests of the same
 * project, those whose folders and names are closest to the source's first. Where a refactor's
 * behaviour is pinned when its tests are not named for the file (`IOUtils` in `IOCaseTest`).
 */
export function packageTestsOf(sourcePath: string, layout: RepoLayout, limit: number): string[] {
  const ext = extensionOf(sourcePath);
  const dir = dirname(sourcePath);
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const stem = (base.includes(".") ? base.slice(0, base.indexOf(".")) : base).toLowerCase().replace(/[-_.$]/g, "");
  const root = packageRootOf(sourcePath, layout);
  const candidates = [...layout.testsByStem.values()]
    .flat()
    .filter((t) => t !== sourcePath && sameLanguageFamily(sourcePath, t) && !NOT_A_PINNING_TEST.test(t.slice(root.length)))
    .filter((t) => (ext === "go" ? dirname(t) === dir : testsProject(packageRootOf(t, layout), root, layout)));
  // The source's own project (or a test project named for it: `Acme.Tests` for `Acme`) before an enclosing one.
  const own = (t: string) => {
    const r = packageRootOf(t, layout);
    return r !== "" && (r === root || testProjectNamedFor(r, root) || nestedTestProject(r, root) || projectFileNamedFor(r, root, layout)) ? 1 : 0;
  };
  const score = (t: string) => [
    own(t),
    mirrorDepth(sourcePath, dirname(t)),
    commonPrefix(dirname(t), dir),
    commonPrefix(testStem(t), stem),
    -t.split("/").length,
  ];
  const scored = [...new Set(candidates)].map((t) => ({ t, s: score(t) }));
  scored.sort((a, b) => a.s.reduce((d, _, i) => d || b.s[i] - a.s[i], 0) || a.t.localeCompare(b.t));
  return scored.slice(0, limit).map(({ t }) => t);
}

/**
 * The test file(s) to name in a finding, following the repository's own layout when its file tree
 * is known: an existing test first, then a path in a test folder the repository has. Never a
 * folder it does not have (no `spec/` in a repository whose tests live in `test/`).
 */
export function suggestTests(sourcePath: string, layout: RepoLayout | undefined): string[] {
  const conventional = expectedTests(sourcePath);
  if (!layout) return conventional;
  const files = [...conventional, ...alternatives(sourcePath)].filter((p) => p.startsWith("a #[cfg(test)]") || !p.includes("#"));
  const paths = files.filter((p) => !p.startsWith("a "));
  const inFileTests = conventional.filter((p) => p.startsWith("a "));
  const existing = paths.filter((p) => layout.files.has(p));
  // A multiplatform file's test must be in a source set that can run its code.
  const kmp = kotlinSourceSet(sourcePath);
  if (kmp) return sourceSetTests(kmp, layout);
  // Go's tests live in the package's folder, whatever the rest of the repository does.
  if (extensionOf(sourcePath) === "go") return existing.length > 0 ? existing : goPackageTests(sourcePath, layout, conventional);
  // A Rust binary is tested by running it, from its crate's `tests/` (see binaryCrateTests).
  const binary = binaryCrateTests(sourcePath, layout);
  if (binary.length > 0) return binary;
  // A test of the source's own name in the folder that mirrors its own (i18n's `test/backend/fallbacks_test.rb`
  // for `lib/i18n/backend/fallbacks.rb`) is its test, whatever sibling folders hold a namesake.
  const mirrored = mirroredNamedTests(sourcePath, layout);
  if (mirrored.length > 0) return mirrored;
  const namesake = namesakeTest(sourcePath, layout);
  if (namesake) return [namesake];
  if (existing.length > 0) return [...new Set(existing.map((p) => sharedSuite(p, layout) ?? p))];
  // Not a test whose folders name another source of the same file name (Bogus's `DataSetTests/DatabaseTests.cs` is
  // `DataSets/Database.cs`'s, not `Database.cs`'s): a new file named for the source is better advice.
  const named = existingTestsNamedFor(sourcePath, layout).filter((t) => !nearerNamesake(t, sourcePath, layout));
  if (named.length > 0) return [...new Set(named.map((p) => sharedSuite(p, layout) ?? p))];
  // Many tests named nearly alike (`copy-sync-dir.test.js`, `copy-sync-file.test.js`…) say where its tests are, not which one.
  // Where each class has its own test, a longer name only starting with the source's is another class's
  // (`ResultIteratorTest.kt` for `Result.kt`): a new `ResultTest.kt` is the one to ask for.
  const near = testsNamedNearly(sourcePath, layout).filter((t) => !anotherClassesTest(sourcePath, t, layout));
  if (near.length > 0 && near.length <= MAX_NEAR_TESTS) return near;
  const mirror = mirroredNewTest(sourcePath, layout);
  if (mirror) return [mirror];
  // Rust unit tests live in the file's own `#[cfg(test)]` module: no `tests/<file>.rs` to invent.
  if (extensionOf(sourcePath) === "rs" && inFileTests.length > 0) return inFileTests;
  return newTestPlace(sourcePath, layout, paths, inFileTests, conventional);
}

/** A binary crate's entry: `src/main.rs`, `src/bin/x.rs`, `src/bin/x/main.rs`. */
const RUST_BINARY = /^(.*\/)?src\/(?:main\.rs|bin\/[^/]+\.rs|bin\/[^/]+\/main\.rs)$/;

/**
 * The integration tests of a Rust binary's crate, directly in its `tests/` folder (fd's
 * `tests/tests.rs` for `src/main.rs`; not `tests/testenv/mod.rs`, their harness), at most two. A
 * binary's code is reached by running it, and that is where its crate already does so: a
 * `#[cfg(test)]` module in main.rs is the wrong place to send its author (judged set 15).
 */
function binaryCrateTests(sourcePath: string, layout: RepoLayout): string[] {
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
function newTestPlace(sourcePath: string, layout: RepoLayout, paths: string[], inFileTests: string[], conventional: string[]): string[] {
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

/**
 * A test named for another class of the repository, in a language whose tests are one per class: a
 * longer or shorter name that only shares the source's first words (`ResultIteratorTest.kt` beside
 * `ResultIterator.kt` is not `Result.kt`'s; handlebars' `HandlebarsViewTest.java` is
 * `HandlebarsView.java`'s, not `HandlebarsViewResolver.java`'s, judged set 13). Without such a class
 * the longer name is the source's own test under a fuller name (oauth2-server's
 * `AuthCodeGrantTest.php` for `Grant/AuthCode.php`, set 13): the finding names it, never a new
 * `AuthCodeTest.php` beside it. Unless the fuller name still says test: `DatabaseTestsBase.kt` is the
 * harness every test extends, not `Database.kt`'s test.
 */
function anotherClassesTest(sourcePath: string, test: string, layout: RepoLayout): boolean {
  if (!TEST_PER_FILE.has(extensionOf(sourcePath))) return false;
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const name = base.slice(0, base.indexOf(".") >= 0 ? base.indexOf(".") : base.length).toLowerCase();
  const about = aboutName(test.slice(test.lastIndexOf("/") + 1)).toLowerCase();
  if (about === name || !(about.startsWith(name) || name.startsWith(about))) return false;
  // A fuller name that still says test is the tests' harness (Exposed's `DatabaseTestsBase.kt`), no class's own test.
  return sourceStemsOf(layout).has(about) || (about.length > name.length && /test|spec/.test(about.slice(name.length)));
}

/** The lower-cased file names (without extension) of the repository's sources, once per layout. */
const sourceStemsByLayout = new WeakMap<RepoLayout, Set<string>>();

function sourceStemsOf(layout: RepoLayout): Set<string> {
  let stems = sourceStemsByLayout.get(layout);
  if (!stems) {
    stems = new Set<string>();
    for (const f of layout.files) {
      if (!TEST_PER_FILE.has(extensionOf(f)) || classifyBuiltIn(f) !== "source") continue;
      const b = f.slice(f.lastIndexOf("/") + 1);
      stems.add(b.slice(0, b.indexOf(".") >= 0 ? b.indexOf(".") : b.length).toLowerCase());
    }
    sourceStemsByLayout.set(layout, stems);
  }
  return stems;
}

/** A folder's name as a test's folders repeat it: `DataSetTests`, `test_datasets` and `DataSets` are one. */
const folderWord = (d: string) =>
  d
    .toLowerCase()
    .replace(/^tests?[_.-]?|[_.-]?(unit)?tests?$/g, "")
    .replace(/s$/, "");

/**
 * Another source of the same file name whose folders the test's repeat more than the source's
 * (`Source/Bogus.Tests/DataSetTests/` repeats `Source/Bogus/DataSets/`, three folders, and `Source/Bogus/` only two).
 */
function nearerNamesake(test: string, sourcePath: string, layout: RepoLayout): boolean {
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const words = new Set(dirname(test).split("/").map(folderWord).filter(Boolean));
  const score = (p: string) =>
    dirname(p)
      .split("/")
      .filter((d) => d && words.has(folderWord(d))).length;
  const mine = score(sourcePath);
  for (const f of layout.files) if (f !== sourcePath && f.endsWith(`/${base}`) && classifyBuiltIn(f) === "source" && score(f) > mine) return true;
  return false;
}

/** Root files that start the product rather than maintain the repository. */
const ENTRY_POINTS = /^(index|main|mod|lib|__init__|__main__|app|cli|server)\./;

/** Languages whose packages live at the repository root by convention (a Go module's root package). */
const ROOT_PACKAGE_LANGUAGES = new Set(["go"]);

/** Top-level folders that ship the product's commands or native code, beside `src/` or `lib/`. */
const SHIPPED_FOLDER = /^(src|lib|bin|exe|ext|app|cmd|packages?)$/i;

/**
 * A maintainer's script beside the product, where the product's code of that language lives in
 * `src/` or `lib/`: at the repository root (Carbon's `sponsors.php` that rewrites the README,
 * `build.php`), or directly in a top-level folder of its own that is not a project (PHP-Parser's
 * `grammar/rebuildParser.php`, which regenerates the parser, and `test_old/run.php`; not `bin/`).
 * It is not shipped, nobody tests it, and a reviewer does not ask them to.
 */
export function maintainerScript(sourcePath: string, layout: RepoLayout): boolean {
  const ext = extensionOf(sourcePath);
  const parts = sourcePath.split("/");
  if (parts.length > 2 || ROOT_PACKAGE_LANGUAGES.has(ext) || ENTRY_POINTS.test(parts[parts.length - 1])) return false;
  if (parts.length === 2 && (SHIPPED_FOLDER.test(parts[0]) || layout.packageRoots.has(parts[0]))) return false;
  let inSourceFolder = 0;
  for (const f of layout.files) if (/^(src|lib)\//.test(f) && extensionOf(f) === ext && classifyBuiltIn(f) === "source" && ++inSourceFolder >= 3) return true;
  return false;
}

/**
 * Whether any test in the repository is named for the source file or for its folder
 * (`tests/test_debug.py` for `werkzeug/debug/tbtools.py`): a component with none has no harness
 * a new test would join.
 */
export function componentHasTests(sourcePath: string, layout: RepoLayout): boolean {
  const folder = dirname(sourcePath);
  const names = [...sourceStems(sourcePath), folder.slice(folder.lastIndexOf("/") + 1)].filter((n) => n !== "" && !GENERIC_FOLDERS.has(n));
  return names.some(
    (n) => layout.testStems.has(n) || [...layout.dirs].some((d) => classifyBuiltIn(`${d}/x`) === "test" && mirrorName(d.slice(d.lastIndexOf("/") + 1)) === n),
  );
}

/** Folders a project keeps its languages' tables in, any case: `Resources/Languages/`, `Localization/`, `locales/`. */
const TRANSLATION_FOLDER = /(^|\/)(languages?|langs?|locali[sz]ations?|locales?|i18n|l10n|translations?)\//i;

/**
 * One language's table among its siblings: a language's file (`locales/fr.js`), or a file in a
 * translations folder beside three or more of the same kind where none has a test of its own
 * (FluentValidation's `Resources/Languages/VietnameseLanguage.cs`). Such a family is checked by
 * one generic test over every member, or by none: a reviewer does not ask a new member for its own.
 */
export function translationTable(sourcePath: string, layout: RepoLayout): boolean {
  if (isTranslationFile(sourcePath)) return true;
  if (!TRANSLATION_FOLDER.test(sourcePath)) return false;
  const dir = dirname(sourcePath);
  const ext = extensionOf(sourcePath);
  const family = filesIn(dir, layout).filter((f) => extensionOf(f) === ext);
  return family.length >= 4 && !family.some((f) => sourceStems(f).some((stem) => layout.testStems.has(stem)));
}

/**
 * The tests the repository already has for a source file by name: named for it exactly
 * (`JsonValueFormatterTests.cs`) or for the same unit (`RomanNumeralTests.cs` for
 * `RomanNumeralExtensions.cs`). What pins its behaviour before the change.
 */
export function existingTestsOf(sourcePath: string, layout: RepoLayout): string[] {
  const named = existingTestsNamedFor(sourcePath, layout);
  if (named.length > 0) return named;
  const mirrored = mirroredNamedTests(sourcePath, layout);
  return mirrored.length > 0 ? mirrored : testsNamedNearly(sourcePath, layout).slice(0, MAX_NEAR_TESTS);
}

/**
 * Whether the repository has tests at the source's address, whatever they are named: tests named
 * for it (or nearly), a Go package's `_test.go` files, or tests in a folder that mirrors the
 * source's own (`src/test/java/org/jsoup/select/` for `src/main/java/org/jsoup/select/…`,
 * `tests/functional/Extension/TableOfContents/` for `src/Extension/TableOfContents/…`). Where
 * existing tests already exercise a file, a change that keeps its behaviour is theirs to catch.
 */
export function hasTestsAtItsAddress(sourcePath: string, layout: RepoLayout): boolean {
  if (existingTestsOf(sourcePath, layout).length > 0) return true;
  const ext = extensionOf(sourcePath);
  const dir = dirname(sourcePath);
  if (ext === "go") return filesIn(dir, layout).some((f) => f.endsWith("_test.go"));
  const needed = Math.max(1, mirrorNeeded(sourcePath));
  return [...layout.testsByStem.values()].some((tests) =>
    tests.some((t) => sameLanguageFamily(t, sourcePath) && t !== sourcePath && mirrorDepth(sourcePath, dirname(t)) >= needed),
  );
}

/**
 * A file named as its namesakes in sibling folders are (devise's `active_record/devise_generator.rb`
 * beside `devise/` and `mongoid/devise_generator.rb`) is tested under its folder's name:
 * `test/generators/active_record_generator_test.rb`, not the `devise_generator_test.rb` of another.
 */
function namesakeTest(sourcePath: string, layout: RepoLayout): string | undefined {
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const dir = dirname(sourcePath);
  const folder = dir.slice(dir.lastIndexOf("/") + 1);
  const parent = dirname(dir);
  if (!folder || GENERIC_FOLDERS.has(folder)) return undefined;
  const namesakes = [...layout.files].filter(
    (f) => f !== sourcePath && f.endsWith(`/${base}`) && dirname(dirname(f)) === parent && classifyBuiltIn(f) === "source",
  );
  if (namesakes.length === 0) return undefined;
  const ext = extensionOf(sourcePath);
  const stem = base.slice(0, base.length - ext.length - 1);
  const kind = /[_-]([a-z]+)$/.exec(stem)?.[1];
  for (const name of [kind ? `${folder}_${kind}` : undefined, folder]) {
    const found = name ? (layout.testsByStem.get(name.toLowerCase().replace(/[-_.$]/g, "")) ?? []).filter((t) => extensionOf(t) === ext) : [];
    if (found.length > 0) return found.sort((a, b) => commonPrefix(b, sourcePath) - commonPrefix(a, sourcePath))[0];
  }
  return undefined;
}

/** Folders that hold a project's website (its docs site, landing page, blog), by name. */
const SITE_FOLDER = /^(website|docs?[-_]?site|docs?[-_]website)$/i;
/** Names a website's folder may have that other code has too (a PHP app's `www/` web root): a site only as a project of its own. */
const MAYBE_SITE_FOLDER = /^(site|www|homepage|landing)$/i;

/** Static-site generators' config files: the folder that holds one is a website (Docusaurus, Gatsby, Astro, VitePress, VuePress). */
const SITE_GENERATOR_FILES = [
  "docusaurus.config.js",
  "docusaurus.config.ts",
  "docusaurus.config.mjs",
  "gatsby-config.js",
  "gatsby-config.ts",
  "astro.config.mjs",
  "astro.config.ts",
  "astro.config.js",
];
const SITE_GENERATOR_DIRS = [".vitepress", ".vuepress"];

/**
 * Whether the source is part of a website kept beside the product (formik's `website/src/pages/…`,
 * a Docusaurus or Astro site in a folder of its own) that has no test file of its own: nobody asks
 * for a test of a page, and there is no harness to add one to. The repository itself is never the
 * site: a project that is a website has its own tests or none.
 */
export function siteWithoutTests(sourcePath: string, layout: RepoLayout): boolean {
  const parts = sourcePath.split("/");
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join("/");
    const site =
      SITE_FOLDER.test(parts[i - 1]) ||
      (MAYBE_SITE_FOLDER.test(parts[i - 1]) && layout.packageRoots.has(dir)) ||
      SITE_GENERATOR_FILES.some((f) => layout.files.has(`${dir}/${f}`)) ||
      SITE_GENERATOR_DIRS.some((d) => layout.dirs.has(`${dir}/${d}`));
    if (site) return !testsUnder(dir, layout);
  }
  return false;
}

function testsUnder(dir: string, layout: RepoLayout): boolean {
  for (const tests of layout.testsByStem.values()) if (tests.some((t) => t.startsWith(`${dir}/`))) return true;
  return false;
}

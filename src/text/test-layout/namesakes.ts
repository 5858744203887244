import { extensionOf } from "../languages.js";
import { classifyBuiltIn } from "../test-conventions.js";
import { dirname, type RepoLayout, filesIn } from "./layout.js";
import { GENERIC_FOLDERS, mirrorDepth, TEST_PER_FILE, aboutName } from "./new-tests.js";

// Names a source's tests may carry, and tests that are another source's of the same name.

/** Generic file names that say only their part of a module: its tests are named for the folder (`lifespan/on.py`). */
const PART_NAMES = /^(on|off|auto|base|impl|main|core|common|default|types|utils?|helpers?|index|__init__)$/;

/**
 * Other names a source's tests may carry: the name inside a legacy `class.phpmailer.php`, and the
 * module folder of a file named for its part (`tests/test_lifespan.py` for `uvicorn/lifespan/on.py`).
 */
export function unitNames(sourcePath: string): string[] {
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
export function endsWithItsName(name: string, about: string, sourcePath: string, test: string): boolean {
  const a = name.toLowerCase();
  const b = about.toLowerCase();
  return b.length >= 5 && a.length > b.length && a.endsWith(b) && mirrorDepth(sourcePath, dirname(test)) >= 1;
}

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a test named for `source` is as near another source of the same file name (sidekiq's
 * `test/scheduled_test.rb` for `lib/sidekiq/scheduled.rb`, not for the TUI's `tabs/scheduled.rb`), or a
 * module folder of that name:
 * then it shows nothing about how the source's own folder is tested.
 */
export function testsAnotherNamesake(test: string, source: string, layout: RepoLayout): boolean {
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
export function anotherClassesTest(sourcePath: string, test: string, layout: RepoLayout): boolean {
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
export function nearerNamesake(test: string, sourcePath: string, layout: RepoLayout): boolean {
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

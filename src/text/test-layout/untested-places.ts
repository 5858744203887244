import { extensionOf } from "../languages.js";
import { classifyBuiltIn, sourceStems } from "../test-conventions.js";
import { isTranslationFile } from "../translation-files.js";
import { type RepoLayout, dirname, filesIn } from "./layout.js";
import { kotlinSourceSet, reachableTestSets } from "./source-sets.js";

// Code with no tests to ask for: a platform's folder without a harness, a website, a maintainer's script, a translation table.

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

import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { bundledBuild, HTML_PAGE, inlinedHtmlBundle, MIN_BUNDLE_LINES } from "../text/bundled-build.js";
import { libraryBanner } from "../text/tool-written.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Third-party code a site keeps among its assets (#10, #11), found from what the change's new files
 * hold, and marked as restored lines so no rule judges it. mde/ejs 384443eecc "Begin work on doc
 * site" brought a bought site template (devAid: its LESS themes and the CSS compiled from them),
 * Font Awesome's LESS and SCSS sources, and jquery-scrollTo with its README, licence, demos and tests
 * under `site/assets/plugins/`; pr-size counted 3,650 lines of it as the author's and
 * no-commented-out-code spoke on the plugin's own test (both judged rejected, set 22). The author's
 * `site/assets/js/main.js` beside them is none of these, and stays counted:
 * - a library's folder: `plugins/<lib>/` (or `libs/`, `vendor/`…) under a site's asset folder, new
 *   in the change, holding a file under a library's release banner, or a licence of its own and another
 *   mark of a library's distribution (readme, manifest, changelog, tests, demos);
 * - the stylesheets that a library's or a site template's bannered stylesheet `@import`s, and the
 *   variants of such a stylesheet beside it (the template's colour themes, compiled);
 * - a bundler's output (bundled-build.ts): vcr's copied docsify build.
 * Only whole new files: code already in the repository is never taken out of review by these.
 * Cost: each new file's first lines are read once (MAX_LINES), the import graph is walked once per
 * stylesheet, and a variant is compared with at most MAX_SEEDS bannered stylesheets of its own folder.
 */
export function markAssetLibraries(change: Change): void {
  const added = change.files.filter((f) => f.status === "added" && !f.binary && f.addedLines.length > 0 && !isRestored(f));
  if (added.length === 0) return;
  const texts = new Map<ChangedFile, string>();
  const textOf = (f: ChangedFile) => texts.get(f) ?? texts.set(f, headOf(f)).get(f)!;
  // Under a site's asset folder, and naming another project: a library's own repository builds its bannered files from its sources.
  const served = added.filter((f) => ASSET_ROOT.test(f.path) && !namesRepository(textOf(f), change));
  const bannered = served.filter((f) => WEB_ASSET.test(f.path) && libraryBanner(textOf(f)));
  const templates = served.filter((f) => STYLESHEET.test(f.path) && templateBanner(textOf(f)));
  for (const f of templates) markRestored(f, allLines(f), "a site template's stylesheet, under the template's banner");
  for (const f of libraryFolderFiles(change, added, new Set(bannered)))
    markRestored(f, allLines(f), "a library's own folder among a site's assets (its licence, readme, tests or release banner)");
  const seeds = [...bannered, ...templates].filter((f) => STYLESHEET.test(f.path));
  for (const f of importedStyles(seeds, added, textOf)) markRestored(f, allLines(f), "a stylesheet a library's or template's stylesheet imports");
  for (const f of styleVariants(seeds, added)) markRestored(f, allLines(f), "a variant of a library's or template's stylesheet beside it");
  for (const f of added)
    if (SCRIPT.test(f.path) && f.addedLines.length >= MIN_BUNDLE_LINES && !isRestored(f) && bundledBuild(textOf(f)))
      markRestored(f, allLines(f), "a bundler's output");
    else if (HTML_PAGE.test(f.path) && f.addedLines.length >= MIN_BUNDLE_LINES && !isRestored(f) && inlinedHtmlBundle(textOf(f)))
      markRestored(f, allLines(f), "a page a bundler inlined its components into");
}

/** Lines of a new file read for banners, imports and a bundler's runtime, at most. */
const MAX_LINES = 5000;
/** Bannered stylesheets of one folder a variant is compared with, at most. */
const MAX_SEEDS = 20;
/** Share of a stylesheet's non-blank lines found in a bannered one beside it that makes it a variant (ejs's themes share 88-91%). */
const VARIANT_SHARE = 0.75;

const WEB_ASSET = /\.(?:m|c)?js$|\.(?:css|scss|sass|less|styl)$/;
const STYLESHEET = /\.(?:css|scss|sass|less|styl)$/;
const SCRIPT = /\.(?:m|c)?js$/;
/** A folder a site serves or builds its pages from. */
const ASSET_ROOT = /(?:^|\/)(?:assets|static|public|www|wwwroot|web|site|_site|website|docs?|js|javascripts|content|resources|_static)\//i;
const ASSET_NAMES = new Set([
  "assets",
  "static",
  "public",
  "www",
  "wwwroot",
  "web",
  "site",
  "_site",
  "website",
  "doc",
  "docs",
  "js",
  "javascripts",
  "content",
  "resources",
  "_static",
]);
/** Where a site keeps the libraries it serves, each in a folder of its own. */
const LIBRARY_HOMES = new Set(["plugins", "lib", "libs", "vendor", "vendors", "external", "externals", "bower_components"]);

/** The marks of a library's own distribution, by the path inside its folder: a licence and another are needed. */
const DISTRIBUTION_MARKS: Array<[string, RegExp]> = [
  ["licence", /^(?:licen[cs]e|copying)(?:[.-][\w.-]*)?$/i],
  ["readme", /^readme(?:\.\w+)?$/i],
  ["manifest", /^(?:package|bower|composer|component)\.json$|^[\w.-]+\.jquery\.json$/i],
  ["changelog", /^(?:changelog|changes|history)(?:\.\w+)?$/i],
  ["tests", /^(?:tests?|specs?)\//i],
  ["demos", /^(?:demos?|examples?|samples?)\//i],
];

/** The library folder a path sits in (`site/assets/plugins/jquery-scrollTo/`), or undefined. */
function libraryFolder(path: string): string | undefined {
  const parts = path.split("/");
  let served = false;
  // The last part is the file's name: a library folder needs a folder under its home.
  for (let i = 0; i < parts.length - 2; i++) {
    if (served && LIBRARY_HOMES.has(parts[i].toLowerCase())) return `${parts.slice(0, i + 2).join("/")}/`;
    if (ASSET_NAMES.has(parts[i].toLowerCase())) served = true;
  }
  return undefined;
}

/** The new files of library folders the change adds whole, with a release banner or two distribution marks in them. */
function libraryFolderFiles(change: Change, added: ChangedFile[], bannered: ReadonlySet<ChangedFile>): ChangedFile[] {
  const folders = new Map<string, ChangedFile[]>();
  for (const f of added) {
    const dir = libraryFolder(f.path);
    if (dir) folders.set(dir, [...(folders.get(dir) ?? []), f]);
  }
  if (folders.size === 0) return [];
  // A folder the change also edits or deletes in was there before: the project's own, or a copy it maintains.
  const touched = change.files.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path);
  const out: ChangedFile[] = [];
  for (const [dir, files] of folders) {
    if (touched.some((p) => p.startsWith(dir))) continue;
    // Binary files (fonts, images) mark nothing but count as the library's paths.
    const paths = change.files.filter((f) => f.path.startsWith(dir)).map((f) => f.path.slice(dir.length));
    const marks = new Set(DISTRIBUTION_MARKS.filter(([, re]) => paths.some((p) => re.test(p))).map(([kind]) => kind));
    // A licence of its own and one more mark: a module of the project's own may have a readme and tests, not a licence.
    if ((marks.has("licence") && marks.size >= 2) || files.some((f) => bannered.has(f))) out.push(...files);
  }
  return out;
}

// A site template's banner: `Template Name: devAid - Responsive Website Template for developers`, with its
// author or version (`Author: Xiaoying Riley at 3rd Wave Media`, `Version: 1.0`) in the same opening comment.
const TEMPLATE_NAME = /^[\s/*]*(?:Template|Theme)[ \t]+Name[ \t]*:[ \t]*([^\n]{2,80})/im;
const TEMPLATE_BY = /^[\s/*]*(?:Author|Version|Designed by)[ \t]*:/im;
const OPENING_COMMENT = /^\s*\/\*([\s\S]{0,800}?)\*\//;

/** A stylesheet opening with a template's banner: its name, and its author or version. */
function templateBanner(text: string): boolean {
  const comment = OPENING_COMMENT.exec(text.slice(0, 1000))?.[1];
  return comment !== undefined && TEMPLATE_NAME.test(comment) && TEMPLATE_BY.test(comment);
}

/** Whether a file's opening names this repository as a word (when the source knows it): a theme's or library's own repository. */
function namesRepository(text: string, change: Change): boolean {
  const repo = change.repository?.name.toLowerCase();
  if (repo === undefined || repo.length < 3) return false;
  // `font-awesome` is named "Font Awesome" too: its pieces joined by any separator or none.
  const name = repo
    .split(/[-_. ]/)
    .map(escapeRegExp)
    .join("[-_. ]?");
  return new RegExp(`(?<![a-z0-9])${name}(?![a-z0-9])`).test(text.slice(0, 600).toLowerCase());
}

// `@import "mixins.less";`, `@import 'variables';`, `@import url("base.css");`: a stylesheet's parts, by relative path.
const IMPORT = /^\s*@import\s+(?:\([\w, ]+\)\s*)?(?:url\(\s*)?["']([^"'\n]{1,200})["']/gm;

/** The new stylesheets the seeds import, directly or through one another. */
function importedStyles(seeds: ChangedFile[], added: ChangedFile[], textOf: (f: ChangedFile) => string): ChangedFile[] {
  const styles = new Map(added.filter((f) => STYLESHEET.test(f.path)).map((f) => [f.path, f]));
  const seen = new Set(seeds);
  const queue = [...seeds];
  const out: ChangedFile[] = [];
  while (queue.length > 0) {
    const f = queue.pop()!;
    for (const [, spec] of textOf(f).matchAll(IMPORT)) {
      const target = resolveStyle(f.path, spec, styles);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
      out.push(target);
    }
  }
  return out;
}

/** The new stylesheet an `@import` names: as written, with the importer's extension, or as a Sass partial (`_name`). */
function resolveStyle(from: string, spec: string, styles: Map<string, ChangedFile>): ChangedFile | undefined {
  if (/^[a-z]+:|^\/\//i.test(spec)) return undefined;
  const parts = from.split("/").slice(0, -1);
  for (const piece of spec.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  const path = parts.join("/");
  const ext = /\.\w+$/.exec(from)![0];
  const partial = path.replace(/([^/]+)$/, "_$1");
  return [path, `${path}${ext}`, partial, `${partial}${ext}`].map((p) => styles.get(p)).find((f) => f !== undefined);
}

/** New stylesheets beside a seed, of its kind, whose lines are mostly the seed's: the template's themes, compiled. */
function styleVariants(seeds: ChangedFile[], added: ChangedFile[]): ChangedFile[] {
  const byFolder = new Map<string, ChangedFile[]>();
  for (const s of seeds) byFolder.set(folderKey(s.path), [...(byFolder.get(folderKey(s.path)) ?? []), s]);
  const lineSets = new Map<ChangedFile, Set<string>>();
  const linesOf = (f: ChangedFile) => lineSets.get(f) ?? lineSets.set(f, new Set(nonBlank(f))).get(f)!;
  return added.filter((f) => {
    const beside = byFolder.get(folderKey(f.path))?.slice(0, MAX_SEEDS);
    if (!beside || beside.includes(f) || isRestored(f)) return false;
    const mine = nonBlank(f);
    return mine.length > 0 && beside.some((s) => mine.filter((l) => linesOf(s).has(l)).length >= VARIANT_SHARE * mine.length);
  });
}

/** A file's folder and extension: a variant is a file of the same kind in the same folder. */
const folderKey = (path: string) => `${path.slice(0, path.lastIndexOf("/") + 1)}*${/\.\w+$/.exec(path)?.[0] ?? ""}`;
const nonBlank = (f: ChangedFile) =>
  f.addedLines
    .slice(0, MAX_LINES)
    .map((l) => l.text.trim())
    .filter((t) => t !== "");
const headOf = (f: ChangedFile) =>
  f.addedLines
    .slice(0, MAX_LINES)
    .map((l) => l.text.slice(0, 2000))
    .join("\n");
const allLines = (f: ChangedFile) => f.addedLines.map((l) => l.line);

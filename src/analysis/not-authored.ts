import type { Change, ChangedFile } from "../model/change.js";
import { downloadedNotice } from "./downloaded-copy.js";
import { isRestored } from "../model/restored-lines.js";
import { foreignHeader } from "../text/authored-files.js";
import { helpBuildOutput, libraryRelease, shippedWithMinified } from "../text/tool-written.js";
import { isTestInput } from "../text/test-conventions.js";
import { THIRD_PARTY_FOLDERS } from "../text/third-party-folders.js";
import { announcedNames as copiedNames } from "./announced-copies.js";
import { creditedCopy, updatedCopy } from "./credited-copies.js";
import { lineCount } from "../text/line-windows.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { creditedInNotice } from "./notice-credits.js";
import { nugetInstalled } from "./nuget-installs.js";
import { declaresPlatformNamespace } from "./platform-backport.js";
import { headerBeforeDeclaration, portNotice } from "./port-notices.js";
import { ownedByPackageOrganisation } from "./namespace-holder.js";

/** A folder named for a module's import path: `github.com/<owner>/<repo>/`, `golang.org/x/<repo>/`, `gopkg.in/<pkg>/`. */
export const IMPORT_PATH_COPY = /(^|\/)(?:(?:github\.com|gitlab\.com|bitbucket\.org)\/[^/]+|golang\.org\/x|gopkg\.in)\/[^/]+\//;

/**
 * Paths whose code nobody in the change wrote by hand, so no rule judges how it is written:
 * vendored copies, test data, snapshots, and build output checked in next to its source. One
 * list for every rule that judges code (the engine's `DEFAULT_IGNORES` drop some of these before
 * any rule runs; a repository that un-ignores them still gets them left alone here).
 */
const ALWAYS = [
  new RegExp(`(^|/)(${THIRD_PARTY_FOLDERS.join("|")})/`),
  // A .NET or Java project's root `Lib/` (`libs/`, `External/`, `Dependencies/`) holds the
  // third-party assemblies and jars it builds against; source there came with them (Moq's
  // `Lib/xUnit/XunitLight.Silverlight/`, xUnit's own `namespace Xunit`; Autofac's `lib/Sandcastle/`).
  // In Ruby, JavaScript, Python, PHP, Rust or Go a `lib/` is the project's own code: only these languages.
  /^(?:[Ll]ibs?|[Ee]xternals?|[Dd]ependencies)\/.+\.(?:cs|vb|fs|java)$/,
  // NuGet installs a source-only package's files there (`App_Packages/ApiApprover.3.0.1/`): the package's code, not the project's.
  /(^|\/)App_Packages\/[^/]+\//,
  // NuGet's package folder (`packages/jQuery.1.7.1.1/Content/Scripts/jquery-1.7.1.js`): `<Id>.<Version>/`, installed like node_modules.
  /(^|\/)packages\/[A-Za-z_][\w.-]{0,100}?\.\d{1,9}(?:\.\d{1,9}){1,3}(?:-[\w.-]{1,50})?\//,
  /(^|\/)(__snapshots__)\/|\.snap$/,
  // A Go module copied in under its import path (client_golang's `exp/internal/github.com/planetscale/vtprotobuf/`,
  // set 26: its complexity judged "not worth saying"), as `vendor/` lays modules out: host, owner, repository.
  IMPORT_PATH_COPY,
  // ruby/ruby's test library (its `tool/lib/`), which the default gems' repositories copy into `test/lib/` and sync with
  // "Bump up the latest version of CoreAssertions" (ruby/logger, ruby/optparse: its TODOs and FIXMEs, upstream's, judged
  // not worth saying on sets 40 and 43). By its files' own names: a gem's own `test/lib/helper.rb` stays reviewed.
  /(^|\/)test\/lib\/(?:(?:core_assertions|envutil|leakchecker|find_executable|memory_status|iseq_loader_checker|tracepointchecker|zombie_hunter|profile_test_all|with_different_ofs|colorize|jisx0208)\.rb$|(?:minitest|test\/unit)\/|test\/unit\.rb$)/,
];

/** JavaScript compiled into a build folder: tsc, babel and bundlers write there, people do not. */
const BUILD_FOLDER_JS = /(^|\/)(esm|cjs|dist|build|out|umd|bundles?)\/(.*\/)?[^/]+\.((m|c)?js|d\.(m|c)?ts)$/;
/**
 * A bundler's output named with its content hash (Vite's `assets/index-CqL4y9Wm.js`, webpack's
 * `static/js/main.3f9a2c1b.js`) in a folder a site serves: nobody writes a file named with a hash.
 * The hash has a digit and a letter, so `assets/date-picker.js` or `static/sha-utils.js` stay reviewed.
 */
const HASHED_ASSET =
  /(^|\/)(?:assets|static|public|chunks|_next|www)\/(?:.*\/)?[\w.-]{1,80}[-.](?=[A-Za-z0-9_]{0,19}\d)(?=[A-Za-z0-9_]{0,19}[A-Za-z])[A-Za-z0-9_]{8,20}\.(?:m?js|css)$/;
/** `lib/` holds hand-written code in Ruby and often in JavaScript: compiled only when the change says so. */
const LIB_JS = /(^|\/)lib\/((?:.*\/)?[^/]+)\.(m|c)?js$/;

/** Why the code at `path` is not authored in this change, or undefined when it is. */
export function notAuthored(path: string, change?: Change): string | undefined {
  // Test data: fixtures, testdata, golden files, a tests folder's `data/` (black's formatter cases).
  if (ALWAYS.some((re) => re.test(path)) || isTestInput(path)) return "vendored code, test data or a snapshot";
  if (BUILD_FOLDER_JS.test(path) || HASHED_ASSET.test(path)) return "build output";
  if (libraryReleaseFile(path)) return "a library's release, named with its version";
  const lib = LIB_JS.exec(path);
  if (lib && change && compiledInChange(path, lib[2], change)) return "build output (its TypeScript source or type declarations change with it)";
  if (change && inCopiedPackage(path, change)) return "a package copied in with its own licence file";
  if (change && nugetContent(path, change)) return "a NuGet package's source file, installed with the package";
  const file = change && fileAt(path, change);
  if (file && nugetInstalled(file, change!)) return "a NuGet package's file, installed by the packages.config lines the change adds";
  if (change && announcedPrivateCopy(path, change)) return "a package copied into a private folder, as the change says";
  if (change && inHelpBuildOutput(path, change)) return "generated help output (a help compiler's build log or .chm beside it)";
  if (change && t4Output(path, change)) return "generated from its T4 template (the .tt beside it)";
  if (file && isRestored(file)) return `not written in this change (${file.restoredFrom})`;
  return undefined;
}

/** Languages a T4 text template writes code in, beside the template: `AssemblyExtensionTypes.tt` → `AssemblyExtensionTypes.cs`. */
const T4_OUTPUT = /\.(?:cs|vb|fs|ts|js|sql)$/;

/**
 * A file whose T4 template the change edits beside it (NLog's `Config/AssemblyExtensionTypes.cs`, which Visual
 * Studio writes from `AssemblyExtensionTypes.tt`; judged "not worth saying" on set 16). The template must exist
 * at base: a pull request cannot take its own code out of review by adding a `.tt` named after it.
 */
function t4Output(path: string, change: Change): boolean {
  if (!T4_OUTPUT.test(path)) return false;
  const template = fileAt(`${path.slice(0, path.lastIndexOf("."))}.tt`, change);
  return template !== undefined && template.status !== "added";
}

/**
 * A web library's release file, named with its version (`jquery-1.7.1.js`, `jquery-ui-1.10.3.js`,
 * `modernizr-2.6.2.js`, `knockout-2.2.0.debug.js`), or the Visual Studio IntelliSense file that
 * ships with one (`jquery-1.7.1-vsdoc.js`, `jquery.validate-vsdoc.js`), in a folder where a site
 * keeps the libraries it serves (ASP.NET's `Scripts/`, `lib/`, `static/`, `wwwroot/`…, a JVM
 * project's `resources/`, which it packages to serve or to run: handlebars.java's
 * `src/main/resources/handlebars-v4.7.9.js`, judged "not worth saying", session 13), a pre-release
 * too (`handlebars-1.0.rc.3.js`). A project's own scripts carry no version in their name; the
 * lowercase `scripts/` folder (build and tooling scripts) is not one of these folders.
 */
const ASSET_FOLDER = /(^|\/)(?:Scripts|js|javascripts|libs?|static|assets|wwwroot|public|Content|resources)\//;
const VERSIONED_RELEASE =
  /(?:^|\/)[A-Za-z][\w.-]{0,60}?[-.]v?\d{1,4}\.\d{1,4}(?:\.\d{1,6}){0,2}(?:[.-](?:rc|beta|alpha|pre)\.?\d{0,3})?(?:[.-](?:min|debug|slim|custom))?(?:-vsdoc)?\.(?:m?js|css)$/;
const VSDOC = /-vsdoc\.js$/;
function libraryReleaseFile(path: string): boolean {
  return (VERSIONED_RELEASE.test(path) || VSDOC.test(path)) && ASSET_FOLDER.test(path);
}

const filesByPath = new WeakMap<Change, Map<string, ChangedFile>>();

/** The change's file at `path` (a map built once per change: every rule asks for every file). */
function fileAt(path: string, change: Change): ChangedFile | undefined {
  let files = filesByPath.get(change);
  if (!files) filesByPath.set(change, (files = new Map(change.files.map((f) => [f.path, f]))));
  return files.get(path);
}

const twinsByChange = new WeakMap<Change, Set<string>>();

/**
 * A new script or stylesheet the change adds with its minified twin (tool-written.ts): a library's
 * distribution. The twin is usually among the files the ignore globs left out (`**\/*.min.js`).
 * Once per change: every rule asks of every file.
 */
function minifiedTwinAdded(file: ChangedFile, change: Change): boolean {
  let twins = twinsByChange.get(change);
  if (!twins) {
    const ignored = change.gaps.flatMap((g) => (g.kind === "ignored" && g.path !== undefined ? [g.path] : []));
    twinsByChange.set(change, (twins = new Set([...shippedWithMinified(change.files, ignored)].map((f) => f.path))));
  }
  return twins.has(file.path);
}

/** A licence file: what a copied-in package brings along into the folder it lands in. */
export const LICENCE_FILE = /^(.+\/)(?:LICEN[CS]E|COPYING)(?:[.-][\w.-]*)?$/i;

/** A package's manifest: a new package of a monorepo brings one beside its licence, a copied-in module does not. */
export const MANIFEST =
  /(?:^|\/)(?:package\.json|pyproject\.toml|setup\.py|setup\.cfg|Cargo\.toml|go\.mod|[^/]+\.gemspec|[^/]+\.csproj|pom\.xml|build\.gradle(?:\.kts)?|composer\.json)$/;

/**
 * A new file in a folder the same change gives a licence file of its own, and no package
 * manifest (typer's `_click/` with Click's LICENSE.txt): a module copied in whole. A new package
 * of a monorepo has its manifest there too, and is the team's own. Only files the change adds:
 * a PR author cannot switch the checks off for code already there by dropping a licence next to it.
 */
function inCopiedPackage(path: string, change: Change): boolean {
  const dirs = copiedPackageDirs(change);
  if (dirs.length === 0 || !dirs.some((dir) => path.startsWith(dir))) return false;
  return change.files.find((f) => f.path === path)?.status === "added";
}

/**
 * The licence file of the copied-in package a new file lands in ({@link inCopiedPackage}), or undefined. A rule
 * that judges each file alone (no-debug-statements) asks for it in `needs`, where it sees the whole change, and
 * reads its text as the witness (see copied-package-witness.ts).
 */
export function copiedPackageLicence(path: string, change: Change): string | undefined {
  if (!inCopiedPackage(path, change)) return undefined;
  const licences = change.files.filter((f) => f.status === "added" && LICENCE_FILE.test(f.path));
  return licences.find((f) => path.startsWith(LICENCE_FILE.exec(f.path)![1]))?.path;
}

/** Whether `path` is a licence file in a folder (the root's is the project's own). */
export const folderLicence = (path: string) => LICENCE_FILE.test(path);

const packageDirs = new WeakMap<Change, string[]>();

/** The folders the change adds a licence file to without a package manifest (once per change: every file asks). */
function copiedPackageDirs(change: Change): string[] {
  let dirs = packageDirs.get(change);
  if (!dirs) {
    const added = change.files.filter((f) => f.status === "added");
    const manifests = new Set(added.filter((f) => MANIFEST.test(f.path)).map((f) => f.path.slice(0, f.path.lastIndexOf("/") + 1)));
    dirs = added.flatMap((f) => LICENCE_FILE.exec(f.path)?.[1] ?? []).filter((dir) => !manifests.has(dir));
    packageDirs.set(change, dirs);
  }
  return dirs;
}

/**
 * A NuGet package's content file (`packages/SimpleJson.0.15.0.0/Content/SimpleJson.cs.pp`)
 * lands in the project as `SimpleJson.cs` when the package is installed or updated: the project
 * file that ends with its path is the package's code. Only when the change adds or updates the
 * package itself (its `.nupkg`), so a `.pp` file alone cannot take an edit out of review.
 */
const NUGET_CONTENT = /^(.*\/)?packages\/([^/]+)\/content\/(.+?)(?:\.pp)?$/i;
function nugetContent(path: string, change: Change): boolean {
  const file = fileAt(path, change);
  if (!file || (file.status !== "added" && file.status !== "modified") || NUGET_CONTENT.test(path)) return false;
  return nugetContents(change).some((rel) => path === rel || path.endsWith(`/${rel}`));
}

const nugetByChange = new WeakMap<Change, string[]>();

/** The project paths (relative) of the content files of the packages the change adds or updates with their `.nupkg`; once per change. */
function nugetContents(change: Change): string[] {
  let out = nugetByChange.get(change);
  if (out) return out;
  const packages = new Set(
    change.files.filter((f) => f.status !== "removed" && /\.nupkg$/i.test(f.path)).map((f) => f.path.slice(0, f.path.lastIndexOf("/") + 1).toLowerCase()),
  );
  out = change.files.flatMap((f) => {
    const m = NUGET_CONTENT.exec(f.path);
    return m && packages.has(`${m[1] ?? ""}packages/${m[2]}/`.toLowerCase()) ? [m[3]] : [];
  });
  nugetByChange.set(change, out);
  return out;
}

/**
 * A new file under a folder named for a package with a leading underscore (typer's `_click/`),
 * when the change's words say it copies that package in ("Vendor Click"): the underscore is
 * Python's and Go's mark for a private copy. Both signals are needed: an `_internal/` folder is
 * the project's own, and a message alone could name anything. Both are the author's to write, so
 * this is the trust given to a "Copied from …" header: a reviewer sees the folder and the message,
 * only readability and test asks go quiet, and no-secrets still scans every line.
 */
const PRIVATE_FOLDER = /(?:^|\/)_([A-Za-z][\w-]{2,})\//g;
function announcedPrivateCopy(path: string, change: Change): boolean {
  if (fileAt(path, change)?.status !== "added") return false;
  const folders = [...path.matchAll(PRIVATE_FOLDER)].map((m) => m[1].replace(/[-_]/g, "").toLowerCase());
  if (folders.length === 0) return false;
  const names = copiedNames(change);
  return folders.some((f) => names.has(f));
}

/** The help compiler's output folders of a change (tool-written.ts decides what marks one), once per change. */
const helpOutputByChange = new WeakMap<Change, Set<string>>();

function inHelpBuildOutput(path: string, change: Change): boolean {
  let paths = helpOutputByChange.get(change);
  if (!paths) helpOutputByChange.set(change, (paths = new Set([...helpBuildOutput(change.files)].map((f) => f.path))));
  // A help build rewrites its folder whole: pages it adds and pages it regenerates alike.
  return paths.has(path);
}

/**
 * A `lib/x.js` is compiled output when the same change touches its `.d.ts` or source map, or a
 * TypeScript source of the same name under `src/`: the build ran and its output was committed.
 */
function compiledInChange(path: string, stem: string, change: Change): boolean {
  const base = path.replace(/\.(m|c)?js$/, "");
  const paths = new Set(change.files.map((f) => f.path));
  if (paths.has(`${base}.d.ts`) || paths.has(`${path}.map`)) return true;
  if (change.files.some((f) => f.path.endsWith(`src/${stem}.ts`) || f.path.endsWith(`src/${stem}.tsx`))) return true;
  return compiledIntoUnignoredFolder(path, change);
}

/** Babel's and tsc's CommonJS interop mark: a compiler writes it; a person writing CommonJS has no ES module to mark. */
const ES_MODULE_INTEROP = /\bexports\.__esModule\s*=\s*(?:true|!0)\b|Object\.defineProperty\(\s*exports\s*,\s*["']__esModule["']/;
/** The lines of a compiled file's opening that hold the mark (a licence banner or `'use strict'` may come first). */
const INTEROP_LINES = 12;

/**
 * A compiled `lib/` file checked in by a change that takes `lib` out of the .gitignore beside it or
 * at the root (jsdiff's "Add lib": babel's output of `src/`, 19 files; its tests-required findings
 * judged wrong on set 44). Both marks are needed: the interop line alone is a string anyone can
 * type, and un-ignoring a folder alone says nothing about who wrote what lands in it.
 */
function compiledIntoUnignoredFolder(path: string, change: Change): boolean {
  const lib = /(^|\/)lib\//.exec(path);
  if (!lib) return false;
  const folder = path.slice(0, lib.index + lib[1].length);
  const file = fileAt(path, change);
  const opening = file?.addedLines.filter((l) => l.line <= INTEROP_LINES) ?? [];
  if (!opening.some((l) => ES_MODULE_INTEROP.test(l.text))) return false;
  const ignores = change.files.filter((f) => f.path === ".gitignore" || f.path === `${folder}.gitignore`);
  const named = new RegExp(`^/?${folder === "" ? "" : `(?:${escapeRegExp(folder)})?`}lib/?\\s*$`);
  return ignores.some((f) => (f.deletedLines ?? []).some((line) => named.test(line.trim())));
}

/**
 * A header that says where the file was copied from: "copy-paste of optparse from the stdlib",
 * "largely a copy paste from", "Code taken and adapted from Click", "Copied from pydantic 1.9.2".
 */
const AND_EDITED = String.raw`(?:\s+(?:and|&)\s+(?:modified|adapted|simplified|trimmed|updated))?`;
const copiedWords = (edited: string) =>
  new RegExp(String.raw`\b(?:copied|copy-pasted|vendored|taken|forked)${edited}\s+(?:verbatim\s+)?from\b|\bcopy[- ]?paste\s+(?:of|from)\b`, "i");
const COPIED_ANYWHERE = copiedWords(AND_EDITED);
/**
 * Weaker words ("extracted", "adapted", "ported", "based on") say it only as the opening of a
 * comment line, naming a work (not "the request"): `# Extracted and modified from
 * https://github.com/ewels/rich-click`, `// Ported from Go's strconv`, `# Based on Werkzeug's
 * parser (BSD licence)`. Inside a docstring's sentence they describe data, not the file.
 */
const COMMENT_OPENING = String.raw`^[ \t]*(?:#+|\/\/+|\/?\*+|--|"""|''')?[ \t]*(?:(?:this|the)\s+(?:file|code|module|class|implementation)\s+(?:is|was|has\s+been)\s+|code\s+)?`;
const NOT_A_WORK = String.raw`(?!(?:the|a|an|this|that|these|those|its|their|our|your|it|them|here|there)\b)`;
const COPIED_OPENING = new RegExp(
  String.raw`${COMMENT_OPENING}(?:(?:extracted|adapted|ported|borrowed|lifted)${AND_EDITED}\s+from\s+${NOT_A_WORK}\S|based\s+on\s+${NOT_A_WORK}[^\n]{1,100}\blicen[cs]ed?\b)`,
  "im",
);
/**
 * A comment that opens with what it says is adapted from a work, in a few words: BurntSushi/toml's
 * `// Struct field handling is adapted from code in encoding/json:` over Go's copyright (judged "not
 * worth saying" on set 16). Only the strong verbs: "the width is extracted from env" describes data.
 */
const SUBJECT_ADAPTED = new RegExp(
  String.raw`^[ \t]*(?:#+|\/\/+|\/?\*+|--)[ \t]*[A-Za-z][\w-]{0,30}(?:[ \t]+[\w-]{1,30}){0,3}[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:adapted|ported|borrowed|lifted|copied)${AND_EDITED}[ \t]+from[ \t]+${NOT_A_WORK}\S`,
  "im",
);
/** A file's header at base said it was copied verbatim: "copied from", not "… and modified from". */
const COPIED_VERBATIM = copiedWords("");

/**
 * "This class has been derived from "FastDoubleParser"" (jackson-core's doubleparser package, in a
 * Javadoc `<dt>`): the file itself said to be derived from a named work, not a value derived from input.
 */
const DERIVED_FROM = /\b(?:this|the)\s+(?:file|code|module|class|package|implementation)\s+(?:has\s+been|is|was)\s+derived\s+from\s+["'`\w]/i;

/** Where a header says the file is a copy, if it does. */
export function copyNotice(header: string): { index: number } | null {
  return COPIED_ANYWHERE.exec(header) ?? COPIED_OPENING.exec(header) ?? SUBJECT_ADAPTED.exec(header) ?? DERIVED_FROM.exec(header) ?? downloadedNotice(header);
}

/**
 * A new file's header that names a work it ports or copies (port-notices.ts), unless the project's
 * own files the review read carry such a notice too: a project that is itself a port says so on
 * every file (league/commonmark's "Original code based on the CommonMark JS reference parser").
 */
function announcedPort(header: string, context: CopyContext): boolean {
  if (portNotice(headerBeforeDeclaration(header.split("\n"))) === undefined) return false;
  return !context.baseTexts || !portsByConvention(context.baseTexts);
}

const conventionByTexts = new WeakMap<ReadonlyMap<string, string>, boolean>();

/** Whether a text at base (the project's own, not a licence) carries a port notice in its header; once per set of texts. */
function portsByConvention(texts: ReadonlyMap<string, string>): boolean {
  let found = conventionByTexts.get(texts);
  if (found === undefined) {
    found = [...texts].some(([p, text]) => !ROOT_LICENCES.includes(p) && portNotice(headerBeforeDeclaration(headerOf(text).split("\n"))) !== undefined);
    conventionByTexts.set(texts, found);
  }
  return found;
}
const HEADER_CHARS = 1500;

/** What a file's header is judged against: whose project it is, and who made the change. */
export interface CopyContext {
  change?: Change;
  /** The repository's licence at base: its copyright holder is the project's own (when the repository is not known by name). */
  licence?: string;
  /** The file's text at base, for a file the change modifies. */
  baseText?: string;
  /**
   * Texts at base the review read (path to text): the headers of the repository's own files, whose
   * copyright holders are the project's. Licence files and code not authored are left out.
   */
  baseTexts?: ReadonlyMap<string, string>;
}

/**
 * A file that is someone else's work, so its structure is not the change's to judge: one the
 * change adds whole that says so (another project's licence or copyright, decompiled code, the
 * framework's own namespace, "copied from …", minified), as the judges said of a copied-in
 * hashtable, a decompiled BCL class and a stdlib `optparse` copy; or one whose header at base
 * already said so (RestSharp updating its SimpleJson copy). A PR author cannot switch the checks
 * off for code they wrote in an existing file: only its header at base counts, or a "copied
 * from" notice this change writes (the copy replaces a stub). A project's own files may carry a
 * GPL header of their own, so at base only a named other holder or a notice counts.
 */
export function copiedIn(file: ChangedFile, text: string, context: CopyContext = {}): boolean {
  // Put back from history (re-added after a deletion, or reverted): the project's old code, not the change's.
  if (isRestored(file)) return true;
  // "Added guillermo's EventEmitter": the message credits what the file defines to someone else.
  if (context.change && creditedCopy(file, text, context.change)) return true;
  // "pulled latest from Rob": the update of a copy of someone else's code (Massive in Dapper) is theirs, however small.
  if (context.change && updatedCopy(file, context.change)) return true;
  const header = headerOf(text);
  if (file.status === "added") {
    return (
      minified(file.path, text) ||
      // A library's build: its release banner (`/*! jQuery Validation Plugin v1.13.1 … MIT license */`),
      // or its minified twin added beside it (Respond's `respond.js` with `respond.min.js`).
      libraryRelease(file.path, text) ||
      (context.change !== undefined && minifiedTwinAdded(file, context.change)) ||
      (foreignHeader(text) && !ownedHeader(header, context)) ||
      copyNotice(header) !== null ||
      announcedPort(header, context) ||
      upstreamHeader(header, context, file.path) ||
      othersLicensedHeader(header, context, file.path) ||
      declaresPlatformNamespace(file.path, text) ||
      (context.change !== undefined && creditedInNotice(file.path, context.change))
    );
  }
  const base = context.baseText;
  // A header at base under another holder's licence (html2text's in PHPMailer): the other files' headers say whose the project is.
  const own = file.previousPath ?? file.path;
  if (
    base !== undefined &&
    (minified(file.path, base) ||
      libraryRelease(file.path, base) ||
      COPIED_VERBATIM.test(headerOf(base)) ||
      upstreamHeader(headerOf(base), context, own) ||
      othersLicensedHeader(headerOf(base), context, file.path, own))
  )
    return true;
  const notice = copyNotice(header);
  if (!notice) return false;
  const line = header.slice(0, notice.index).split("\n").length;
  // Only when the copy replaces the file (most of its lines are new): a notice written over a
  // small edit of the author's own code must not switch the checks off for it.
  return file.addedLines.some((l) => l.line === line) && file.addedLines.length >= REPLACED_SHARE * lineCount(text);
}

/**
 * A file copied in ({@link copiedIn}), or one whose header at base says it is derived or ported
 * from another work (jackson-core's "This class has been derived from "FastDoubleParser""): its
 * lines follow the upstream's, so a line commented out there is kept as upstream has it. Only the
 * header at base counts for an edited file: a notice the change writes cannot vouch for itself.
 */
export function portedFile(file: ChangedFile, text: string, context: CopyContext): boolean {
  if (copiedIn(file, text, context)) return true;
  // `package org.apache.log4j.spi;` under the Apache Software Foundation's copyright, in slf4j: log4j's own file.
  if (file.status === "added" && organisationsOwnFile(text, context)) return true;
  return file.status !== "added" && context.baseText !== undefined && copyNotice(headerOf(context.baseText)) !== null;
}

const REPLACED_SHARE = 0.8;

/** A file's header: its first lines, capped in length (a hostile file may have one huge line). */
const HEADER_LINES = 40;
export function headerOf(text: string): string {
  // The text up to its HEADER_LINES-th line break, found without splitting: every rule that asks
  // whether a file was copied in reads the header of every file (split and joined, it was a
  // hundred thousand small strings on the 3,000-file bench).
  const limit = Math.min(text.length, HEADER_CHARS * 3);
  let end = -1;
  for (let n = 0; n < HEADER_LINES; n++) {
    end = text.indexOf("\n", end + 1);
    if (end === -1 || end >= limit) return text.slice(0, limit);
  }
  return text.slice(0, end);
}

/**
 * A copyright line with a year, and who holds it: `Copyright (c) 2011, The Outercurve
 * Foundation.`, `(C) 2005-2010 Novell, Inc`. The year keeps the licence text's own "the above
 * copyright notice" and "COPYRIGHT HOLDERS" out.
 */
const COPYRIGHT = /(?:\bcopyright\b|\(c\)|©)\s*(?:(?:\(c\)|©)\s*)?\d{4}(?:\s*[-–,]\s*\d{4})*\s*,?\s*(?:by\s+)?([^\n]{2,80})/gi;
/**
 * A header that carries another work's terms or credits in full: the MIT grant, an author list.
 * A project's own files point at its LICENSE in a line, or carry the Apache notice its licence
 * asks for (`Licensed under …`, under the project's own copyright): neither says "copied".
 */
const UPSTREAM_TERMS = /Permission is hereby granted|<author>|^\W*Authors?\s*:|<owner\s+name\s*=/im;
/** Words a copyright holder shares with any other: they say nothing about whose it is. */
const HOLDER_NOISE = new Set(
  "original author the and inc llc ltd gmbh corp corporation company foundation project authors contributors all rights reserved org com www http https net file".split(
    " ",
  ),
);

/** The words of a holder's name that can tell it from another's (three letters or more, not `Inc`, `the`, `authors`). */
export const words = (text: string) => (text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !HOLDER_NOISE.has(w));

/**
 * A header that carries another work's terms and names a copyright holder that is neither the
 * repository (owner or name when known, the holder its LICENSE names) nor anyone who made the
 * change: Mono's HttpUtility (Novell, MIT grant) or SimpleJson (Outercurve) in RestSharp, not
 * Newtonsoft.Json's own MIT header (James Newton-King, as its LICENSE says). Knowing no one on
 * our side, no holder is foreign.
 */
function upstreamHeader(header: string, context: CopyContext, except?: string): boolean {
  if (!context.change || !UPSTREAM_TERMS.test(header)) return false;
  // The judged file's own header at base names its holder, not the project's.
  const own = ownWords(context, context.change, except);
  return own.size > 0 && foreignHolders(header, own);
}

/**
 * A header's holders, any of which shares no word with `own` and is not named whole by `pathWords`.
 * Folder names say less than a repository's or a person's name: "OkHttp Authors" in `okhttp/src/…`
 * is the project's, but "The Android Open Source Project" in mockk's `agent/android/` is not, so a
 * holder counts as named by the paths only when every word of it is a folder's word.
 */
export function foreignHolders(header: string, own: Set<string>, pathWords: Set<string> = new Set()): boolean {
  return holders(header).some((holder) => !ownHolder(words(holder), own, pathWords));
}

function ownHolder(named: string[], own: Set<string>, pathWords: Set<string>): boolean {
  return named.length === 0 || named.some((w) => own.has(w)) || named.every((w) => pathWords.has(w));
}

/** Words that name our side: the repository, the change's authors, its LICENSE's holder and the holders its own files' headers name. */
function ownWords(context: CopyContext, change: Change, except?: string): Set<string> {
  return new Set(words([...declaredSide(context, change), ...ownFileHolders(context.baseTexts, except)].join(" ")));
}

/** The names our side declares itself by: the repository, the change's authors and its LICENSE's holder. */
function declaredSide({ licence }: CopyContext, change: Change): string[] {
  const repo = change.repository ? [change.repository.owner, change.repository.name] : [];
  const people = change.commits.flatMap((c) => [c.author.name, c.author.login ?? "", c.author.email.replace(/@.*/, "")]);
  return [...repo, ...people, ...holders(licence === undefined ? "" : headerOf(licence))];
}

/**
 * A new JVM file under the copyright of the organisation its package names, when the repository or its
 * LICENSE says whose the project is and that is someone else (namespace-holder.ts). Knowing only the
 * change's authors, nothing is said: an organisation's own repository may be committed to from any address.
 */
function organisationsOwnFile(text: string, context: CopyContext): boolean {
  const change = context.change;
  if (!change || (!change.repository && holders(context.licence === undefined ? "" : headerOf(context.licence)).length === 0)) return false;
  return ownedByPackageOrganisation(text, holders(headerOf(text)).map(words), new Set(words(declaredSide(context, change).join(" "))));
}

/**
 * A licence grant in a header: Apache's notice, the GPL family, BSD's and MIT's terms, the MPL, or
 * a line that only names a licence (`// MIT License` under `// XRegExp 1.5.1`, a library's banner).
 */
const LICENCE_GRANT =
  /Licensed under|General\s+Public\s+(?:[*#/]+\s*)?License|Redistribution and use|Permission is hereby granted|Mozilla Public License|^\W{0,6}(?:MIT|BSD|ISC|Apache|MPL)\b[\w .-]{0,20}Licen[cs]e\W{0,6}$/im;

/**
 * A new file under a licence grant whose copyright holder the repository's own files do not name
 * (koin's copy of Google's Jetnews sample, "Copyright 2021 The Android Open Source Project", beside
 * koin's "Copyright 2017-2021 the original author or authors"). The project's own files carry the
 * same kind of notice under their holder, so only what the review read of them can tell the two
 * apart: when it read no header of theirs, nothing is said (a new file is the author's own).
 */
function othersLicensedHeader(header: string, context: CopyContext, path: string, except?: string): boolean {
  if (!context.change || !LICENCE_GRANT.test(header) || ownFileHolders(context.baseTexts, except).length === 0) return false;
  // A holder the file's own path names is the project's under a newer name ("OkHttp Authors" in
  // `okhttp/src/…`, where older headers say "Square, Inc."): the repository's name is not always known.
  const own = ownWords(context, context.change, except);
  const pathWords = new Set(words(path.replace(/[^A-Za-z0-9]+/g, " ")));
  return foreignHolders(header, own, pathWords) && !namesOwnHolder(header, own, pathWords);
}

/**
 * Whether one of the header's holders is ours: a file whose copyright list names the project's
 * maintainer beside earlier ones (PHPMailer.php: Marcus Bointon, Jim Jagielski, Andy Prevost) is the
 * project's own, however few of the others the files read so far name. Without this, whether an
 * edited file counted as imported depended on which other files the enabled rules had read.
 */
function namesOwnHolder(header: string, own: Set<string>, pathWords: Set<string>): boolean {
  return holders(header).some((holder) => {
    const named = words(holder);
    return named.length > 0 && ownHolder(named, own, pathWords);
  });
}

/**
 * A new file under a licence grant (the GPL's too) to a holder that is not ours, by what the review
 * read of the project's own headers: for a count that leaves a GPL project's own GPL files in.
 */
export function licensedToOthers(file: ChangedFile, text: string, context: CopyContext): boolean {
  return file.status === "added" && othersLicensedHeader(headerOf(text), context, file.path);
}

/** A header some of whose holders are named, all of them our side's: the project's own GPL file. */
function ownedHeader(header: string, context: CopyContext): boolean {
  if (!context.change) return false;
  const named = holders(header)
    .map(words)
    .filter((w) => w.length > 0);
  return named.length > 0 && !foreignHolders(header, ownWords(context, context.change));
}

/** Base texts read for holders, at most: the headers of a few hundred files say whose the project is. */
const MAX_OWN_FILES = 300;
const holdersByTexts = new WeakMap<ReadonlyMap<string, string>, Array<[string, string[]]>>();

/**
 * The base paths whose headers say whose the project is (ownFileHolders reads them): the change's
 * edited files. A rule that judges holders asks for them itself; reading whatever base texts other
 * rules asked for made its verdict depend on which rules were on (pyparsing 45b78401e8: a commented
 * line said only while no-secrets had fetched the other files' headers).
 */
export function ownHolderPaths(files: readonly ChangedFile[]): string[] {
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.size >= MAX_OWN_FILES) break;
    const path = f.previousPath ?? f.path;
    if (f.status !== "added" && !f.binary && !ROOT_LICENCES.includes(path) && notAuthored(path) === undefined) paths.add(path);
  }
  return [...paths];
}

/** The copyright holders the headers of the repository's own files name (once per set of texts), but the file at `except`. */
function ownFileHolders(texts: ReadonlyMap<string, string> | undefined, except?: string): string[] {
  if (!texts) return [];
  let byPath = holdersByTexts.get(texts);
  if (!byPath) {
    const own = [...texts].filter(([path]) => !ROOT_LICENCES.includes(path) && notAuthored(path) === undefined).slice(0, MAX_OWN_FILES);
    byPath = own.map(([path, text]) => [path, holders(headerOf(text))]);
    holdersByTexts.set(texts, byPath);
  }
  return byPath.flatMap(([path, named]) => (path === except ? [] : named));
}

/**
 * The owner SharpDevelop's file headers name in place of a copyright line (`<file>`, `<copyright
 * see="prj:///doc/copyright.txt"/>`, `<owner name="Mike Krüger" email="…"/>`): the author the
 * project's terms credit, as a holder (ICSharpCode.TextEditor copied into LiteDB.Studio).
 */
const OWNER_TAG = /<owner\s+name\s*=\s*"([^"\n]{2,80})"/gi;

/** The copyright holders a header names, each on a dated copyright line or in an `<owner name="…">` tag. */
export const holders = (header: string) => [...[...header.matchAll(COPYRIGHT)].map((m) => m[1]!), ...[...header.matchAll(OWNER_TAG)].map((m) => m[1]!)];

/** Where a repository keeps its licence, whose copyright line names the project's own holder. */
export const ROOT_LICENCES = ["LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING"];

/**
 * Minified JavaScript or CSS: lines of hundreds of characters on average, or one of thousands
 * that starts unindented (Microsoft's Silverlight.js, a whole library on one line). Nobody reads
 * or refactors it; its source lives elsewhere.
 */
const MINIFIABLE = /\.(?:m|c)?js$|\.css$/;
const MINIFIED_AVERAGE = 300;
const MINIFIED_LINE = 5000;
export function minified(path: string, text: string): boolean {
  if (!MINIFIABLE.test(path)) return false;
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  const chars = lines.reduce((n, l) => n + l.length, 0);
  return chars / lines.length > MINIFIED_AVERAGE || lines.some((l) => l.length > MINIFIED_LINE && !/^\s/.test(l));
}

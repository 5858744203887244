import type { ChangedFile } from "../model/change.js";
import { extensionOf } from "./languages.js";

/**
 * Files a tool wrote or a library's release ships, that nobody reviews line by line (#11): the
 * Unity editor's serialized assets and `.meta` files, a compiler's XML documentation, and a
 * library's distributed CSS or JavaScript copied in whole (bulma.css beside bulma.min.css).
 */

// The Unity editor's serialized files: scenes, prefabs, project settings, materials, animations,
// and the `.meta` file it writes beside every asset. People edit them in the editor, not as text.
const UNITY_EXTENSIONS = new Set(
  (
    "meta unity prefab asset mat anim controller overridecontroller physicmaterial physicsmaterial2d mixer lighting " +
    "spriteatlas playable signal rendertexture guiskin fontsettings flare terrainlayer shadervariants"
  ).split(" "),
);
// Unity's YAML header, whatever the file is named.
const UNITY_YAML = /^%YAML 1\.1\s+%TAG !u! tag:unity3d\.com,/;
// The XML documentation file a .NET compiler writes from doc comments (CsvHelper.xml).
const XML_DOC = /^\s*(?:<\?xml[^>]*\?>\s*)?<doc>\s*<assembly>/;
// A library's release banner: `/*! bulma.io v0.9.1 | MIT License | github.com/jgthms/bulma */`,
// `/*!\n * Bootstrap v4.0.0 … Licensed under MIT */`, `/** @license React v16.13.1 … */`: a
// comment minifiers keep. Sources carry no version; releases do.
const BANNER = /^\s*\/\*(?:!|\*?\s*@license\b)([\s\S]{0,600}?)\*\//;
// A doc comment opening the file with an `@license` tag among its lines: lunr's "lunr -
// http://lunrjs.com - … - 2.1.5 / Copyright (C) 2017 Oliver Nightingale / @license MIT".
const LICENSE_DOC = /^\s*\/\*\*((?:(?!\*\/)[\s\S]){0,600}?@license\b[^\n]{0,100})/;
// A script or stylesheet NuGet installed as package content: its licence block opens the file
// (`/* NUGET: BEGIN LICENSE TEXT … NUGET: END LICENSE TEXT */`), the library's own banner follows.
const NUGET_CONTENT = /^\s*\/\*\s*NUGET: BEGIN LICENSE TEXT/;
// One leading comment of terms before the banner (a distributor's licence block).
const LEADING_TERMS = /^\s*\/\*(?!!)[\s\S]{0,2400}?\*\/\s*/;
const CHARSET = /^\uFEFF?\s*@charset\s+["'][\w-]{1,40}["']\s*;[ \t]*\r?\n/i;
const VERSION = /\bv?\d+\.\d+(?:\.\d+)?\b/;
const TERMS = /\blicen[cs]e|\bcopyright\b|\(c\)|\bMIT\b|\bBSD\b|\bApache\b/i;
const WEB_ASSET = /\.(?:m|c)?js$|\.(?:css|scss|less)$/;

// Kotlin's binary-compatibility-validator dumps, per target too: `api/jvm/okio.api`, `api/okio.klib.api`.
const API_DUMP = /(^|\/)api\/(?:[^/]+\/)*[^/]+\.api$/;

// The Gradle wrapper: `gradle wrapper` writes the launcher scripts and the jar's properties.
const GRADLE_WRAPPER = /(^|\/)(?:gradlew|gradlew\.bat|gradle\/wrapper\/[^/]+)$/;
// What Entity Framework's `migrations add` writes: the timestamped migration, its designer file and the model snapshot.
const EF_MIGRATION = /(^|\/)Migrations\/(?:\d{12,}_\w+(?:\.Designer)?\.cs|\w+ModelSnapshot\.cs)$/;
// Android Studio's new-project template: the adaptive launcher icon's XML (vector drawables and
// the mipmap that layers them), written by the wizard, not by hand.
const LAUNCHER_ICON = /(^|\/)res\/(?:mipmap-[\w-]+\/[^/]+\.xml|drawable[\w-]*\/ic_launcher[\w-]*\.xml)$/;

// Visual Studio's ASP.NET MVC project template, as the new-project wizard writes it: the account controller and
// model, the shared layout and account views, Site.css, Global.asax, AssemblyInfo.cs, the Web.config files.
const MVC_TEMPLATE =
  /(^|\/)(?:Controllers\/(?:Account|Home)Controller\.cs|Models\/AccountModels\.cs|Views\/(?:Account|Home|Shared)\/[^/]+\.(?:cshtml|aspx|ascx|master)|Views\/_ViewStart\.cshtml|Views\/Web\.config|Content\/Site\.css|Global\.asax(?:\.cs)?|Properties\/AssemblyInfo\.cs|App_Start\/\w+Config\.cs|Web(?:\.Debug|\.Release)?\.config|packages\.config)$/;
// A file the template always writes, new in the change: the project is being created from the template.
const MVC_TEMPLATE_MARKER = /(^|\/)Controllers\/AccountController\.cs$/;

/** The new files of an MVC project that the change creates from Visual Studio's template (its AccountController.cs is new). */
export function projectScaffold(files: ChangedFile[]): Set<ChangedFile> {
  const roots = files.filter((f) => f.status === "added" && MVC_TEMPLATE_MARKER.test(f.path)).map((f) => f.path.replace(MVC_TEMPLATE_MARKER, "$1"));
  if (roots.length === 0) return new Set();
  return new Set(files.filter((f) => f.status === "added" && MVC_TEMPLATE.test(f.path) && roots.some((root) => f.path.startsWith(root))));
}

/** Why a file is a tool's output or a library's release, or undefined when it is not; `text` is its side that counts. */
export function toolWritten(file: ChangedFile, text?: string): string | undefined {
  if (UNITY_EXTENSIONS.has(extensionOf(file.path))) return "Unity editor asset";
  if (API_DUMP.test(file.path)) return "API dump";
  if (GRADLE_WRAPPER.test(file.path)) return "Gradle wrapper";
  if (EF_MIGRATION.test(file.path)) return "Entity Framework migration";
  if (LAUNCHER_ICON.test(file.path)) return "Android Studio's template launcher icon";
  if (text === undefined) return undefined;
  if (UNITY_YAML.test(text)) return "Unity editor asset";
  if (extensionOf(file.path) === "xml" && XML_DOC.test(text.slice(0, 500))) return "compiler's XML documentation";
  if (libraryRelease(file.path, text)) return "a library's release";
  return undefined;
}

/** A script or stylesheet that opens with a library's release banner (see libraryBanner): the library's build, copied in. */
export function libraryRelease(path: string, text: string): boolean {
  return WEB_ASSET.test(path) && libraryBanner(text);
}

/** A `/*!` comment (or a doc comment with an `@license` tag) that opens the file with a version and a licence or copyright: a library's build. */
export function libraryBanner(whole: string): boolean {
  if (NUGET_CONTENT.test(whole.slice(0, 100))) return true;
  // A stylesheet's `@charset "UTF-8";` must come first, before the banner (chroma 7f0057b24b's Bulma 1.0.4, set 37).
  const text = whole.slice(0, 3200).replace(CHARSET, "");
  const head = text.slice(0, 1000);
  const banner = BANNER.exec(head)?.[1] ?? LICENSE_DOC.exec(head)?.[1] ?? BANNER.exec(text.slice(0, 3000).replace(LEADING_TERMS, ""))?.[1];
  return banner !== undefined && VERSION.test(banner) && TERMS.test(banner);
}

/**
 * New files that the change also adds minified beside (`bulma/bulma.css` with `bulma/bulma.min.css`,
 * the latter possibly left out of the review by the ignore globs and passed as `ignored`):
 * a library's distribution or a build's output, not a source someone wrote.
 */
export function shippedWithMinified(files: ChangedFile[], ignored: string[] = []): Set<ChangedFile> {
  const added = files.filter((f) => f.status === "added");
  // The minified twin is usually among the files the ignore globs left out (`**/*.min.css`).
  const paths = new Set([...added.map((f) => f.path), ...ignored]);
  const minifiedBeside = (path: string) => [".min$1", "-min$1"].some((to) => paths.has(path.replace(/(\.\w+)$/, to)));
  return new Set(added.filter((f) => WEB_ASSET.test(f.path) && !/[.-]min\.\w+$/.test(f.path) && minifiedBeside(f.path)));
}

// Jekyll's build folder: always output.
const JEKYLL_SITE = /(^|\/)_site\//;
// A static site generator's output folder (nanoc's `output/`, Hugo's `public/`), beside its `content/` source.
const SITE_OUTPUT = /^(.*?)(?:^|\/)(?:output|public)\//;

/**
 * Pages a static site generator built, committed with their source: anything under `_site/`, and
 * an `output/` or `public/` folder whose sibling `content/` the change also touches (thor's
 * nanoc website: `website/content/index.markdown` rendered to `website/output/index.html`).
 */
export function builtSite(files: ChangedFile[]): Set<ChangedFile> {
  const contentRoots = new Set<string>();
  for (const f of files) {
    const at = f.path.search(/(?:^|\/)content\//);
    if (at >= 0) contentRoots.add(f.path.slice(0, at));
  }
  return new Set(
    files.filter((f) => {
      if (JEKYLL_SITE.test(f.path)) return true;
      const m = SITE_OUTPUT.exec(f.path);
      return m !== null && contentRoots.has(m[1]);
    }),
  );
}

// T4 text templates (`On.Days.tt`) write the file of the same name beside them (`On.Days.cs`), with no header.
const T4_TEMPLATE = /\.(?:tt|t4)$/i;

/** Files a T4 template of the change writes: the template's name with another extension, in its folder. */
export function templateOutput(files: ChangedFile[]): Set<ChangedFile> {
  const templates = new Set(files.filter((f) => f.status !== "removed" && T4_TEMPLATE.test(f.path)).map((f) => f.path.replace(T4_TEMPLATE, "")));
  if (templates.size === 0) return new Set();
  return new Set(files.filter((f) => !T4_TEMPLATE.test(f.path) && templates.has(f.path.replace(/\.[^./]+$/, ""))));
}

// MJML compiles an email's markup (`emails/Billing/TrialInvitation.mjml`) to the HTML a mailer sends, often copied
// under another folder and wrapped for a view engine (`Mailer/TrialInvitation.html.hbs`): bitwarden ac18ce9996's
// 694-line compiled email beside its 89-line source was counted as code and judged *wrong* on set 31.
const MJML = /\.mjml$/i;
const COMPILED_EMAIL = /\.html?(?:\.(?:hbs|handlebars|mustache|liquid|twig|cshtml|erb))?$/i;
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** HTML files of the change named for an MJML source the change also writes (any folder): that source's compiled output. */
export function compiledEmails(files: ChangedFile[]): Set<ChangedFile> {
  const sources = new Set(files.filter((f) => f.status !== "removed" && MJML.test(f.path)).map((f) => nameOf(f.path).replace(MJML, "").toLowerCase()));
  if (sources.size === 0) return new Set();
  return new Set(files.filter((f) => COMPILED_EMAIL.test(f.path) && sources.has(nameOf(f.path).replace(COMPILED_EMAIL, "").toLowerCase())));
}

// A help compiler's output folder: Sandcastle Help File Builder writes the compiled `.chm`, its
// `LastBuild.log` and a browsable website (`WebTOC.xml`, `scripts/*.js`, `styles/*.css`, `html/*.htm`)
// into one folder (Moq's `Help/`). HTML Help Workshop's index and contents files mark one too.
const HELP_BUILD_MARKER = /(?:^|\/)(?:[^/]+\.chm|LastBuild\.log|WebTOC\.xml|[^/]+\.hh[ck])$/i;
// One marker may be a checked-in manual; two of them (a `.chm` and its build log) are a build's output.
const HELP_BUILD_MARKERS = 2;

/** The files of the change inside a folder where it adds a help compiler's output: a `.chm` with its build log or web TOC. */
export function helpBuildOutput(files: ChangedFile[]): Set<ChangedFile> {
  const markers = new Map<string, number>();
  for (const f of files) {
    if (f.status === "removed" || !HELP_BUILD_MARKER.test(f.path)) continue;
    const dir = f.path.slice(0, f.path.lastIndexOf("/") + 1);
    markers.set(dir, (markers.get(dir) ?? 0) + 1);
  }
  const roots = [...markers].filter(([, n]) => n >= HELP_BUILD_MARKERS).map(([dir]) => dir);
  if (roots.length === 0) return new Set();
  return new Set(files.filter((f) => roots.some((root) => f.path.startsWith(root))));
}

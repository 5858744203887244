import type { ChangedFile } from "../model/change.js";
import { extensionOf } from "./languages.js";
import { isTestData } from "./test-conventions.js";

// Files nobody writes or reviews line by line (#11): assets and archives (an Illustrator logo is a
// PDF inside), tool baselines and generated outputs.
const BINARY_EXTENSIONS = new Set(
  (
    "ai pdf eps psd png jpg jpeg gif bmp ico icns tif tiff webp svg woff woff2 ttf otf eot zip gz tgz bz2 xz 7z tar jar war " +
    "class so dll dylib exe bin dat pyc wasm mp3 mp4 mov avi wav ogg flac db sqlite xls xlsx doc docx ppt pptx jks p12 keystore"
  ).split(" "),
);
const TOOL_OUTPUT = [
  /(^|[/_.-])baseline\.\w+$/i, // phpstan-baseline.neon, psalm-baseline.xml
  /\.(snap|map|lock)$/, // test snapshots, source maps, lock files
  /[.-]min\.\w+$/, // jquery.min.js, app-min.css
  // A parser generator's report of its states and conflicts: yacc's and kmyacc's `y.output`, bison's
  // `parse.output` (`-v`). Regenerated with the parser; no one writes a line of it.
  /\.output$/,
  /(^|\/)api\/[^/]+\.api$/, // Kotlin's binary-compatibility-validator dumps (api/okio.api), written by `apiDump`
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|go\.sum|composer\.lock|Cargo\.lock|poetry\.lock|pnpm-lock\.yaml|yarn\.lock)$/,
];
// Certificates and keys in their text encodings: a CA bundle refreshed from Mozilla's list (excon's
// `data/cacert.pem`, 3,230 lines) is base64 nobody reads line by line (#11, judged set 15). A private
// key committed by mistake is no-secrets' business, which does not read this list.
const CERTIFICATE_EXTENSIONS = new Set(["pem", "crt", "cer", "csr", "der", "p7b", "p7c"]);
// Translation catalogs: gettext's `.po` and `.pot` (django-debug-toolbar's `locale/*/LC_MESSAGES/django.po`, regenerated
// by `makemessages`, 1,000+ lines a language) and XLIFF. Translators fill them in a tool; no one reviews them as code
// (set 24's judges: pr-size *wrong* on two such commits). `.mo`, their compiled form, is binary by its bytes.
const TRANSLATION_EXTENSIONS = new Set(["po", "pot", "xlf", "xliff"]);
// Resource bundles named for a locale: Java's `jsv-messages_zh_CN.properties`, `messages_de.properties` (json-schema-validator's
// 30 locale files re-translated in one commit, set 25's pr-size *wrong*), .NET's `Strings.de-DE.resx`. The bundle without a
// locale (`messages.properties`) is the source language, written with the code, and stays counted.
const LOCALE_BUNDLE = /(?:^|\/)[^/]{1,120}_[a-z]{2}(?:_[A-Z]{2})?\.properties$|(?:^|\/)[^/]{1,120}\.[a-z]{2}(?:-[A-Za-z]{2,4})?\.resx$/;
// An HTML page that is mostly an inline SVG drawing (pyparsing's railroad diagrams of its example
// grammars, 2,700–4,300 lines each) is a tool's rendering: its path coordinates are no one's prose or code.
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml"]);
const MIN_DRAWING_LINES = 200;
// Data formats: past this many lines a file is data copied in (WHATWG URL test data), not written.
const DATA_EXTENSIONS = new Set(["json", "jsonl", "ndjson", "csv", "tsv", "xml", "yaml", "yml", "txt"]);
export const MAX_DATA_LINES = 300;
// A folder named for data: the files of a data format there are tables, however small each one is
// (Respect/Validation's `data/iso_3166-2/AO.json`, one small table per country; #11).
const DATA_FOLDER = /(?:^|\/)(?:data|datasets?)\//i;
// A binary file's first bytes: a NUL, or a PDF's header (`.ai` files are PDFs).
const SNIFF_CHARS = 8000;

/**
 * Why a changed file is not authored code, or undefined when it is: binary (by its diff, its
 * extension or its first bytes), a tool's output, a large data file, test data, certificates, translations, or an
 * HTML page that is mostly an SVG drawing.
 */
export function notAuthored(file: ChangedFile, text?: string): string | undefined {
  const ext = extensionOf(file.path);
  if (file.binary || BINARY_EXTENSIONS.has(ext)) return "binary";
  if (text !== undefined && looksBinary(text)) return "binary";
  if (TOOL_OUTPUT.some((re) => re.test(file.path))) return "tool output";
  if (toolCache(file.path)) return "a tool's cache or an IDE's state";
  if (isTestData(file.path)) return "test data";
  if (CERTIFICATE_EXTENSIONS.has(ext)) return "certificates";
  if (TRANSLATION_EXTENSIONS.has(ext) || LOCALE_BUNDLE.test(file.path)) return "translations";
  if (text !== undefined && HTML_EXTENSIONS.has(ext) && mostlyDrawing(text)) return "a rendered drawing";
  if (DATA_EXTENSIONS.has(ext) && (Math.max(file.additions, file.deletions) > MAX_DATA_LINES || DATA_FOLDER.test(file.path))) return "data";
  return undefined;
}

/**
 * A tool's cache or an IDE's per-user state, committed by accident (#11): StyleCop's
 * `StyleCop.Cache`, Visual Studio's `.suo`, `*.user` and `.vs/`, ReSharper's `*.DotSettings.user`,
 * IntelliJ's `.idea/workspace.xml`, Python's `*.pyc` and `__pycache__/`, macOS's `.DS_Store`,
 * Windows' `Thumbs.db`, a test run's coverage report (`coverage/lcov-report/`, `htmlcov/`), and the
 * backups a merge tool or an editor leaves beside the file it touched (`AbstractPlatform.php.orig`
 * after a conflicted merge, a patch's `.rej`, `.bak`, `file~`, vim's `.swp`). Nobody wrote or reviews them, and they belong in `.gitignore`. (Logs are not here: a benchmark's
 * committed `bench/log/*.log` is kept on purpose; pr-size counts them as docs.)
 */
const TOOL_CACHE =
  /(?:^|\/)(?:[^/]+\.(?:orig|rej|bak)|[^/]+~|\.[^/]+\.sw[po]|[^/]*\.cache|[^/]*\.suo|[^/]+\.user|\.idea\/(?:workspace|tasks|usage\.statistics)\.xml|[^/]+\.py[co]|\.DS_Store|Thumbs\.db|desktop\.ini)$|(?:^|\/)(?:\.vs|__pycache__|\.sass-cache|\.pytest_cache|\.mypy_cache|htmlcov|\.nyc_output|coverage\/lcov-report)\/|(?:^|\/)coverage\/(?:lcov\.info|clover\.xml|coverage-(?:final|summary)\.json)$/i;

/** Whether the path is a tool's cache or an IDE's state (see TOOL_CACHE): never code, never meant to be committed. */
export function toolCache(path: string): boolean {
  return TOOL_CACHE.test(path);
}

/** Whether more than half of an HTML page's lines (and at least 200) lie inside `<svg>` elements: one linear pass. */
function mostlyDrawing(text: string): boolean {
  let inside = 0;
  let depth = 0;
  let lines = 0;
  for (const line of text.split("\n")) {
    lines++;
    const opens = line.includes("<svg");
    if (opens) depth++;
    if (depth > 0) inside++;
    if (line.includes("</svg>") && depth > 0) depth--;
  }
  return inside >= MIN_DRAWING_LINES && inside * 2 > lines;
}

function looksBinary(text: string): boolean {
  return text.startsWith("%PDF") || text.slice(0, SNIFF_CHARS).includes("\0");
}

// Folders that hold other projects' code by name (#11).
const THIRD_PARTY_DIR = /(^|\/)(third[_-]?party|external|externals|deps)\//i;
// Folders where a project checks in the tools and libraries it uses (AutoMapper's lib/ and
// tools/ with psake, NUnit, Castle): third-party when the change also brings or drops a binary
// there. Without one they may be the project's own code (a lib/ folder of sources).
// Autofac's `src/Resource/Tool/NCover/` and `src/Resource/Library/ASP.NET MVC 3/` are the same kind of folder.
const TOOL_DIR = /^(.*?(?:^|\/)(?:lib|libs|tools?|packages|librar(?:y|ies)|resources?)\/)/i;
const SHIPPED_BINARY = /\.(dll|exe|jar|pdb|so|dylib|nupkg)$/i;

/** The files of a change that are other projects' code: in a third-party folder, or beside checked-in binaries. */
export function thirdPartyFiles(files: ChangedFile[]): Set<ChangedFile> {
  const binaryDirs = new Set<string>();
  for (const f of files) {
    const dir = TOOL_DIR.exec(f.path)?.[1];
    if (dir !== undefined && SHIPPED_BINARY.test(f.path)) binaryDirs.add(dir);
  }
  return new Set(
    files.filter((f) => {
      const dir = TOOL_DIR.exec(f.path)?.[1];
      return THIRD_PARTY_DIR.test(f.path) || (dir !== undefined && binaryDirs.has(dir));
    }),
  );
}

// A header that says the file is someone else's work: a GPL/LGPL grant, decompiled code, or a
// copyright of a platform vendor copied into a project (Mono's, Microsoft's reference source).
const FOREIGN_HEADER =
  /GNU (?:Lesser |Library )?General Public License|\bdecompiled\b|\bCopyright\b[^\n]{0,60}\b(?:Microsoft Corporation|Novell|Xamarin|Mono Project)\b/i;
const FOREIGN_HEADER_CHARS = 1500;

/** Whether a new file's header names another project's licence or authors (copied-in source). */
export function foreignHeader(text: string): boolean {
  return FOREIGN_HEADER.test(text.slice(0, FOREIGN_HEADER_CHARS));
}

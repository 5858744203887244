import type { Change, ChangedFile } from "../model/change.js";
import { foreignHeader } from "../text/authored-files.js";
import { declaresPlatformNamespace } from "./platform-backport.js";

/**
 * Paths whose code nobody in the change wrote by hand, so no rule judges how it is written:
 * vendored copies, test data, snapshots, and build output checked in next to its source. One
 * list for every rule that judges code (the engine's `DEFAULT_IGNORES` drop some of these before
 * any rule runs; a repository that un-ignores them still gets them left alone here).
 */
const ALWAYS = [
  /(^|\/)(vendor|vendored|third_party|third-party|node_modules|bower_components)\//,
  /(^|\/)(__snapshots__)\/|\.snap$/,
  /(^|\/)(__fixtures__|fixtures|testdata)\//,
];

/** JavaScript compiled into a build folder: tsc, babel and bundlers write there, people do not. */
const BUILD_FOLDER_JS = /(^|\/)(esm|cjs|dist|build|out|umd|bundles?)\/(.*\/)?[^/]+\.((m|c)?js|d\.(m|c)?ts)$/;
/** `lib/` holds hand-written code in Ruby and often in JavaScript: compiled only when the change says so. */
const LIB_JS = /(^|\/)lib\/((?:.*\/)?[^/]+)\.(m|c)?js$/;

/** Why the code at `path` is not authored in this change, or undefined when it is. */
export function notAuthored(path: string, change?: Change): string | undefined {
  if (ALWAYS.some((re) => re.test(path))) return "vendored code, test data or a snapshot";
  if (BUILD_FOLDER_JS.test(path)) return "build output";
  const lib = LIB_JS.exec(path);
  if (lib && change && compiledInChange(path, lib[2], change)) return "build output (its TypeScript source or type declarations change with it)";
  return undefined;
}

/**
 * A `lib/x.js` is compiled output when the same change touches its `.d.ts` or source map, or a
 * TypeScript source of the same name under `src/`: the build ran and its output was committed.
 */
function compiledInChange(path: string, stem: string, change: Change): boolean {
  const base = path.replace(/\.(m|c)?js$/, "");
  const paths = new Set(change.files.map((f) => f.path));
  if (paths.has(`${base}.d.ts`) || paths.has(`${path}.map`)) return true;
  return change.files.some((f) => f.path.endsWith(`src/${stem}.ts`) || f.path.endsWith(`src/${stem}.tsx`));
}

/** A header that says where the file was copied from: "copy-paste of optparse from the stdlib", "largely a copy paste from". */
const COPIED_FROM = /\b(?:copied|copy-pasted|vendored|taken|forked)\s+(?:verbatim\s+)?from\b|\bcopy[- ]?paste\s+(?:of|from)\b/i;
const HEADER_CHARS = 1500;

/**
 * A file the change adds whole that says it is someone else's work (another project's licence or
 * copyright, decompiled code, the framework's own namespace, "copied from …"): its author did not
 * design its structure and will not refactor it, as the judges said of a copied-in hashtable, a
 * decompiled BCL class and a stdlib `optparse` copy. Only new files, or a file whose "copied
 * from" notice this change writes (the copy replaces a stub): a project's own files may carry a
 * GPL header of their own, and later edits to its copy are its own.
 */
export function copiedIn(file: ChangedFile, text: string): boolean {
  const header = text.slice(0, HEADER_CHARS);
  if (file.status === "added") return foreignHeader(text) || COPIED_FROM.test(header) || declaresPlatformNamespace(file.path, text);
  const notice = COPIED_FROM.exec(header);
  if (!notice) return false;
  const line = header.slice(0, notice.index).split("\n").length;
  return file.addedLines.some((l) => l.line === line);
}

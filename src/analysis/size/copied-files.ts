import { type Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { foreignHeader } from "../../text/authored-files.js";
import { copiedIn as copiedInFile, licensedToOthers, ROOT_LICENCES } from "../not-authored.js";
import { isRestored } from "../../model/restored-lines.js";
import { libraryBanner } from "../../text/tool-written.js";

// New files copied in from another project or released by one, by their headers.

/**
 * New (or deleted) files copied from another project: their header carries a foreign licence or vendor
 * copyright (TvdP's LGPL hashtable, Mono's sources). When the project's own edited files carry
 * the same kind of header, it is the project's own (a GPL project), and nothing is left out.
 */
export function copiedIn(files: ChangedFile[], found: Lookups): ChangedFile[] {
  const withHeader = (f: ChangedFile) => {
    const text = f.status === "removed" ? found.baseContents?.get(f.previousPath ?? f.path) : found.fileContents.get(f.path);
    return text !== undefined && foreignHeader(text);
  };
  const ownFiles = files.some((f) => f.status === "modified" && withHeader(f));
  return files.filter((f) => (f.status === "added" || f.status === "removed") && ((!ownFiles && withHeader(f)) || saysCopied(f, found)));
}

// A new file's opening comment that says where it came from: `# Copied from pydantic 1.9.2`,
// `# Extracted and modified from https://github.com/ewels/rich-click`, `// Adapted from …`.
const COPIED_HEADER =
  /^[ \t]*(?:#|\/\/|\/?\*|--|""")[ \t]*(?:this (?:file|code|module) (?:is|was) )?(?:copied|extracted|adapted|taken|ported|borrowed|vendored|forked)(?: (?:and|&) (?:modified|adapted|simplified|trimmed))? (?:verbatim )?from\b/im;
// The header is the file's first lines: a note further down is about one function, not the file.
const COPIED_HEADER_CHARS = 600;

function saysCopied(f: ChangedFile, found: Lookups): boolean {
  if (f.status !== "added") return false;
  const text = found.fileContents.get(f.path);
  return text !== undefined && COPIED_HEADER.test(text.slice(0, COPIED_HEADER_CHARS));
}

/**
 * The text that says what a file is: a new file's at head, otherwise its text at base, so that
 * an author cannot take their own edits out of the count by writing a header over them.
 */
export function countedSide(f: ChangedFile, found: Lookups): string | undefined {
  return f.status === "added" ? found.fileContents.get(f.path) : found.baseContents?.get(f.previousPath ?? f.path);
}

/** A library's release banner on the file: a new one at head, otherwise at base (a library upgraded in place). */
export function libraryRelease(f: ChangedFile, found: Lookups): boolean {
  const text = countedSide(f, found);
  return text !== undefined && /\.(?:m|c)?js$|\.(?:css|scss|less)$/.test(f.path) && libraryBanner(text);
}

/**
 * A new file copied in whole, by the shared judgement of the structural rules (not-authored.ts).
 * A GPL or vendor header is left to `copiedIn` above, which knows when the project's own files carry one too.
 */
export function copiedWhole(f: ChangedFile, change: Change, found: Lookups): boolean {
  const text = f.status === "added" ? found.fileContents.get(f.path) : undefined;
  // A copy of the repository's own file (moved into a new package, put back, reverted) is not
  // another project's code: it is left out of the count as not written, never called "copied in"
  // (command-line-api edee3cf6c1 moved its binding code into System.CommandLine.NamingConventionBinder/).
  if (text === undefined || isRestored(f)) return false;
  const context = { change, licence: licenceText(found), baseTexts: found.baseContents };
  // A GPL header counts here only under a holder the project's own headers do not name (html2text's in PHPMailer).
  return (!foreignHeader(text) && copiedInFile(f, text, context)) || licensedToOthers(f, text, context);
}

function licenceText(found: Lookups): string | undefined {
  return ROOT_LICENCES.map((path) => found.baseContents?.get(path)).find((t) => t !== undefined);
}

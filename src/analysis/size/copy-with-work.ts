import { type RawFinding } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { extensionOf } from "../../text/languages.js";
import { syntaxLanguageOf } from "../../syntax/grammars.js";
import type { Limits } from "./limits.js";
import type { Origins } from "./origins.js";
import { isLight } from "./light-files.js";
import type { AuthoredSize } from "./authored-size.js";

// A copy of another project's code landed with much of the project's own work on it.

/**
 * A copy of another project's code landed together with much of the project's own work: the
 * copy cannot be checked as verbatim, nor the work reviewed apart from it (#11).
 */
export function copyWithWork({ foreign }: Origins, size: AuthoredSize, opts: Limits): RawFinding | undefined {
  const { files, lines, perFile } = size;
  const copied = copiedLines([...foreign]);
  // By default the own work is what lies outside the copy's folders: edits beside the copied files
  // are the same upstream re-sync (FastDoubleParser's renamed files in jackson-core), not the project's work.
  const own = opts.asked ? lines : lines - linesBeside([...foreign], perFile);
  // And by default the work on a copy is written in the copy's language: a C# project's own code
  // beside bootstrap and jquery copied into its web example's `wwwroot/lib/` is plainly apart from them.
  const onCopy = opts.asked ? own : ownInCopyLanguages([...foreign], perFile);
  if (copied >= opts.max_lines * COPY_SHARE && onCopy >= opts.max_lines * OWN_SHARE && files <= opts.max_files && lines <= opts.max_lines)
    return { messageId: "copyWithWork", data: { copied, lines: own, files } };
  return undefined;
}

// A copy this large (a share of `max_lines`) with own work this large is two changes in one.
const COPY_SHARE = 0.5;
const OWN_SHARE = 0.6;

/**
 * The counted lines of the change's own files written in a language of the copied-in code files, not
 * in the copy's folders (#11). Work on a copy is in the copy's language (Click vendored into typer and
 * streamlined beside typer's own Python); a copy in another language (quartznet's and MediatR's web
 * examples bringing bootstrap and jquery beside their C#) is plainly apart from the change's own
 * work, which a reviewer reads on its own: set 18's judges called the "cannot tell the copy from
 * the changes" finding not worth saying there, as set 13's had MediatR's.
 */
function ownInCopyLanguages(copies: ChangedFile[], perFile: Map<ChangedFile, number>): number {
  const code = copies.filter((f) => f.status === "added" && !f.binary && !isLight(f.path));
  const languages = new Set(code.map((f) => kindOf(f.path)));
  const dirs = code.map((f) => f.path.slice(0, f.path.lastIndexOf("/") + 1)).filter((d) => d !== "");
  let n = 0;
  for (const [f, lines] of perFile) if (languages.has(kindOf(f.path)) && !dirs.some((d) => f.path.startsWith(d))) n += lines;
  return n;
}

/**
 * A file's language by its grammar (JavaScript and TypeScript as one: work on a JavaScript copy may be
 * typed), or its extension when there is none (`.css`, `.cshtml`). Not the lexer's family, which
 * puts C# and JavaScript together.
 */
function kindOf(path: string): string {
  const lang = syntaxLanguageOf(path);
  if (lang === "typescript" || lang === "tsx") return "javascript";
  return lang ?? extensionOf(path).toLowerCase();
}

/** The counted lines of files in the folders of the copied-in new files. */
function linesBeside(copies: ChangedFile[], perFile: Map<ChangedFile, number>): number {
  const dirs = new Set(copies.filter((f) => f.status === "added").map((f) => f.path.slice(0, f.path.lastIndexOf("/") + 1)));
  let n = 0;
  for (const [f, lines] of perFile) if ([...dirs].some((d) => d !== "" && f.path.startsWith(d))) n += lines;
  return n;
}

/** Added lines of the copied-in code files (not binaries, tests or docs). */
function copiedLines(files: ChangedFile[]): number {
  return files.filter((f) => f.status === "added" && !f.binary && !isLight(f.path)).reduce((n, f) => n + f.additions, 0);
}

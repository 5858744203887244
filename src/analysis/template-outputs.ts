import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, linesFrom, markRestored } from "../model/restored-lines.js";
import { isCodeFile } from "../text/languages.js";
import type { ProjectReader } from "./upstream-code.js";

/**
 * Lines of a generated file that its template holds word for word (#10, #11): ZLogger 58450c0b4e adds
 * `ZLoggerMessage.tt` (a T4 template, `<#@ output extension=".cs" #>`) and the `ZLoggerMessage.cs`
 * Visual Studio writes from it, the same `// TODO:use ZLog.Prepare` in both. The author wrote that line
 * in the template; the generated file repeats it (judged "not worth saying" on set 19: "flagging the
 * generated output instead of the template is noise"). not-authored.ts already leaves a whole file
 * alone when its T4 template was there at base; this finds the template in the change too (added with its
 * output, or edited with it: its text at head), and then only the output's lines the template holds verbatim are marked,
 * as restored lines: what the template computes (`<#= … #>`) stays the change's.
 *
 * Templates by name: `X.tt` or `X.cs.tt` (T4, which must declare an output extension: a `.tt` of
 * another tool is not one), `X.cs.tmpl`, `X.py.in`, `X.rs.jinja`, `X.go.j2` (a template named for the
 * file it writes). Abuse: a pull request would have to write the same line in a template named for the
 * file, declaring that output; the line is then in the diff twice, and no-secrets still scans both.
 */

const T4_OUTPUT = /<#@\s*output\s+extension\s*=\s*"\.?([\w.]{1,10})"/;
const NAMED_TEMPLATE_SUFFIXES = [".tmpl", ".in", ".jinja", ".j2"];
/** Generated files looked at per change, and template bytes read, at most. */
const MAX_FILES = 200;
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

const extensionOf = (path: string) => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1);
};
const withoutExtension = (path: string) => path.slice(0, path.length - extensionOf(path).length - 1);

/** The template paths that could write `path`, each with whether it is a T4 template. */
function templateNames(path: string): Array<{ template: string; t4: boolean }> {
  return [
    { template: `${withoutExtension(path)}.tt`, t4: true },
    { template: `${path}.tt`, t4: true },
    ...NAMED_TEMPLATE_SUFFIXES.map((suffix) => ({ template: `${path}${suffix}`, t4: false })),
  ];
}

/** Whether a template's text says it writes a file with `path`'s extension (T4's output directive); any named template does. */
function writes(text: string, path: string, t4: boolean): boolean {
  if (!t4) return true;
  const m = T4_OUTPUT.exec(text.slice(0, 4000));
  return m !== null && m[1].toLowerCase().replace(/^\./, "") === extensionOf(path).toLowerCase();
}

export function markTemplateOutputs(change: Change, project?: ProjectReader): void {
  const outputs = change.files
    .filter((f) => (f.status === "added" || f.status === "modified") && !f.binary && !isRestored(f) && isCodeFile(f.path) && f.addedLines.length > 0)
    .slice(0, MAX_FILES);
  if (outputs.length === 0) return;
  const changed = new Map(change.files.map((f) => [f.path, f]));
  // Only a template the change adds or edits: an output edited without its template is edited by hand, and
  // the file list is not read for this (`bottomline report` reviews thousands of changes).
  const pairs = templatePairs(outputs, (path) => changed.get(path) !== undefined && changed.get(path)!.status !== "removed");
  if (pairs.length === 0) return;
  const texts = templateTexts(
    pairs.map((p) => p.template),
    changed,
    project,
  );
  for (const { file, template, t4 } of pairs) {
    const text = texts.get(template);
    if (text === undefined || !writes(text, file.path, t4)) continue;
    const lines = linesFrom(
      file.addedLines.filter((l) => l.text.trim().length > 1),
      text.split("\n"),
    );
    if (lines.length > 0) markRestored(file, lines, `written by its template ${template}, which holds these lines`);
  }
}

/**
 * The templates the change edits beside a file they write: what a source that reads up front (the GitHub
 * App) must read at head for markTemplateOutputs. An added template's text is the change's own; a
 * template the change does not touch is found only in the tree, which the App does not list for this.
 */
export function templatesToRead(change: Change): string[] {
  const changed = new Map(change.files.map((f) => [f.path, f]));
  const outputs = change.files.filter((f) => (f.status === "added" || f.status === "modified") && isCodeFile(f.path)).slice(0, MAX_FILES);
  const pairs = templatePairs(outputs, (path) => changed.get(path)?.status === "modified");
  return [...new Set(pairs.map((p) => p.template))];
}

interface Pair {
  file: ChangedFile;
  template: string;
  t4: boolean;
}

function templatePairs(outputs: ChangedFile[], known: (path: string) => boolean): Pair[] {
  return outputs.flatMap((file) => {
    const found = templateNames(file.path).find((t) => known(t.template));
    return found ? [{ file, ...found }] : [];
  });
}

/** The templates' texts: an added template's lines from the change, others read at head, within the byte cap. */
function templateTexts(paths: string[], changed: Map<string, ChangedFile>, project?: ProjectReader): Map<string, string> {
  const out = new Map<string, string>();
  const toRead: string[] = [];
  for (const path of new Set(paths)) {
    const f = changed.get(path);
    if (f?.status === "added") out.set(path, f.addedLines.map((l) => l.text).join("\n"));
    else toRead.push(path);
  }
  if (project && toRead.length > 0) for (const [path, text] of project.texts("head", toRead)) out.set(path, text);
  let bytes = 0;
  for (const [path, text] of out) if ((bytes += text.length) > MAX_TEMPLATE_BYTES) out.delete(path);
  return out;
}

import type { ChangedFile, FileStatus } from "../../model/change.js";
import { parsePatch } from "../../model/parse-patch.js";

/**
 * Splits the output of `git diff -M` into the change model's files. Paths come from the
 * `rename from/to` and `---`/`+++` headers, which (unlike `diff --git a/x b/y`) are unambiguous
 * when names contain spaces.
 */
export function splitGitDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith("diff --git "));
  for (const section of sections) files.push(parseSection(section));
  return files;
}

function parseSection(section: string): ChangedFile {
  const headerEnd = section.search(/^@@ /m);
  const header = headerEnd === -1 ? section : section.slice(0, headerEnd);
  let status: FileStatus = "modified";
  let oldPath: string | undefined;
  let newPath: string | undefined;
  let binary = false;
  for (const line of header.split("\n")) {
    if (line.startsWith("new file mode")) status = "added";
    else if (line.startsWith("deleted file mode")) status = "removed";
    else if (line.startsWith("rename from ")) ((status = "renamed"), (oldPath = unquote(line.slice(12))));
    else if (line.startsWith("rename to ")) newPath = unquote(line.slice(10));
    else if (line.startsWith("copy from ")) ((status = "copied"), (oldPath = unquote(line.slice(10))));
    else if (line.startsWith("copy to ")) newPath = unquote(line.slice(8));
    else if (line.startsWith("--- ") && line !== "--- /dev/null") oldPath ??= stripPrefix(unquote(line.slice(4)));
    else if (line.startsWith("+++ ") && line !== "+++ /dev/null") newPath ??= stripPrefix(unquote(line.slice(4)));
    else if (line.startsWith("Binary files ") || line.startsWith("GIT binary patch")) binary = true;
  }
  if (!oldPath && !newPath) {
    // Binary or mode-only change: only the `diff --git a/x b/x` line names the file.
    const first = header.slice(11, header.indexOf("\n")).trim();
    const half = splitDiffGitLine(first);
    oldPath = half;
    newPath = half;
  }
  const path = (status === "removed" ? oldPath : newPath) ?? oldPath ?? "";
  const parsed = headerEnd === -1 ? { addedLines: [], hunks: [], removed: 0 } : parsePatch(section.slice(headerEnd));
  const file: ChangedFile = {
    path,
    status,
    binary,
    additions: parsed.addedLines.length,
    deletions: parsed.removed,
    addedLines: parsed.addedLines,
    hunks: parsed.hunks,
  };
  if (status === "renamed" || status === "copied") file.previousPath = oldPath;
  if ("problem" in parsed && parsed.problem) file.patchProblem = parsed.problem;
  return file;
}

function stripPrefix(p: string): string {
  return p.replace(/^[ab]\//, "").replace(/\t$/, "");
}

/** `a/x b/x` with identical halves (the only case where git omits ---/+++ for a file). */
function splitDiffGitLine(s: string): string {
  const left = s.slice(0, Math.floor(s.length / 2));
  return stripPrefix(unquote(left.trim()));
}

/** Git quotes paths with unusual bytes as C strings with octal escapes; decode them as UTF-8. */
export function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, "\\": 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

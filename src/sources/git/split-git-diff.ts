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

interface Header {
  status: FileStatus;
  oldPath?: string;
  newPath?: string;
  binary: boolean;
}

/** What each extended header line of `git diff` says, as a table rather than an if-chain. */
const HEADER_LINES: Array<[prefix: string, apply: (h: Header, rest: string) => void]> = [
  ["new file mode", (h) => void (h.status = "added")],
  ["deleted file mode", (h) => void (h.status = "removed")],
  ["rename from ", (h, rest) => void ((h.status = "renamed"), (h.oldPath = unquote(rest)))],
  ["rename to ", (h, rest) => void (h.newPath = unquote(rest))],
  ["copy from ", (h, rest) => void ((h.status = "copied"), (h.oldPath = unquote(rest)))],
  ["copy to ", (h, rest) => void (h.newPath = unquote(rest))],
  ["--- ", (h, rest) => void (rest !== "/dev/null" && (h.oldPath ??= stripPrefix(unquote(rest))))],
  ["+++ ", (h, rest) => void (rest !== "/dev/null" && (h.newPath ??= stripPrefix(unquote(rest))))],
  ["Binary files ", (h) => void (h.binary = true)],
  ["GIT binary patch", (h) => void (h.binary = true)],
];

function parseHeader(header: string): Header {
  const h: Header = { status: "modified", binary: false };
  for (const line of header.split("\n")) {
    const entry = HEADER_LINES.find(([prefix]) => line.startsWith(prefix));
    if (entry) entry[1](h, line.slice(entry[0].length));
  }
  if (!h.oldPath && !h.newPath) {
    // Binary or mode-only change: only the `diff --git a/x b/x` line names the file.
    const half = splitDiffGitLine(header.slice(11, header.indexOf("\n")).trim());
    h.oldPath = half;
    h.newPath = half;
  }
  return h;
}

function parseSection(section: string): ChangedFile {
  const headerEnd = section.search(/^@@ /m);
  const h = parseHeader(headerEnd === -1 ? section : section.slice(0, headerEnd));
  const parsed = headerEnd === -1 ? { addedLines: [], hunks: [], removed: 0, deletedLines: [], deletedHunks: [] } : parsePatch(section.slice(headerEnd));
  const file: ChangedFile = {
    path: (h.status === "removed" ? h.oldPath : h.newPath) ?? h.oldPath ?? "",
    status: h.status,
    binary: h.binary,
    additions: parsed.addedLines.length,
    deletions: parsed.removed,
    addedLines: parsed.addedLines,
    hunks: parsed.hunks,
  };
  if (h.status === "renamed" || h.status === "copied") file.previousPath = h.oldPath;
  if ("problem" in parsed && parsed.problem) file.patchProblem = parsed.problem;
  if (parsed.deletedLines.length > 0) Object.assign(file, { deletedLines: parsed.deletedLines, deletedHunks: parsed.deletedHunks });
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

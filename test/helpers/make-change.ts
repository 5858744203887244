import { emptyChange, type Change, type ChangedFile, type Commit } from "../../src/model/change.js";

/** A file whose added lines are numbered from `start`, with one hunk covering them. */
export function addedFile(path: string, lines: string[], start = 1, extra: Partial<ChangedFile> = {}): ChangedFile {
  return {
    path,
    status: "modified",
    binary: false,
    additions: lines.length,
    deletions: 0,
    addedLines: lines.map((text, i) => ({ line: start + i, text })),
    hunks: [{ start, length: lines.length }],
    ...extra,
  };
}

export function commit(message: string, extra: Partial<Commit> = {}): Commit {
  const sha = extra.sha ?? (Math.abs(hash(message)).toString(16).padStart(8, "0") + "0".repeat(32)).slice(0, 40);
  return { sha, message, author: { name: "Dev", email: "dev@example.com" }, parents: ["p"], ...extra };
}

export function change(files: ChangedFile[], extra: Partial<Change> = {}): Change {
  return emptyChange({ files, headSha: "h".repeat(40), baseSha: "b".repeat(40), ...extra });
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

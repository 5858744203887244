import type { AddedLine, HunkRange } from "./change.js";

export interface ParsedPatch {
  addedLines: AddedLine[];
  hunks: HunkRange[];
  removed: number;
  /** The text of each deleted line (what provenance.ts compares added lines with: code moved, not written). */
  deletedLines: string[];
  /** The hunk (index into `hunks`) each deleted line is in: a line deleted and added back in one hunk was edited in place. */
  deletedHunks: number[];
  /** Set when the patch did not follow the unified diff format; what parsed before the problem is kept. */
  problem?: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses the hunks of one file's unified diff (GitHub's `patch` field, or one file of `git diff`).
 * Header lines before the first hunk (`diff --git`, `---`, `+++`, `index`) are skipped.
 * CRLF line ends are stripped so that a Windows checkout reports the same lines as a Unix one.
 */
export function parsePatch(patch: string): ParsedPatch {
  const addedLines: AddedLine[] = [];
  const hunks: HunkRange[] = [];
  const deletedLines: string[] = [];
  const deletedHunks: number[] = [];
  let removed = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let inHunk = false;
  const lines = patch.split("\n");
  // A trailing newline yields one empty string that is not a diff line.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();

  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i];
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (raw.startsWith("@@")) {
      if (inHunk && (oldLeft > 0 || newLeft > 0)) {
        return { addedLines, hunks, removed, deletedLines, deletedHunks, problem: `hunk ending before line ${i + 1} is shorter than its header says` };
      }
      const m = HUNK_HEADER.exec(raw);
      if (!m) return { addedLines, hunks, removed, deletedLines, deletedHunks, problem: `line ${i + 1}: malformed hunk header "${truncate(raw)}"` };
      oldLeft = m[2] === undefined ? 1 : Number(m[2]);
      newLeft = m[4] === undefined ? 1 : Number(m[4]);
      newLine = Number(m[3]);
      hunks.push({ start: newLine, length: newLeft });
      inHunk = true;
      continue;
    }
    if (!inHunk) continue; // file headers
    const tag = raw.charAt(0);
    if (tag === "\\") continue; // "\ No newline at end of file"
    if (oldLeft === 0 && newLeft === 0) {
      // Past the hunk: only file headers of a following file may appear (multi-file input).
      inHunk = false;
      continue;
    }
    if (tag === "+") {
      addedLines.push({ line: newLine, text: raw.slice(1) });
      newLine++;
      newLeft--;
    } else if (tag === "-") {
      removed++;
      deletedLines.push(raw.slice(1));
      deletedHunks.push(hunks.length - 1);
      oldLeft--;
    } else if (tag === " " || raw === "") {
      // Some tools strip the single space of an empty context line.
      newLine++;
      newLeft--;
      oldLeft--;
    } else {
      return { addedLines, hunks, removed, deletedLines, deletedHunks, problem: `line ${i + 1}: unexpected "${truncate(raw)}" inside a hunk` };
    }
    if (newLeft < 0 || oldLeft < 0) {
      return { addedLines, hunks, removed, deletedLines, deletedHunks, problem: `line ${i + 1}: hunk is longer than its header says` };
    }
  }
  if (inHunk && (oldLeft > 0 || newLeft > 0)) {
    return { addedLines, hunks, removed, deletedLines, deletedHunks, problem: "the last hunk is shorter than its header says (truncated diff?)" };
  }
  return { addedLines, hunks, removed, deletedLines, deletedHunks };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

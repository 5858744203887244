import type { AddedLine, Change, ChangedFile } from "./change.js";

/** A file counts as restored when at least this share of its added lines were there before. */
export const RESTORED_SHARE = 0.9;

/** What a line is compared by: its text without the indentation and trailing blanks a re-add may change. */
const key = (text: string) => text.trim();

/**
 * The added lines that read as lines of `before` (the file as it was before it was deleted, or the
 * lines a reverted commit removed), each line of `before` used at most once: restoring one
 * `return x;` does not make every new `return x;` old. Blank lines match nothing.
 */
export function linesFrom(added: AddedLine[], before: string[]): number[] {
  const left = new Map<string, number>();
  for (const line of before) {
    const k = key(line);
    if (k) left.set(k, (left.get(k) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const { line, text } of added) {
    const n = left.get(key(text));
    if (!n) continue;
    left.set(key(text), n - 1);
    out.push(line);
  }
  return out;
}

/** The share of a file's non-blank added lines that `restored` covers. */
export function restoredShare(file: ChangedFile, restored: number[]): number {
  const nonBlank = file.addedLines.filter((l) => key(l.text) !== "");
  if (nonBlank.length === 0) return 0;
  const set = new Set(restored);
  return nonBlank.filter((l) => set.has(l.line)).length / nonBlank.length;
}

/** Records on `file` the lines restored from `from`, adding to what an earlier finding recorded. */
export function markRestored(file: ChangedFile, lines: number[], from: string): void {
  if (lines.length === 0) return;
  const all = new Set([...(file.restoredLines ?? []), ...lines]);
  file.restoredLines = [...all].sort((a, b) => a - b);
  file.restoredFrom = file.restoredFrom ? `${file.restoredFrom}; ${from}` : from;
}

/**
 * The commits a change says it reverts: git's own `This reverts commit <sha>.` line in a message.
 * Only full or long abbreviated ids, and a few of them: the message is the author's to write.
 */
const REVERTS = /\bThis reverts commit ([0-9a-f]{7,40})\b/g;
const MAX_REVERTED = 5;
export function revertedCommits(messages: string[]): string[] {
  const out = new Set<string>();
  for (const m of messages) for (const [, sha] of m.slice(0, 5000).matchAll(REVERTS)) if (out.size < MAX_REVERTED) out.add(sha);
  return [...out];
}

/** A file the change restored rather than wrote: most of its added lines were there before. */
export function isRestored(file: ChangedFile): boolean {
  return file.restoredLines !== undefined && restoredShare(file, file.restoredLines) >= RESTORED_SHARE;
}

/** Marks the lines of `change` that put back what the reverted commit `sha` deleted (`removed`: its deleted lines by path). */
export function markRevertedLines(change: Change, sha: string, removed: Map<string, string[]>): void {
  for (const file of change.files) {
    const before = removed.get(file.path) ?? (file.previousPath ? removed.get(file.previousPath) : undefined);
    if (before) markRestored(file, linesFrom(file.addedLines, before), `what ${sha.slice(0, 10)} deleted, reverted`);
  }
}

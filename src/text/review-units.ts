import type { ChangedFile } from "../model/change.js";

/**
 * The parts of a change a reviewer takes one at a time (#10): the new files of one folder together
 * (a new module), and every other file on its own (an edited file, a deleted one). `pr-size` names
 * the largest ones so that the author sees where the change could be cut.
 */
export interface Unit {
  /** What the part is, in words: "the new `src/lite/`", "the changes to `src/exec.rs`". */
  label: string;
  lines: number;
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** The change's units, largest first, from the lines each file brings to the count (files that bring none left out). */
export function unitsOf(perFile: Map<ChangedFile, number>): Unit[] {
  const added = new Map<string, { files: number; lines: number; path: string }>();
  const units: Unit[] = [];
  for (const [file, lines] of perFile) {
    if (lines <= 0) continue;
    // New files at the root are no module: each is its own part (CommunityToolkit de2678f3ec credited the root's
    // eleven new files, 620 lines, to "the new `.editorconfig`", which has 372; set 20).
    if (file.status === "added" && dirOf(file.path) !== "") {
      const dir = dirOf(file.path);
      const group = added.get(dir) ?? { files: 0, lines: 0, path: file.path };
      added.set(dir, { files: group.files + 1, lines: group.lines + lines, path: group.path });
    } else
      units.push({
        label: `${file.status === "added" ? "the new" : file.status === "removed" ? "the removal of" : "the changes to"} ${quoted(file.path)}`,
        lines,
      });
  }
  for (const [dir, g] of nested(added)) units.push({ label: g.files > 1 ? `the new files in ${quoted(dir)}` : `the new ${quoted(g.path)}`, lines: g.lines });
  return units.sort((a, b) => b.lines - a.lines);
}

/** Folders of new files merged into the new files of a folder above them: a new crate's `src/` and `src/hir/` are one module. */
function nested<G extends { files: number; lines: number; path: string }>(groups: Map<string, G>): Map<string, G> {
  const dirs = [...groups.keys()].sort((a, b) => a.length - b.length);
  const out = new Map<string, G>();
  for (const dir of dirs) {
    const g = groups.get(dir)!;
    // The folders above, shallowest first: a walk up the path, not a scan of every group (a change may add thousands).
    const above = ancestors(dir).find((d) => out.has(d));
    if (above === undefined) out.set(dir, { ...g });
    else {
      const a = out.get(above)!;
      out.set(above, { ...a, files: a.files + g.files, lines: a.lines + g.lines });
    }
  }
  return out;
}

// How many parts the message names: enough to show where to cut, few enough to read.
const NAMED_PARTS = 3;
const MAX_PATH_CHARS = 120;

/**
 * The sentence that ends a finding: the largest parts that could be reviewed apart, or, when less
 * than `apart` lines lie outside the largest, that one unit to land in steps.
 */
export function partsSentence(units: Unit[], apart: number): string {
  const named = units.slice(0, NAMED_PARTS).map((u) => `${u.label} (${u.lines} lines)`);
  if (named.length === 0) return "";
  const outside = units.slice(1).reduce((n, u) => n + u.lines, 0);
  if (named.length === 1 || outside < apart) return ` Most of it is ${named[0]}: land it in steps, behind a flag if need be.`;
  const list = named.length === 2 ? named.join(" and ") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
  return ` Its largest parts could be reviewed apart: ${list}.`;
}

/** A path as code in the message; a path is the author's text, so it is cut short and kept on one line. */
function quoted(path: string): string {
  const plain = path.replace(/[\s`]+/g, " ");
  return `\`${plain.length > MAX_PATH_CHARS ? `${plain.slice(0, MAX_PATH_CHARS)}…` : plain}\``;
}

/** `a/b/c/` → `a/`, `a/b/` (the root's "" left out: files at the root are not one module). */
function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let i = dir.indexOf("/"); i !== -1 && i < dir.length - 1; i = dir.indexOf("/", i + 1)) out.push(dir.slice(0, i + 1));
  return out;
}

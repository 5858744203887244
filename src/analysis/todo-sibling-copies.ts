import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { todoWords } from "../text/old-todos.js";

/**
 * TODOs copied with their code from a sibling file the change does not touch: formik's
 * `test/FastField.test.tsx` took `// XXX: Waiting for validateField's promise, should be fixed :(`
 * with the tests it copied from `test/Field.test.tsx`. The debt was already in the repository,
 * untracked there; the copy adds no new task. The candidates are few and cheap: files of the same
 * folder and extension whose name is the other's with a word added or removed at either end
 * (`Field` / `FastField`, `client` / `client_async`).
 */
const MAX_SIBLINGS = 3;
const MIN_STEM = 3;
// A TODO this short ("TODO: implement", "FIXME: test this") is written anew everywhere: the same
// words in a sibling do not say it was copied.
const MIN_COPIED_WORDS = 5;
const MARKER_LINE = /(?:todo|fixme|XXX|HACK)\b[^\n]*/gi;

/** A file's folder, its name without extensions, and its extensions (`test/`, `FastField`, `.test.tsx`). */
function parts(path: string): { dir: string; stem: string; ext: string } {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const dot = name.indexOf(".", 1);
  return { dir: path.slice(0, slash + 1), stem: dot === -1 ? name : name.slice(0, dot), ext: dot === -1 ? "" : name.slice(dot) };
}

function related(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < MIN_STEM) return false;
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  return l.startsWith(s) || l.endsWith(s);
}

/** Unchanged files beside the change's files with a marker that they may have been copied from. */
export function siblingTodoPaths(files: ChangedFile[], change: Change, tree: readonly string[]): string[] {
  // A file the change touches may carry the same TODO as new work; its base text is judged already.
  const touched = new Set(change.files.flatMap((f) => [f.path, f.previousPath ?? f.path]));
  // By folder: one look-up per path of the tree, however many files the change has (a tree of
  // 100,000 paths against 1,000 changed files stays one pass).
  const byDir = new Map<string, Array<{ stem: string; ext: string; taken: number }>>();
  for (const f of files) {
    const p = parts(f.path);
    byDir.set(p.dir, [...(byDir.get(p.dir) ?? []), { stem: p.stem, ext: p.ext, taken: 0 }]);
  }
  const out = new Set<string>();
  for (const path of tree) {
    const p = parts(path);
    const mine = byDir.get(p.dir);
    if (!mine || touched.has(path)) continue;
    for (const w of mine) {
      if (w.ext !== p.ext || w.taken >= MAX_SIBLINGS || !related(w.stem, p.stem)) continue;
      w.taken++;
      out.add(path);
    }
  }
  return [...out];
}

/** The words of each TODO in the untouched sibling texts the review read for this file. */
export function siblingTodoKeys(file: ChangedFile, change: Change, found: Lookups): Set<string> {
  const keys = new Set<string>();
  const mine = parts(file.path);
  for (const { stem, text } of untouchedByFolder(change, found).get(`${mine.dir}\0${mine.ext}`) ?? []) {
    if (!related(mine.stem, stem)) continue;
    for (const m of text.matchAll(MARKER_LINE)) keys.add(todoWords(m[0]));
  }
  return keys;
}

/**
 * The texts the review read of files the change leaves untouched, by folder and extension, once
 * per review: each file with a TODO looked through every text of the review (3,000 × 3,000 path
 * splits on the 3,000-file bench).
 */
const untouchedOf = new WeakMap<Map<string, string>, Map<string, Array<{ stem: string; text: string }>>>();

function untouchedByFolder(change: Change, found: Lookups): Map<string, Array<{ stem: string; text: string }>> {
  let known = untouchedOf.get(found.fileContents);
  if (!known) {
    known = new Map();
    const touched = new Set(change.files.map((f) => f.path));
    for (const [path, text] of found.fileContents) {
      if (touched.has(path)) continue;
      const p = parts(path);
      const key = `${p.dir}\0${p.ext}`;
      const list = known.get(key);
      if (list) list.push({ stem: p.stem, text });
      else known.set(key, [{ stem: p.stem, text }]);
    }
    untouchedOf.set(found.fileContents, known);
  }
  return known;
}

/** Whether a TODO (its text from the marker on) is word for word one of an untouched sibling file's (siblingTodoKeys). */
export function copiedFromSibling(todo: string, siblingKeys: ReadonlySet<string>): boolean {
  if (siblingKeys.size === 0) return false;
  const key = todoWords(todo);
  return key.split(" ").length >= MIN_COPIED_WORDS && siblingKeys.has(key);
}

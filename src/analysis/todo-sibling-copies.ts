import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { todoWords } from "../text/old-todos.js";

/**
 * TODOs copied with their code from a sibling file the change does not touch: formik's
 * `test/FastField.test.tsx` took `// XXX: Waiting for validateField's promise, should be fixed :(`
 * with the tests it copied from `test/Field.test.tsx`. The debt was already in the repository,
 * untracked there; the copy adds no new task. The candidates are few and cheap: files of the same
 * folder and extension whose name is the other's with a word added or removed at either end
 * (`Field` / `FastField`, `client` / `client_async`), and for a new file, its namesake in a folder of
 * the same name elsewhere (`src/utils/selectAtom.ts` for `src/vanilla/utils/selectAtom.ts`).
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

/**
 * A file's last folder and name (`utils/selectAtom.ts`): a new file of that name and folder name
 * elsewhere in the tree is most likely a copy of the old one, moved into a new package with its
 * code (jotai f05d9edf10 copied `src/utils/selectAtom.ts` to `src/vanilla/utils/` with its
 * `// TODO we should revisit this for a better solution than refAtom`).
 */
function namedKey(path: string): string | undefined {
  const parts = path.split("/");
  return parts.length < 2 ? undefined : parts.slice(-2).join("/");
}

/**
 * Unchanged files beside the change's files with a marker that they may have been copied from,
 * and for a new file, unchanged files of the same name in a folder of the same name elsewhere.
 */
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
  const byName = new Map<string, { taken: number }>();
  for (const f of files) {
    const key = f.status === "added" ? namedKey(f.path) : undefined;
    if (key) byName.set(key, { taken: 0 });
  }
  const out = new Set<string>();
  for (const path of tree) {
    if (touched.has(path)) continue;
    const key = byName.size > 0 ? namedKey(path) : undefined;
    const same = key === undefined ? undefined : byName.get(key);
    if (same && same.taken < MAX_SIBLINGS) {
      same.taken++;
      out.add(path);
    }
    const p = parts(path);
    const mine = byDir.get(p.dir);
    if (!mine) continue;
    for (const w of mine) {
      if (w.ext !== p.ext || w.taken >= MAX_SIBLINGS || !related(w.stem, p.stem)) continue;
      w.taken++;
      out.add(path);
    }
  }
  return [...out];
}

/**
 * The words of each TODO in the untouched siblings and namesakes the review read
 * (siblingTodoPaths) of any file of the change: TODOs already in the repository, word for word,
 * in the code the change copied. A TODO pasted from there into a third new file (jotai's
 * `unwrapAtom.ts` took selectAtom's) is the same old debt. Once per review.
 */
export function siblingTodoKeys(change: Change, found: Lookups): Set<string> {
  let keys = keysOf.get(found.fileContents);
  if (keys) return keys;
  keys = new Set();
  const touched = new Set(change.files.map((f) => f.path));
  const stems = new Map<string, string[]>();
  const names = new Set<string>();
  for (const f of change.files) {
    const p = parts(f.path);
    const folder = `${p.dir}\0${p.ext}`;
    const list = stems.get(folder);
    if (list) list.push(p.stem);
    else stems.set(folder, [p.stem]);
    const key = f.status === "added" ? namedKey(f.path) : undefined;
    if (key) names.add(key);
  }
  for (const [path, text] of found.fileContents) {
    if (touched.has(path)) continue;
    const p = parts(path);
    const namesake = names.has(namedKey(path) ?? "");
    if (!namesake && !(stems.get(`${p.dir}\0${p.ext}`) ?? []).some((stem) => related(stem, p.stem))) continue;
    for (const m of text.matchAll(MARKER_LINE)) keys.add(todoWords(m[0]));
  }
  keysOf.set(found.fileContents, keys);
  return keys;
}

const keysOf = new WeakMap<Map<string, string>, Set<string>>();

/** Whether a TODO (its text from the marker on) is word for word one of an untouched sibling file's (siblingTodoKeys). */
export function copiedFromSibling(todo: string, siblingKeys: ReadonlySet<string>): boolean {
  if (siblingKeys.size === 0) return false;
  const key = todoWords(todo);
  return key.split(" ").length >= MIN_COPIED_WORDS && siblingKeys.has(key);
}

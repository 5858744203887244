import type { Lookups } from "../engine/rule.js";
import { changedPaths, type Change, type ChangedFile } from "../model/change.js";

/**
 * The project's own code nearest a changed file, to read its practice from (how wide its lines run,
 * see kept-width.ts; how long its functions run, see function-practice.ts): untouched files of the
 * same extension, closest folder first, a file of the same name family (`forAll10.kt` beside a new
 * `forAll12.kt`) before others. No path of the change is sampled: a file it adds does not exist at
 * base, and one it edits is the author's to steer, so a pull request cannot make its own practice.
 * An untouched file's head text is its base text.
 */

/** Sampled files per changed file. */
export const SAMPLE_FILES = 12;
/** Sampled files per change in all, and folders sampled for: the cost is bounded whatever the change. */
const MAX_SAMPLED = 96;
const MAX_GROUPS = 32;

export const EXTENSION = /\.[^./]+$/;

export const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
/** `forAll12.kt` and `forAll10.kt` are one family: their names without digits agree. */
export const family = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\d+/g, "");

/** The untouched files nearest `path` with its extension (of those `keep` takes), best first, at most `count`. */
function nearest(path: string, tree: string[], touched: ReadonlySet<string>, keep: (p: string) => boolean = () => true, count = SAMPLE_FILES): string[] {
  const ext = EXTENSION.exec(path)?.[0];
  if (ext === undefined) return [];
  const folders = folderOf(path).split("/");
  const shared = (p: string) => {
    const q = folderOf(p).split("/");
    let k = 0;
    while (k < q.length - 1 && k < folders.length - 1 && q[k] === folders[k]) k++;
    return k;
  };
  const own = family(path);
  return tree
    .filter((p) => p.endsWith(ext) && !touched.has(p) && keep(p))
    .map((p) => ({ p, near: shared(p), kin: family(p) === own ? 0 : 1 }))
    .sort((a, b) => b.near - a.near || a.kin - b.kin || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0))
    .slice(0, count)
    .map((c) => c.p);
}

// Per tree: the sample of each folder and extension, chosen once (needs and check ask alike, and every rule that samples).
const samples = new WeakMap<string[], Map<string, string[]>>();

/**
 * The sample for `path`'s folder and extension (empty once MAX_GROUPS folders were sampled for). With `only`, the
 * nearest files of that kind alone (a test's suite: the nearest tests, see suite-habit.ts), `count` of them.
 */
export function sampleOf(change: Change, path: string, tree: string[], only?: { name: string; keep: (p: string) => boolean; count: number }): string[] {
  let known = samples.get(tree);
  if (!known) samples.set(tree, (known = new Map()));
  const key = `${only?.name ?? ""}:${folderOf(path)}*${EXTENSION.exec(path)?.[0] ?? ""}`;
  let sample = known.get(key);
  if (!sample) {
    // Every path of the whole change is left out (changedPaths: also in one file's step of a rule).
    known.set(key, (sample = known.size >= MAX_GROUPS ? [] : nearest(path, tree, changedPaths(change), only?.keep, only?.count)));
  }
  return sample;
}

/** The head texts to read for `files`' samples, best-placed files' first, at most MAX_SAMPLED per change. */
export function samplePaths(change: Change, tree: string[], files: ChangedFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) for (const p of sampleOf(change, f.path, tree)) if (out.size < MAX_SAMPLED) out.add(p);
  return [...out];
}

/**
 * The base texts of the file and of the files the change edits beside it or of its name family, as the rule read
 * them (kotest 3f52819fe8 edits `forAll9.kt` and `forAll10.kt`, whose 144-character lines the new `forAll11.kt`
 * follows): base texts are the project's, whatever the change does to them. At most SAMPLE_FILES of them.
 */
function touchedKin(file: ChangedFile, found: Lookups): Array<string | undefined> {
  const own = file.previousPath ?? file.path;
  const texts = [file.status === "added" ? undefined : found.baseContents?.get(own)];
  const ext = EXTENSION.exec(file.path)?.[0];
  for (const [p, text] of found.baseContents ?? []) {
    if (texts.length > SAMPLE_FILES) break;
    if (p !== own && ext !== undefined && p.endsWith(ext) && (folderOf(p) === folderOf(own) || family(p) === family(own))) texts.push(text);
  }
  return texts;
}

/**
 * The project's texts around `file` that were read: the sample (see sampleOf), the file's own base text, and the base
 * texts of its kin the change edits. Undefined where a text was not read.
 */
export function practiceTexts(change: Change, file: ChangedFile, found: Lookups): Array<string | undefined> {
  if (!found.fileTree) return [];
  return [...sampleOf(change, file.path, found.fileTree).map((p) => found.fileContents.get(p)), ...touchedKin(file, found)];
}

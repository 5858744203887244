import { changedPaths, type Change } from "../model/change.js";
import { isTestPath } from "../text/test-conventions.js";
import { EXTENSION } from "./practice-sample.js";

/**
 * A sample of the project's code at large in one language: untouched non-test files of an extension, spread evenly
 * over the sorted tree, so every part of the project has its say (the nearest-files sample of practice-sample.ts reads
 * one corner of it).
 *
 * Why (sets 21–23): a reviewer judges whether a team keeps its width by the project as a whole ("about 880 lines in
 * src already exceed it"), but the nearest files can be a clean corner of a project that does not keep it: npgsql's
 * `Replication/PgOutput` (0 lines over 140 in 573) and `Util` (1 in 804) lie in a `src` that is 16‰ over, and
 * sqldelight's postgresql mixins (0 in 314) in a project with ~50 main-source lines over its 140.
 */

/** Files per extension: the cost of the project's reading, once per change whatever its size. */
export const SPREAD_FILES = 8;

// Per tree: the spread of each extension, chosen once (needs and check ask alike).
const spreads = new WeakMap<string[], Map<string, string[]>>();

/** The spread sample for `path`'s extension (empty without one), at most SPREAD_FILES paths. */
export function spreadOf(change: Change, path: string, tree: string[]): string[] {
  const ext = EXTENSION.exec(path)?.[0];
  if (ext === undefined) return [];
  let known = spreads.get(tree);
  if (!known) spreads.set(tree, (known = new Map()));
  let spread = known.get(ext);
  if (!spread) {
    const touched = changedPaths(change);
    const pool = tree.filter((p) => p.endsWith(ext) && !touched.has(p) && !isTestPath(p)).sort();
    const step = pool.length / SPREAD_FILES;
    known.set(ext, (spread = pool.length <= SPREAD_FILES ? pool : Array.from({ length: SPREAD_FILES }, (_, i) => pool[Math.floor((i + 0.5) * step)]!)));
  }
  return spread;
}

import type { Lookups } from "../engine/rule.js";
import { changedPaths, type Change } from "../model/change.js";

/**
 * The repository's configs as the base revision has them (#10, #11). A limit or an exclusion a rule
 * takes from the project's own config (`.editorconfig`'s max_line_length, Prettier's printWidth, a
 * RuboCop `Max`, a linter's `Exclude`) is the maintainers' decision only where the pull request did
 * not write it: a change that adds `max_line_length = 400`, or raises `Metrics/MethodLength`,
 * beside code that needs it would loosen its own review. So a config the change adds is not read,
 * one it edits is read as it was at base, and one it does not touch as it is (the same text).
 */

/** The configs among `paths` that the change touches: what a rule asks for at base besides at head. */
export function touchedConfigs(change: Change, paths: Iterable<string>): string[] {
  const touched = changedPaths(change);
  return [...paths].filter((p) => touched.has(p));
}

const viewsByReview = new WeakMap<Lookups, WeakMap<ReadonlySet<string>, Map<string, string>>>();

/**
 * The texts at head with each path the change touches replaced by its text at base, or left out
 * where the base had none (or the rule did not ask for it there: see touchedConfigs). Built once a
 * review (per-file steps share the whole change's paths); hand it only to config readers.
 */
export function configAtBase(change: Change, found: Lookups): Map<string, string> {
  const touched = changedPaths(change);
  let byTouched = viewsByReview.get(found);
  if (!byTouched) viewsByReview.set(found, (byTouched = new WeakMap()));
  let view = byTouched.get(touched);
  if (!view) {
    view = new Map(found.fileContents);
    for (const path of touched) {
      const base = found.baseContents?.get(path);
      if (base === undefined) view.delete(path);
      else view.set(path, base);
    }
    byTouched.set(touched, view);
  }
  return view;
}

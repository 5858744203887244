import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { pairLines, reflowedOnly, semicolonsOptional } from "../../text/sweeps.js";
import { sidesOf } from "./file-sides.js";

// Replacements repeated across the change: a mechanical sweep counts once.

export interface Sweeps {
  pairsOf: Map<ChangedFile, ReturnType<typeof pairLines>>;
  /** Replacements made at least SWEEP_REPEATS times over the change, and "reformatted" if any file was. */
  mechanical: Set<string>;
  /** Files whose every change is layout (a formatter's): they count once together, as one sweep. */
  reflowed: Set<ChangedFile>;
}

/** The replacements that edited lines in place, and which of them repeat: a mechanical sweep. */
export function findSweeps(files: ChangedFile[], found: Lookups): Sweeps {
  const pairsOf = new Map<ChangedFile, ReturnType<typeof pairLines>>();
  const reflowed = new Set<ChangedFile>();
  const times = new Map<string, number>();
  for (const file of files) {
    if (file.status !== "modified" && file.status !== "renamed") continue;
    const sides = sidesOf(file, found);
    if (!sides) continue;
    const [removed, added] = [sides.goneKeys, sides.comeKeys];
    if (reflowedOnly(removed, added, semicolonsOptional(file.path))) {
      reflowed.add(file);
      continue;
    }
    const pairs = pairLines(removed, added);
    pairsOf.set(file, pairs);
    for (const p of pairs) times.set(p.key, (times.get(p.key) ?? 0) + 1);
  }
  const mechanical = new Set([...times].filter(([, n]) => n >= SWEEP_REPEATS).map(([key]) => key));
  if (reflowed.size > 0) mechanical.add("reformatted");
  return { pairsOf, mechanical, reflowed };
}

// A replacement made this many times, or an added line that this many files share, is a sweep:
// it counts once.
export const SWEEP_REPEATS = 3;

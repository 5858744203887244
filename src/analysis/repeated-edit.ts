import type { AddedLine } from "../model/change.js";
import { substitution } from "../text/sweeps.js";

/**
 * Added lines that are one mechanical edit repeated: the line its hunk replaced, with the same small
 * replacement that the change makes on other lines of the file too (ktor 6e35d0512b, a compiler upgrade
 * across 71 files, inserted `: Any` bounds into `inline fun <T, R>` signatures and took one from 120
 * to 132 characters; judged not worth saying in set 19). The line's layout was its original author's;
 * the sweep's author applied one edit everywhere and would not re-wrap each line it happened to lengthen.
 * A sweep that takes a line far past the limit is still said by the rule (its FAR_PAST bound).
 */

/** At least this many lines of the file carry the same replacement: a pattern, not one edit. */
const REPEATS = 2;
/** A replacement of at most this many characters (without whitespace) each side: a token or two, not a rewrite. */
const SMALL_EDIT = 40;

/** A test for added lines (by head line number); `replaced` gives the base line the line's hunk replaced. */
export function repeatedEdits(added: readonly AddedLine[], replaced: (line: number) => string | undefined): (line: number) => boolean {
  let keys: Map<number, string> | undefined;
  let counts: Map<string, number> | undefined;
  const build = () => {
    keys = new Map();
    counts = new Map();
    for (const { line, text } of added) {
      const was = replaced(line);
      if (was === undefined) continue;
      const key = substitution(was, text);
      const [from, to] = key.split("→");
      if (to === undefined || key === "→" || from.length > SMALL_EDIT || to.length > SMALL_EDIT) continue;
      keys.set(line, key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  return (line) => {
    if (keys === undefined) build();
    const key = keys!.get(line);
    return key !== undefined && (counts!.get(key) ?? 0) >= REPEATS;
  };
}

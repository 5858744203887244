import { filesIn, type RepoLayout } from "../text/test-layout.js";

/**
 * Code copied line for line from a sibling that plays the same role (#11, session 10): capybara's
 * `edge_driver.rb` gaining the `self.extended` hook `chrome_driver.rb` already had. The sibling's
 * tests (a shared spec run against every driver) already pin what those lines do: a reviewer asks
 * for no test of the copy. Siblings are the files beside it with the same extension and the same
 * role in their names (`_driver.rb`, `Adapter.java`), a few of them, read only for small changes.
 */

/** At most this many siblings are read per source. */
const MAX_SIBLINGS = 3;

/** At most this many siblings are read per review: a change of many small files reads no more. */
export const MAX_SIBLING_READS = 12;

/** A source with more added lines is no copy of a sibling's few lines: its siblings are not read. */
const MAX_ADDITIONS = 40;

/** A copy has at least this many lines, one of them at least MIN_LONG_LINE long: `end` and `return nil` are everywhere. */
const MIN_COPIED_LINES = 3;
const MIN_LONG_LINE = 30;

/** `edge_driver.rb` → `_driver.rb`, `ChromeDriver.java` → `Driver.java`: the role part of a name, or undefined. */
export function roleOf(name: string): string | undefined {
  const m = /^[A-Za-z0-9]+?((?:[_-][a-z0-9]+|[A-Z][a-z0-9]+)\.[A-Za-z]+)$/.exec(name);
  return m && m[1].replace(/^[_-]/, "").split(".")[0].length >= 4 ? m[1] : undefined;
}

/**
 * The files beside the source that share its role and extension, in name order. Not those the
 * change edits (`changed`): the same lines added to several siblings at once are new to all of them.
 */
export function roleSiblings(path: string, additions: number, layout: RepoLayout, changed: Set<string>): string[] {
  if (additions > MAX_ADDITIONS) return [];
  const slash = path.lastIndexOf("/");
  const role = roleOf(path.slice(slash + 1));
  if (!role) return [];
  return filesIn(path.slice(0, slash), layout)
    .filter((p) => !changed.has(p) && p.endsWith(role) && roleOf(p.slice(p.lastIndexOf("/") + 1)) === role)
    .sort()
    .slice(0, MAX_SIBLINGS);
}

/** The sibling whose text holds every fresh line of the source (trimmed), or undefined. */
export function copiedFromSibling(fresh: Set<number>, lines: string[], siblings: Array<{ path: string; text: string }>): string | undefined {
  const copied = [...fresh].map((l) => (lines[l - 1] ?? "").trim()).filter((t) => t !== "");
  if (copied.length < MIN_COPIED_LINES || !copied.some((t) => t.length >= MIN_LONG_LINE)) return undefined;
  return siblings.find((s) => {
    const had = new Set(s.text.split("\n").map((t) => t.trim()));
    return copied.every((t) => had.has(t));
  })?.path;
}

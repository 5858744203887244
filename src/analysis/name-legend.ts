/**
 * A legend of names in a comment: `S = State`, `A = Action`, `OP = OwnProps` over flow-typed's
 * declarations (redux 85e2368ea9), each short name spelled out once. It reads like assignments,
 * but it is prose that explains the type parameters below, not code commented out.
 */

// One entry: a short name, `=` (or `:`), and the one word it abbreviates. Entries may share a line, set apart by `,` or `;`.
const ENTRY = /^([A-Za-z][A-Za-z0-9]{0,5})\s*[=:]\s*([A-Za-z][A-Za-z0-9]*)$/;
/** Entries a legend has at least: one `x = xValue` alone may be an assignment. */
const MIN_ENTRIES = 2;
/** How much longer the word is than its name when the name is its start (`k = key` is too close to code to say). */
const PREFIX_MARGIN = 3;

/** Whether every non-blank line of the comment's code is entries of a legend, two or more in all. */
export function nameLegend(lines: string[]): boolean {
  let entries = 0;
  for (const line of lines) {
    const text = line.trim();
    if (text === "") continue;
    for (const part of text.split(/\s*[,;]\s*/)) {
      const m = ENTRY.exec(part.trim());
      if (!m || !abbreviates(m[1], m[2])) return false;
      entries++;
    }
  }
  return entries >= MIN_ENTRIES;
}

/** Whether `name` is `word`'s initials (`OP` for `OwnProps`, `sp` for `state_props`) or its start, much shorter. */
function abbreviates(name: string, word: string): boolean {
  const initials = (word.match(/(^|_)[A-Za-z]|[a-z0-9][A-Z]/g) ?? []).map((p) => p[p.length - 1]).join("");
  const n = name.toLowerCase();
  const w = word.toLowerCase();
  return n === initials.toLowerCase() || (w.startsWith(n) && w.length >= n.length + PREFIX_MARGIN);
}

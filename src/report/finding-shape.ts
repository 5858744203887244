import type { Finding } from "../engine/rule.js";
import { untrusted } from "./markdown.js";

/** How many places one "and N more like this" list names, and in how many characters at most (paths are as long as a pull request makes them). */
export interface PlacesLimit {
  places: number;
  chars: number;
}

/** An inline comment names a few places; the summary, which is the full list, names more. */
export const INLINE_PLACES: PlacesLimit = { places: 8, chars: 1_500 };

/**
 * What makes findings "alike": the same rule saying the same thing, the message compared with its
 * whitespace collapsed. Nothing else is left out: "nested 5 levels" and "nested 7 levels" are two
 * things to say, and a message naming its own file ("`a.ts` changed without a change to its
 * tests; add `test/a.ts`") asks something different of every file.
 */
export function findingShape(f: Finding): string {
  return `${f.rule}\u0000${f.message.replace(/\s+/g, " ").trim()}`;
}

/**
 * Findings in groups of the same shape, each group in the order its members came, the groups in
 * the order of their first member.
 */
export function groupAlike(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = findingShape(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

/**
 * "`b.ts:4`, `c.ts:9` and 3 more": where the other findings of a group are, each place escaped
 * (and linked when `link` knows the line's address), at most a few names and characters.
 */
export function describePlaces(
  findings: Finding[],
  link: (path: string, line?: number) => string | undefined = () => undefined,
  limit: PlacesLimit = INLINE_PLACES,
): string {
  const named: string[] = [];
  let chars = 0;
  for (const f of findings.slice(0, limit.places)) {
    const label = placeLabel(f);
    const url = f.path ? link(f.path, f.line) : undefined;
    const place = url ? `[${label}](${url})` : label;
    if (named.length > 0 && chars + place.length > limit.chars) break;
    chars += place.length + 2;
    named.push(place);
  }
  const rest = findings.length - named.length;
  if (rest === 0) return named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
  return `${named.join(", ")} and ${rest} more`;
}

/** `path:line`, `path`, a short commit, or (a finding about the whole change) plain words. */
function placeLabel(f: Finding): string {
  if (f.path) return untrusted(f.line ? `${f.path}:${f.line}` : f.path, "code");
  return f.commit ? untrusted(f.commit.slice(0, 7), "code") : "the change as a whole";
}

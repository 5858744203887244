import type { LineCounts } from "./line-counts.js";

/**
 * A mechanical sweep is one small edit repeated over many lines (php-cs-fixer's `\strlen(`,
 * `node:` import prefixes, `$this->assert` to `self::assert`): the added line equals the removed
 * one but for one token-level replacement. Reviewing it means reading the replacement once (#11).
 */

// Words, or single punctuation characters; whitespace is ignored like everywhere in line counts.
const TOKEN = /\w+|\S/g;

/**
 * The replacement that turns `removed` into `added`, as "old→new" once their common leading and
 * trailing tokens are dropped: `x = strlen($s)` to `x = \strlen($s)` is "→\".
 */
export function substitution(removed: string, added: string): string {
  const [r, a] = [removed.match(TOKEN) ?? [], added.match(TOKEN) ?? []];
  return sameTokenEverywhere(r, a) ?? middle(r, a);
}

/** "'→"" when the lines differ only where one token became another (quotes restyled, a name renamed). */
function sameTokenEverywhere(r: string[], a: string[]): string | undefined {
  if (r.length !== a.length) return undefined;
  let key: string | undefined;
  for (let i = 0; i < r.length; i++) {
    if (r[i] === a[i]) continue;
    const here = `${r[i]}→${a[i]}`;
    if (key !== undefined && key !== here) return undefined;
    key = here;
  }
  return key;
}

/** What differs once the common leading and trailing tokens are dropped. */
function middle(r: string[], a: string[]): string {
  const [start, end] = commonEnds(r, a);
  return `${r.slice(start, r.length - end).join("")}→${a.slice(start, a.length - end).join("")}`;
}

/**
 * The lines of `text` that are in `changed`, in file order, whitespace removed: a file's removed
 * (or added) lines in the order the diff shows them.
 */
export function changedInOrder(text: string, changed: LineCounts): string[] {
  return changedAsWritten(text, changed).map((l) => l.replace(/\s+/g, ""));
}

/** The lines of `text` that are in `changed`, in file order, as written (whitespace kept). */
export function changedAsWritten(text: string, changed: LineCounts): string[] {
  const lines = text.split("\n");
  return changedAsListed(
    lines,
    lines.map((l) => l.replace(/\s+/g, "")),
    changed,
  );
}

/**
 * changedAsWritten for a text already split into `lines`, with `keys` their whitespace-free forms.
 * `keysOut`, when given, receives the key of each line listed, in the same order.
 */
export function changedAsListed(lines: string[], keys: string[], changed: LineCounts, keysOut?: string[]): string[] {
  const left = new Map(changed);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = left.get(keys[i]) ?? 0;
    if (n === 0) continue;
    left.set(keys[i], n - 1);
    out.push(lines[i]);
    keysOut?.push(keys[i]);
  }
  return out;
}

export interface Pair {
  removed: string;
  added: string;
  key: string;
}

// How far ahead on either side the pairing looks for a removed line's edited twin. Bounded, so that
// pairing stays linear in the lines: a hostile change cannot make it quadratic.
const PAIR_WINDOW = 16;

/**
 * A file's removed and added lines paired in order where one looks like an edit of the other
 * (most of its tokens kept): the shape of an edit made line by line in place. A removed or added
 * line with no such partner stays unpaired. Where the lines at hand are no pair, the nearest pair
 * within PAIR_WINDOW lines on either side is taken, so that a line rewritten beside the sweep (`{ get { return x; } }` to `=> x;`, a field deleted) must not
 * shift the rest of the file, or each removed line is paired with its neighbour's edit and a
 * repeated rename reads as as many different edits (StackExchange.Redis 567cdf73fc).
 */
export function pairLines(removed: string[], added: string[]): Pair[] {
  const pairs: Pair[] = [];
  const tokens = new Map<string, string[]>();
  const tokensOf = (line: string) => {
    let t = tokens.get(line);
    if (!t) tokens.set(line, (t = line.match(TOKEN) ?? []));
    return t;
  };
  const alike = (r: number, a: number) => r < removed.length && a < added.length && similarTokens(tokensOf(removed[r]), tokensOf(added[a]));
  let [i, j] = [0, 0];
  while (i < removed.length && j < added.length) {
    if (alike(i, j)) {
      pairs.push({ removed: removed[i], added: added[j], key: substitution(removed[i], added[j]) });
      i++;
      j++;
      continue;
    }
    let d = 1;
    while (d <= PAIR_WINDOW && !alike(i, j + d) && !alike(i + d, j)) d++;
    // No pair near: pass a line of the side with more left, as a block deleted or added whole.
    if (d > PAIR_WINDOW) {
      if (removed.length - i > added.length - j) i++;
      else j++;
    } else if (alike(i, j + d)) j += d;
    else i += d;
  }
  return pairs;
}

/** At least half of each line's tokens are kept before and after the replacement. */
function similarTokens(r: string[], a: string[]): boolean {
  const kept = commonEnds(r, a).reduce((x, y) => x + y);
  return sameTokenEverywhere(r, a) !== undefined || (kept * 2 >= r.length && kept * 2 >= a.length);
}

/** How many leading and trailing tokens two lines share. */
function commonEnds(r: string[], a: string[]): [number, number] {
  let start = 0;
  while (start < r.length && start < a.length && r[start] === a[start]) start++;
  let end = 0;
  while (end < r.length - start && end < a.length - start && r[r.length - 1 - end] === a[a.length - 1 - end]) end++;
  return [start, end];
}

/**
 * True when a file's added lines say what its removed lines said, only laid out again: the same
 * text once whitespace, line breaks, quote style and trailing commas are ignored (black,
 * php-cs-fixer, rubocop joining or splitting calls), and with `optionalEnds` a line's closing `;`
 * (standard to prettier). `removed` and `added` are in file order.
 */
export function reflowedOnly(removed: string[], added: string[], optionalEnds = false): boolean {
  if (removed.length === 0 || added.length === 0) return false;
  return layoutFree(removed, optionalEnds) === layoutFree(added, optionalEnds);
}

function layoutFree(lines: string[], optionalEnds = false): string {
  return (optionalEnds ? lines.map(withoutStatementEnd) : lines)
    .join("")
    .replace(/\s+/g, "")
    .replace(/'/g, '"')
    .replace(/,(?=[)\]}])/g, "");
}

// A statement's closing `;` at the end of a line: optional in JavaScript, added or dropped by a
// formatter switch (standard to prettier, #11), the same statement either way. Only in languages
// where it is optional: in Rust a block's last expression without it is the block's value.
const STATEMENT_END = /;(?=\s*(?:\/\/.*)?$)/;
// A lone arrow parameter in parentheses or without (`(l) =>` and `l =>`): prettier's `arrowParens`.
const ARROW_PARAM = /\((\s*[\w$]+\s*)\)(?=\s*=>)/g;
const OPTIONAL_SEMICOLONS = /\.(?:[cm]?[jt]sx?|kts?|swift|scala|groovy|go|py|rb)$/i;

/** Whether a statement's closing `;` is optional in the file's language: a formatter adds or drops it (gts, standard, prettier). */
export function semicolonsOptional(path: string): boolean {
  return OPTIONAL_SEMICOLONS.test(path);
}

/** The line without a closing `;` (before a trailing `//` comment too) and without the parentheses of a lone arrow parameter. */
function withoutStatementEnd(line: string): string {
  return line.replace(STATEMENT_END, "").replace(ARROW_PARAM, "$1");
}

/**
 * The lines of each side that the other side says again, only laid out differently: a line
 * (whitespace, quote style and a trailing comma ignored) found within the other side's text run
 * together. A call black splits over five lines, or joins into one, is found whole in the other
 * side; a line with a new name or value is not. Keys are the lines with whitespace removed.
 */
export function relaidLines(removed: string[], added: string[], optionalEnds = false): { removed: Set<string>; added: Set<string> } {
  const found = (lines: string[], other: string[]) => {
    // Nothing to find, or nothing to find it in (a new file, one only appended to): skip the layout.
    if (lines.length === 0 || other.length === 0) return new Set<string>();
    const stream = layoutFree(other, optionalEnds);
    return new Set(
      lines
        .filter((l) => {
          const key = layoutFree([l], optionalEnds).replace(/,$/, "");
          return key.length > 0 && stream.includes(key);
        })
        .map((l) => l.replace(/\s+/g, "")),
    );
  };
  return { removed: found(removed, added), added: found(added, removed) };
}

// A nullable annotation or a null-forgiving operator after a name, a generic or an index:
// `string?`, `List<T>?`, `value!.Length`, `x?.Y`. A negation (`!x`, `!=`) or a ternary (`a ? b`)
// has a space or an operand before it instead, and stays.
const NULLABILITY = /([\w>\])])[?!](?=[\s,;)\].>=[(]|$)/g;

/** The line without nullability annotations, whitespace removed: what a nullable migration leaves unchanged. */
export function withoutNullability(line: string): string {
  return line.replace(NULLABILITY, "$1").replace(/\s+/g, "");
}

/**
 * The lines of each side that differ from a line of the other only by nullability annotations
 * (enabling nullable reference types: `string` → `string?`, `x.Y` → `x!.Y`). Keys are the lines
 * with whitespace removed.
 */
export function annotatedOnly(removed: string[], added: string[]): { removed: Set<string>; added: Set<string> } {
  if (removed.length === 0 || added.length === 0) return { removed: new Set(), added: new Set() };
  const bare = new Map<string, string[]>();
  for (const l of removed) {
    const key = withoutNullability(l);
    const list = bare.get(key);
    if (list) list.push(l);
    else bare.set(key, [l]);
  }
  const out = { removed: new Set<string>(), added: new Set<string>() };
  for (const l of added) {
    const match = bare.get(withoutNullability(l))?.pop();
    if (match === undefined) continue;
    out.removed.add(match.replace(/\s+/g, ""));
    out.added.add(l.replace(/\s+/g, ""));
  }
  return out;
}

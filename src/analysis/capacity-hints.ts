/**
 * Preallocation asks for no test (#11, session 16): a count computed only to size a collection
 * before it is filled (samber/lo's `size := 0; for i := range in { size += len(in[i]) }` then
 * `make([]K, 0, size)`). The results are the same with or without it; judged set 15 "a pure
 * performance tweak … the existing TestKeys/TestValues already cover them". A count that is also
 * returned, compared or indexed with is the program's logic and counts.
 */

/** A counter started at zero: `size := 0`, `let mut n = 0;`, `int total = 0;`, `var n = 0`. */
const COUNTER_INIT = /^\s*(?:(?:var|let|const|val|int|long|usize|auto)\s+(?:mut\s+)?)?([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?:?=\s*0\s*;?\s*$/;

/** A line that only adds to a counter: `size += len(in[i])`, `n += xs.len();`, `n++`. */
const addsTo = (name: string) => new RegExp(`^\\s*${name}\\s*(?:\\+=\\s*[^;]+|\\+\\+)\\s*;?\\s*$`);

/** A loop header (`for i := range in {`, `for m in maps {`, `for (const m of maps) {`, `foreach (var m in maps) {`). */
const LOOP_HEAD = /^\s*(?:for|foreach)\b.*\{\s*$/;

/** A line that closes a block and does nothing else. */
const CLOSER = /^\s*\}\s*;?\s*$/;

/** Where the count is only a capacity: Go's `make(…, n)`, `with_capacity(n)`, `reserve(n)`, `new ArrayList<>(n)`, `new List<T>(n)`, `ensureCapacity(n)`. */
const capacityUse = (name: string) =>
  new RegExp(
    `\\bmake\\([^()]*,\\s*${name}\\s*\\)|\\b(?:with_capacity|reserve|reserve_exact|ensureCapacity|EnsureCapacity)\\(\\s*${name}\\s*\\)|\\bnew\\s+[\\w.]+(?:<[^>]*>)?\\(\\s*${name}\\s*\\)`,
  );

/** How many fresh lines are looked at per file: a counter's lines sit together, and a file is hostile input. */
const MAX_COUNTERS = 32;

/**
 * The fresh lines that only compute a capacity hint: a counter started at zero, loops whose bodies
 * only add to it, and the allocation that takes it. Each counter is checked over the whole file:
 * any other use of its name makes it logic.
 */
export function capacityHintLines(fresh: Set<number>, lines: string[]): Set<number> {
  const out = new Set<number>();
  let seen = 0;
  for (const l of fresh) {
    const name = COUNTER_INIT.exec(lines[l - 1] ?? "")?.[1];
    if (!name || ++seen > MAX_COUNTERS) continue;
    const hint = counterLines(name, l, lines);
    if (hint) for (const h of hint) out.add(fresh.has(h) ? h : (twin(h, fresh, out, lines) ?? h));
  }
  return new Set([...out].filter((h) => fresh.has(h)));
}

/**
 * A fresh line of the same text as line `h`, not yet set aside: the change's new loop header
 * `for i := range in {` repeats the filling loop's, and which of the two the diff calls new is arbitrary.
 */
function twin(h: number, fresh: Set<number>, taken: Set<number>, lines: string[]): number | undefined {
  const text = (lines[h - 1] ?? "").trim();
  for (const l of fresh) if (!taken.has(l) && (lines[l - 1] ?? "").trim() === text) return l;
  return undefined;
}

/** The lines of a capacity counter declared on line `at`, up to its first capacity use; undefined when it is used any other way. */
function counterLines(name: string, at: number, lines: string[]): Set<number> | undefined {
  const word = new RegExp(`(^|[^\\w$.])${name}([^\\w$]|$)`);
  const adds = addsTo(name);
  const capacity = capacityUse(name);
  const out = new Set([at]);
  let used = false;
  // Within the block the counter is declared in: it ends at the first line indented less.
  const indent = (s: string) => /^\s*/.exec(s)![0].length;
  const depth = indent(lines[at - 1] ?? "");
  for (let i = at; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() !== "" && indent(text) < depth) break;
    if (!word.test(text)) continue;
    if (adds.test(text)) {
      // The loop around it must do nothing else: its header just above, its closer just below.
      if (!LOOP_HEAD.test(lines[i - 1] ?? "") || !CLOSER.test(lines[i + 1] ?? "")) return undefined;
      out
        .add(i)
        .add(i + 1)
        .add(i + 2);
    } else if (capacity.test(text) && !used) {
      used = true;
      out.add(i + 1);
    } else return undefined;
  }
  return used ? out : undefined;
}

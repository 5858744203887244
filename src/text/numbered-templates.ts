/**
 * Lines that differ only in an index: one template written out for each arity or index
 * (`callsInPlace(action1, EXACTLY_ONCE)` … `action22`, `val a1: T1` … `val a9: T9`,
 * `ReplaceWith("partially1(p1)")` … `partially22`). A reviewer reads the template once and checks
 * the numbers run on; set 18's judges called Arrow's contract blocks repeated over its arity overloads
 * and its deprecation pass over `partials.kt` one idea reviewed by pattern (#11).
 */

// A number written as an identifier's suffix: an arity or an index (`action3`, `T3`, `partially3`).
const INDEX = /(?<=[\p{L}_$])\d+/gu;

/**
 * A line with the numbers that end its names set aside (`callsInPlace(action3, …)` reads as
 * `callsInPlace(action#, …)`), spaces at its ends trimmed: lines alike but for their indices read
 * the same. A number standing alone stays (`x + 3` and `x + 4` add different amounts).
 */
export const withoutIndices = (line: string): string => line.trim().replace(INDEX, "#");
// A file needs at least this many variants of a template (distinct lines that differ only in the
// index) to have written it out by pattern: two overloads are two lines to read.
export const MIN_VARIANTS = 3;
// A line with more numbers than this is no template line (a data row): read no further.
const MAX_INDICES = 8;

/**
 * The keys of a file's lines that are variants of one index template, each with its template: at
 * least `minVariants` distinct lines of the file that differ only in their index. `lines` are as
 * written (so `x 3` is no identifier's index), `keys` their keys line for line. Linear in their length.
 */
export function indexTemplates(lines: readonly string[], keys: readonly string[], minVariants = MIN_VARIANTS): Map<string, string> {
  // Each template's variants: their keys and their indices.
  const variants = new Map<string, Map<string, number>>();
  const templateOfKey = new Map<string, string>();
  lines.forEach((line, i) => {
    const found = indexTemplate(line);
    if (found === undefined) return;
    const key = keys[i];
    templateOfKey.set(key, found.template);
    const same = variants.get(found.template);
    if (same) same.set(key, found.index);
    else variants.set(found.template, new Map([[key, found.index]]));
  });
  const out = new Map<string, string>();
  for (const [key, template] of templateOfKey) if (runsOn(variants.get(template), minVariants)) out.set(key, template);
  return out;
}

/**
 * Whether a template's variants are at least `minVariants` and their indices run on with no gap
 * (1, 2, 3 … 22): written out for each arity. Indices with gaps (`b0`, `b2`, `b4` … or ids every
 * fifth line) are separate lines that happen to carry numbers.
 */
function runsOn(variants: Map<string, number> | undefined, minVariants: number): boolean {
  if (!variants || variants.size < minVariants) return false;
  const indices = new Set(variants.values());
  let [low, high] = [Infinity, -Infinity];
  for (const i of indices) [low, high] = [Math.min(low, i), Math.max(high, i)];
  return indices.size >= minVariants && high - low + 1 === indices.size;
}

/**
 * The line with its index replaced by `#`, when every identifier's number on it is the same one
 * (`val a3: T3`, `callsInPlace(action3, …)`): a template written for index 3. Undefined for a line
 * with no such number, or with several (`n3 = f9[21]`, `block(a1, a2, a3)`: hand-written).
 */
function indexTemplate(line: string): { template: string; index: number } | undefined {
  const numbers = line.match(INDEX);
  if (!numbers || numbers.length > MAX_INDICES || numbers.some((n) => n !== numbers[0])) return undefined;
  return { template: withoutIndices(line), index: Number(numbers[0]) };
}

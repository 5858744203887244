/**
 * Where a Rust function's `impl` block and attributes are, read off the lines: the block a method
 * sits in is the nearest line above it indented less (rustfmt's layout), and an item's attributes
 * are the `#[…]` and comment lines right above it.
 */

/** How far above a method its `impl` header may be looked for: a short window keeps this linear enough. */
const MAX_IMPL_LOOKBACK = 400;

const indent = (l: string) => /^\s*/.exec(l)![0].length;

/** The line (1-based) of an attribute matching `re` among those right above the item at `at`, if any. */
export function attributeAbove(lines: string[], at: number, re: RegExp): number | undefined {
  for (let i = at - 2; i >= 0 && /^\s*(#\[|\/\/)/.test(lines[i]); i--) if (re.test(lines[i])) return i + 1;
  return undefined;
}

/** The line (1-based) of the `impl` header of the block that holds the function at `start`, if it sits in one. */
export function enclosingImpl(lines: string[], start: number): number | undefined {
  const own = indent(lines[start - 1] ?? "");
  for (let i = start - 2; i >= Math.max(0, start - 1 - MAX_IMPL_LOOKBACK); i--) {
    const line = lines[i];
    if (line.trim() === "" || indent(line) >= own) continue;
    return /^\s*impl\b/.test(line) ? i + 1 : undefined;
  }
  return undefined;
}

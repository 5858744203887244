/**
 * Rust tables whose tests a macro writes: `macro_rules! standard_headers` expands each entry into
 * the constant and into `#[test]` functions that parse every entry back. A change that adds
 * entries to such a table adds their tests with them, in the same file.
 */

const MACRO_DEFINITION = /^\s*(?:#\[macro_export\]\s*)?macro_rules!\s*(\w+)\s*\{/;
const CLOSING: Record<string, string> = { "{": "}", "(": ")", "[": "]" };

/** The index of the line that closes the bracket `open` first found on line `i` (strings and comments read loosely). */
export function closingLine(lines: string[], i: number, open: string): number {
  const close = CLOSING[open];
  let depth = 0;
  let opened = false;
  for (let j = i; j < lines.length; j++) {
    for (const ch of lines[j].replace(/\/\/.*$/, "")) {
      if (ch === open) (depth++, (opened = true));
      else if (ch === close) depth--;
    }
    if (opened && depth <= 0) return j;
  }
  return lines.length - 1;
}

/** The name of the test-generating macro whose invocation holds one of `changed` (1-based lines), if any. */
export function testGeneratingMacroExtended(text: string, changed: number[]): string | undefined {
  const lines = text.split("\n");
  const generators = new Set<string>();
  const definitions: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MACRO_DEFINITION.exec(lines[i]);
    if (!m) continue;
    const end = closingLine(lines, i, "{");
    definitions.push([i, end]);
    if (lines.slice(i, end + 1).some((l) => /#\[test\]/.test(l))) generators.add(m[1]);
    i = end;
  }
  if (generators.size === 0) return undefined;
  const inDefinition = (i: number) => definitions.some(([a, b]) => i >= a && i <= b);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(\w+)!\s*([{([])/.exec(lines[i]);
    if (!m || !generators.has(m[1]) || inDefinition(i)) continue;
    const end = closingLine(lines, i, m[2]);
    if (changed.some((line) => line - 1 > i && line - 1 < end)) return m[1];
    i = end;
  }
  return undefined;
}

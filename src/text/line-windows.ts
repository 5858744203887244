/**
 * Runs a backtracking regular expression over a hostile line in bounded windows, so its cost is
 * linear in the line's length whatever the pattern's worst case (#9: one 400 KB line made a
 * quadratic pattern hold the event loop for 36 s).
 *
 * The line is cut into steps of STEP characters. Each step is searched in a slice that adds
 * CONTEXT characters before it (so lookbehind still sees what precedes a match) and OVERLAP
 * after it (so a match that starts near the end of a step is whole). A match is taken from the
 * step it starts in, so no match is reported twice. This is exact for every match no longer than
 * OVERLAP and every lookbehind no longer than CONTEXT; the patterns given here are written so
 * (bounded quantifiers). The worst case is (STEP + CONTEXT + OVERLAP)² work per step: a constant.
 */
export const WINDOW = { STEP: 4096, CONTEXT: 64, OVERLAP: 1024 } as const;

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "g");
    globalCopies.set(re, g);
  }
  return g;
}

/** Like `re.exec(text)` (the first match, its index in `text`), in bounded windows. */
export function execInWindows(re: RegExp, text: string): RegExpExecArray | null {
  const g = globalCopy(re);
  const { STEP, CONTEXT, OVERLAP } = WINDOW;
  if (text.length <= STEP + OVERLAP) {
    g.lastIndex = 0;
    return g.exec(text);
  }
  for (let start = 0; start < text.length; start += STEP) {
    const from = Math.max(0, start - CONTEXT);
    const slice = text.slice(from, start + STEP + OVERLAP);
    g.lastIndex = start - from;
    const m = g.exec(slice);
    if (m && m.index < start - from + STEP) {
      m.index += from;
      return m;
    }
  }
  return null;
}

/** Like `re.test(text)`, in bounded windows. */
export function testInWindows(re: RegExp, text: string): boolean {
  return execInWindows(re, text) !== null;
}

/**
 * The start of a line, for patterns that are about how a line begins (an import, a marker in a
 * file's header): they never need more than this, and never see more.
 */
export function lineHead(text: string, max = 1024): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** How many lines a text has (a last line without its line break counts), without splitting it. */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * The base line an added line replaced in place: the one base line whose neighbours are the added
 * line's neighbours at head (a one-line hunk: `-old` / `+new` between the same context lines). A
 * rewrite too different for token similarity (an array literal turned into named arguments, a
 * deprecated mock call replaced by a builder chain) is still an edit of that line.
 */
export function replacedLines(head: string, base: string): (line: number) => string | undefined {
  const byNeighbours: Array<Map<string, string | null>> = [];
  const headLines = head.split("\n");
  return (line) => {
    // One neighbour each side, or two where one says too little to place the line (`{` above, `}` below).
    for (const span of SPANS) {
      const key = neighbours(headLines, line - 1, span);
      if (key === undefined) continue;
      byNeighbours[span] ??= index(base.split("\n"), span);
      return byNeighbours[span].get(key) ?? undefined;
    }
    return undefined;
  };
}

const SPANS = [1, 2];

/** Base lines by their neighbours; null where two base lines share them (no telling which was replaced). */
function index(lines: string[], span: number): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (let i = span; i + span < lines.length; i++) {
    const key = neighbours(lines, i, span);
    if (key !== undefined) out.set(key, out.has(key) ? null : lines[i]);
  }
  return out;
}

/** Neighbours distinctive enough to place a line: together they say something (not just `{` and a blank). */
const DISTINCTIVE = 12;

/** The `span` lines above and below line `i` (0-based), trimmed, as one key; undefined at the file's edges or when too bland. */
function neighbours(lines: string[], i: number, span: number): string | undefined {
  if (i - span < 0 || i + span >= lines.length) return undefined;
  const above = lines.slice(i - span, i).map((l) => l.trim());
  const below = lines.slice(i + 1, i + 1 + span).map((l) => l.trim());
  const said = [...above, ...below].reduce((n, l) => n + l.length, 0);
  return said >= DISTINCTIVE && above.some((l) => l !== "") && below.some((l) => l !== "") ? `${above.join("\n")}\u0000${below.join("\n")}` : undefined;
}

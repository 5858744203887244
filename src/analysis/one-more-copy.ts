import { indentWidth } from "../text/indent-width.js";
import { literalsOut } from "../text/literals-out.js";

/** Old copies of the new block's shape, at least, for the block to be one more of a pattern the function set. */
const OLD_COPIES = 2;
/** Share of the new block's lines, at least, an old copy holds in the same order (names aside). */
const LIKENESS = 0.8;
/** Lines of code a block holds, at least, to be compared: a shorter one has no shape to repeat. */
const MIN_LINES = 4;
/**
 * Share of the block's lines, at least, that differ in shape from one another: a block with a shape
 * of its own. A run of like statements (`x = x + a`, `x = x + b`) is alike everything around it,
 * and is no template.
 */
const DISTINCT_SHARE = 0.5;
/** Lines of code compared at most, and old starting points tried at most: the scan's cost stays bounded. */
const MAX_LINES = 200;
const MAX_STARTS = 64;

/** Words a line's shape keeps: the statements' keywords. Every other name reads as `x`. */
const KEYWORDS = new Set(
  "if else elif for foreach while do return new try catch finally throw throws switch case default break continue match let fn def val var const await async yield in of is not and or with function func lambda when".split(
    " ",
  ),
);

/** A line's shape: strings and numbers emptied, names other than keywords as `x`, spaces out. */
function shapeOf(text: string): string {
  return literalsOut(text)
    .replace(/[\p{L}_$][\p{L}\p{N}_$]*/gu, (word) => (KEYWORDS.has(word) ? word : "x"))
    .replace(/\s+/g, "");
}

interface Line {
  line: number;
  shape: string;
  indent: number;
  exit: boolean;
}

/** A jump out of the block: what makes a copy an exclusive case rather than a step that falls through. */
const EXIT = /^\s*(?:\}\s*)?(?:return|throw|raise|continue|break|goto|yield)\b/;
const exits = (lines: Line[]) => lines.some((l) => l.exit);

/** Length of the longest common subsequence of two shape lists (at most MAX_LINES each). */
function commonInOrder(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) next[j + 1] = x === b[j] ? row[j] + 1 : Math.max(row[j + 1], next[j]);
    row = next;
  }
  return row[b.length];
}

/**
 * A block of new code that is one more copy of a pattern the function already repeats: two or
 * more stretches of its old code, at the block's indentation and starting as it does, hold at
 * least 80% of the block's lines in the same order once names, strings and numbers are set aside,
 * and the block has a shape of its own (see DISTINCT_SHARE).
 * resilience4j's `onStart` gained a bulkhead block written exactly as its circuit-breaker,
 * rate-limiter and retry blocks (judged "not worth saying", set 18: "extracting only the new one
 * would be inconsistent"). The remark, if any, is about the pattern, which was there before.
 * One old copy is not a pattern: a block that repeats the setup code above it once (jline's
 * `redrawNeeded` block, agreed) is duplication the change brings, and is still said; so is a
 * block the change writes twice, whose copies are both new. `fresh` holds the lines of new code.
 */
export function oneMoreCopy(
  code: (line: number) => string,
  fn: { start: number; end: number },
  span: { start: number; end: number },
  fresh: Set<number>,
): boolean {
  const lines: Line[] = [];
  for (let l = fn.start + 1; l <= fn.end; l++) {
    const text = code(l);
    if (text !== "") lines.push({ line: l, shape: shapeOf(text), indent: indentWidth(text), exit: EXIT.test(text) });
  }
  const block = lines.filter((l) => l.line >= span.start && l.line <= span.end);
  if (block.length < MIN_LINES || block.length > MAX_LINES) return false;
  const shapes = block.map((l) => l.shape);
  if (new Set(shapes).size < DISTINCT_SHARE * shapes.length) return false;
  // An old copy may be a third longer (a longer builder chain) and must be old code, outside the block.
  const width = Math.ceil((block.length * 4) / 3);
  let copies = 0;
  let starts = 0;
  let free = 0;
  for (let i = 0; i < lines.length && starts < MAX_STARTS; i++) {
    const first = lines[i];
    if (i < free || first.shape !== block[0].shape || first.indent !== block[0].indent || fresh.has(first.line)) continue;
    if (first.line >= span.start && first.line <= span.end) continue;
    starts++;
    const window = lines.slice(i, i + width).filter((l) => (l.line < span.start || l.line > span.end) && !fresh.has(l.line));
    const alike = commonInOrder(
      shapes,
      window.map((l) => l.shape),
    );
    // A copy that falls through where the old ones exit (or the other way round) is another path, not one more of them.
    if (alike < LIKENESS * block.length || exits(block) !== exits(window)) continue;
    copies++;
    // Copies do not overlap: the next one starts after this one's lines.
    free = i + block.length;
    if (copies >= OLD_COPIES) return true;
  }
  return false;
}

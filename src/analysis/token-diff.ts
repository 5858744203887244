/**
 * Code compared token by token, so that what a formatter does (re-wrapping, re-indenting, quotes,
 * trailing commas, semicolons) is not a change: a line only re-wrapped holds no new token.
 */

/** Identifiers, numbers, strings (quotes evened out) and single punctuation marks. */
const TOKEN = /[\p{L}_$][\p{L}\p{N}_$]*|\d[\w.]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`|\S/gu;

export interface LineTokens {
  line: number;
  tokens: string[];
}

/** Each line's tokens; what formatters add or drop (`;`, a comma before a closing bracket) left out. */
export function tokenize(lines: Array<{ line: number; code: string }>): LineTokens[] {
  const out: LineTokens[] = [];
  let last: string[] | undefined;
  for (const { line, code } of lines) {
    const tokens = lineTokens(code, last);
    out.push({ line, tokens });
    if (tokens.length > 0) last = tokens;
  }
  return out;
}

/** One line's tokens; a closing bracket at its start drops the trailing comma of `previous`. */
function lineTokens(code: string, previous: string[] | undefined): string[] {
  const tokens: string[] = [];
  for (const m of code.matchAll(TOKEN)) {
    let t = m[0];
    if (t === ";") continue;
    if (/^[)\]}]$/.test(t)) dropTrailingComma(tokens.length > 0 ? tokens : previous);
    if (t[0] === "'" || t[0] === "`") t = `"${t.slice(1, -1)}"`;
    tokens.push(t);
  }
  return tokens;
}

function dropTrailingComma(tokens: string[] | undefined): void {
  if (tokens && tokens[tokens.length - 1] === ",") tokens.pop();
}

/** Above this many cells the middle of two sequences is compared as multisets instead (still linear). */
const MAX_CELLS = 4_000_000;

/** The middle of two sequences once their common ends are trimmed: `base[lo, hiB)` against `head[lo, hiH)`. */
interface Middle {
  lo: number;
  hiB: number;
  hiH: number;
}

/**
 * For each token of `head`, whether it is inserted: not in a longest common subsequence with
 * `base`. Common ends are trimmed first, so an edit inside a long function costs little.
 */
export function insertedTokens(base: string[], head: string[]): boolean[] {
  const out = new Array<boolean>(head.length).fill(false);
  const mid = trimCommonEnds(base, head);
  const n = mid.hiB - mid.lo;
  const m = mid.hiH - mid.lo;
  if (m === 0) return out;
  if (n === 0 || n * m > MAX_CELLS) markByCount(base, head, mid, out);
  else markByAlignment(base, head, mid, out);
  return out;
}

function trimCommonEnds(base: string[], head: string[]): Middle {
  let lo = 0;
  while (lo < base.length && lo < head.length && base[lo] === head[lo]) lo++;
  let hiB = base.length;
  let hiH = head.length;
  while (hiB > lo && hiH > lo && base[hiB - 1] === head[hiH - 1]) {
    hiB--;
    hiH--;
  }
  return { lo, hiB, hiH };
}

/** Too large to align: a token is inserted when head has more of it than base. */
function markByCount(base: string[], head: string[], { lo, hiB, hiH }: Middle, out: boolean[]): void {
  const left = new Map<string, number>();
  for (let i = lo; i < hiB; i++) left.set(base[i], (left.get(base[i]) ?? 0) + 1);
  for (let j = lo; j < hiH; j++) {
    const k = left.get(head[j]) ?? 0;
    if (k > 0) left.set(head[j], k - 1);
    else out[j] = true;
  }
}

/** Marks the head tokens outside one longest common subsequence of the two middles. */
function markByAlignment(base: string[], head: string[], { lo, hiB, hiH }: Middle, out: boolean[]): void {
  const n = hiB - lo;
  const m = hiH - lo;
  // lcs[i][j]: common subsequence length of base[lo+i..] and head[lo+j..], rows of m + 1.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        base[lo + i] === head[lo + j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && base[lo + i] === head[lo + j]) {
      i++;
      j++;
    } else if (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) i++;
    else out[lo + j++] = true;
  }
}

/** Jaccard similarity of two token sets: how much of the same vocabulary two bodies use. */
export function tokenSetSimilarity(a: Iterable<string>, b: Iterable<string>): number {
  // Sets are read as they are: a caller comparing one body with many builds each set once.
  const x = a instanceof Set ? a : new Set(a);
  const y = b instanceof Set ? b : new Set(b);
  if (x.size === 0 && y.size === 0) return 1;
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / (x.size + y.size - both);
}

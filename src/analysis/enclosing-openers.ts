/** A line that opens a block around another line: its number (1-based) and text. */
export interface Opener {
  line: number;
  text: string;
}

const indent = (l: string) => /^\s*/.exec(l)![0].length;

/**
 * The lines that open the blocks enclosing line `line` (1-based) of `head`, by indentation,
 * innermost first, at most `reach` lines up: the `if debug:` around a print, the class and the
 * function around a commented-out line. Indentation is what every language here shares, braces or not.
 */
export function enclosingOpeners(head: string[], line: number, reach = 200): Opener[] {
  let want = indent(head[line - 1] ?? "");
  const out: Opener[] = [];
  for (let i = line - 2; i >= 0 && i >= line - reach && want > 0; i--) {
    const l = head[i];
    if (l.trim() === "" || indent(l) >= want) continue;
    out.push({ line: i + 1, text: l });
    want = indent(l);
  }
  return out;
}

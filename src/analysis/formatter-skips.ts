/**
 * Lines a formatter was told to leave as written: the node under `// prettier-ignore` (or
 * `#[rustfmt::skip]`), a `# fmt: off` … `# fmt: on` region, a line ending in `# fmt: skip`. Their
 * length is the author's deliberate choice against the formatter's width (set 5: immer's one-line
 * conditional types under `// prettier-ignore`, judged wrong when flagged against printWidth).
 * Line numbers are 1-based, in the file's text at head.
 */
export function formatterSkippedLines(text: string): Set<number> {
  const lines = text.split("\n");
  const out = new Set<number>();
  let off = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FMT_ON.test(line)) off = false;
    if (off || FMT_OFF.test(line)) {
      off = true;
      out.add(i + 1);
      continue;
    }
    if (FMT_SKIP.test(line)) out.add(i + 1);
    if (NEXT_NODE.test(line)) for (const n of nextNode(lines, i)) out.add(n + 1);
  }
  return out;
}

// The directive on a line of its own (or in JSX braces), for the node that follows it.
const NEXT_NODE =
  /^\s{0,200}(?:\/\/\s{0,4}prettier-ignore\b|\/\*\s{0,4}prettier-ignore\s{0,4}\*\/\s{0,4}$|\{\s{0,4}\/\*\s{0,4}prettier-ignore|#\[rustfmt::skip\b|<!--\s{0,4}prettier-ignore\s{0,4}-->)/;
const FMT_OFF = /^\s{0,200}#\s{0,4}fmt:\s{0,4}off\b|^\s{0,200}\/\/\s{0,4}@formatter:off\b/;
const FMT_ON = /^\s{0,200}#\s{0,4}fmt:\s{0,4}on\b|^\s{0,200}\/\/\s{0,4}@formatter:on\b/;
const FMT_SKIP = /#\s{0,4}fmt:\s{0,4}skip\b/;

/** How far a node under a directive is followed: a directive never covers a whole file. */
const MAX_NODE_LINES = 400;

/**
 * The lines (0-based) of the node after a directive on line `at`: its first non-blank line, then
 * while its brackets are open or the lines are indented deeper than it (a type's continuation).
 */
function nextNode(lines: string[], at: number): number[] {
  let start = at + 1;
  // Further attributes or directives stacked above the node belong to it.
  while (start < lines.length && (lines[start].trim() === "" || /^\s*(#\[|\/\/\s*prettier-ignore|@)/.test(lines[start]))) start++;
  if (start >= lines.length) return [];
  const indent = indentOf(lines[start]);
  const out = [start];
  let depth = balance(lines[start]);
  for (let j = start + 1; j < lines.length && j <= start + MAX_NODE_LINES; j++) {
    const deeper = lines[j].trim() !== "" && indentOf(lines[j]) > indent;
    if (depth <= 0 && !deeper) break;
    out.push(j);
    depth += balance(lines[j]);
  }
  return out;
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** Opening minus closing brackets, outside strings and line comments: one pass, so a hostile line costs no more than its length. */
function balance(line: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "/" && line[i + 1] === "/") break;
    else if (ch === "{" || ch === "(" || ch === "[") depth++;
    else if (ch === "}" || ch === ")" || ch === "]") depth--;
  }
  return depth;
}

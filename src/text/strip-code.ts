/**
 * Removes Markdown code (fenced blocks and inline code spans) from PR text and commit messages,
 * replacing each with a space, so references inside code are not references.
 *
 * Hand-written scanners, not regular expressions: the backtracking patterns these replace took
 * cubic time on a run of backticks (8,000 backticks in a commit message: 150 s on the event
 * loop, #9). Both passes here visit each character a bounded number of times.
 */
export function stripMarkdownCode(text: string): string {
  // A code span never crosses a paragraph break: a lone backtick in a commit's subject and another
  // in its body are plain text (probot's "Remove grave accents (`) from header texts (#1493)", #11).
  // Most commit messages hold no backtick: only a ~~~ fence can be stripped then, and splitting
  // them into paragraphs to join them back unchanged was a third of reading 6,000 messages (#13).
  if (!text.includes("`")) return stripFences(text);
  return stripFences(text)
    .split(/(\n[ \t]*\n)/)
    .map((part, i) => (i % 2 === 0 ? stripInlineCode(part) : part))
    .join("");
}

/**
 * A line starting with ``` or ~~~ (3 or more) opens a fence that runs to a line starting with
 * the same fence, or to the end of the text.
 */
export function stripFences(text: string): string {
  if (!text.includes("```") && !text.includes("~~~")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    if (fence === undefined) {
      const open = fenceOf(line);
      if (open) fence = open;
      else out.push(line);
    } else if (line.startsWith(fence)) {
      fence = undefined;
      out.push(" ");
    }
  }
  if (fence !== undefined) out.push(" ");
  return out.join("\n");
}

function fenceOf(line: string): string | undefined {
  const ch = line[0];
  if (ch !== "`" && ch !== "~") return undefined;
  let n = 0;
  while (line[n] === ch) n++;
  return n >= 3 ? ch.repeat(n) : undefined;
}

/**
 * CommonMark code spans: a run of N backticks opens a span that the next run of exactly N
 * backticks closes; an opener with no closer is plain text. Runs are indexed by length once, and
 * each length's pointer only moves forward, so the scan is linear in the text.
 */
export function stripInlineCode(text: string): string {
  if (!text.includes("`")) return text;
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < text.length;) {
    if (text[i] !== "`") {
      i++;
      continue;
    }
    const start = i;
    while (text[i] === "`") i++;
    runs.push({ start, length: i - start });
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.length) ?? [];
    list.push(k);
    byLength.set(r.length, list);
  });
  const cursor = new Map<number, number>();
  let out = "";
  let copied = 0;
  for (let k = 0; k < runs.length;) {
    const closer = nextRunOfLength(byLength.get(runs[k].length)!, cursor, runs[k].length, k);
    // A span needs content: two adjacent runs of the same length are text, as the old pattern had it.
    if (closer === undefined || runs[closer].start === runs[k].start + runs[k].length) {
      k++;
      continue;
    }
    out += text.slice(copied, runs[k].start) + " ";
    copied = runs[closer].start + runs[closer].length;
    k = closer + 1;
  }
  return out + text.slice(copied);
}

/** The first run after `k` with the given length; the pointer per length never moves back. */
function nextRunOfLength(list: number[], cursor: Map<number, number>, length: number, k: number): number | undefined {
  let p = cursor.get(length) ?? 0;
  while (p < list.length && list[p] <= k) p++;
  cursor.set(length, p);
  return p < list.length ? list[p] : undefined;
}

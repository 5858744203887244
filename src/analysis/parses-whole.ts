/**
 * Whether the syntax layer certainly analyses a text rather than refusing it. A refusal (too
 * large, minified, nested too deep: parse-file.ts, walk.ts) is a gap the review reports, so a
 * rule may skip parsing a file it can judge from the text alone only when there is no such gap to
 * lose. (A parse that runs out of time is not ruled out: that gap depends on the machine's load.)
 */
export function parsesWhole(text: string): boolean {
  return text.length <= MAX_CHARS && !mayNestDeep(text);
}

/** Past this size a text may be refused as minified (parse-file.ts: over 10,000 characters). */
const MAX_CHARS = 10_000;

/**
 * Openers of a frame (a block, a function, a lambda) the walk counts. Fewer of them in the whole
 * text than its limit (walk.ts MAX_FRAMES, 1,000) means the walk cannot refuse the file as nested
 * too deep, nor the parser as bracketed too deep (parse-file.ts MAX_BRACKET_DEPTH, 1,000).
 */
const FRAME_OPENERS = /[([{:]|=>|->/g;
const MAX_OPENERS = 900;

function mayNestDeep(text: string): boolean {
  let n = 0;
  FRAME_OPENERS.lastIndex = 0;
  while (FRAME_OPENERS.exec(text)) if (++n > MAX_OPENERS) return true;
  return false;
}

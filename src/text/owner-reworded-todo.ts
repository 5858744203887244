/**
 * A TODO its owner reworded as it moved (#11): google-java-format 57572c3b4e rewrote a test's expected
 * output from a string array to a text block, and `// TODO(cpovirk): Ideally we would probably eliminate
 * this.` (inline in the array) became `// TODO(cpovirk): Ideally we would probably eliminate the blank line
 * before the second @param.` over the block (set 20, judged wrong: "not new … only moved and reworded").
 * The owner's tag and nearly every word of the old TODO are kept; the words added say what "this" was.
 *
 * The owner must be the same and named in both: an untagged TODO gets no leniency here (old-todos.ts
 * judges it by its words alone), and a base TODO of a few words ("TODO(bob): fix") matches too much.
 */

// The owner a TODO names in parentheses right after its marker: `TODO(cpovirk)`, `FIXME(@alice)`.
const OWNER = /^(?:todo|fixme|xxx|hack)\s*\(\s*@?([\w.-]{2,40})\s*\)/i;
/** Words the base TODO must have besides its marker and owner: fewer say too little to be matched. */
const MIN_WORDS = 4;
/** The share of the base TODO's words the new one keeps. */
const KEPT = 0.85;

/** The owner a TODO's text (from its marker on) names, lowercased, if any. */
export function todoOwner(todo: string): string | undefined {
  return OWNER.exec(todo.trim())?.[1].toLowerCase();
}

/**
 * Whether a TODO (its words, and its owner) is a base TODO of the same owner reworded: it keeps KEPT of that
 * TODO's words, and that TODO had MIN_WORDS words or more besides its marker and owner.
 */
export function rewordedByOwner(mine: Set<string>, owner: string | undefined, base: { line: Set<string>; owner?: string }): boolean {
  if (owner === undefined || base.owner !== owner || base.line.size < MIN_WORDS + 2) return false;
  let kept = 0;
  for (const w of base.line) if (mine.has(w)) kept++;
  return kept / base.line.size >= KEPT;
}

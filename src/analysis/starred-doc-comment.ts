// A line of a block comment told by its text alone: it starts with the `*` of a starred doc comment (KDoc, Javadoc,
// JSDoc) and the `*` lines above it lead up to the comment's opener. The parser is not enough: Kotlin's block comments
// nest (a KDoc sample holding `/** Do something with A */`, arrow-kt 8389426676's Resource.kt), and the grammar, which
// does not nest them, then loses the whole comment, whose sample `println("Release $exitCase")` looked like code.

// A continuation line of a starred comment: `*` then white space or the line's end (not `*/`, not `**`).
const STARRED = /^\s*\*(?:\s|$)/;
// The comment's first line: `/**` or `/*`, alone or followed by text.
const OPENER = /^\s*\/\*/;
/** Lines scanned up from the line: a doc comment longer than this is read as code (the cost of a line stays bounded). */
const REACH = 200;

/** Whether the (1-based) line continues a starred block comment opened above it, by its text. */
export function inStarredComment(head: readonly string[], line: number): boolean {
  if (!STARRED.test(head[line - 1] ?? "")) return false;
  for (let i = line - 2; i >= 0 && i >= line - 1 - REACH; i--) {
    const l = head[i];
    if (OPENER.test(l)) return true;
    // A `*/` alone closes the comment: the line is below it, so not in it (a nested comment's `*/` follows text).
    if (!STARRED.test(l) || /^\s*\*\//.test(l)) return false;
  }
  return false;
}

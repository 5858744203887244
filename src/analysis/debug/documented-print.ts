/**
 * A function whose own doc says printing is what it does: hyperframe's `Frame.explain(data)`, "Takes a bytestring and
 * tries to parse a single frame and print it. This function is only provided for debugging purposes." (fa0f8bb812, its
 * `print(frame)` judged *wrong* as a leftover on set 47). A debugging aid offered on purpose prints as its job.
 */

// "… and print it", "Prints the tree", "print them to stdout", "writes it to the console".
const SAYS_IT_PRINTS =
  /\b(?:print(?:s|ed)?|pretty[- ]?prints?)\s+(?:it|them|out|the\s+\w+|a\s+\w+|an\s+\w+|this|each|every|all)\b|\b(?:print(?:s|ed)?|writes?|outputs?)\b[^.\n]{0,40}\b(?:stdout|standard\s+output|the\s+console|the\s+terminal)\b/i;
/** Lines of a doc read, at most: a docstring's opening paragraphs, or the comment block over the declaration. */
const DOC_LINES = 12;
const COMMENT = /^\s*(?:\/\/\/?|#|\/?\*+|--)/;
const DOCSTRING_OPEN = /^\s*[rRuU]?("""|''')/;

/** Whether the doc of the function declared at `start` (1-based, `head` the file's lines) says it prints. */
export function documentedToPrint(head: readonly string[], start: number): boolean {
  return SAYS_IT_PRINTS.test(docOf(head, start));
}

function docOf(head: readonly string[], start: number): string {
  const out: string[] = [];
  // A docstring under the declaration (its signature may run over a few lines).
  for (let i = start; i < Math.min(head.length, start + 4); i++) {
    const quote = DOCSTRING_OPEN.exec(head[i] ?? "")?.[1];
    if (!quote) continue;
    for (let j = i; j < Math.min(head.length, i + DOC_LINES); j++) {
      out.push(head[j].slice(0, 300));
      if (j > i && head[j].includes(quote)) break;
    }
    return out.join("\n");
  }
  // A comment block over it.
  for (let i = start - 2; i >= Math.max(0, start - 1 - DOC_LINES) && COMMENT.test(head[i] ?? ""); i--) out.unshift(head[i].slice(0, 300));
  return out.join("\n");
}

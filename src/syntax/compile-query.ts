import { Query, type Language } from "web-tree-sitter";

/** What web-tree-sitter throws for a pattern the grammar cannot match (its QueryError class is not exported). */
const PATTERN_STRUCTURE = 5;
function impossiblePatternAt(err: unknown): number | undefined {
  const e = err as { name?: string; kind?: number; index?: number };
  return e?.name === "QueryError" && e.kind === PATTERN_STRUCTURE && typeof e.index === "number" ? e.index : undefined;
}

/**
 * One query of all the patterns. A parent/token pair the grammar cannot produce (Java's `case`
 * under a binary expression) makes the whole query fail at that pattern's offset: it is dropped
 * and the rest compiled again. Compiling a query analyses the grammar, so one compile of every
 * pattern (plus one per impossible pair) costs a fraction of compiling each pattern on its own.
 */
export function compileQuery(language: Language, head: string[], optional: string[], tail: string[]): Query {
  let kept = optional;
  for (;;) {
    const patterns = [...head, ...kept, ...tail];
    try {
      return new Query(language, patterns.join("\n"));
    } catch (err) {
      const at = impossiblePatternAt(err);
      const dropped = at === undefined ? -1 : patternAt(patterns, at) - head.length;
      if (dropped < 0 || dropped >= kept.length) throw err;
      kept = kept.filter((_, i) => i !== dropped);
    }
  }
}

/** Which of the patterns, joined by newlines, holds the character at `offset`. */
function patternAt(patterns: string[], offset: number): number {
  let end = 0;
  for (let i = 0; i < patterns.length; i++) {
    end += patterns[i].length + 1;
    if (offset < end) return i;
  }
  return patterns.length - 1;
}

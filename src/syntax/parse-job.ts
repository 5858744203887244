import type { HunkRange } from "../model/change.js";
import type { Parsed } from "./facts-cache.js";
import type { LanguageId } from "./facts.js";
import { parseText, parseTextPair } from "./parse-file.js";

/**
 * One file's texts to parse, at base, at head or both: plain data, so the same job runs in this
 * thread or in a parse worker (parse-pool.ts) and gives the same facts either way.
 */
export interface ParseJob {
  id: number;
  language: LanguageId;
  base?: string;
  head?: string;
  /** The diff's hunks (new side), when both texts are given: the head is parsed from the base's tree. */
  hunks?: HunkRange[];
}

export interface ParseResult {
  id: number;
  base?: Parsed;
  head?: Parsed;
}

/** Both sides as change-facts.ts parses them: a pair incrementally (parseTextPair), a lone side on its own. */
export function runParseJob(job: ParseJob): ParseResult {
  const { id, language, base, head } = job;
  if (base !== undefined && head !== undefined) {
    const [atBase, atHead] = parseTextPair(language, base, head, job.hunks ?? []);
    return { id, base: atBase, head: atHead };
  }
  const result: ParseResult = { id };
  if (base !== undefined) result.base = parseText(language, base);
  if (head !== undefined) result.head = parseText(language, head);
  return result;
}

/** What a job costs, roughly: the characters it parses. The pool starts with the largest. */
export function jobSize(job: Pick<ParseJob, "base" | "head">): number {
  return (job.base?.length ?? 0) + (job.head?.length ?? 0);
}

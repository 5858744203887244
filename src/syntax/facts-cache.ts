import { createHash } from "node:crypto";
import type { FileFacts, LanguageId, NotAnalysed } from "./facts.js";

/**
 * Facts by content, shared by every review in the process: the same blob is parsed once. A
 * history walk reads each file's text at head of commit N and again at base of commit N+1; the
 * App re-reviews a pull request's unchanged base texts on every push. Keyed by a SHA-256 of the
 * language and the text (a text is hostile input: a weaker hash would let one crafted file give
 * its facts to another), so the cache holds no file text. Bounded by an estimate of the facts'
 * memory, least recently used first out.
 */
export type Parsed = FileFacts | NotAnalysed;

/** Facts estimated at this many bytes each; comment texts are counted by their length. */
const BYTES_PER_FACT = 160;
const BYTES_PER_ENTRY = 256;

export class FactsCache {
  private readonly entries = new Map<string, { parsed: Parsed; bytes: number }>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The facts of `text` in `language`, parsed by `parse` only when no review parsed the same text before. */
  get(language: LanguageId, text: string, parse: () => Parsed): Parsed {
    const { key, parsed } = this.lookup(language, text);
    if (parsed) return parsed;
    const fresh = parse();
    this.store(key, fresh);
    return fresh;
  }

  /** The facts cached for `text`, if any, and the key to store them under once parsed (a miss). */
  lookup(language: LanguageId, text: string): { key: string; parsed?: Parsed } {
    const key = keyOf(language, text);
    const found = this.entries.get(key);
    if (!found) {
      this.misses++;
      return { key };
    }
    // Most recently used last: Map keeps insertion order, so the first key is the eviction candidate.
    this.entries.delete(key);
    this.entries.set(key, found);
    this.hits++;
    return { key, parsed: found.parsed };
  }

  /** Keeps facts under a key from lookup. */
  store(key: string, parsed: Parsed): void {
    const bytes = weight(parsed);
    if (bytes > this.maxBytes || this.entries.has(key)) return;
    this.entries.set(key, { parsed, bytes });
    this.bytes += bytes;
    // Only when over the budget: starting an iteration skips the holes that deletes (and each
    // hit's move to the end) leave at the front of the Map, which costs as much as the Map is large.
    if (this.bytes <= this.maxBytes) return;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  /** Estimated bytes held, for the bench and tests. */
  get size(): number {
    return this.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * A text and the same text with a final newline give the same facts (a new file's head is its
 * added lines joined, without git's final newline; the next commit reads that file's blob as base).
 */
function keyOf(language: LanguageId, text: string): string {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return createHash("sha256").update(language).update("\0").update(body).digest("base64");
}

function weight(parsed: Parsed): number {
  if ("notAnalysed" in parsed) return BYTES_PER_ENTRY + parsed.notAnalysed.length * 2;
  let bytes = BYTES_PER_ENTRY;
  bytes += parsed.strings.length * BYTES_PER_FACT;
  for (const f of parsed.functions) bytes += BYTES_PER_FACT + 2 * f.name.length;
  for (const c of parsed.calls) bytes += BYTES_PER_FACT + 2 * c.callee.length;
  for (const c of parsed.comments) bytes += BYTES_PER_FACT + c.lines.reduce((n, l) => n + 2 * l.length + 16, 0);
  for (const t of parsed.tests) bytes += BYTES_PER_FACT + t.calls.reduce((n, c) => n + 2 * c.length + 16, 0);
  return bytes;
}

import { createHash } from "node:crypto";

/**
 * Compiled configs by content hash. Every webhook of a repository reads the same rules.yml;
 * compiling it (schema, globs, RE2 patterns) on each event let one repository's config take CPU
 * from every other installation on the replica (#9). A small LRU: the most recently used entries
 * stay, the oldest go once `max` is reached.
 */
export class ConfigCache<T> {
  private readonly entries = new Map<string, T>();
  hits = 0;
  misses = 0;

  constructor(private readonly max = 200) {}

  /** The cached result for `content`, or `compile()`'s (then cached). */
  get(content: string, compile: () => T): T {
    const key = createHash("sha256").update(content).digest("hex");
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = compile();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

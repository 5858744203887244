import { parseDocument, type ScalarTag } from "yaml";

/**
 * A tool's YAML config read as the tool reads it (RuboCop, detekt, golangci-lint, pre-commit), not
 * line by line: keys quoted or not, lists inline or in blocks, comments anywhere, anchors. The file
 * is the pull request's to write: it is read only up to a size, with YAML aliases bounded, and an
 * invalid one says nothing (the tool could not load it either).
 */

/** A config larger than this is not a config someone reads: no limit is stated from it. */
const MAX_CONFIG_CHARS = 256 * 1024;
const MAX_ALIASES = 100;

/** The config's value (a map, a list, a scalar), or undefined when it is too large or not valid YAML. */
export function readYamlConfig(text: string, customTags: ScalarTag[] = []): unknown {
  if (text.length > MAX_CONFIG_CHARS) return undefined;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, customTags });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
}

/** A YAML map as a record; anything else as an empty one. */
export function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** One string or a list of them; anything else is left out. */
export function strings(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === "string");
}

/** A width as a config writes it (`120`, `"120"`), when it is a sane one. */
export function widthValue(v: unknown): number | undefined {
  const n = typeof v === "string" && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n > 0 && n < 10_000 ? n : undefined;
}

const MEMO_ENTRIES = 32;

/**
 * `read` remembered per config text: the same config is read for every file of a review it
 * governs. A few texts are kept; past that the memory starts over.
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    if (seen.size >= MEMO_ENTRIES) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

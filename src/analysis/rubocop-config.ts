import { parseDocument, type ScalarTag } from "yaml";

/**
 * What a `.rubocop.yml` says about the line-length cop, read with the YAML parser the config loader
 * uses (not line by line: capybara writes `Max: 120` above `Enabled: false`, patterns come quoted
 * three ways or as `!ruby/regexp`, lists inline or in blocks). The file is the pull request's to
 * write: it is read only up to a size, with YAML aliases bounded.
 */
export interface RubocopConfig {
  cop: { max?: number; enabled?: boolean; patterns: string[] };
  /** `AllCops: Exclude` and the cop's own `Exclude`. */
  excludes: string[];
  /** `AllCops: DisabledByDefault: true`: only the cops the file enables by name run. */
  disabledByDefault: boolean;
  /** `inherit_from:` (one name or a list), at most a few. */
  inheritFrom: string[];
  inheritsGem: boolean;
}

/** A config larger than this is not a config someone reads: no limit is stated from it. */
const MAX_CONFIG_CHARS = 256 * 1024;
const MAX_INHERITED = 10;
/** The cop's name since RuboCop 0.78, and before (`Metrics/LineLength`, and plain `LineLength` from before cops had departments). */
const COP_NAMES = ["Layout/LineLength", "Metrics/LineLength", "LineLength"];

// The same config text is read for every Ruby file of a review: parsed once.
const cache = new Map<string, RubocopConfig | undefined>();
const CACHE_ENTRIES = 32;

/** The config's line-length settings, or undefined when RuboCop could not load it (invalid YAML, too large). */
export function readRubocopConfig(text: string): RubocopConfig | undefined {
  if (cache.has(text)) return cache.get(text);
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  const read = parse(text);
  cache.set(text, read);
  return read;
}

function parse(text: string): RubocopConfig | undefined {
  if (text.length > MAX_CONFIG_CHARS) return undefined;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, customTags: [RUBY_REGEXP] });
  if (doc.errors.length > 0) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  const root = record(value);
  const all = record(root.AllCops);
  const cop = record(COP_NAMES.map((n) => root[n]).find((c) => c !== undefined));
  const max = cop.Max;
  return {
    cop: {
      max: Number.isInteger(max) && (max as number) > 0 && (max as number) < 10_000 ? (max as number) : undefined,
      enabled: typeof cop.Enabled === "boolean" ? cop.Enabled : undefined,
      patterns: [...strings(cop.AllowedPatterns), ...strings(cop.IgnoredPatterns)],
    },
    excludes: [...strings(all.Exclude), ...strings(cop.Exclude)],
    disabledByDefault: all.DisabledByDefault === true,
    inheritFrom: strings(root.inherit_from).slice(0, MAX_INHERITED),
    inheritsGem: root.inherit_gem !== undefined,
  };
}

function record(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** One string or a list of them; anything else is left out. */
function strings(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === "string");
}

/** A `!ruby/regexp /\A\s*#/i` pattern: the regexp's source, its slashes and flags left out. */
const RUBY_REGEXP: ScalarTag = {
  tag: "!ruby/regexp",
  resolve: (text: string) => /^\/(.*)\/[a-z]*$/s.exec(text.trim())?.[1] ?? text,
};

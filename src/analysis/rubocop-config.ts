import type { ScalarTag } from "yaml";
import { memoByText, readYamlConfig, record, strings } from "./yaml-config.js";

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

const MAX_INHERITED = 10;
/** The cop's name since RuboCop 0.78, and before (`Metrics/LineLength`, and plain `LineLength` from before cops had departments). */
const COP_NAMES = ["Layout/LineLength", "Metrics/LineLength", "LineLength"];

/** The config's line-length settings, or undefined when RuboCop could not load it (invalid YAML, too large). Parsed once per text. */
export const readRubocopConfig = memoByText(parse);

function parse(text: string): RubocopConfig | undefined {
  const value = readYamlConfig(text, [RUBY_REGEXP]);
  if (value === undefined) return undefined;
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

/** A `!ruby/regexp /\A\s*#/i` pattern: the regexp's source, its slashes and flags left out. */
const RUBY_REGEXP: ScalarTag = {
  tag: "!ruby/regexp",
  resolve: (text: string) => /^\/(.*)\/[a-z]*$/s.exec(text.trim())?.[1] ?? text,
};

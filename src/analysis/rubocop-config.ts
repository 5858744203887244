import { Minimatch } from "minimatch";
import type { ScalarTag } from "yaml";
import { relativeTo } from "./config-folders.js";
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
export const LINE_LENGTH_COPS = ["Layout/LineLength", "Metrics/LineLength", "LineLength"];

/** The config's line-length settings, or undefined when RuboCop could not load it (invalid YAML, too large). Parsed once per text. */
export const readRubocopConfig = memoByText((text: string) => rubocopCop(text, LINE_LENGTH_COPS));

/** The config as a map, or undefined when RuboCop could not load it. Parsed once per text. */
const readRoot = memoByText((text: string) => {
  const value = readYamlConfig(text, [RUBY_REGEXP]);
  return value === undefined ? undefined : record(value);
});

/**
 * What the config says of one cop, by the first of its names it writes (`Metrics/MethodLength`;
 * `Layout/LineLength` and its older names): its `Max`, `Enabled`, patterns, and the `Exclude:`
 * globs of the cop and of `AllCops`.
 */
export function rubocopCop(text: string, names: string[]): RubocopConfig | undefined {
  const root = readRoot(text);
  if (root === undefined) return undefined;
  const all = record(root.AllCops);
  const cop = record(names.map((n) => root[n]).find((c) => c !== undefined));
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

/** What one RuboCop cop is for one file, its own settings over what it inherits. */
export interface CopSettings {
  max?: number;
  /** The config file that sets `max`. */
  maxFrom?: string;
  enabled?: boolean;
  patterns?: string[];
}

export function rubocopSettings(text: string, config: string, target: string, texts: Map<string, string>, names: string[]): CopSettings | "off" | "excluded" {
  const file = rubocopCop(text, names);
  // A config RuboCop itself could not load (invalid YAML, too large): no limit is stated.
  if (!file) return "off";
  const own = rubocopOwnSettings(file, config, target);
  if (own === "excluded") return "excluded";
  const dir = config.includes("/") ? config.slice(0, config.lastIndexOf("/") + 1) : "";
  let merged: CopSettings = {};
  for (const name of file.inheritFrom) {
    const path = dir + name.replace(/^\.\//, "");
    const parentText = texts.get(path);
    const parent = parentText === undefined ? undefined : rubocopCop(parentText, names);
    // A file that cannot be read may raise the limit or switch the cop off: only the file's own Max stands then.
    if (!parent || !/^[\w.-]{1,100}$/.test(name.replace(/^\.\//, ""))) return own.max !== undefined ? runs(own, file) : "off";
    const inherited = rubocopOwnSettings(parent, config, target, path);
    // No limit inherited (an Exclude there) is no limit, whichever file says it.
    if (inherited === "excluded") return "excluded";
    merged = { ...merged, ...inherited };
  }
  if (merged.max === undefined && own.max === undefined && file.inheritsGem) return "off";
  return runs({ ...merged, ...own }, file);
}

/** The cop's settings, or `off` where they switch it off (`Enabled: false`, or `DisabledByDefault` without `Enabled: true`). */
function runs(cop: CopSettings, file: RubocopConfig): CopSettings | "off" {
  if (cop.enabled === false) return "off";
  // `AllCops: DisabledByDefault: true` runs only the cops the file enables by name.
  if (file.disabledByDefault && cop.enabled !== true) return "off";
  return cop;
}

/** The cop's settings one config file writes (only those it writes: they override what it inherits). */
function rubocopOwnSettings(file: RubocopConfig, config: string, target: string, from = config): CopSettings | "excluded" {
  if (rubocopExcludes(file, config, target)) return "excluded";
  const { cop } = file;
  const out: CopSettings = {};
  if (cop.enabled !== undefined) out.enabled = cop.enabled;
  if (cop.max !== undefined) [out.max, out.maxFrom] = [cop.max, from];
  if (cop.patterns.length > 0) out.patterns = cop.patterns;
  return out;
}

/** Whether the cop's or AllCops' `Exclude:` globs (relative to the config's directory) match the file. */
function rubocopExcludes(file: RubocopConfig, config: string, target: string): boolean {
  const relative = relativeTo(config, target);
  return file.excludes.some((g) => {
    try {
      return new Minimatch(g.replace(/^\.\//, ""), { dot: true }).match(relative);
    } catch {
      return false;
    }
  });
}

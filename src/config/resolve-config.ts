import { presets } from "../../rules/presets/index.js";
import { rules } from "../../rules/index.js";
import type { Severity } from "../engine/rule.js";
import { DEFAULT_IGNORES } from "./default-ignores.js";
import { reviewSchema, type RawConfig, type RawRuleEntry, type ReviewSettings } from "./schema.js";

/** A rule's severity and its merged (still raw) options; the engine parses options once per distinct setting. */
export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedOverride {
  files: string[];
  excludedFiles: string[];
  rules: Record<string, Partial<RuleSetting>>;
}

export interface ResolvedConfig {
  /** Where this config came from, for messages. */
  source: string;
  ignore: string[];
  rules: Record<string, RuleSetting>;
  overrides: ResolvedOverride[];
  review: ReviewSettings;
}

/**
 * Flattens presets and the repository's own config into one. Order: rule defaults, then presets
 * (in `extends` order), then the file itself; a later layer's options merge over earlier ones,
 * so `max-line-length: failure` keeps a preset's `max`.
 */
export function resolveConfig(raw: RawConfig, source: string): ResolvedConfig {
  const layers = flattenExtends(raw, new Set());
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const [id, rule] of Object.entries(rules)) ruleSettings[id] = { severity: rule.meta.defaultSeverity, options: {} };
  const ignore = [...DEFAULT_IGNORES];
  const overrides: ResolvedOverride[] = [];
  let review: RawConfig["review"] = {};

  for (const layer of layers) {
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      if (entry === undefined) continue;
      const next = toPartialSetting(entry);
      const cur = ruleSettings[id];
      ruleSettings[id] = { severity: next.severity ?? cur.severity, options: { ...cur.options, ...next.options } };
    }
    // A loop, not push(...list): spreading 200,000 globs as arguments overflowed the stack (#9).
    for (const glob of layer.ignore ?? []) ignore.push(glob);
    for (const o of layer.overrides ?? []) {
      overrides.push({
        files: o.files,
        excludedFiles: o.excluded_files ?? [],
        rules: Object.fromEntries(
          Object.entries(o.rules)
            .filter(([, e]) => e !== undefined)
            .map(([id, e]) => [id, toPartialSetting(e as RawRuleEntry)]),
        ),
      });
    }
    review = { ...review, ...(layer.review ?? {}) };
  }
  return { source, ignore, rules: ruleSettings, overrides, review: reviewSchema.parse(review) };
}

export function toPartialSetting(entry: RawRuleEntry): Partial<RuleSetting> & { options: Record<string, unknown> } {
  if (typeof entry === "string") return { severity: entry, options: {} };
  const { severity, ...options } = entry as { severity?: Severity } & Record<string, unknown>;
  return severity ? { severity, options } : { options };
}

function flattenExtends(raw: RawConfig, seen: Set<string>): RawConfig[] {
  // No `extends` means "recommended": a config only has to say how it differs. `extends: []` opts out.
  const names = raw.extends === undefined ? ["recommended"] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  const out: RawConfig[] = [];
  for (const name of names) {
    if (seen.has(name)) continue; // presets may share a base; apply it once
    seen.add(name);
    out.push(...flattenExtends(presets[name], seen));
  }
  out.push(raw);
  return out;
}

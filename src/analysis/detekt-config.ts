import { Minimatch } from "minimatch";
import { memoByText, readYamlConfig, record, strings, widthValue } from "./yaml-config.js";

/**
 * One rule of a detekt config (`complexity: LongMethod: threshold: 90`), read with the YAML parser
 * as detekt reads it: whether it runs, its threshold, and whether its `excludes:` globs, or its rule
 * set's, leave a file out (`excludes: ['**\/test/**']`). A config that cannot be read says nothing.
 */
export interface DetektRule {
  /** `active:` of the rule, else of its rule set; undefined where neither says. */
  active?: boolean;
  threshold?: number;
  /** The rule's and its rule set's `excludes:` globs. */
  excludes: string[];
}

const MAX_GLOBS = 100;

const readDetekt = memoByText((text: string) => record(readYamlConfig(text)));

/**
 * The first of `names` (a rule and its older names: `CyclomaticComplexMethod`, `ComplexMethod`)
 * that the config writes under `ruleSet` (or at the top level, as old configs did), with the
 * first of `thresholdKeys` it sets (`threshold`, detekt 2's `allowedLines`).
 */
export function detektRule(text: string, ruleSet: string, names: string[], thresholdKeys: string[] = ["threshold"]): DetektRule | undefined {
  const root = readDetekt(text);
  const set = record(root[ruleSet]);
  const name = names.find((n) => set[n] !== undefined || root[n] !== undefined);
  // A rule set's own `excludes:` hold for its rules the config does not list.
  if (name === undefined && set.excludes === undefined) return undefined;
  const rule = name === undefined ? {} : record(set[name] ?? root[name]);
  const active = flag(rule.active) ?? flag(set.active);
  const threshold = thresholdKeys.map((k) => widthValue(rule[k])).find((v) => v !== undefined);
  const excludes = [...globs(rule.excludes), ...globs(set.excludes)].slice(0, MAX_GLOBS);
  return { ...(active !== undefined ? { active } : {}), ...(threshold !== undefined ? { threshold } : {}), excludes };
}

const flag = (v: unknown): boolean | undefined => (v === true || v === "true" ? true : v === false || v === "false" ? false : undefined);

/** `excludes:` as a list or as one comma-separated string (detekt's older form). */
const globs = (v: unknown): string[] =>
  strings(v)
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);

/** Whether one of detekt's globs matches the file: detekt matches them against the file's path, so `**\/test/**` finds any test folder. */
export function detektExcludes(excludes: string[], path: string): boolean {
  return excludes.some((glob) => {
    try {
      return new Minimatch(glob.replace(/^\.\//, ""), { dot: true }).match(path);
    } catch {
      return false;
    }
  });
}

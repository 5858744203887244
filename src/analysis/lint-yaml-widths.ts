import { memoByText, readYamlConfig, record, strings, widthValue } from "./yaml-config.js";

/**
 * The line-length settings of detekt's and golangci-lint's YAML configs, read with the YAML parser
 * (src/analysis/yaml-config.ts) as the tools read them: `enable: [lll]` inline or as a block list,
 * quoted keys, comments and anchors anywhere.
 */

export interface DetektLineLength {
  max: number;
  /** `excludeCommentStatements: true`: detekt does not measure comment lines. */
  ignoresComments: boolean;
}

/**
 * detekt's `MaxLineLength` rule (under `style:`, or at the top level of an old config): its
 * `maxLineLength` (detekt's default 120) when the config sets `active: true`. Undefined otherwise.
 */
export const detektLineLength = memoByText((text: string): DetektLineLength | undefined => {
  const root = record(readYamlConfig(text));
  const rule = record(record(root.style).MaxLineLength ?? root.MaxLineLength);
  if (rule.active !== true && rule.active !== "true") return undefined;
  return { max: widthValue(rule.maxLineLength) ?? 120, ignoresComments: rule.excludeCommentStatements === true };
});

/**
 * Whether the config switches detekt's `MaxLineLength` off (`active: false`): the team's linter was told not to
 * check the width, so an `.editorconfig` width beside it is only an editor's guide (Exposed's detekt.yml).
 */
export const detektLineLengthOff = memoByText((text: string): boolean => {
  const root = record(readYamlConfig(text));
  const rule = record(record(root.style).MaxLineLength ?? root.MaxLineLength);
  return rule.active === false || rule.active === "false";
});

export interface GolangciLll {
  /** lll runs: listed under `linters.enable`, or all linters on (v1 `enable-all: true`, v2 `default: all`) without it under `disable`. */
  enabled: boolean;
  /** `line-length` of lll's settings (v1 `linters-settings.lll`, v2 `linters.settings.lll`), if set. */
  lineLength?: number;
}

/**
 * What a golangci-lint config says of lll; undefined when it cannot be read. Only `linters:`'s own
 * keys enable it: a linter's settings have their own `enable-all`.
 */
export const golangciLll = memoByText((text: string): GolangciLll | undefined => {
  const value = readYamlConfig(text);
  if (value === undefined) return undefined;
  const root = record(value);
  const linters = record(root.linters);
  const listed = (key: string) => strings(linters[key]).map((s) => s.trim());
  const all = linters["enable-all"] === true || linters.default === "all";
  const enabled = listed("enable").includes("lll") || (all && !listed("disable").includes("lll"));
  const settings = record(record(root["linters-settings"]).lll ?? record(linters.settings).lll);
  const lineLength = widthValue(settings["line-length"]);
  return { enabled, ...(lineLength !== undefined ? { lineLength } : {}) };
});

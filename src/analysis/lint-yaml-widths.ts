import { memoByText, readYamlConfig, record, widthValue } from "./yaml-config.js";
import { golangciLinter } from "./golangci-config.js";

/**
 * The line-length settings of detekt's and golangci-lint's YAML configs, read with the YAML parser
 * (src/analysis/yaml-config.ts) as the tools read them: `enable: [lll]` inline or as a block list,
 * quoted keys, comments and anchors anywhere.
 */

export interface DetektLineLength {
  max: number;
  /** `excludeCommentStatements: true`: detekt does not measure comment lines. */
  ignoresComments: boolean;
  /** The rule set and rule that set it: `style`/`MaxLineLength`, or detekt-formatting's `formatting`/`MaximumLineLength`. */
  ruleSet: string;
  rule: string;
}

/**
 * detekt's `MaxLineLength` rule (under `style:`, or at the top level of an old config): its
 * `maxLineLength` (detekt's default 120) when the config sets `active: true`. Else the
 * detekt-formatting plugin's `MaximumLineLength` (ktlint's rule, run by detekt), which the plugin
 * runs unless told `active: false`: a config with a `formatting:` rule set listing it uses the
 * plugin (Exposed: style's MaxLineLength off, formatting's at 166). Undefined otherwise.
 */
export const detektLineLength = memoByText((text: string): DetektLineLength | undefined => {
  const root = record(readYamlConfig(text));
  const rule = record(record(root.style).MaxLineLength ?? root.MaxLineLength);
  if (rule.active === true || rule.active === "true")
    return { max: widthValue(rule.maxLineLength) ?? 120, ignoresComments: rule.excludeCommentStatements === true, ruleSet: "style", rule: "MaxLineLength" };
  const formatting = record(root.formatting);
  const ktlint = formatting.MaximumLineLength;
  if (ktlint === undefined || [record(ktlint).active, formatting.active].some((a) => a === false || a === "false")) return undefined;
  return { max: widthValue(record(ktlint).maxLineLength) ?? 120, ignoresComments: false, ruleSet: "formatting", rule: "MaximumLineLength" };
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

/** What a golangci-lint config says of lll; undefined when it cannot be read (see golangci-config.ts). */
export const golangciLll = memoByText((text: string): GolangciLll | undefined => {
  const lll = golangciLinter(text, "lll");
  if (!lll) return undefined;
  const lineLength = widthValue(lll.settings["line-length"]);
  return { enabled: lll.enabled, ...(lineLength !== undefined ? { lineLength } : {}) };
});

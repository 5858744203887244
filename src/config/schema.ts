import * as z from "zod";
import { rules, ruleIds } from "../../rules/index.js";
import { SEVERITIES } from "../engine/rule.js";
import { globOption } from "./glob-option.js";

/**
 * The rules.yml schema: the single source of truth for validation, defaults, types and the
 * JSON Schema that editors use (`npm run schema` writes schema/rules.schema.json).
 */
export const severitySchema = z.enum(SEVERITIES).describe("off | notice | warning | failure");

export const PRESET_NAMES = ["recommended", "strict"] as const;

function ruleEntry(id: string) {
  const rule = rules[id];
  const withSeverity = rule.options.extend({ severity: severitySchema.optional() }).strict();
  return z.union([severitySchema, withSeverity]).describe(`${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`);
}

export const rulesMapSchema = z
  .object(Object.fromEntries(ruleIds.map((id) => [id, ruleEntry(id).optional()])))
  .strict()
  .describe("Rule id → severity, or {severity, ...options}.");

const overrideSchema = z
  .object({
    files: z.array(globOption).min(1).describe("Globs of the paths this override applies to."),
    excluded_files: z.array(globOption).optional().describe("Globs of paths to leave out even when `files` match."),
    rules: rulesMapSchema,
  })
  .strict();

export const reviewSchema = z
  .object({
    event: z
      .enum(["COMMENT", "REQUEST_CHANGES"])
      .default("COMMENT")
      .describe("COMMENT always; REQUEST_CHANGES requests changes when a failure-level finding exists."),
    inline_comments: z.number().int().min(0).max(100).default(20).describe("At most this many inline comments per push; the rest are listed in the summary."),
    inline_per_rule: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(5)
      .describe(
        "At most this many of a push's inline comments for one rule (0: no cap), so one rule cannot take the whole budget; the rest are listed in the summary.",
      ),
    drafts: z.boolean().default(false).describe("Review draft pull requests too."),
    annotations: z
      .number()
      .int()
      .min(0)
      .max(50_000)
      .default(1000)
      .describe("At most this many annotations per check run, failures first; the summary says how many findings were not annotated."),
  })
  .strict();

const presetName = z.enum(PRESET_NAMES);

export const configSchema = z
  .object({
    extends: z
      .union([presetName, z.array(presetName)])
      .optional()
      .describe("Built-in preset(s) to start from."),
    _extends: z.string().optional().describe("Probot: inherit the config of another repository (owner/repo or repo)."),
    ignore: z
      .array(globOption)
      .optional()
      .describe("Globs of files never reviewed, added to the built-in ignores (lock files, vendored, generated, minified)."),
    rules: rulesMapSchema.optional(),
    overrides: z.array(overrideSchema).optional().describe("Change rules for some paths; later entries win."),
    review: reviewSchema.optional(),
  })
  .strict();

export type RawConfig = z.input<typeof configSchema>;
export type RawRuleEntry = NonNullable<z.input<typeof rulesMapSchema>[string]>;
export type ReviewSettings = z.output<typeof reviewSchema>;

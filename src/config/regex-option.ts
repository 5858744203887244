import { z } from "zod";
import { compileSafeRegex, explainBadRegex, type SafeRegex } from "../util/safe-regex.js";

/**
 * A rules.yml option holding a regular expression. Validated at config time (with the config
 * error's line and column) and compiled once to a linear-time matcher.
 */
export const regexOption = z
  .string()
  .superRefine((source, ctx) => {
    const problem = explainBadRegex(source);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((source): SafeRegex => compileSafeRegex(source));

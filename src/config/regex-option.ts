import { z } from "zod";
import { CONFIG_LIMITS } from "./config-limits.js";
import { compileSafeRegex, explainBadRegex, type SafeRegex } from "../util/safe-regex.js";

/**
 * A rules.yml option holding a regular expression. Validated at config time (with the config
 * error's line and column) and compiled once to a linear-time matcher.
 */
export const regexOption = z
  .string()
  .superRefine((source, ctx) => {
    // Checked before compiling: RE2 compiles in time that grows with the pattern (8 KB took 8 s, #9).
    if (source.length > CONFIG_LIMITS.patternChars) {
      ctx.addIssue({
        code: "custom",
        message: `the pattern is ${source.length} characters long; the limit is ${CONFIG_LIMITS.patternChars}. Split it or use a shorter, more general pattern`,
      });
      return;
    }
    const problem = explainBadRegex(source);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((source): SafeRegex => compileSafeRegex(source));

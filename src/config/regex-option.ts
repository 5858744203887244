import * as z from "zod";
import { CONFIG_LIMITS } from "./config-limits.js";
import { compileSafeRegex, explainBadRegex, type SafeRegex } from "../util/safe-regex.js";

/**
 * A rules.yml option holding a regular expression. Validated at config time (with the config
 * error's line and column) and compiled once, in the same step, to a linear-time matcher.
 */
export const regexOption = z.string().transform((source, ctx): SafeRegex => {
  // Checked before compiling: RE2 compiles in time that grows with the pattern (8 KB took 8 s, #9).
  if (source.length > CONFIG_LIMITS.patternChars) {
    ctx.addIssue({
      code: "custom",
      message: `the pattern is ${source.length} characters long; the limit is ${CONFIG_LIMITS.patternChars}. Split it or use a shorter, more general pattern`,
    });
    return z.NEVER;
  }
  try {
    return compileSafeRegex(source);
  } catch {
    ctx.addIssue({ code: "custom", message: explainBadRegex(source) ?? `invalid regular expression /${source}/` });
    return z.NEVER;
  }
});

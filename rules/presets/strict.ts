import type { RawConfig } from "../../src/config/schema.js";

/** For teams that gate merging on the checklist: readability problems fail the check too. */
export const strict: RawConfig = {
  extends: "recommended",
  rules: {
    "max-line-length": { severity: "failure", max: 100 },
  },
};

import * as z from "zod";

/**
 * The structural rules' `check_release_ports` (see src/analysis/release-line-ports.ts): one
 * definition for max-function-length, max-complexity and max-nesting-depth, which all judge
 * functions through function-verdicts.ts. Off by default; the strict preset turns it on.
 */
export const checkReleasePorts = () =>
  z
    .boolean()
    .default(false)
    .describe(
      'Also judge functions in the files a change adds when its title or a commit\'s subject says it ports code between the project\'s release lines ("Port JSON configuration to 4.x", "Backport the lock handler (3.x)"): that code was written and reviewed on the other line, and keeps its shape there (left alone by default).',
    );

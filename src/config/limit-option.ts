import * as z from "zod";

/**
 * A structural rule's `max`, left unset by default: unset, the rule's own default applies, or the
 * limit the project's linter enforces where higher (src/analysis/linter-limits.ts). Only an
 * explicit `max` tells the two apart, so the schema gives none.
 */
export const optionalLimit = (description: string) => z.number().int().min(1).optional().describe(description);

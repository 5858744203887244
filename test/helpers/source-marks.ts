import { markImportedCode } from "../../src/analysis/imported-code.js";
import type { Change } from "../../src/model/change.js";

/**
 * The change as a source hands it to the rules: with the lines it moved, mirrored or brought in marked
 * (imported-code.ts, provenance.ts, mirrored-copies.ts). Rules read those marks; a table test of a
 * provenance shape builds its change through this, as the git source and the GitHub App do.
 */
export function asSourceMarks(change: Change): Change {
  markImportedCode(change);
  return change;
}

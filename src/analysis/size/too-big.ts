import { type Lookups, type RawFinding } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { leftOutNote, type LeftOut } from "../../text/left-out-note.js";
import { partsSentence, type Unit } from "../../text/review-units.js";
import { type Limits, APART_SHARE } from "./limits.js";
import type { Origins } from "./origins.js";
import { isLight } from "./light-files.js";
import { generated } from "./generated-files.js";
import type { AuthoredSize } from "./authored-size.js";

// The too-big finding, with what the count left out.

export function tooBig(counted: ChangedFile[], origins: Origins, size: AuthoredSize, units: Unit[], opts: Limits, found: Lookups): RawFinding {
  const { lines, added, deleted, files, ported, portLines } = size;
  const lightLines = origins.authored.filter((f) => isLight(f.path)).reduce((n, f) => n + f.additions, 0);
  return {
    messageId: "tooBig",
    data: {
      lines,
      // The two parts of `lines`, so that the figure can be checked against the diff.
      added,
      deleted,
      files,
      maxLines: opts.max_lines,
      maxFiles: opts.max_files,
      light:
        (lightLines > 0 ? `, and ${lightLines} added lines of tests and docs` : "") +
        portedNote(ported, portLines) +
        // What the rule left out by its own reading, named when it is more than what it counted:
        // a reader comparing the figure with the diff sees where the rest went (#11).
        leftOutNote(
          counted
            .filter((f) => !isLight(f.path) && !f.binary)
            .flatMap((f): LeftOut[] => {
              if (origins.foreign.has(f) || origins.releases.has(f)) return [{ file: f, kind: "vendored" }];
              return origins.outputs.has(f) || generated(f, found) ? [{ file: f, kind: "generated" }] : [];
            }),
          lines,
        ),
      parts: partsSentence(units, opts.max_lines * APART_SHARE),
    },
  };
}

/** How the lines ported from another language were counted, when there are any. */
function portedNote(ported: number, counted: number): string {
  return ported > 0 ? ` (${ported} lines ported from another language count as ${counted})` : "";
}

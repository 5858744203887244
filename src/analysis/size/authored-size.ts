import { prefixedCopyCounts, prefixedOriginals } from "../prefixed-copies.js";
import { copiedOriginalCounts } from "../copy-originals.js";
import { type Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { languagePorts } from "../language-ports.js";
import { renamedUnedited, sourcesOfNewFiles } from "../renamed-sources.js";
import { addInto, lineCounts, type LineCounts } from "../../text/line-counts.js";
import type { Origins } from "./origins.js";
import { isLight } from "./light-files.js";
import { generated } from "./generated-files.js";
import { reviewedSize, DELETION_WEIGHT } from "./reviewed-size.js";

// The size to review of the code the change's authors wrote, ports counted apart.

/** The authored code's size to review, with the lines ported from another language counted apart. */
export interface AuthoredSize extends ReturnType<typeof reviewedSize> {
  /** Lines added by ports to another language, and what they count as (a quarter). */
  ported: number;
  portLines: number;
}

export function authoredSize(counted: ChangedFile[], origins: Origins, change: Change, found: Lookups): AuthoredSize {
  // Lines moved out of a deleted generated file (stripe-node's types/*.d.ts into src/resources/) are not new.
  const movedFrom = counted.filter((f) => f.status === "removed" && generated(f, found));
  // A port to another language (`Foo.java` → `Foo.kt`) is read against the file it replaces, like a
  // move that was adapted: the lines it adds that its twin did not have count a quarter, its deleted side nothing (#10).
  const ports = languagePorts(origins.authored.filter((f) => !isLight(f.path)));
  const ported = ports.size > 0 ? reviewedSize([...ports], found).added : 0;
  const portLines = Math.ceil(ported * DELETION_WEIGHT);
  // Lines the new files took from a file the change renamed without an edit (pyparsing.py kept as
  // pyparsing_archive.py beside the new pyparsing/ package) moved there: they are not new either.
  const reviewed = origins.authored.filter((f) => !isLight(f.path) && !ports.has(f));
  const sources = sourcesOfNewFiles(renamedUnedited(change.files), newFileLines(reviewed), (f) => found.baseContents?.get(f.previousPath ?? f.path));
  // And the lines new files copied from a file the repository has (copy-originals.ts): counted as moved.
  addInto(sources, copiedOriginalCounts(reviewed, found));
  // And those a new file took from the type it copies under a prefixed name (prefixed-copies.ts).
  addInto(sources, prefixedCopyCounts(reviewed, prefixedOriginals(change.files, found.fileTree ?? []), found));
  const size = reviewedSize(reviewed, found, movedFrom, sources);
  return { ...size, lines: size.lines + portLines, ported, portLines };
}

/** The added lines of the new files among `files`, whitespace removed. */
function newFileLines(files: ChangedFile[]): LineCounts {
  const out: LineCounts = new Map();
  for (const f of files) if (f.status === "added") addInto(out, lineCounts(f.addedLines.map((l) => l.text)));
  return out;
}

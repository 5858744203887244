import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { copiedLines } from "./copy-originals.js";
import { perReviewFile } from "./review-memo.js";

/**
 * The original a new file was copied from (see copy-originals.ts), as a file whose base the
 * structural rules can read: its functions are the copy's functions before the change (#10).
 * quartznet's 4.x files ported from 3.x, a module copied to a sibling folder: a function of the
 * copy that its original holds at the same size was not written in this change, and one that grew
 * grew by what the change added to it. Undefined when the file is new, not a copy (under
 * COPY_EVIDENCE of its lines are its original's), or its original's text was not read.
 *
 * The original is at base, so a pull request cannot make one up: it can only bring over code the
 * repository already holds, which these rules judged where it stands.
 */
export const copySource = perReviewFile((file: ChangedFile, found: Lookups): ChangedFile | undefined => {
  const original = file.status === "added" ? found.copyOriginals?.get(file.path) : undefined;
  if (original === undefined || found.baseContents?.get(original) === undefined || copiedLines(file, found).size === 0) return undefined;
  // A file the change leaves alone, read at base only: no lines of its own in the change (one object per review and file, so its parsed facts are memoised with it).
  return { path: original, status: "modified", binary: false, additions: 0, deletions: 0, addedLines: [], hunks: [] };
});

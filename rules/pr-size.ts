import { prefixedOriginals } from "../src/analysis/prefixed-copies.js";
import { withinReach, limitsOf, worthSplitting, overLimits } from "../src/analysis/size/limits.js";
import { originsOf } from "../src/analysis/size/origins.js";
import { copyWithWork } from "../src/analysis/size/copy-with-work.js";
import { tooBig } from "../src/analysis/size/too-big.js";
import { committedCache } from "../src/analysis/size/committed-cache.js";
import { releaseMerge } from "../src/analysis/size/release-merge.js";
import { size, countedFiles, plainCandidates } from "../src/analysis/size/counted-files.js";
import { authoredSize } from "../src/analysis/size/authored-size.js";
import { mayHoldCopies } from "../src/analysis/copy-originals.js";
import * as z from "zod";
import { defineRule } from "../src/engine/rule.js";
import { ownHolderPaths, ROOT_LICENCES } from "../src/analysis/not-authored.js";
import { syncedFolderReadmes } from "../src/analysis/synced-folders.js";
import { renamedUnedited } from "../src/analysis/renamed-sources.js";
import { recordsExistingFiles } from "../src/analysis/initial-import.js";
import { changeGenerators } from "../src/text/generator-outputs.js";
import { unitsOf } from "../src/text/review-units.js";

// How many of the largest files the rule reads at head and base when the change looks too big:
// enough to find the generated and reformatted ones that make up most of a big change.
const MAX_FILES_READ = 400;

export default defineRule({
  meta: {
    id: "pr-size",
    description: "The pull request stays small enough to review well.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      toolCache:
        "This change commits {what} ({cacheLines} of its {allLines} added lines): a tool's cache, output or backup, or an IDE's state: not code, and not meant to be in the repository. Remove it from the change and add it to .gitignore; the rest of the change ({lines} lines added or deleted) is not too big to review.",
      copyWithWork:
        "This change copies in {copied} lines of another project's code and has {lines} lines of its own to review in {files} files. Reviewers cannot tell the verbatim copy from the changes made to it: land the copy on its own first, then the work on it.",
      tooBig:
        "This change has {lines} lines of code to review ({added} added, and {deleted} deleted that count a quarter) in {files} files (limits: {maxLines} lines, {maxFiles} files){light}. Not counted: tests, docs, comments, generated, vendored, data and binary files, pure renames, whitespace-only changes and moved lines; an edit repeated across the change, or across the rows of a table, counts once. Large changes get shallow reviews; split it into smaller pull requests that each do one thing.{parts}",
    },
  },
  options: z
    .object({
      max_lines: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe(
          "Lines of code to review (added, plus a quarter of the deleted; tests, docs and comments not counted) above which the change is too big. Unset: 800, and a change over it is reported only when it has parts that could be reviewed apart, or is over twice that. Set (this or max_files): every change over a limit is reported.",
        ),
      max_files: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe(
          "Changed code files (not tests, docs or deleted files) above which the change is too big. Unset: 50, and passing it alone is not reported (the lines are what a reviewer reads). Set (this or max_lines): every change over a limit is reported.",
        ),
      margin: z
        .number()
        .min(0)
        .max(100)
        .default(12.5)
        .describe(
          "With no limits set, the percent by which a change must pass the 800-line limit to be reported (12.5: over 900 lines). Judges called changes just over the limit noise in most sets. Not used once max_lines or max_files is set.",
        ),
    })
    .strict(),
  // Only a change that looks too big reads texts: its largest files at head (a generator's header,
  // a binary's first bytes) and at base (a change of whitespace or line endings only).
  needs(change, options) {
    const opts = limitsOf(options);
    const files = plainCandidates(change);
    if (!overLimits(files, opts)) return {};
    const largest = [...files].sort((a, b) => size(b) - size(a)).slice(0, MAX_FILES_READ);
    return {
      fileContents: largest.filter((f) => f.status !== "removed").map((f) => f.path),
      // Edited files (to compare with head) and deleted ones (their header says whether a generator wrote them).
      // And the repository's licence: whose copyright is the project's own.
      baseContents: [
        ...new Set([
          ...largest.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path),
          ...ROOT_LICENCES,
          // Files renamed without an edit: the new files may have taken their code (a monolith split into a package).
          ...renamedUnedited(change.files).map((f) => f.previousPath ?? f.path),
          // The edited files' headers: whose the project is, against a new file's holder (not-authored.ts).
          ...ownHolderPaths(change.files),
        ]),
      ],
      // The tree names the scripts that may write some of the change's files (bin/generate.php).
      fileTree: true,
      // And the files new files may copy: a copy's lines count as moved (copy-originals.ts).
      ...(mayHoldCopies(files) ? { copyOriginals: true } : {}),
    };
  },
  // A few scripts that look like generators, read only for a change over the limits (#11).
  laterNeeds(change, options, found) {
    if (!found.fileTree || !overLimits(plainCandidates(change), limitsOf(options))) return [];
    // And the readmes of the changed files' folders: one may say its folder is synced from elsewhere (`eng/common/`).
    return [
      ...changeGenerators(change.files, found.fileTree),
      ...syncedFolderReadmes(change.files, found.fileTree),
      // And the types new files copy under a prefixed name (`HashMap.cs` of `TrackingHashMap.cs`, prefixed-copies.ts).
      ...prefixedOriginals(change.files, found.fileTree).values(),
    ];
  },
  check(change, options, found) {
    const opts = limitsOf(options);
    // A tool's cache that makes most of a big change (StyleCop.Cache: 5,267 of 5,349 lines) is what to say, not its size.
    const cache = committedCache(change, opts);
    if (cache) return [cache];
    // Every weight below only lowers the plain count: a change under it is small (and costs nothing).
    if (!overLimits(plainCandidates(change), opts)) return [];
    // Ignored files (lock files, vendored code, snapshots, `ignore` globs) and new files with a
    // generator's header were already removed by the engine.
    // Existing files recorded in version control ("Add example files to SVN"): written before, elsewhere.
    if (releaseMerge(change) || recordsExistingFiles(change)) return [];
    const counted = countedFiles(change);
    const origins = originsOf(counted, change, found);
    const size = authoredSize(counted, origins, change, found);
    const copy = copyWithWork(origins, size, opts);
    // Either finding says the change is too big to review line by line: it speaks for the files it adds (bulk-new-files.ts).
    if (copy) return [{ ...copy, coversNewFiles: true }];
    if (withinReach(size, opts)) return [];
    const units = unitsOf(size.perFile);
    // Unless the team set its limits, only a change a reviewer could take in parts, or a very large one, is worth saying.
    if (!opts.asked && !worthSplitting(size.lines, units, opts)) return [];
    return [{ ...tooBig(counted, origins, size, units, opts, found), coversNewFiles: true }];
  },
});

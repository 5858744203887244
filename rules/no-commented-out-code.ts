import * as z from "zod";
import { bundleConfigPaths, bundleBasePaths } from "../src/analysis/bundle-outputs.js";
import { twinPaths, commentedLinesAtBase, twinTexts } from "../src/analysis/commented-out/base-comments.js";
import { blockOf } from "../src/analysis/commented-out/block-of.js";
import { mayHoldCode } from "../src/analysis/commented-out/comment-lines.js";
import { disabledByMessage, fileDisabledByMessage } from "../src/analysis/commented-out/disabled-by-message.js";
import { type ChangeContext, scanFile } from "../src/analysis/commented-out/file-scan.js";
import { placeholderFinding, blockFinding, loneLineOfNewFile } from "../src/analysis/commented-out/findings.js";
import { minorInTests, onePerKind, joinRelated } from "../src/analysis/commented-out/joined-blocks.js";
import { widenedRuns } from "../src/analysis/commented-out/widened-runs.js";
import { mayHoldCopies } from "../src/analysis/copy-originals.js";
import { importsWholeCodebase } from "../src/analysis/initial-import.js";
import { ROOT_LICENCES, ownHolderPaths, notAuthored } from "../src/analysis/not-authored.js";
import { notAuthoredHere, thirdPartyOf } from "../src/analysis/todo-authorship.js";
import { saysNotYetImplemented } from "../src/analysis/parked-code.js";
import { templateLines } from "../src/analysis/template-edits.js";
import { tracePointsAtBase } from "../src/analysis/trace-point-convention.js";
import { saysUnfinished } from "../src/analysis/unfinished-work.js";
import { defineRule, type Lookups, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { headPaths, basePaths, movedFromPaths, baseText } from "../src/syntax/change-facts.js";
import { mayPatchCopies, patchedCopyOriginals } from "../src/analysis/patched-copies.js";

/** Java, Kotlin, Scala and Groovy sources, whose packages name their organisation by its reversed domain. */
const JVM_SOURCE = /\.(?:java|kt|scala|groovy)$/;

export default defineRule({
  meta: {
    id: "no-commented-out-code",
    description: "The change adds no commented-out code.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      commentedOut: "These {count} commented-out lines of code are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLine: "This commented-out line of code is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
      commentedOutAlso:
        "These {count} commented-out lines of code{also} are dead weight: readers cannot tell whether they matter. Delete them; git keeps the history.",
      commentedOutLineAlso: "This commented-out line of code{also} is dead weight: readers cannot tell whether it matters. Delete it; git keeps the history.",
      commentedOutFeature:
        "These {count} commented-out lines are code of the `{feature}` feature, switched off without saying why or until when. If it comes back, say so in a TODO that names the issue; otherwise delete them.",
      commentedOutFeatureLine:
        "This commented-out line is code of the `{feature}` feature, switched off without saying why or until when. If it comes back, say so in a TODO that names the issue; otherwise delete it.",
      commentedOutPlaceholder:
        "This new file holds {count} commented-out lines that mirror the live calls beside them, here and {more} more places: parts not written yet? Say so in a TODO (naming the issue), so readers know they are planned, not dead.",
      commentedOutPlaceholderOne:
        "These {count} commented-out lines in a new file mirror the live calls beside them: a part not written yet? Say so in a TODO (naming the issue), so readers know it is planned, not dead.",
      commentedOutPlaceholderLine:
        "This commented-out line in a new file mirrors the live calls beside it: a part not written yet? Say so in a TODO (naming the issue), so readers know it is planned, not dead.",
      commentedOutPrint: "This commented-out debug print is a leftover of a debugging session: delete it; git keeps it if it is ever needed again.",
      commentedOutPrints:
        "These {count} commented-out debug prints are leftovers of a debugging session: delete them; git keeps them if they are ever needed again.",
    },
  },
  options: z
    .object({
      min_lines: z.number().int().min(1).default(1).describe("Lines of commented-out code a comment must hold to be reported."),
      report_lone_lines_in_new_files: z
        .boolean()
        .default(false)
        .describe("Report a file's only commented-out line when the change creates the file (off: a toggle or note written with it)."),
    })
    .strict(),
  // The base texts say which commented lines the files already had: a reformat, or a move from a
  // file the change deleted lines from, re-adds them and is not this change's doing (clean as you code).
  needs(change) {
    // A whole codebase imported at once (the first commit, "Initial import"): not this change's writing.
    // Work its author says is unfinished ("WIP", "complete fix to follow", "all tests failing") is a draft:
    // code commented out mid-way is judged in the commit that finishes it.
    if (importsWholeCodebase(change) || saysUnfinished(change)) return {};
    const candidates = change.files.filter((f) => mayHoldCode(f.addedLines));
    // The head text too: parsed whole, a file's comments are what they are (a PHP file's added
    // lines alone are not inside `<?php`, and a Go doc comment needs its declaration).
    if (candidates.length === 0) return {};
    // A new file's twin under another top folder (`newtests/replace.rs` beside `tests/replace.rs`):
    // the commented lines ported with it were commented out there already.
    const twins = candidates.flatMap((f) => twinPaths(f, change));
    // A new JVM file under the copyright of the organisation its package names: the LICENSE says whose the project is.
    const licences = candidates.some((f) => f.status === "added" && JVM_SOURCE.test(f.path)) ? ROOT_LICENCES : [];
    return {
      // A JavaScript file's package.json and rollup config, which may name it as a bundle (see bundle-outputs.ts).
      fileContents: [...new Set([...headPaths(candidates), ...candidates.flatMap((f) => bundleConfigPaths(f.path))])],
      baseContents: [
        ...new Set([
          ...basePaths(candidates),
          ...movedFromPaths(change.files),
          ...twins,
          ...licences,
          ...candidates.flatMap((f) => bundleBasePaths(f.path, change)),
          // The other files' headers: whose the project is, against a header's holder (not-authored.ts).
          ...ownHolderPaths(change.files),
        ]),
      ],
      // A new file may be a copy of a file the repository has: its commented lines were there already.
      ...(mayHoldCopies(candidates) ? { copyOriginals: true } : {}),
      ...(mayPatchCopies(candidates) ? { fileTree: true } : {}),
    };
  },
  // The originals of patched copies (patched-copies.ts), found in the tree.
  laterNeeds: (change, _opts, found) => [...patchedCopyOriginals(change.files, found.fileTree).values()],
  check(change, opts, found) {
    if (importsWholeCodebase(change) || saysUnfinished(change)) return [];
    const context: ChangeContext = {
      change,
      ...commentedLinesAtBase(change.files, found, twinTexts(change, found)),
      disabledOnPurpose: disabledByMessage(change),
      fileSaidDisabled: fileDisabledByMessage(change),
      notYet: saysNotYetImplemented([change.title, change.body, ...change.commits.map((c) => c.message)]),
      templates: templateLines(change),
      keepsTracePoints: tracePointsAtBase(() => change.files.flatMap((f) => baseText(f, found) ?? [])),
    };
    // Vendored, installed or released code (a NuGet package's jQuery UI) is not the change's to clean up.
    // So is a file whose header says it came from another project (todo-authorship.ts), as for TODOs.
    const thirdParty = thirdPartyOf(change);
    // Its header is read only where a comment may hold code; notAuthoredHere asks notAuthored first.
    const authored = change.files.filter(
      (file) => (mayHoldCode(file.addedLines) ? notAuthoredHere(file, change, found, thirdParty) : notAuthored(file.path, change)) === undefined,
    );
    return authored.flatMap((file) => fileFindings(file, found, context, opts));
  },
});

/** The rule's options, as its schema gives them. */
interface Options {
  min_lines: number;
  report_lone_lines_in_new_files: boolean;
}

function fileFindings(file: ChangedFile, found: Lookups, context: ChangeContext, opts: Options): RawFinding[] {
  const minLines = opts.min_lines;
  const scan = scanFile(file, found, context);
  if (!scan) return [];
  // The parser decided which comments are code (doc comments and their examples never are).
  const blocks = scan.facts.comments.flatMap((c, i) => blockOf(c, i, scan) ?? []);
  const out: RawFinding[] = [];
  const placeholders = blocks.filter((b) => b.placeholder);
  const parked = widenedRuns(
    blocks.filter((b) => !b.placeholder),
    scan,
  ).filter((b) => !minorInTests(b, scan));
  const said = onePerKind(joinRelated(parked).filter((b) => b.count >= minLines));
  // One finding per file: a scratch file's calls mirroring its live ones, beside its other commented-out code, are
  // more of the same, named by their lines (jimfs ab0f5129c5: a second finding on `Testing.java` asked for a TODO).
  const code = said.find((b) => b.feature === undefined);
  if (code && placeholders.length > 0) {
    code.firstRunCount ??= code.count;
    code.elsewhere = [...(code.elsewhere ?? []), ...placeholders.map((b) => b.line)].sort((a, b) => a - b);
  } else {
    const asked = placeholderFinding(file.path, placeholders, minLines);
    if (asked) out.push(asked);
  }
  for (const b of said) out.push(blockFinding(file.path, b));
  return opts.report_lone_lines_in_new_files ? out : out.filter((f) => !loneLineOfNewFile(file, f));
}

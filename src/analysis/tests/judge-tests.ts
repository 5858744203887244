import { rspecFocusInert } from "./rspec-focus.js";
import { skipsInheritedWithReason } from "../skipped-override.js";
import { type Lookups, type RawFinding } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { judgeAddedTests } from "../test-judging.js";
import { changeMessages } from "../../text/change-messages.js";
import {
  commentGivesReason,
  headerCitesIssue,
  justifiedSkip,
  markerGivesReason,
  measuringProbe,
  messagesTrackSkips,
  reasonedSkipMarker,
  reasonIsToDo,
  skipReason,
} from "../test-skip-reason.js";
import { lineFacts } from "../../syntax/line-view.js";
import { baseFacts, baseText, hasSyntax, headText } from "../../syntax/change-facts.js";
import { type FileKind } from "../../text/test-conventions.js";

// Verdicts on the tests a change adds: focused, asserting nothing, or only skipped.

/** The verdicts on added tests a team can ask for (see judgeTests), as the options name them. */
export const TEST_CHECKS = ["focused", "asserts_nothing", "only_skipped"] as const;
export type TestCheck = (typeof TEST_CHECKS)[number];
/** The message of each verdict. */
const CHECK_MESSAGE: Record<string, TestCheck> = { focused: "focused", noAssertion: "asserts_nothing" };

/**
 * Flags new test cases that assert nothing, tests added only as skipped, and focused tests. Test
 * support files (helpers, fixtures) are read too: a case may assert through a helper they define.
 */
export function judgeTests(change: Change, kinds: Map<ChangedFile, FileKind>, found: Lookups, checks: Set<TestCheck>): RawFinding[] {
  const files = change.files.filter((f) => (kinds.get(f) === "test" || kinds.get(f) === "support") && f.status !== "removed" && hasSyntax(f));
  const removed = change.files.filter((f) => f.status === "removed" && kinds.get(f) !== "other" && kinds.get(f) !== "source");
  const out: RawFinding[] = [];
  let skipsLinked: boolean | undefined;
  for (const [file, { verdicts, added, skippedBefore: moved }] of judgeAddedTests(files, [...files, ...removed], found)) {
    if (kinds.get(file) !== "test") continue;
    // A focus RSpec is not told to filter on runs every example anyway (rspec-focus.ts).
    const inert = verdicts.some((v) => v.kind === "focused") && rspecFocusInert(file.path, found);
    for (const v of verdicts)
      if (checks.has(CHECK_MESSAGE[v.kind]) && !(inert && v.kind === "focused")) out.push({ messageId: v.kind, path: file.path, line: v.line });
    const skipped = added.filter((t) => t.skip === "unconditional");
    if (!checks.has("only_skipped") || added.length === 0 || skipped.length < added.length) continue;
    // A skip that cites its tracking issue (`@Ignore("Need to fix #1545")`) is already tracked, and one that says why it
    // cannot run with the others (`[Ignore("Long running, non-deterministic test…")]`) is deliberate.
    const lines = headText(file, found)?.split("\n");
    // A skip already there at base (a skipped `describe` moved or re-indented with its tests) is not added by this change.
    const before = skippedBefore([file, ...removed], found);
    // Nor one skipped, with a reason, as the file's other tests already were (NSubstitute's ignored thread tests): the file's convention.
    const conventions = skipConventions(file, found);
    const comments = lineFacts(file, found)?.comments ?? [];
    // A file opened by a comment citing its issue is about that issue: its skips are tracked there;
    // so are skips whose reason the change's own words link (a title, description or commit message).
    if ((lines && headerCitesIssue(lines)) || (skipsLinked ??= messagesTrackSkips(changeMessages(change)))) continue;
    const untracked = skipped.filter((t) => {
      // Moved or renamed with its skip, or skipped with a reason in a comment right above it.
      if (before.has(t.name) || moved.has(t) || commentGivesReason(comments, t.start)) return false;
      if (!lines) return true;
      const reason = skipReason(lines, t.start);
      // A timing probe kept to be run by hand (see measuringProbe): skipped on purpose.
      if (measuringProbe(t, reason)) return false;
      // An inherited test overridden only to be skipped, with its reason: the subclass opts out on purpose.
      if (skipsInheritedWithReason(lines, t.start)) return false;
      const marker = reasonedSkipMarker(reason);
      const conventional = marker !== undefined && conventions.has(marker) && !reasonIsToDo(reason, t.name);
      return !justifiedSkip(reason, t.name) && !conventional && !markerGivesReason(reason, t.name);
    });
    if (untracked.length > 0) out.push({ messageId: "onlySkipped", path: file.path, line: untracked[0].start });
  }
  return out;
}

/** How the file's tests were skipped with a reason at base (see reasonedSkipMarker): a new test skipped the same way follows the file's convention. */
function skipConventions(file: ChangedFile, found: Lookups): Set<string> {
  const base = baseText(file, found)?.split("\n");
  const skipped = (baseFacts(file, found)?.tests ?? []).filter((t) => t.skip === "unconditional");
  return new Set(base ? skipped.flatMap((t) => reasonedSkipMarker(skipReason(base, t.start)) ?? []) : []);
}

/** Names of the test cases skipped unconditionally at base in these files: a skip the change only moved. */
function skippedBefore(files: ChangedFile[], found: Lookups): Set<string> {
  return new Set(files.flatMap((f) => (baseFacts(f, found)?.tests ?? []).filter((t) => t.skip === "unconditional").map((t) => t.name)));
}

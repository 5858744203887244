import type { Change } from "../model/change.js";

/**
 * A title that marks the work as not finished ("wip", "WIP: …", "[WIP] …", "Work in progress: …"):
 * the title-only form of a draft pull request.
 */
export const WORK_IN_PROGRESS_TITLE = /^\s*(\[\s*wip\s*\]|wip\b\s*(:|-|$)|work in progress\b)/i;

/**
 * A sentence that says a later commit finishes this one: "To be continued…", "Complete fix to follow",
 * "This is an intermediary commit", "On going work introducing …".
 */
const LATER_COMMIT_FINISHES =
  /\bto be continued\b|\b(?:fix|work|changes?|commits?|tests?|more|rest|remainder|implementation|cleanup|parts?)\s+(?:will\s+)?(?:to\s+)?follow\b|\b(?:intermediary|intermediate|interim)\s+(?:commit|step|state|version|check-?in)\b|\bon-?\s?going\s+work\b/i;

/**
 * A sentence that says the commit does not work yet: "compiles, all tests failing", "the test case
 * does not pass", "note that this does not repro" (a test written before it reproduces the bug).
 */
const DOES_NOT_WORK_YET =
  /\b(?:all|most|many|the)\s+tests?\s+(?:are\s+)?(?:still\s+)?failing\b|\btests?\s+(?:are\s+|is\s+)?still\s+failing\b|\b(?:this|it|test|tests|test case|code|build)\s+(?:does|do|will)\s*(?:not|n't)\s+(?:yet\s+)?(?:pass|compile|build|work|repro(?:duce)?)\b(?!\s+(?:on|with|for|in|under|when|if)\b)/i;
/** A sentence that fixes what fails ("Fix unit tests failing because of …") reports the failure it ends. */
const FIXES = /\b(?:fix(?:es|ed|ing)?|revert\w*|resolv\w*)\b/i;

/** Characters of the head commit's message read: hostile input, and an author says this early. */
const MESSAGE_READ = 2000;

/**
 * Whether the change's author says its head is not finished, the way a draft pull request does:
 * a title marked WIP, or a head commit whose message says a later commit completes it ("Complete
 * fix to follow", "To be continued") or that it does not work yet ("compiles, all tests failing").
 * Only the head counts: a WIP commit inside a longer range is finished by the commits after it.
 *
 * Trust (#10, session 22 audit): these are the author's words, and no-commented-out-code says
 * nothing of the whole change when they are there. A WIP title is the pull request's state, as a
 * draft is: the App reviews again when it changes (tests-required reads it the same way). A commit's
 * message speaks only for the lines of that commit, so it counts only when the change is that one
 * commit: "to be continued" on the last of ten commits does not hide what the nine others commented out.
 */
export function saysUnfinished(change: Change): boolean {
  if (WORK_IN_PROGRESS_TITLE.test(change.title)) return true;
  if (change.commits.length !== 1) return false;
  const head = change.commits[0].message;
  if (WORK_IN_PROGRESS_TITLE.test(head.split("\n")[0] ?? "")) return true;
  const sentences = head
    .slice(0, MESSAGE_READ)
    .split(/\n\s*\n|[.;!?](?:\s|$)/)
    .map((s) => s.replace(/\s+/g, " "));
  return sentences.some((s) => LATER_COMMIT_FINISHES.test(s) || (DOES_NOT_WORK_YET.test(s) && !FIXES.test(s)));
}

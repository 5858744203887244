import type { Change } from "../model/change.js";
import { findIssueRefs, type RefOptions } from "../text/issue-refs.js";
import { isTrackerPrefix } from "../text/todo-refs.js";

/**
 * Whether the change names, in its title, description or a commit message, a ticket it works on
 * without closing it: commons-validator's "Added note about unused "field" variable as mentioned in
 * PR# 20267", "VALIDATOR-293 add tests …", GitHub's "Part of #12". A TODO such a change leaves is
 * findable from that ticket, which already tracks the work. A ticket the change closes ("Fixes
 * #272", "fix #178") is done when it lands and its TODOs outlive it; the pull request's own number
 * ("Fix table borders (#274)", "Merge pull request #12", bors' "Merge #159") is not a ticket.
 */
export function changeCitesOpenTicket(change: Change, refOpts: RefOptions): boolean {
  const texts = new Set([change.title, change.body, ...change.commits.map((c) => c.message)]);
  return [...texts].some((t) => citesOpenTicket(t.slice(0, MESSAGE_CHARS), refOpts));
}

/** A commit message or a description beyond this is not read (hostile input; a ticket is named early). */
const MESSAGE_CHARS = 4000;
// A ticket in a tracker's words: Bugzilla's "PR# 20267", "bug 37962", "Bugzilla #123", "ticket 45"; or a key (`VALIDATOR-293`).
const WORDED_TICKET = /\b(?:PR|bug|bugzilla|BZ|ticket|issue)\s?#?\s?\d{2,9}\b|(?<![\w-])#?([A-Z][A-Z0-9_]{1,15})-\d{1,9}(?![\w-])/g;
// The pull request itself: a squash merge's subject ends in "(#274)"; a merge names what it merges.
const OWN_NUMBER = /\(#\d{1,9}\)\s*$|\bmerge\s+(?:pull\s+request\s+)?(?:[\w.-]+\/[\w.-]+)?#\d{1,9}/gim;
// A closing keyword earlier in the same clause ("Fixes #272", "fix #178 #186", "Fixing … bug reported in #VALIDATOR-202").
const CLOSES = /\b(?:close[sd]?|closing|fix(?:e[sd]|ing)?|resolve[sd]?|resolving)\b/i;
const CLAUSE_END = /[.;!?\n]\s/g;

function citesOpenTicket(text: string, refOpts: RefOptions): boolean {
  const rest = text.replace(OWN_NUMBER, " ");
  const found: number[] = [];
  for (const m of rest.matchAll(WORDED_TICKET)) if (m[1] === undefined || isTrackerPrefix(m[1])) found.push(m.index);
  // GitHub references and configured trackers' keys, by what they read as.
  for (const ref of findIssueRefs(rest, { owner: "_", repo: "_" }, refOpts)) {
    const at = rest.indexOf(ref.text);
    if (at >= 0) found.push(at);
  }
  return found.some((at) => !CLOSES.test(clauseBefore(rest, at)));
}

/** The text of the clause that leads up to a position: from the last sentence or line break before it. */
function clauseBefore(text: string, at: number): string {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return text.slice(start, at);
}

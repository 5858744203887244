import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { baseText } from "../../syntax/change-facts.js";
import { isCodeFile } from "../../text/languages.js";
import { isTestPath } from "../../text/test-conventions.js";

// The change that writes a project's first code: no design yet to hold its functions against.

/**
 * Every code file the change touches, it adds: none is edited, renamed or removed. Filling in a
 * file that was empty (a generator's placeholder: excon's 0-line `lib/excon.rb`, written by its
 * second commit, "initial extract/cleanup from fog", session 15) is adding it, and so is removing
 * the placeholder tests a generator wrote beside it (tests are no design, see writesFirstCode).
 */
export function onlyAddsCode(change: Change): boolean {
  return change.files.every(
    (f) =>
      f.status === "added" ||
      (!isCodeFile(f.path) && !isCodeFile(f.previousPath ?? f.path)) ||
      mayFillPlaceholder(f) ||
      (f.status === "removed" && isTestPath(f.path)),
  );
}

/**
 * A file the diff shows filled from empty: only additions, in one hunk of new lines from the top
 * with no context line around them (a file with any line at base shows some). Its base text, read
 * later, must be blank too (see filledPlaceholders).
 */
function mayFillPlaceholder(f: ChangedFile): boolean {
  return f.status === "modified" && f.deletions === 0 && f.hunks.length === 1 && f.hunks[0].start === 1 && f.hunks[0].length === f.additions;
}

/** The paths of the change's code files that were empty at base and that it fills in, or undefined when one was not (or its base is unknown). */
function filledPlaceholders(change: Change, found: Lookups): string[] | undefined {
  const out: string[] = [];
  for (const f of change.files) {
    if (f.status !== "modified" || !isCodeFile(f.path)) continue;
    if (!mayFillPlaceholder(f) || (baseText(f, found) ?? "x").trim() !== "") return undefined;
    out.push(f.path);
  }
  return out;
}

/**
 * The change that writes a project's first code: every code file of the repository at head, tests
 * aside, is one it adds, and one of them is not a test (walkdir's second commit, "initial prototype, basic functionality", after a README).
 * There is no design yet to hold its functions against, and its author is sketching the project,
 * not adding to one: every structural finding on such a commit was judged "not worth saying" on
 * held-out histories (walkdir's iterator `next`, pluggy's first hooks, gorilla/mux's first files;
 * sessions 8 to 10), none worth saying. A first commit that imports a codebase is found by
 * initial-import.ts for every rule; this is the structural rules' own, whatever its size. Needs the
 * head tree (asked for only when the change adds all its code: see structureNeeds).
 */
export function writesFirstCode(change: Change, found: Lookups): boolean {
  const tree = found.fileTree;
  if (!tree || !onlyAddsCode(change)) return false;
  const filled = filledPlaceholders(change, found);
  if (!filled) return false;
  const added = new Set([...change.files.filter((f) => f.status === "added").map((f) => f.path), ...filled]);
  let any = false;
  for (const path of tree) {
    // Tests written ahead of the code they test (commons-validator's `ValidatorTest`, committed
    // before its "Initial check in" of the 16 classes, judged "not worth saying", session 12) are no design yet.
    if (!isCodeFile(path) || (isTestPath(path) && !added.has(path)) || ROOT_BUILD_FILE.test(path)) continue;
    if (!added.has(path)) return false;
    if (!isTestPath(path)) any = true;
  }
  return any;
}

/**
 * The root's build definition, which a project's generator writes before any of its code (excon's
 * first commit: a Rakefile and an empty `lib/excon.rb`): it builds the project, it is not its design.
 */
const ROOT_BUILD_FILE =
  /^(?:Rakefile|Gemfile|Guardfile|setup\.py|noxfile\.py|fabfile\.py|build\.rs|build\.sbt|[^/]*\.gradle\.kts|[Gg]ulpfile\.[cm]?[jt]s|[Gg]runtfile\.[cm]?[jt]s)$/;

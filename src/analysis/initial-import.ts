import type { Change } from "../model/change.js";

/**
 * A change that brings a whole existing codebase in at once: the repository's first commit, or an
 * "Initial import" / "Initial files" commit that adds hundreds of files (#10). Its author did not
 * write that code in this change and cannot act on how it is written; a package imported into a
 * folder of its own is found by imported-code.ts, this is the repository itself.
 */

/** Files a root commit adds to be an import, not a project's first small step. */
export const MIN_ROOT_FILES = 50;
/** Files a later commit must add for its "initial import" subject to be believed. */
export const MIN_IMPORTED_FILES = 100;
/** Of the change's files, at least this share is added: an import, not a rework that says "initial". */
const ADDED_SHARE = 0.9;
// "Initial commit", "Initial import of the sources", "initial files", "initial copy from Otto" (go-plugin), "First check-in", "Initial check in for Commons Validator", "Import existing code".
const SAYS_IMPORT =
  /^\W{0,5}(?:\w+:\s*)?(?:(?:initial|first)\s+(?:commit|import|copy|files?|version|check[- ]?in|upload|sources?|code|project|release)\b|import(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:existing|old|legacy|whole|entire|original)\b)/i;

// A project imported from where it lived before git: "imported the old i18n project from rubyforge", "Import of
// foo from svn", "imported from SourceForge CVS". The host says it was written there, before this change.
const IMPORTED_FROM_HOST =
  /^\W{0,5}(?:\w+:\s*)?import(?:s|ed|ing)?\b[^\n.;]{0,80}?\bfrom\s+(?:the\s+)?(?:old\s+)?(?:svn|subversion|cvs|rubyforge|sourceforge|google\s?code|codeplex|launchpad|gitorious|bzr|bazaar|mercurial|darcs|perforce)\b/i;

/**
 * The subjects of the change: its title and its commits' first lines. A message converted from CVS
 * may open with a blank line (commons-validator's "\nInitial check in for Commons Validator."):
 * its subject is its first line with text, as `git log --format=%s` shows it.
 */
function subjectsOf(change: Change): string[] {
  return [change.title, ...change.commits.map((c) => c.message.slice(0, 2000).trimStart().split("\n")[0])].slice(0, 50).map((s) => (s ?? "").slice(0, 200));
}

/** Whether the change's title or one of its commits' subjects says it imports a codebase ("Initial files", "Initial import"). */
export function saysInitialImport(change: Change): boolean {
  return subjectsOf(change).some((s) => SAYS_IMPORT.test(s) || IMPORTED_FROM_HOST.test(s));
}

/** Whether a subject says the code was imported from a host it lived on before ("… from rubyforge", "… from svn"). */
export function saysImportedFromHost(change: Change): boolean {
  return subjectsOf(change).some((s) => IMPORTED_FROM_HOST.test(s));
}

/** Whether the change adds a whole existing codebase, by the rules above. */
export function importsWholeCodebase(change: Change): boolean {
  const added = change.files.filter((f) => f.status === "added").length;
  if (added < MIN_ROOT_FILES || added < change.files.length * ADDED_SHARE) return false;
  // The root commit has no parent (a source reviews it against git's empty tree).
  const root = change.commits[0]?.parents?.length === 0;
  if (root) return true;
  return added >= MIN_IMPORTED_FILES && saysInitialImport(change);
}

/**
 * A subject that says the change adds files to a version-control system of the past or to source
 * control itself: "Add example files to SVN" (pyparsing a7f9dda066, 75 example scripts the project
 * had for years, judged "not worth saying" for size and length, session 15), "Place Validator 1.0.2
 * javadoc in CVS for reference" (commons-validator 4679098563, session 12). The system ends the
 * phrase: "Add a diff view to the version control panel" is a feature of a tool. What is recorded existed before the commit that records it: it was written elsewhere, then.
 */
const ADDS_TO_VCS =
  /^\W{0,5}(?:\w+:\s*)?(?:add(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?|check(?:s|ed|ing)?[- ]?in)\b(?:[^\n.;]|\.(?=\w)){0,60}?\b(?:to|into|in)\s+(?:the\s+)?(?:svn|subversion|cvs|version\s+control|source\s+control)(?:\s+(?:for|so|as|at|on|repo(?:sitory)?)\b|\s*(?:[.,;:!()[\]]|$))/i;
/** Files a change must add, and nothing else, for such a subject to be believed: a bulk record, not a new module. */
export const MIN_RECORDED_FILES = 5;

/**
 * Whether the change records existing files in version control (see ADDS_TO_VCS): a subject says
 * so, and the change only adds files, MIN_RECORDED_FILES at least. The subject is the author's,
 * hostile input: it may quiet only the structural rules and pr-size (how the code is written, how
 * much of it there is), never what a line says (no-secrets, no-debug-statements, todo-issue-reference).
 */
export function recordsExistingFiles(change: Change): boolean {
  if (change.files.length < MIN_RECORDED_FILES || change.files.some((f) => f.status !== "added")) return false;
  return subjectsOf(change).some((s) => ADDS_TO_VCS.test(s));
}

// "Update toml-test", "Sync go-cmp from upstream", "Bump vendored fmt": a verb of refreshing a copy, then a name.
const UPDATES_NAME =
  /\b(?:[Uu]pdat(?:e|es|ed|ing)|[Ss]ync(?:s|ed|ing)?|[Rr]efresh(?:es|ed|ing)?|[Bb]ump(?:s|ed|ing)?|[Uu]pgrad(?:e|es|ed|ing))\s+(?:the\s+)?(?:vendored\s+|bundled\s+|copy\s+of\s+)?([\w.-]{4,60})/g;
const SAYS_UPSTREAM = /\bupstream\b/i;
// A folder named as a project is, with a separator in it (`toml-test`, `go-cmp`, `fast_float`): a plain word (`parser`,
// `utils`) names the project's own part too often.
const PROJECT_NAME = /[-._]/;

/**
 * Whether `path` lies in a folder a subject says the change refreshes from another project: "Update toml-test"
 * for `internal/toml-test/runner.go` (BurntSushi/toml keeps the toml-test suite's runner there; judged "not worth
 * saying" on set 16), or any folder named with "from upstream". The subject is hostile input: like
 * recordsExistingFiles, it may quiet only the structural rules and pr-size.
 */
export function refreshesCopiedFolder(path: string, change: Change): boolean {
  const { named, anyFolder } = refreshedNames(change);
  if (named.size === 0) return false;
  return path
    .split("/")
    .slice(0, -1)
    .some((folder) => named.has(folder) && (PROJECT_NAME.test(folder) || anyFolder.has(folder)));
}

/** The names a subject says the change refreshes, and those said with "upstream" (once per change: every file asks). */
const refreshedByChange = new WeakMap<Change, { named: Set<string>; anyFolder: Set<string> }>();
function refreshedNames(change: Change): { named: Set<string>; anyFolder: Set<string> } {
  let found = refreshedByChange.get(change);
  if (found) return found;
  found = { named: new Set(), anyFolder: new Set() };
  for (const s of subjectsOf(change)) {
    for (const m of s.matchAll(UPDATES_NAME)) {
      const name = m[1]!.replace(/[.]+$/, "");
      found.named.add(name);
      if (SAYS_UPSTREAM.test(s)) found.anyFolder.add(name);
    }
  }
  refreshedByChange.set(change, found);
  return found;
}

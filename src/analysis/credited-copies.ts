import type { Change, ChangedFile } from "../model/change.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { lineCount } from "../text/line-windows.js";
import { changeMessages } from "../text/change-messages.js";

/**
 * Code the change's message credits to someone else by name: "Added guillermo's EventEmitter"
 * (superagent b735dcb312, TJ Holowaychuk committing Guillermo Rauch's emitter into `lib/events.js`).
 * The possessive names who wrote it, and what follows names what was taken; a file that defines
 * that name and is (mostly) new in the change is the copy. The change's own authors' things
 * ("Added tj's helper" by tj) are theirs.
 */
const CREDITED =
  /\b(?:add(?:s|ed|ing)?|import(?:s|ed|ing)?|includ(?:e|es|ed|ing)|bring(?:s|ing)?|brought|pull(?:s|ed|ing)?\s+in)\s+(?:in\s+)?@?([A-Za-z][\w.-]{1,38})['’]s\s+([A-Za-z_$][\w$]{2,60})/gi;
/**
 * What is credited must be named like code (`EventEmitter`, `path_clean`, `mkdirP`): "Add jwilk's
 * path traversal tests" names a topic, not a thing the file defines. "Use hashbrown's RawTable" is
 * a dependency used, not code taken, and is not read at all.
 */
const CODE_NAME = /^[A-Z]|[a-z][A-Z]|_/;
/** Possessors that name no one else: the project or the code itself. */
const NOT_PEOPLE = new Set("it this that our my the everyone everybody today one".split(" "));

const namesByChange = new WeakMap<Change, string[]>();

/** The words of the change's authors' names, logins and addresses: what they credit to themselves is theirs. */
function authorWords(change: Change): Set<string> {
  return new Set(
    change.commits.flatMap((c) => [c.author.name, c.author.login ?? "", c.author.email.replace(/@.*/, "")]).flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/)),
  );
}

/** The names of the things the change's messages credit to someone other than its authors (once per change). */
export function creditedNames(change: Change): string[] {
  let names = namesByChange.get(change);
  if (names) return names;
  const authors = authorWords(change);
  names = [];
  for (const message of changeMessages(change)) {
    for (const m of message.matchAll(CREDITED)) {
      const who = m[1]!.toLowerCase();
      if (!NOT_PEOPLE.has(who) && !authors.has(who) && CODE_NAME.test(m[2]!)) names.push(m[2]!);
    }
  }
  names = [...new Set(names)];
  namesByChange.set(change, names);
  return names;
}

/** At least this share of a modified file's lines must be new for it to be the copy (it replaced what was there). */
const REPLACED_SHARE = 0.6;

/**
 * Whether `file` (with `text` at head) is what the message credits to another author: it defines a
 * credited name (`function EventEmitter`, `class EventEmitter`, `EventEmitter = function`), and the
 * change adds it or replaces most of it.
 */
export function creditedCopy(file: ChangedFile, text: string, change: Change): boolean {
  const names = creditedNames(change);
  if (names.length === 0) return false;
  if (file.status !== "added" && file.addedLines.length < REPLACED_SHARE * lineCount(text)) return false;
  return names.some((name) => {
    const n = escapeRegExp(name);
    return new RegExp(`\\b(?:function|class|def|func|fn|struct|interface|type|module)\\s+${n}\\b|(?:^|[\\s.])${n}\\s*=\\s*(?:function|class|\\()`, "m").test(
      text,
    );
  });
}

/**
 * A message that says it pulls in the latest of someone else's code: "pulled latest from Rob" (Dapper
 * 7de4722187, Sam Saffron updating Rob Conery's Massive in `Massive/Massive.cs`, set 14), "synced the latest
 * from PetaPoco". The source is named with a capital (a person, a project), which leaves out the branches one
 * pulls from (`master`, `develop`); those words and the project's own remotes are not someone else. Only the
 * verb's first letter may be a capital: the source's case is what tells a name from a branch.
 */
const PULLED_LATEST =
  /\b(?:[Pp]ull(?:s|ed|ing)?|[Ss]ync(?:s|ed|ing)?|[Mm]erg(?:e|es|ed|ing)|[Gg]rabb(?:ed|ing)|[Uu]pdat(?:e|es|ed|ing))\s+(?:in\s+)?(?:the\s+)?latest\b[^.\n]{0,40}?\bfrom\s+@?([A-Z][\w.-]{1,38})/g;
const BRANCHES = new Set("master main trunk develop development dev head origin upstream github git svn remote".split(" "));

/** The words of the messages that credit an update to someone else, or none (once per change). */
const updatesByChange = new WeakMap<Change, string[]>();
function updateMessages(change: Change): string[] {
  let found = updatesByChange.get(change);
  if (found) return found;
  const authors = authorWords(change);
  found = changeMessages(change).filter((m) =>
    [...m.matchAll(PULLED_LATEST)].some((x) => !BRANCHES.has(x[1]!.toLowerCase()) && !authors.has(x[1]!.toLowerCase())),
  );
  updatesByChange.set(change, found);
  return found;
}

/**
 * Whether `file` is the copy such a message updates: the message names it (`massive` for
 * `Massive/Massive.cs`), by a name of four letters or more. Its lines are the other author's, however
 * few the update changed.
 */
export function updatedCopy(file: ChangedFile, change: Change): boolean {
  const stem = /([^/]+?)(?:\.[^./]+)?$/.exec(file.path)?.[1] ?? "";
  if (stem.length < 4) return false;
  const named = new RegExp(`(?:^|[^\\w])${escapeRegExp(stem)}(?![\\w])`, "i");
  return updateMessages(change).some((m) => named.test(m));
}

import type { Change, ChangedFile } from "../model/change.js";
import { changeMessages } from "../text/change-messages.js";

// A message that says code was brought in from elsewhere: "Import implementation of
// minimal-lexical", "copied here from <url>", "vendor jquery", "port of Go's strconv", "fork of …".
// What follows the phrase (to the end of its line) names what was copied.
const ANNOUNCES_COPY =
  /\b(?:import(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:implementation|copy|version|snapshot|sources?|code)\s+of|cop(?:y|ies|ied|ying)\s+(?:verbatim\s+)?(?:here\s+|over\s+)?from|(?:a\s+)?copy\s+of|vendor(?:s|ed|ing)?|port(?:ed)?\s+(?:of|from)|fork(?:ed)?\s+(?:of|from)|(?:taken|borrowed|adapted)\s+from|borrow(?:s|ing)\s+(?:the\s+)?)\b([^\n]{0,200})/gi;
// Where the sentence goes on to say why ("… to get RS working with .NET Client Profile"): the names end there.
const CLAUSE_END = /\b(?:to|for|so|because|since|which|that|in order)\b/i;
const MAX_NAMES = 30;
const MIN_NAME = 4;
// Words of the sentence that name no file: the phrase's own words, hosts and URL parts.
const NOT_NAMES = new Set(
  (
    "this that these those from with into here there their which also only some other over under were been have code codes source sources " +
    "implementation implementations version copy copied directory folder file files project library module modules package packages " +
    "upstream original originally github gitlab bitbucket https http tree blob master main commit commits release tests test latest " +
    "directly verbatim repository repo crate crates gifted license licensed under author authors"
  ).split(" "),
);

// A message that says a whole project was brought into this repository: "initial import of
// regex-automata", "import SwiftPoet", "vendor idna", or moved, merged, brought or copied *into* it
// ("copies my regex-automata work into this crate", "merge foo into the monorepo").
const ANNOUNCES_IMPORT =
  /\b(?:(?:import(?:s|ed|ing)?|vendor(?:s|ed|ing)?)(?:\s+of)?\s+([^\n]{1,200})|(?:mov(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|bring(?:s|ing)?|brought|cop(?:y|ies|ied|ying))\s+([^\n]{1,200}?)\s+in(?:to)?\b)/gi;

// A message that names files it brings from another project: "Import JsonReader and JsonWriter from Gson".
const IMPORTS_FROM = /\bimport(?:s|ed|ing)?\s+([^\n]{1,200}?)\s+from\s+(?:the\s+)?([\w.-]+)/gi;

// A message that says it adds an existing body of code, named: "Added the old Avalon Excalibur CLI
// package" (commons-cli 107ea069b9, the avalon/ folder). "old", "existing", "legacy" say it was
// written before the change; what they name is the folder it lands in.
const ANNOUNCES_EXISTING =
  /\b(?:add(?:s|ed|ing)?|import(?:s|ed|ing)?|bring(?:s|ing)?|brought|includ(?:e|es|ed|ing))\s+(?:in\s+)?(?:the|an?)\s+(?:old|existing|legacy|original|former)\s+([^\n]{1,120}?)\s+(?:package|library|module|code(?:base)?|sources?|project|implementation)\b/gi;

// A message that says the code was moved or copied from a named project: "initial commit (code,
// tests moved from pytest and adapted)" (pluggy d52233200b), "initial copy from Otto" (go-plugin fd638d0f24).
const MOVED_FROM = /\b(?:moved|copy|copied|taken|extracted|split\s+out|ported|migrated|imported)\s+(?:over\s+)?from\s+(?:the\s+)?([A-Za-z][\w.-]{1,60})/gi;

const namesByChange = new WeakMap<Change, Set<string>>();
const existingByChange = new WeakMap<Change, Set<string>>();
const importsByChange = new WeakMap<Change, Set<string>>();
const importsFromByChange = new WeakMap<Change, Set<string>>();

/** The names a message gives to what it copied in: words, and hyphenated names joined (`minimal-lexical` → `minimallexical`). Once per change. */
export function announcedNames(change: Change): Set<string> {
  let names = namesByChange.get(change);
  if (!names) namesByChange.set(change, (names = readNames(change, ANNOUNCES_COPY)));
  return names;
}

/** The names a message gives to a project it imports, vendors, or moves or merges into this one (see ANNOUNCES_IMPORT). Once per change. */
export function importedNames(change: Change): Set<string> {
  let names = importsByChange.get(change);
  if (!names) importsByChange.set(change, (names = readNames(change, ANNOUNCES_IMPORT)));
  return names;
}

/**
 * The names a message gives to what it imports from another project ("Import JsonReader and
 * JsonWriter from Gson" → `jsonreader`, `jsonwriter`): not from this repository (a branch, a
 * file of its own). Once per change.
 */
export function importedFromNames(change: Change): Set<string> {
  let names = importsFromByChange.get(change);
  if (!names) {
    const own = new Set([change.repository?.name, change.repository?.owner].flatMap((n) => (n ? [joined(n).toLowerCase()] : [])));
    const elsewhere = (m: RegExpMatchArray) => !own.has(joined(m[2]).toLowerCase()) && !NOT_A_PROJECT.has(m[2].toLowerCase());
    importsFromByChange.set(change, (names = readNames(change, IMPORTS_FROM, elsewhere)));
  }
  return names;
}
// "Move Inflector in String", "moved `Parser` into core": a capitalised or quoted name, then where it goes.
const MOVES_IN =
  /\b[Mm]ov(?:e|es|ed|ing)\s+(?:the\s+)?[`'"]?([A-Z][\w-]{2,60})[`'"]?\s+(?:component\s+|package\s+|module\s+|code\s+)?(?:in|into|to|under)\s+(?=\S)/g;
const movedInByChange = new WeakMap<Change, Set<string>>();

/**
 * The names a message gives to code it moves in from elsewhere: "[String] Move Inflector in String" (symfony/string
 * 190fea9707: the Inflector component moved into the String component's `Inflector/` in the monorepo, which the split
 * repository shows as added; its complexity judged not worth saying twice on set 42). Once per change.
 */
export function movedInNames(change: Change): Set<string> {
  let names = movedInByChange.get(change);
  if (!names) {
    names = new Set<string>();
    for (const text of changeMessages(change)) for (const m of text.matchAll(MOVES_IN)) names.add(joined(m[1]).toLowerCase());
    movedInByChange.set(change, names);
  }
  return names;
}

/** The names a message gives to an existing body of code it adds ("the old Avalon Excalibur CLI package" → `avalon`, `excalibur`). Once per change. */
export function existingCodeNames(change: Change): Set<string> {
  let names = existingByChange.get(change);
  if (!names) existingByChange.set(change, (names = readNames(change, ANNOUNCES_EXISTING)));
  return names;
}

/** Whether a message says the change's code was moved or copied from another project, named ("moved from pytest"), not from this one or a branch. */
export function saysMovedFromProject(change: Change): boolean {
  const own = new Set([change.repository?.name, change.repository?.owner].flatMap((n) => (n ? [joined(n).toLowerCase()] : [])));
  const texts = changeMessages(change);
  return texts.some((t) =>
    [...t.matchAll(MOVED_FROM)].some((m) => {
      const name = m[1].replace(/[.-]+$/, "").toLowerCase();
      return !own.has(joined(name)) && !NOT_A_PROJECT.has(name) && !NOT_NAMES.has(name);
    }),
  );
}

/**
 * A message that says the change ports another project as it stood at a named commit or version:
 * "Based on tz-rs commit b8675e2…, with substantial modifications from me" (chrono 4646ec2c1c, its
 * `tz_info/` a port of tz-rs), "port of inih r52", "adapted from zstd v1.5.2", "copied from
 * left-pad@1.3.0". The commit or version is what makes it a port: "based on the user's input" or
 * "based on #123" names none, and "based on alice's commit …" (a possessive) is a colleague's work.
 */
const SHA = String.raw`(?=[0-9a-f]{0,39}\d)[0-9a-f]{7,40}\b`;
const VERSION = String.raw`v?\d+(?:\.\d+){1,3}\b`;
/** A version marked as one by its prefix (`v1.5`, `v2`, `r52`): a bare "python 3.8" says what the code needs, not what it ports. */
const MARKED_VERSION = String.raw`(?:v\d+(?:\.\d+){0,3}|r\d+)\b`;
const PORT_AT_VERSION = new RegExp(
  String.raw`\b(?:based\s+(?:heavily\s+|largely\s+|closely\s+|loosely\s+)?on|port(?:ed)?\s+(?:of|from)|(?:copied|taken|adapted|derived|forked|vendored|imported|translated)\s+from)\s+(?:the\s+)?([A-Za-z][\w./-]{1,60}?)` +
    String.raw`(?:\s+(?:at\s+)?(?:commit|revision|rev)\s+${SHA}|\s+(?:version|release|tag)\s+${VERSION}|\s+at\s+(?:${SHA}|${MARKED_VERSION})|\s*@\s*(?:${SHA}|${VERSION})|\s+${MARKED_VERSION})`,
  "gi",
);
/** Words that stand where PORT_AT_VERSION wants a project's name but name none (the commit itself, a branch, this work). */
const NOT_PORTED_NAMES = new Set(
  "commit commits revision rev version release tag pr issue ticket review feedback previous last earlier latest current original initial same top our my your their its this that".split(
    " ",
  ),
);

const portByChange = new WeakMap<Change, boolean>();

/**
 * Whether a message says the change ports another project at a named commit or version (see
 * PORT_AT_VERSION), not this repository itself or a branch of it. Once per change.
 *
 * The message is the author's, hostile input like every word of a pull request: a caller may let it
 * quiet only the structural rules, and only on the files the change adds (a port's shape is the
 * source's; an edit of the project's own files stays reviewed). Never tests-required, no-secrets or
 * issue-reference: a title must not switch a check off.
 */
export function saysPortAtVersion(change: Change): boolean {
  let says = portByChange.get(change);
  if (says === undefined) {
    const own = new Set([change.repository?.name, change.repository?.owner].flatMap((n) => (n ? [joined(n).toLowerCase()] : [])));
    says = changeMessages(change).some((t) =>
      [...t.matchAll(PORT_AT_VERSION)].some((m) => {
        const name = m[1].replace(/[./-]+$/, "").toLowerCase();
        return !own.has(joined(name)) && !NOT_A_PROJECT.has(name) && !NOT_PORTED_NAMES.has(name);
      }),
    );
    portByChange.set(change, says);
  }
  return says;
}

/** What "from" names that is not another project. */
const NOT_A_PROJECT = new Set("master main branch upstream here there this that it them base trunk develop a an one another other elsewhere".split(" "));

function readNames(change: Change, phrase: RegExp, accept: (m: RegExpMatchArray) => boolean = () => true): Set<string> {
  const texts = changeMessages(change);
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(phrase)) {
      if (!accept(m)) continue;
      if (!addNames(names, namedWords(m))) return names;
    }
  }
  return names;
}

/** The words of the clause a phrase introduces, hyphenated names joined as well as split. */
function namedWords(m: RegExpMatchArray): string[] {
  const rest = m
    .slice(1)
    .find((g) => g !== undefined)!
    .split(CLAUSE_END)[0];
  return [...(rest.match(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+/g) ?? []).map(joined), ...rest.split(/[^A-Za-z0-9]+/)].map((x) => x.toLowerCase());
}

/** Adds the words that may name a project; false once `names` is full. */
function addNames(names: Set<string>, words: string[]): boolean {
  for (const w of words) {
    if (names.size >= MAX_NAMES) return false;
    if (w.length >= MIN_NAME && !NOT_NAMES.has(w) && !/^\d+$|^[0-9a-f]{7,}$/.test(w)) names.add(w);
  }
  return true;
}

export function joined(name: string): string {
  return name.replace(/[-_.]/g, "");
}

/**
 * The pieces of a path a name may match: each folder and the file name, whole and split at `-`,
 * `_` and `.`, and a folder's words too (`MonoHttp/` is Mono's).
 */
function pathPieces(path: string): string[] {
  const parts = path.split("/");
  const folderWords = parts.slice(0, -1).flatMap((part) => part.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? []);
  return [...parts.flatMap((part) => [joined(part), ...part.split(/[-_.]/)]), ...folderWords].map((p) => p.toLowerCase());
}

/**
 * New files that the change's own words say were copied from elsewhere ("Import implementation of
 * minimal-lexical" adding `src/lexical/*.rs`): a folder or file of theirs carries a name the
 * message gives to what it copied. Only files the change adds whole: a message cannot take an
 * edit of the project's own files out of the count.
 */
export function announcedCopies(change: Change, files: ChangedFile[]): ChangedFile[] {
  const added = files.filter((f) => f.status === "added");
  if (added.length === 0) return [];
  const names = announcedNames(change);
  if (names.size === 0) return [];
  return added.filter((f) => pathPieces(f.path).some((p) => names.has(p)));
}

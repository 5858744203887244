import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { headFacts, headText } from "../syntax/change-facts.js";
import { generatedByItsHeader } from "../syntax/generated.js";
import { thirdPartyFiles } from "../text/authored-files.js";
import { libraryRelease } from "../text/tool-written.js";
import { copiedIn, notAuthored } from "./not-authored.js";
import { wholeFunctionAdded } from "./structure/fresh-code.js";
import { creditedFunction } from "./port-notices.js";
import { creditedBlockLines } from "./credited-blocks.js";
import { inChangeSyncedFolder } from "./synced-folders.js";

// A header that says the code came from elsewhere, in the words copied-in files use besides
// "copied from": "Adapted from …", "Ported from …", "Based on code by …", "copied (almost) as-is from: <url>",
// and DefinitelyTyped's typings (joi 0a8eb534d3 imported its `index.d.ts` from there, TODOs and all).
// Not "derived from": a docstring says a key is derived from a secret.
const CAME_FROM =
  /\b(?:adapted|ported|borrowed)\s+from\b|\b(?:copied|taken|imported)\b[^.\n]{0,30}\bfrom:?\s*(?:\n\W*)?https?:\/\/|\bDefinitelyTyped\b|\boriginally\s+(?:from|written\s+for)\b|\bbased\s+on\s+(?:code|work)\s+(?:from|by)\b/i;
// A licence or copyright notice, and a repository on a code host: together, another project's header
// (a vendored SimpleJson.cs names its MIT licence and its home on GitHub).
const NOTICE = /\bcopyright\b|\blicen[cs]ed?\b/i;
const REPOSITORY_URL = /\bhttps?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeplex\.com|sourceforge\.net)\/([\w.-]+)(?:\/([\w.-]+))?/gi;
const HEADER_CHARS = 1500;
// NuGet source packages unpack into `App_Packages/<Package>.<version>/` (ApiApprover.3.0.1): another project's code.
const NUGET_SOURCE_PACKAGE = /(^|\/)App_Packages\//i;

/**
 * Why the TODOs of this file are not its author's, or undefined when they are: the file is vendored,
 * third-party, test data, build output, generated, or copied in from another project (its header
 * says where it came from or links to another project's repository; a foreign licence alone
 * only on a new file). A TODO that came with copied code is the original authors' note; asking
 * for an issue for it is noise. So is asking to delete the code another project left commented out
 * (mkdocs 9cc8f24981's update of lunr-languages, whose files' banners name their home: four
 * no-commented-out-code findings judged not worth saying on set 32).
 */
export function notAuthoredHere(file: ChangedFile, change: Change, found: Lookups, thirdParty: Set<ChangedFile>): string | undefined {
  // Not authored-files' test-data list: a hand-written `mock/` package (retrofit-mock) is the author's code.
  const byPath = notAuthored(file.path, change);
  if (byPath) return byPath;
  if (NUGET_SOURCE_PACKAGE.test(file.path)) return "a source package's code";
  if (thirdParty.has(file)) return "third-party code";
  if (inChangeSyncedFolder(file.path, change, found)) return "a folder synced from elsewhere";
  const text = headText(file, found);
  if (text === undefined) return undefined;
  const header = text.slice(0, HEADER_CHARS);
  const added = file.status === "added";
  // An edited file's provenance is read at base: a header this change writes must not silence its TODOs.
  const base = added ? undefined : found.baseContents?.get(file.previousPath ?? file.path);
  if (generatedByItsHeader(file, text, base)) return "generated";
  const baseHeader = added ? header : base?.slice(0, HEADER_CHARS);
  // A library's release copied in (fluentassertions 66c294d587's docs site bringing Magnific Popup
  // v1.1.0 and lunr 2.1.5, their banners naming version and holder): its TODOs are the library's.
  // An edited file's banner is read at base: a banner this change writes cannot vouch for it.
  const release = added ? text : base;
  if (release !== undefined && libraryRelease(file.path, release)) return "a library's release";
  // With the change at hand, a header under another holder's copyright and terms (Mono's) is a copy too.
  if (copiedIn(file, text, { change, baseText: base, baseTexts: found.baseContents }) || (baseHeader !== undefined && CAME_FROM.test(baseHeader)))
    return "copied in";
  // A file copied in earlier and edited now (a vendored copy updated) still names its home. Only
  // when this repository is known: a project's own header may link to its own repository.
  if ((added || change.repository) && foreignProjectHeader(header, change)) return "another project's file";
  return undefined;
}

/** The files of the change that hold other projects' code by their folder: computed once per review. */
export function thirdPartyOf(change: Change): Set<ChangedFile> {
  return thirdPartyFiles(change.files);
}

/** A licence or copyright notice that links to a repository other than this one. */
function foreignProjectHeader(header: string, change: Change): boolean {
  if (!NOTICE.test(header)) return false;
  const own = change.repository;
  for (const [, owner, name] of header.matchAll(REPOSITORY_URL)) {
    if (!own) return true;
    if (owner.toLowerCase() !== own.owner.toLowerCase() || (name !== undefined && name.replace(/\.git$/, "").toLowerCase() !== own.name.toLowerCase()))
      return true;
  }
  return false;
}

const creditedByFile = new WeakMap<ChangedFile, Set<number>>();

/**
 * The lines of the functions the change adds whole under a doc comment that credits them to another
 * source (port-notices' creditedFunction: "Copy formatargspec from python 3.7 standard library"): a
 * TODO inside came with the code, the source's note, not the author's. A function the change only
 * edits stays the author's, and so does a TODO added to it. Parsed only when asked: a file with a
 * TODO that would be reported.
 */
export function creditedFunctionLines(file: ChangedFile, found: Lookups): Set<number> {
  let lines = creditedByFile.get(file);
  if (lines) return lines;
  lines = new Set();
  const text = headText(file, found);
  const functions = text === undefined ? [] : (headFacts(file, found)?.functions ?? []);
  const split = text?.split("\n") ?? [];
  for (const fn of functions) if (wholeFunctionAdded(file, fn) && creditedFunction(split, fn)) for (let l = fn.start; l <= fn.end; l++) lines.add(l);
  // Any other block added whole under a "Copied from" comment (credited-blocks.ts).
  if (text !== undefined) for (const l of creditedBlockLines(file, split)) lines.add(l);
  creditedByFile.set(file, lines);
  return lines;
}

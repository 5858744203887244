import type { ChangedFile } from "../model/change.js";
import type { Lookups } from "../engine/rule.js";
import { foldersOf } from "../text/path-folders.js";
import { folderLicence } from "./not-authored.js";

/**
 * A new file of a package copied in whole with its own licence (not-authored.ts's inCopiedPackage:
 * BurntSushi/toml's `internal/toml-test/`, toml-test's runner with its COPYING, judged "not worth
 * saying" on set 16), for a rule the engine runs one file at a time. Only the whole change tells
 * such a package (the licence added beside it, no manifest), so the rule's `needs` asks for the
 * licence's text when it does (copiedPackageLicence), and this reads that text as the witness: a
 * licence in one of the file's folders among the head texts. One pass over the texts' paths per review.
 */
const dirsByTexts = new WeakMap<Map<string, string>, Set<string>>();

export function inWitnessedCopy(file: ChangedFile, found: Lookups): boolean {
  if (file.status !== "added") return false;
  let dirs = dirsByTexts.get(found.fileContents);
  if (!dirs) {
    dirs = new Set([...found.fileContents.keys()].filter(folderLicence).map((p) => p.slice(0, p.lastIndexOf("/") + 1)));
    dirsByTexts.set(found.fileContents, dirs);
  }
  if (dirs.size === 0) return false;
  return foldersOf(file.path).some((dir) => dirs.has(dir));
}

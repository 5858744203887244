import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { changeMessages } from "../text/change-messages.js";
import { isCodeFile } from "../text/languages.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { headerOf } from "./not-authored.js";
import { portNotice } from "./port-notices.js";

/** "Sync to ulfjack/ryu@1c413e1", "Synced with upstream google/re2", "Sync from https://github.com/x/y": the repository synced from. */
const SYNC =
  /\bsync(?:s|ed|ing)?\s+(?:to|with|from)\s+(?:upstream\s+)?(?:https?:\/\/github\.com\/)?([A-Za-z0-9][\w-]{0,38})\/([\w.-]{1,100}?)(?:@[0-9a-f]{7,40})?(?=[\s,;:)]|\.(?![\w-])|$)/gi;
/** Changed code files read at head for their notices, at most. */
const MAX_READ = 200;

export interface SyncSource {
  owner: string;
  repo: string;
}

/** The repositories the change's messages say it syncs from, not this one. */
export function syncSources(change: Change): SyncSource[] {
  const self = change.repository ? `${change.repository.owner}/${change.repository.name}`.toLowerCase() : "";
  const found = changeMessages(change).flatMap((t) => [...t.matchAll(SYNC)].map((m) => ({ owner: m[1], repo: m[2].replace(/\.git$/, "") })));
  return found.filter((s) => `${s.owner}/${s.repo}`.toLowerCase() !== self).slice(0, 3);
}

/** The changed code files whose head texts vouch for a sync: read for their headers. */
export function syncReads(change: Change): string[] {
  return syncSources(change).length === 0
    ? []
    : syncFiles(change)
        .map((f) => f.path)
        .slice(0, MAX_READ);
}

const syncFiles = (change: Change) => change.files.filter((f) => f.status !== "removed" && !f.binary && isCodeFile(f.path) && !isRestored(f));

/**
 * Code a sync takes from the upstream its repository ports (#10): dtolnay/ryu's "Sync to ulfjack/ryu@d4114ce", whose
 * files say "Translated from C to Rust. The original C code can be found at https://github.com/ulfjack/ryu". The new
 * functions, TODOs and C comments it brings are upstream's, line for line (set 45: two TODOs, two functions' complexity
 * and a C line kept as a comment, all judged not worth saying). Two marks, both needed: the message names the
 * repository synced from, and a changed file of the folder carries a port notice naming that repository on lines the
 * change did not write. Then every changed code file of that folder is marked, a new one too (ryu's `s2f.rs` came
 * with no header of its own).
 */
export function markUpstreamSync(change: Change, headTexts: (paths: string[]) => Map<string, string>): void {
  const sources = syncSources(change);
  if (sources.length === 0) return;
  const files = syncFiles(change);
  const texts = headTexts(files.map((f) => f.path).slice(0, MAX_READ));
  const vouched = new Set<string>();
  for (const f of files) {
    const text = texts.get(f.path);
    if (text !== undefined && sources.some((s) => portsFrom(f, headerOf(text), s))) vouched.add(folderOf(f.path));
  }
  for (const f of files)
    if (vouched.has(folderOf(f.path)))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        "synced from the upstream project its folder's port notices name",
      );
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** The header is a port notice naming the source's repository, on a line the change did not add. */
function portsFrom(f: ChangedFile, header: string, s: SyncSource): boolean {
  if (!portNotice(header)) return false;
  const url = new RegExp(`github\\.com/${escapeRegExp(s.owner)}/${escapeRegExp(s.repo)}(?![\\w.-])`, "i");
  const added = new Set(f.addedLines.map((l) => l.line));
  return header.split("\n").some((line, i) => url.test(line) && !added.has(i + 1));
}

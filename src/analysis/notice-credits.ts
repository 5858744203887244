import type { Change } from "../model/change.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * A file the change's own notice credits to another project: gunicorn adds `gunicorn/debug.py`
 * and, in the same change, a `gunicorn.debug` section to NOTICE, "Based on eventlet.debug module
 * under MIT license", with eventlet's copyright lines. The licence a copy must carry says where it
 * came from as plainly as a header would.
 */
const NOTICE_FILE = /(?:^|\/)(?:NOTICE|THIRD[-_ ]?PARTY[-_\w]*|ThirdPartyNotices|CREDITS|ACKNOWLEDG\w*|LICENSE[-_]3rd[-_]?party)(?:\.\w+)?$/i;
/** What makes an added section a credit: another work's copyright or licence, or "based on …". */
const CREDIT = /\bcopyright\b|\(c\)\s*\d{4}|\blicen[cs]ed?\b|\bbased on\b|\b(?:copied|derived|adapted|ported) from\b/i;
/** The notices' added text read, at most: a notice is short; a pasted licence bundle says nothing more past this. */
const MAX_CHARS = 20_000;

const noticeByChange = new WeakMap<Change, string>();

/** The lines the change adds to its notice files, joined (once per change). */
function addedNotice(change: Change): string {
  let text = noticeByChange.get(change);
  if (text === undefined) {
    text = "";
    for (const f of change.files) {
      if (!NOTICE_FILE.test(f.path)) continue;
      for (const l of f.addedLines) {
        if (text.length >= MAX_CHARS) break;
        text += `${l.text.slice(0, 500)}\n`;
      }
    }
    if (!CREDIT.test(text)) text = "";
    noticeByChange.set(change, text);
  }
  return text;
}

/**
 * Whether the change adds a credit to its notice file that names `path`: by its path
 * (`gunicorn/debug.py`, or without its extension) or as a module (`gunicorn.debug`). Only names
 * with a folder in them: a bare file name ("debug") says too little.
 */
export function creditedInNotice(path: string, change: Change): boolean {
  const notice = addedNotice(change);
  if (notice === "" || !path.includes("/")) return false;
  const stem = path.replace(/\.\w+$/, "");
  const names = [path, stem, stem.replace(/\//g, ".")];
  return names.some((name) => new RegExp(`(?:^|[\\s\`'"(])${escapeRegExp(name)}(?![\\w/]|\\.\\w)`, "m").test(notice));
}

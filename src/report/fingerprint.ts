import { createHash } from "node:crypto";
import type { Finding } from "../engine/rule.js";

/**
 * Identifies an inline comment by rule, path and the line's text, not its number, so a later push
 * that only moves the line does not post the same comment again.
 */
export function fingerprint(f: Finding, lineText: string): string {
  return createHash("sha1")
    .update(`${f.rule}\0${f.path ?? ""}\0${lineText.trim()}`)
    .digest("hex")
    .slice(0, 10);
}

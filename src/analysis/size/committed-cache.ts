import type { Change } from "../../model/change.js";
import { toolCache } from "../../text/authored-files.js";
import type { Limits } from "./limits.js";
import { size, countedFiles, plainCandidates } from "./counted-files.js";

// A change big only by the tool caches it commits: the finding says to remove them.

/** Cache files named in the message, at most. */
const MAX_CACHES_NAMED = 3;

/**
 * A change over the line limit only by the tool caches and IDE state it commits, which are most of
 * its added lines: the useful word is to take them out and ignore them (#11), not to split it.
 * Deleting a cache is the fix itself, so only added or edited ones count.
 */
export function committedCache(change: Change, opts: Limits) {
  const files = countedFiles(change).filter((f) => f.status !== "removed");
  const caches = files.filter((f) => toolCache(f.path));
  const cacheLines = caches.reduce((n, f) => n + f.additions, 0);
  const allLines = files.reduce((n, f) => n + f.additions, 0);
  const rest = plainCandidates(change).reduce((n, f) => n + size(f), 0);
  if (caches.length === 0 || cacheLines * 2 <= allLines || cacheLines + rest <= opts.max_lines || rest > opts.max_lines) return undefined;
  const names = [...new Set(caches.map((f) => f.path.slice(f.path.lastIndexOf("/") + 1).replace(/`/g, "")))];
  const what =
    names.length > MAX_CACHES_NAMED
      ? `${names.length} files a tool wrote (\`${names.slice(0, MAX_CACHES_NAMED).join("`, `")}\`…)`
      : `\`${names.join("`, `")}\``;
  return { messageId: "toolCache", data: { what, cacheLines, allLines, lines: rest } };
}

import type { ChangedFile } from "../model/change.js";
import { extensionOf, isCodeFile } from "../text/languages.js";

// Folders named for a language (`src/main/java/` beside `src/main/kotlin/`): a port may move between them.
const LANGUAGE_FOLDER = /^(java|kotlin|kt|groovy|scala|js|javascript|ts|typescript|coffee|objc|swift|cs|csharp|fs|fsharp|vb|py|python|rb|ruby|go|rust|c|cpp)$/i;

/**
 * The files of a change that port code to another language: a file deleted beside a new one of the
 * same name in another language (leakcanary's `HeapAnalyzer.java` → `HeapAnalyzer.kt`), or renamed
 * so. Each new file is read against its deleted twin, line by line: a translation, not new design.
 * Both sides of each pair are returned.
 */
export function languagePorts(files: ChangedFile[]): Set<ChangedFile> {
  const ports = new Set<ChangedFile>();
  const removed = new Map<string, ChangedFile[]>();
  for (const f of files) if (f.status === "removed" && isCodeFile(f.path)) removed.set(stem(f.path), [...(removed.get(stem(f.path)) ?? []), f]);
  for (const f of files) {
    if (!isCodeFile(f.path)) continue;
    if (f.status === "renamed" && f.previousPath !== undefined && isCodeFile(f.previousPath) && ported(f.previousPath, f.path)) ports.add(f);
    if (f.status !== "added") continue;
    const twin = removed.get(stem(f.path))?.find((r) => ported(r.path, f.path));
    if (twin) ports.add(f).add(twin);
  }
  return ports;
}

/** Whether two paths of the same stem are in different languages (not `.js` beside `.min.js`). */
function ported(from: string, to: string): boolean {
  return extensionOf(from) !== extensionOf(to) && stem(from) === stem(to);
}

/** A path without its extension, its language folders written alike. */
function stem(path: string): string {
  const dot = path.lastIndexOf(".");
  const bare = dot > path.lastIndexOf("/") ? path.slice(0, dot) : path;
  return bare
    .split("/")
    .map((s, i, all) => (i < all.length - 1 && LANGUAGE_FOLDER.test(s) ? "*" : s))
    .join("/");
}

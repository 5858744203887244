import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { Minimatch } from "minimatch";

const MAGIC = /[*?[\]{}]/;
/** Folders a coverage glob never needs to walk. */
const SKIP = new Set([".git", "node_modules"]);

/**
 * `--coverage` arguments → files. A plain path is kept as given (a missing one is reported by
 * the reader, with its name); a glob is matched below its fixed leading folders, so
 * `coverage/** /lcov.info` walks only `coverage/`. Node 20 has no fs.glob.
 */
export function expandCoverageArgs(args: string[], cwd: string): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (!MAGIC.test(arg)) {
      files.push(resolve(cwd, arg));
      continue;
    }
    const segments = arg.split("/");
    const fixed = segments
      .slice(
        0,
        segments.findIndex((s) => MAGIC.test(s)),
      )
      .join("/");
    const root = resolve(cwd, fixed || ".");
    const matcher = new Minimatch(arg.replace(/^\.\//, ""), { dot: true });
    const found = existsSync(root) ? walk(root).filter((f) => matcher.match(relative(cwd, f))) : [];
    if (found.length === 0) unmatched.push(arg);
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], unmatched };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

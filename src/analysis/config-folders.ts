/**
 * Where a tool's config for a file may sit: the file's own folder and each one above it, up to the
 * repository root. Formatter and linter configs apply to the files below them (a module's own
 * `pom.xml`, `.rubocop.yml` or `detekt.yml` before the root's).
 */

/** Folders from the file's own up to the repository root: `a/b/c.ts` → `a/b`, `a`, ``. */
export function ancestors(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  const out: string[] = [];
  for (let n = parts.length; n >= 0; n--) out.push(parts.slice(0, n).join("/"));
  return out;
}

/** A file name in a folder (`""` is the root). */
export const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

/** The path relative to a config's folder: `a/b/c.rb` under `a/.rubocop.yml` is `b/c.rb`. */
export function relativeTo(config: string, path: string): string {
  const dir = config.includes("/") ? config.slice(0, config.lastIndexOf("/") + 1) : "";
  return path.startsWith(dir) ? path.slice(dir.length) : path;
}

/** The first of these config files found from the file's folder up (or in `folders`, nearest first), with its text. */
export function nearestConfig(
  path: string,
  names: string[],
  texts: Map<string, string>,
  folders = ancestors(path),
): { file: string; text: string } | undefined {
  for (const dir of folders)
    for (const name of names) {
      const text = texts.get(join(dir, name));
      if (text !== undefined) return { file: join(dir, name), text };
    }
  return undefined;
}

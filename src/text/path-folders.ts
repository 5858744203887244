/** A path's folders, each with its trailing `/`, outermost first, the root left out: `a/b/c.cs` → `a/`, `a/b/`. */
export function foldersOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) out.push(path.slice(0, i + 1));
  return out;
}

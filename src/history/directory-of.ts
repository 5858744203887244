/** Folders that hold packages rather than being one: their children are the unit a team owns. */
const CONTAINERS = new Set(["src", "lib", "libs", "packages", "apps", "services", "modules", "pkg", "cmd", "internal", "crates", "plugins"]);

/**
 * The directory (or package) a path belongs to for the per-directory table: its top-level folder,
 * or `packages/x`, `src/x` when the top level only holds packages. Files at the root share "(root)".
 */
export function directoryOf(path: string): string {
  const parts = path.split("/");
  if (parts.length === 1) return "(root)";
  if (CONTAINERS.has(parts[0]) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

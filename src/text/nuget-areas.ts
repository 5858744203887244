import type { ChangedFile } from "../model/change.js";

/**
 * An ASP.NET area that a NuGet package installs as source: Microsoft.AspNet.WebApi.HelpPage writes
 * `Areas/HelpPage/` (its controllers, sample generators and views, 2,000 lines) into the project.
 * A new file under `Areas/<Name>/` is the package's when the same change adds a package whose id
 * ends with `.<Name>` to that project's `packages.config`: the author ran the installer, and
 * reviews what follows. An area the team writes has no package of its name.
 */

const AREA_FILE = /^(.*?)Areas\/([^/]+)\//;
const PACKAGE_ID = /<package\s+id="([^"]+)"/g;

/** The new files of the change that a package it installs wrote into an area of its name. */
export function packageAreas(files: ChangedFile[]): Set<ChangedFile> {
  // Package ids added to each project folder's packages.config, read from the diff's added lines.
  const installed = new Map<string, Set<string>>();
  for (const f of files) {
    if (f.status === "removed" || !/(?:^|\/)packages\.config$/i.test(f.path)) continue;
    const dir = f.path.slice(0, f.path.lastIndexOf("/") + 1);
    const ids = installed.get(dir) ?? new Set<string>();
    for (const line of f.addedLines) for (const m of line.text.matchAll(PACKAGE_ID)) ids.add(m[1].toLowerCase());
    installed.set(dir, ids);
  }
  if (installed.size === 0) return new Set();
  return new Set(
    files.filter((f) => {
      const m = f.status === "added" ? AREA_FILE.exec(f.path) : null;
      const ids = m ? installed.get(m[1]) : undefined;
      const suffix = m ? `.${m[2].toLowerCase()}` : "";
      return ids !== undefined && [...ids].some((id) => id.endsWith(suffix));
    }),
  );
}

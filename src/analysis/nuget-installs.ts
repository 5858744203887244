import type { Change, ChangedFile } from "../model/change.js";

/**
 * Files NuGet writes into a .NET project when a package is installed: a web library's scripts and
 * styles in the project's `Scripts/` and `Content/` (Respond's `respond.js`, jQuery Validation's
 * `jquery.validate.js`), and the source a content package scaffolds into an ASP.NET area
 * (`Microsoft.AspNet.WebApi.HelpPage` writes `Areas/HelpPage/`). MediatR 8bdb112317 set up a Web
 * API example that way; its long functions were judged "not worth saying" (session 13): the
 * package's code, not the author's. The packages.config lines the change adds say what it
 * installs, so only a new file the same change brings beside such a line counts.
 */
const PACKAGES_CONFIG = /(?:^|\/)packages\.config$/i;
const PACKAGE_ID = /<package\s+id\s*=\s*"([A-Za-z][\w.-]{0,100})"/i;
/** Where NuGet puts a web package's files, under the project's folder. */
const WEB_CONTENT = /^(?:Scripts|Content)\/(?:[^/]+\/)*([^/]+)\.(?:m?js|css|ts)$/;
/** The suffixes a release adds to its file's name: its version, its minified, debug and IntelliSense variants. */
const RELEASE_SUFFIX = /(?:[-.]\d[\w.-]*)?(?:[.-](?:min|debug|intellisense))?(?:-vsdoc)?$/i;
/** An ASP.NET area a package scaffolds, named for the package's last word (`Areas/HelpPage/`). */
const AREA = /^Areas\/([^/]+)\//;
/** A package name too short to tell one library from a project's own file (`Owin`, `Core`, `Mvc`). */
const MIN_NAME = 5;

interface Install {
  /** The project's folder (where its packages.config is), with its trailing slash. */
  root: string;
  /** The ids of the packages the change adds to it, lowercased. */
  ids: string[];
}

const installsByChange = new WeakMap<Change, Install[]>();

/** The packages each project's packages.config gains in the change (from its added lines), once per change. */
function installs(change: Change): Install[] {
  let out = installsByChange.get(change);
  if (out) return out;
  out = change.files
    .filter((f) => f.status !== "removed" && PACKAGES_CONFIG.test(f.path))
    .map((f) => ({ root: f.path.slice(0, f.path.lastIndexOf("/") + 1), ids: addedIds(f) }))
    .filter((i) => i.ids.length > 0);
  installsByChange.set(change, out);
  return out;
}

function addedIds(file: ChangedFile): string[] {
  return file.addedLines.flatMap((l) => PACKAGE_ID.exec(l.text.slice(0, 300))?.[1]?.toLowerCase() ?? []);
}

/** Whether the change adds `file` as a file of a NuGet package it installs in the same project. */
export function nugetInstalled(file: ChangedFile, change: Change): boolean {
  if (file.status !== "added") return false;
  return installs(change).some(({ root, ids }) => file.path.startsWith(root) && installedBy(file.path.slice(root.length), ids));
}

function installedBy(rel: string, ids: string[]): boolean {
  const web = WEB_CONTENT.exec(rel);
  if (web) {
    // `jquery.validate` for `jQuery.Validation`, `respond.matchmedia.addListener` for `Respond`: one name starts the other.
    const stem = web[1].replace(RELEASE_SUFFIX, "").toLowerCase();
    if (stem.length >= MIN_NAME && ids.some((id) => id.length >= MIN_NAME && (stem.startsWith(id) || id.startsWith(stem)))) return true;
  }
  const area = AREA.exec(rel)?.[1]?.toLowerCase();
  return area !== undefined && area.length >= MIN_NAME && ids.some((id) => id === area || id.endsWith(`.${area}`));
}

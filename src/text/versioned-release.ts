import type { ChangedFile } from "../model/change.js";

/**
 * A library's release copied in under its versioned name, wherever it lands: `handlebars-1.0.rc.1.js`
 * as a Java resource, `modernizr-2.8.3.js`, `d3-3.5.17.min.js`. A project's own scripts carry no
 * version in their name; to tell a release from a script that only looks versioned
 * (`migrate-2.1.js`), its opening text must state the same version (`Handlebars.VERSION = "1.0.rc.1"`,
 * a banner's `v2.8.3`). Only new files: a release is replaced, never edited in place.
 */

// `name-1.2.js`, `name-1.2.3.min.js`, `name-1.0.rc.1.js`, `name-2.0.0-beta.3.css`.
const VERSIONED_NAME = /(?:^|\/)[A-Za-z][\w.]*?-v?(\d{1,4}\.\d{1,4}(?:[.-](?:\d{1,6}|(?:rc|beta|alpha|pre)\.?\d{0,4}))*)(?:[.-]min)?\.(?:m?js|css)$/i;
// Where the version is stated: a banner or a VERSION constant near the top.
const OPENING_CHARS = 4000;

/** Whether the new file `f`, with text `text`, is a library's release named with its version. */
export function versionedRelease(f: ChangedFile, text: string | undefined): boolean {
  if (f.status !== "added" || text === undefined) return false;
  const version = VERSIONED_NAME.exec(f.path)?.[1];
  return version !== undefined && text.slice(0, OPENING_CHARS).includes(version);
}

import type { Change, ChangedFile } from "../model/change.js";
import { isRestored, markRestored } from "../model/restored-lines.js";
import { MIN_BUNDLE_LINES } from "../text/bundled-build.js";
import { rebuiltBundle, SCRIPT } from "./bundled-script.js";
import type { ProjectReader } from "./upstream-code.js";

/**
 * A bundler's output the repository keeps and the change rebuilds (#10, #11), marked as restored
 * lines so no rule judges it as the author's code: pug's root `jade.js`, a browserify build
 * regenerated on each release, drew commented-out code from the uglify-js it inlines (set 24, judged
 * "not worth saying" twice). Its code is its inputs', reviewed where they are written. Only a file
 * that was a bundle at base too (see bundled-script.ts), so a pull request cannot take its own
 * script out of review by pasting a bundler's runtime into it; new bundles are asset-libraries.ts's.
 * Cost: read only for modified scripts that add MIN_BUNDLE_LINES lines or more, one read per side.
 */
export function markRebuiltBundles(change: Change, project: ProjectReader): void {
  const candidates = bundleCandidates(change);
  if (candidates.length === 0) return;
  const paths = candidates.map((f) => f.path);
  const [base, head] = [project.texts("base", paths), project.texts("head", paths)];
  for (const f of candidates) {
    const [b, h] = [base.get(f.path), head.get(f.path)];
    if (b !== undefined && h !== undefined && rebuiltBundle(f.path, h, b))
      markRestored(
        f,
        f.addedLines.map((l) => l.line),
        "a bundler's output the change rebuilds",
      );
  }
}

/** Modified scripts that add as many lines as a bundle has at least: the only files read for this. */
export function bundleCandidates(change: Change): ChangedFile[] {
  return change.files.filter((f) => f.status === "modified" && SCRIPT.test(f.path) && !f.binary && f.addedLines.length >= MIN_BUNDLE_LINES && !isRestored(f));
}

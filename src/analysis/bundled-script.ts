import { bundledBuild, MIN_BUNDLE_LINES } from "../text/bundled-build.js";

/**
 * A bundler's output the repository keeps and the change rebuilds (#10): chai's root `chai.js`, the
 * browserify build of `lib/` that each release regenerates (a8b8d791fd's 1,712 changed lines; its
 * bundled loupe callback judged "not worth saying" for its length, set 23). Its functions are its
 * inputs' code, and the inputs are reviewed where they are written. Only a file that was a bundle
 * at base too: a pull request cannot take its own script out of review by pasting a bundler's
 * runtime into it (a new bundle is set aside as a whole file already, see asset-libraries.ts).
 * Cost: each side's opening (bundled-build's READ characters) is matched once.
 */
/** A script a bundler writes: JavaScript, as a CommonJS or ES module too. */
export const SCRIPT = /\.[cm]?js$/;

export function rebuiltBundle(path: string, text: string, base: string | undefined): boolean {
  return SCRIPT.test(path) && base !== undefined && bundle(text) && bundle(base);
}

function bundle(text: string): boolean {
  return atLeastLines(text, MIN_BUNDLE_LINES) && bundledBuild(text);
}

/** Whether `text` has `n` lines or more, read only as far as its n-th line break. */
function atLeastLines(text: string, n: number): boolean {
  let at = -1;
  for (let i = 1; i < n; i++) if ((at = text.indexOf("\n", at + 1)) < 0) return false;
  return true;
}

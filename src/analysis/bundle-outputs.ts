import type { Lookups } from "../engine/rule.js";
import { changedPaths, type Change } from "../model/change.js";
import { touchedConfigs } from "./config-at-base.js";
import { commandsOf, normalize, packageJsonPaths, scriptsOf } from "./package-scripts.js";

/**
 * Bundler output checked in beside the package that builds it (#10, #11): zod's
 * `packages/treeshake/out.js`, which the package's `"bundle:esbuild": "esbuild --bundle ./in.ts
 * --outfile=./out.js"` script and its `rollup.config.js` (`output: { file: "./out.js" }`) write.
 * The file carries no header saying so; its package names it as a bundler's output. Its functions
 * are its inputs' code, flattened: nobody writes, refactors or cleans up a bundle (judged "not
 * worth saying" for its length, commented lines and prints on set 16).
 */

/** JavaScript a bundler or compiler writes; a bundle's `.ts` or `.css` is out of scope here. */
const OUTPUT_JS = /\.[cm]?js$/;
/** Bundler configs read, in the file's own folder: where a package keeps them, beside its package.json. */
const CONFIG_NAMES = ["rollup.config.js", "rollup.config.mjs", "rollup.config.cjs", "rollup.config.ts"];

/** What to fetch (at head, and at base for those the change edits) to tell whether `path` is bundler output: the package.json files above it and the configs beside it. */
export function bundleConfigPaths(path: string): string[] {
  if (!OUTPUT_JS.test(path)) return [];
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  return [...packageJsonPaths(path), ...CONFIG_NAMES.map((name) => folder + name)];
}

// A command that runs a bundler or compiler, maybe through a package runner (`npx esbuild`, `pnpm exec rollup`).
const BUNDLER = /^(?:(?:npx|pnpx|bunx|yarn|pnpm\s+exec|npm\s+exec)\s+)?(?:esbuild|rollup|webpack|browserify|parcel|tsup|ncc|terser|uglifyjs|babel|swc|tsc)\b/;
// The flag that names its output file: esbuild's `--outfile`, rollup's `--file`/`-o`, babel's `--out-file`, tsc's `--outFile`.
const OUT_FLAG = /(?:^|\s)(?:--outfile|--out-file|--outFile|--file|--output|-o)(?:=|\s+)["']?([^\s"';&|<>]{1,300})/g;
// A config is the pull request's text: only its opening is read for the output's name.
const CONFIG_CHARS = 20_000;
// Rollup's `output: { file: "./out.js" }`, esbuild's `outfile: "out.js"` in a config object.
const CONFIG_OUTPUT = /\b(?:file|outfile)\s*:\s*["'`]([^"'`\n]{1,300})["'`]/g;

/**
 * The texts that may vouch for a bundle: a config the change does not touch as it is, one it edits
 * as it was at base, and one it adds not at all. A pull request cannot take its own code out of
 * review by adding a script that names it as an output (`"build": "tsc --outFile src/mine.js"`),
 * as a generator the same change adds does not make its output generated (faker's stub).
 */
export function vouchingTexts(
  touched: ReadonlySet<string>,
  head: ReadonlyMap<string, string> | undefined,
  base: ReadonlyMap<string, string> | undefined,
): { get(path: string): string | undefined } {
  return { get: (path) => (touched.has(path) ? base?.get(path) : head?.get(path)) };
}

/** The configs of bundleConfigPaths that the change edits: their text at base is what vouches (see vouchingTexts). */
export function bundleBasePaths(path: string, change: Change): string[] {
  return touchedConfigs(change, bundleConfigPaths(path));
}

const vouchersByReview = new WeakMap<Lookups, WeakMap<Change, ReturnType<typeof vouchingTexts>>>();
/** vouchingTexts for a review, once per review's lookups and change. */
export function bundleVouchers(change: Change, found: Lookups): ReturnType<typeof vouchingTexts> {
  let byChange = vouchersByReview.get(found);
  if (!byChange) vouchersByReview.set(found, (byChange = new WeakMap()));
  let texts = byChange.get(change);
  if (!texts) {
    // The whole change's paths, also in one file's step of a per-file rule: a package.json edited in another step is still the change's.
    byChange.set(change, (texts = vouchingTexts(changedPaths(change), found.fileContents, found.baseContents)));
  }
  return texts;
}

/**
 * Whether a package.json script above `path`, or a rollup config beside it, among `texts` (see
 * vouchingTexts), names it as a bundler's output file (resolved from that package's folder,
 * following the script's `cd`s). One pass over each read file's bounded scripts or opening.
 */
export function bundleOutput(path: string, texts: { get(path: string): string | undefined } | undefined): boolean {
  if (!texts || !OUTPUT_JS.test(path)) return false;
  for (const pkg of packageJsonPaths(path)) {
    const text = texts.get(pkg);
    if (text === undefined) continue;
    const root = pkg.slice(0, -"package.json".length);
    if (scriptsOf(text).some((script) => scriptOutputs(script, root).includes(path))) return true;
  }
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  return CONFIG_NAMES.some((name) => {
    const text = texts.get(folder + name);
    return text !== undefined && [...text.slice(0, CONFIG_CHARS).matchAll(CONFIG_OUTPUT)].some((m) => normalize(folder + m[1]) === path);
  });
}

/** The files a script's bundler commands write, as repository paths, following its `cd`s. */
function scriptOutputs(script: string, root: string): string[] {
  return commandsOf(script, root).flatMap(({ command, dir }) =>
    BUNDLER.test(command) ? [...command.matchAll(OUT_FLAG)].map((m) => normalize(dir + m[1])) : [],
  );
}

import type { Needs } from "../../engine/rule.js";
import type { Change } from "../../model/change.js";
import { headPaths, basePaths, movedFromPaths } from "../../syntax/change-facts.js";
import { isTestPath } from "../../text/test-conventions.js";
import { bundleConfigPaths, bundleBasePaths } from "../bundle-outputs.js";
import { touchedConfigs } from "../config-at-base.js";
import { mayHoldCopies } from "../copy-originals.js";
import { linterConfigPaths } from "../linter-limits.js";
import { notAuthored, ROOT_LICENCES } from "../not-authored.js";
import { perNeedsPass } from "../review-memo.js";
import { onlyAddsCode } from "./first-code.js";
import { reviewsStructure } from "./set-aside.js";
import { folderReadmes } from "./upstream-shape.js";

// What the structure rules (max-function-length, max-complexity, max-nesting-depth) ask the source to fetch.

/** Files a package.json script may write: JavaScript and TypeScript. */
const JS_LIKE = /\.(?:[cm]?[jt]sx?)$/;

/**
 * What the structural rules fetch: head texts of modified files, their base texts to compare with,
 * and the base texts of files lines were deleted from, where a function may have moved from.
 */
export function structureNeeds(change: Change, linterLimits = false): Needs {
  return sharedStructureNeeds(change, linterLimits);
}

/** Once per review however many structure rules ask: each reads every path of the change (review-memo.ts). */
const sharedStructureNeeds = perNeedsPass((change: Change, linterLimits: boolean): Needs => {
  const files = change.files.filter((f) => reviewsStructure(f, change));
  // The project's linter configs, where its limits and exclusions stand in for the rule's default (see linter-limits.ts).
  const configs = linterLimits ? files.flatMap((f) => linterConfigPaths(f.path)) : [];
  // Those the change edits are read as they were at base: a pull request cannot raise its own limit (see config-at-base).
  const baseConfigs = touchedConfigs(change, configs);
  const sources = change.files.filter((f) => notAuthored(f.path, change) === undefined);
  // The repository's licence names its own copyright holder, to tell a copied file's header from the project's.
  const licences = files.length > 0 ? ROOT_LICENCES : [];
  // A folder's README may say its code was taken from another project (see forkedFolder).
  const readmes = files.filter((f) => f.status !== "added").flatMap((f) => folderReadmes(f.path));
  // Only a change that adds all its code, some of it not tests, can be a project's first (see
  // writesFirstCode): the tree tells. tests-required asks for it for such a change too, so a review
  // with both rules on reads it once.
  const tree = files.some((f) => f.additions > 0 && !isTestPath(f.path)) && onlyAddsCode(change);
  // The root package.json at base: its scripts name the folders they regenerate (see regeneratedFolders).
  const scripts = files.some((f) => JS_LIKE.test(f.path)) ? ["package.json"] : [];
  return {
    // A JavaScript file's package.json and rollup config, which may name it as a bundle (see bundle-outputs.ts).
    fileContents: [...new Set([...headPaths(files), ...configs, ...files.flatMap((f) => bundleConfigPaths(f.path))])],
    baseContents: [
      ...new Set([
        ...basePaths(files),
        ...movedFromPaths(sources),
        ...licences,
        ...readmes,
        ...scripts,
        ...baseConfigs,
        ...files.flatMap((f) => bundleBasePaths(f.path, change)),
      ]),
    ],
    ...(tree ? { fileTree: true } : {}),
    // A new file may be a copy of one the repository has: its functions are then judged against the original's (see copied-functions.ts).
    ...(mayHoldCopies(files) ? { copyOriginals: true } : {}),
  };
});

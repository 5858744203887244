import * as z from "zod";
import { Minimatch } from "minimatch";

/** A repository-relative glob, checked when the config loads so a typo fails loudly, not silently. */
export const globOption = z.string().superRefine((glob, ctx) => {
  const problem = explainBadGlob(glob);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export function explainBadGlob(glob: string): string | undefined {
  if (glob.trim() === "") return "a glob must not be empty";
  if (glob.startsWith("/")) return `glob "${glob}" starts with "/": globs are relative to the repository root, write "${glob.replace(/^\/+/, "")}"`;
  if (glob.split("/").includes("..")) return `glob "${glob}" leaves the repository with "..": globs are relative to the repository root`;
  if (glob.includes("\\")) return `glob "${glob}" uses "\\": use "/" as the path separator, even for Windows paths`;
  const brackets = [...glob].reduce((n, ch) => n + (ch === "[" ? 1 : ch === "]" ? -1 : 0), 0);
  const braces = [...glob].reduce((n, ch) => n + (ch === "{" ? 1 : ch === "}" ? -1 : 0), 0);
  if (brackets !== 0) return `glob "${glob}" has unbalanced [ ]`;
  if (braces !== 0) return `glob "${glob}" has unbalanced { }`;
  try {
    new Minimatch(glob, { dot: true }).match("probe");
  } catch (err) {
    return `glob "${glob}" is not a valid pattern: ${err instanceof Error ? err.message : String(err)}`;
  }
  return undefined;
}

/** Compiled lists, by list: a cached config (see ConfigCache) keeps its lists, so each compiles once. */
const compiledLists = new WeakMap<readonly string[], (path: string) => boolean>();

/** A compiled list of globs; `dot: true` because `.github/**` must match. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const cached = compiledLists.get(globs);
  if (cached) return cached;
  const compiled = globs.map((g) => ({ glob: new Minimatch(g, { dot: true, matchBase: !g.includes("/") }), parts: requiredParts(g) }));
  const matcher = (path: string) => compiled.some(({ glob, parts }) => (parts === undefined || parts.every((p) => path.includes(p))) && glob.match(path));
  compiledLists.set(globs, matcher);
  return matcher;
}

/**
 * The literal text every path a plain glob matches contains (".min.js" for the default ignore of minified scripts), so most
 * paths are turned down without running minimatch: a large change matched every default ignore
 * against every path. Only for globs whose magic is `*`, `?` and `/`; undefined for the others
 * (classes, braces, extglobs, negations, escapes), which minimatch alone judges.
 */
export function requiredParts(glob: string): string[] | undefined {
  if (/[[\]{}()!+@\\]/.test(glob)) return undefined;
  return glob
    .split("/")
    .filter((segment) => segment !== "." && segment !== "..")
    .flatMap((segment) => segment.split(/[*?]+/))
    .filter((part) => part !== "");
}

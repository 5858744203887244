/**
 * A module of a JavaScript package whose product is a command-line tool: its nearest package.json names a `bin`, and
 * the package's entry point is that command (`"main": "cli.js"` with `"bin": { "fastify": "cli.js" }`, or no `main`
 * nor `exports` and the command is `index.js`). Such a package is a program, not
 * a library: what its modules print is what the command tells its user (#11 item 4: printing is the job of entry
 * points and command-line tools).
 *
 * Set 20: fastify-cli's `lib/watch/index.js` `console.log(err)` reports the error that stopped the watcher to the
 * person who ran `fastify start --watch` (judged wrong). A library that also ships a command (`"main": "index.js"`,
 * `"bin": "bin/tool.js"`) is none: its modules are imported by other programs, whose output they must not clutter.
 *
 * Only package.json as it was at base counts, so a pull request cannot make its own files a CLI's by adding a `bin`.
 */
import { normalize, packageJsonPaths } from "./package-scripts.js";

/** A package.json longer than this is not read (the file is the repository's, but bounded all the same). */
const MAX_MANIFEST = 200_000;
const MAX_BINS = 50;

/** Whether `path` is a module of a package whose only product is its command (see above), by the package.json at base. */
export function inCliPackage(path: string, baseTexts: ReadonlyMap<string, string> | undefined): boolean {
  if (!baseTexts) return false;
  // The nearest package.json at base is the package the file belongs to.
  const pkg = packageJsonPaths(path).find((p) => baseTexts.has(p));
  if (pkg === undefined) return false;
  const text = baseTexts.get(pkg) ?? "";
  if (text.length > MAX_MANIFEST) return false;
  const manifest = parsed(text);
  if (!manifest) return false;
  const bins = binTargets(manifest.bin);
  if (bins.length === 0) return false;
  if (typeof manifest.main === "string") return bins.includes(moduleFile(manifest.main));
  // No entry point declared: Node loads `index.js`, the package's library unless it is the command itself.
  return manifest.exports === undefined && bins.includes("index.js");
}

interface Manifest {
  bin?: unknown;
  main?: unknown;
  exports?: unknown;
}

function parsed(text: string): Manifest | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** The files a `bin` field names, relative to the package (`"bin": "cli.js"` or `{ "fastify": "./cli.js" }`). */
function binTargets(bin: unknown): string[] {
  if (typeof bin === "string") return [moduleFile(bin)];
  if (typeof bin !== "object" || bin === null) return [];
  return Object.values(bin)
    .slice(0, MAX_BINS)
    .filter((v): v is string => typeof v === "string")
    .map(moduleFile);
}

/** `./cli` and `cli.js` are the same module: normalised, with `.js` when it names none. */
function moduleFile(spec: string): string {
  const file = normalize(spec.slice(0, 300));
  return /\.[cm]?[jt]s$/.test(file) ? file : `${file}.js`;
}

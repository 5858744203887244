/**
 * Files a `package.json` script runs with node (`"pretests-only": "cd ./test/resolver/nested_symlinks && node mylib/sync
 * && node mylib/async"`, resolve f7da566f6b): scripts whose output is the point, a check run by hand or before the
 * tests, whose report is what the person running it reads.
 */

/** The package.json files from a file's folder up to the root, nearest first: what to ask the source for. */
export function packageJsonPaths(path: string): string[] {
  const parts = path.split("/").slice(0, -1);
  const out: string[] = [];
  for (let n = parts.length; n >= 0; n--) out.push([...parts.slice(0, n), "package.json"].join("/"));
  return out;
}

/** Scripts and commands read from one package.json: bounded, as the file is the pull request's. */
const MAX_SCRIPTS = 200;
const MAX_COMMANDS = 20;
const SCRIPT_CHARS = 2000;
const RUN_WITH_NODE = /^(?:node|nodejs)\s+(?:--?[\w-]+(?:=\S+)?\s+){0,6}([^\s;&|<>'"]{1,300})/;

/** Whether a package.json among `texts` has a script that runs this file with node, from its folder or one it `cd`s to. */
export function runByPackageScript(path: string, texts: ReadonlyMap<string, string> | undefined): boolean {
  if (!texts) return false;
  for (const pkg of packageJsonPaths(path)) {
    const text = texts.get(pkg);
    if (text === undefined) continue;
    const root = pkg.slice(0, -"package.json".length);
    if (scriptsOf(text).some((script) => runFiles(script, root).some((file) => sameScript(file, path)))) return true;
  }
  return false;
}

/** The scripts of one package.json, bounded in number and length; none when it does not parse. */
export function scriptsOf(text: string): string[] {
  try {
    const scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
    if (typeof scripts !== "object" || scripts === null) return [];
    return Object.values(scripts)
      .filter((s): s is string => typeof s === "string")
      .slice(0, MAX_SCRIPTS)
      .map((s) => s.slice(0, SCRIPT_CHARS));
  } catch {
    return [];
  }
}

/** The files a script's commands run with node, as repository paths, following its `cd`s. */
function runFiles(script: string, root: string): string[] {
  return commandsOf(script, root).flatMap(({ command, dir }) => {
    const file = RUN_WITH_NODE.exec(command)?.[1];
    return file === undefined ? [] : [normalize(dir + file)];
  });
}

/** A script's commands (at most MAX_COMMANDS), each with the folder it runs in, following the script's `cd`s from `root`. */
export function commandsOf(script: string, root: string): Array<{ command: string; dir: string }> {
  let dir = root;
  const out: Array<{ command: string; dir: string }> = [];
  for (const command of script.split(/&&|\|\||;/).slice(0, MAX_COMMANDS)) {
    const c = command.trim();
    const cd = /^cd\s+([^\s;&|]{1,300})$/.exec(c)?.[1];
    if (cd !== undefined) dir = normalize(dir + cd + "/");
    out.push({ command: c, dir });
  }
  return out;
}

/** `a/./b/../c` → `a/c`; a path leaving the repository keeps its `..`, and so matches nothing. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/") + (path.endsWith("/") ? "/" : "");
}

/** `node mylib/async` runs `mylib/async.js` (or `.cjs`, `.mjs`, or `mylib/async/index.js`). */
function sameScript(run: string, path: string): boolean {
  if (run === path) return true;
  return [".js", ".cjs", ".mjs", "/index.js"].some((ext) => run + ext === path);
}

/** `rimraf deno_dist`, `rm -rf lib/generated`, `del-cli out`: a command that deletes a folder of the repository. */
const DELETES_FOLDER = /^(?:npx\s+)?(?:rimraf|del-cli|del|rm\s+-(?:rf|fr|r))\s+["']?([\w][\w./-]{0,200}?)\/?["']?$/;

/**
 * Folders a script of the root `package.json` (its text at base) deletes and then rebuilds with
 * the commands after it: hono's `"denoify": "rimraf deno_dist && denoify && …"` writes `deno_dist/`
 * from `src/`. What such a script writes is build output checked in; a change to it is the
 * generator's run, not code anyone wrote (hono's `deno_dist/jsx/dom/render.ts`, judged "not worth
 * saying", session 17). Only a folder name (no glob), and only where a command follows the delete.
 */
export function regeneratedFolders(text: string | undefined): string[] {
  if (text === undefined) return [];
  // Every file of a review asks about the same root package.json: its answer is kept for the last text read.
  if (lastRegenerated?.text === text) return lastRegenerated.folders;
  const out = new Set<string>();
  for (const script of scriptsOf(text)) {
    const commands = commandsOf(script, "");
    commands.forEach(({ command, dir }, i) => {
      const folder = DELETES_FOLDER.exec(command)?.[1];
      if (folder !== undefined && i < commands.length - 1 && !folder.includes("*")) out.add(normalize(dir + folder + "/"));
    });
  }
  const folders = [...out].filter((f) => f !== "" && !f.startsWith(".."));
  lastRegenerated = { text, folders };
  return folders;
}
let lastRegenerated: { text: string; folders: string[] } | undefined;

/** Whether `path` lies in a folder a root package script regenerates (see regeneratedFolders). */
export function inRegeneratedFolder(path: string, rootPackageJson: string | undefined): boolean {
  return regeneratedFolders(rootPackageJson).some((folder) => path.startsWith(folder));
}

/**
 * Files a script of the repository writes (webmozarts/assert's `src/Mixin.php`, written by
 * `bin/generate.php` with `file_put_contents(__DIR__.'/../src/Mixin.php', …)`): regenerated output,
 * tested through the code it is generated from, not a source that asks for a test of its own.
 *
 * Only a handful of scripts are read, chosen by where they sit and what they are called (a
 * maintainers' `bin/`, `scripts/`, `tools/`… folder, or a `generate…` file at the root), so the
 * repository is never searched. Kept apart from pr-size's own generated-file checks on purpose:
 * the two rules ask different questions of the same script.
 */

/** At most this many generator scripts are read per review. */
export const MAX_GENERATOR_READS = 4;

const SCRIPT_EXT = "(php|py|js|mjs|cjs|ts|rb|go|sh|pl|kts)";

/** A script that generates, by folder and name: `bin/generate.php`, `scripts/gen_tables.py`, `tools/codegen.ts`, a root `generate.go`. */
const GENERATOR_SCRIPT = new RegExp(
  `^(?:[\\w.-]+/)*(?:bin|scripts?|tools?|hack|codegen|generators?|build)/(?:[\\w.-]+/)?(?:[\\w.-]*[_.-])?(?:code|re)?gen[\\w.-]*\\.${SCRIPT_EXT}$|^(?:generate|gen|codegen)[\\w.-]*\\.${SCRIPT_EXT}$`,
  "i",
);

/** Calls that write a file, in the languages above. */
const WRITES_FILE =
  /\bfile_put_contents\s*\(|\bwriteFile(Sync)?\s*\(|\bfs\.(promises\.)?write|\bopen\s*\([^)\n]*['"][wa]b?\+?['"]|\.write_(text|bytes)\s*\(|\b(os|ioutil)\.WriteFile\s*\(|\bFile\.(write|open\s*\([^)\n]*['"]w)|\bFiles\.write|\.writeText\s*\(/;

/** A shell script's redirect into a file (`> src/tables.go`): read only in `.sh` scripts, where `>` means nothing else. */
const SHELL_REDIRECT = /(^|[^>&0-9])>\s*["']?[\w./${}-]+\.\w+["']?\s*($|[;&|])/m;

/** The tree's generator scripts worth reading, at most MAX_GENERATOR_READS. */
const scriptsByTree = new WeakMap<readonly string[], string[]>();
export function generatorScripts(tree: readonly string[]): string[] {
  // laterNeeds and check both ask, of the same tree: it is scanned once.
  let out = scriptsByTree.get(tree);
  if (out) return out;
  scriptsByTree.set(tree, (out = []));
  for (const path of tree) {
    if (!GENERATOR_SCRIPT.test(path) || /(^|\/)(tests?|spec|__tests__)\//.test(path)) continue;
    out.push(path);
    if (out.length >= MAX_GENERATOR_READS) break;
  }
  return out;
}

/**
 * The script that writes the source by path, if any: it names the file with at least its folder
 * (`src/Mixin.php`, never a bare `Mixin.php` many files could be) and writes a file. A script
 * that is the source itself is no witness.
 */
export function writtenByScript(sourcePath: string, scripts: ReadonlyArray<{ path: string; text: string }>): string | undefined {
  const parts = sourcePath.split("/");
  if (parts.length < 2) return undefined;
  const tail = parts.slice(-2).join("/");
  for (const s of scripts) {
    if (s.path === sourcePath) continue;
    if (!namesPath(s.text, tail)) continue;
    if (WRITES_FILE.test(s.text) || (s.path.endsWith(".sh") && SHELL_REDIRECT.test(s.text))) return s.path;
  }
  return undefined;
}

/** The text names the path inside a string, after a slash or a space: `'/../src/Mixin.php'`, `> tables/tables.go`, not `mysrc/Mixin.php`. */
function namesPath(text: string, tail: string): boolean {
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) if (at === 0 || /["'`/\s]/.test(text[at - 1])) return true;
  return false;
}

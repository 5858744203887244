import type { ChangedFile } from "../model/change.js";
import { escapeRegExp } from "./escape-regexp.js";

/**
 * Files a script kept in the repository writes: `bin/generate.php` doing
 * `file_put_contents(__DIR__.'/../src/Mixin.php', …)` (webmozart/assert's Mixin, #11). The output
 * carries no header saying so; the script names it and writes it. pr-size reads the few scripts that
 * look like generators only when a change is over its limits and leaves out the files they write;
 * tests-required asks no test of its own for them (they are tested through what generates them).
 */

// A script that looks like a generator: in a scripts folder, or named for generating (`generate.php`,
// `gen_tables.py`, `codegen.ts`, `update-unicode.rb`, `build_mixin.js`, `create-mixin`), also in camelCase
// (`rebuildParser.php`, `generateTables.ts`). In a scripts folder a script may have no extension: its
// shebang names the interpreter (Respect/Validation's `bin/create-mixin`, `bin/update-iso-codes`).
// A C# script too: LINQPad's `.linq` (OneOf's `CreateFile.linq` writes `OneOf.cs` and `OneOfBase.cs`) and `.csx`.
const SCRIPT = /\.(?:php|py|[cm]?js|ts|rb|go|sh|pl|kts|linq|csx)$/i;
const GENERATOR_NAME =
  /(?:^|[-_.])(?:gen|generate|generator|codegen|regen|regenerate|rebuild|update|build|create|preprocess|preprocessor)(?:[-_.]|$)|^gen\w*\./i;
// PascalCase too, as C# scripts are named (OneOf's `CreateFile.linq`).
const GENERATOR_CAMEL_NAME = /^(?:[Gg]en|[Gg]enerate|[Rr]egen|[Rr]egenerate|[Rr]ebuild|[Pp]reprocess|[Cc]reate)[A-Z]/;
const SCRIPTS_FOLDER = /^(?:(?:[^/]+\/)?(?:bin|scripts?|tools?|hack|dev|codegen|generators?|gen|build)\/)/i;
// How many scripts are read at most, the shallowest first: a generator sits near the root.
export const MAX_GENERATORS_READ = 12;
// How deep a generator may sit (`bin/generate.php`, `tools/gen/main.go`).
const MAX_DEPTH = 3;

/**
 * The paths of the tree that may be generators, at most MAX_GENERATORS_READ, the shallowest first.
 * Scripts the change adds are left out: a pull request cannot take its own code out of the count
 * by adding a script that names it.
 */
export function generatorCandidates(tree: readonly string[], addedPaths: Set<string>): string[] {
  return scriptsOf(tree)
    .filter((path) => !addedPaths.has(path))
    .slice(0, MAX_GENERATORS_READ);
}

/** Every path of the tree that may be a generator, the shallowest first: two rules ask, before and after reading, of one tree. */
const scriptsByTree = new WeakMap<readonly string[], string[]>();
function scriptsOf(tree: readonly string[]): string[] {
  let out = scriptsByTree.get(tree);
  if (out) return out;
  out = [];
  for (const path of tree) {
    const depth = path.split("/").length - 1;
    if (depth > MAX_DEPTH) continue;
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (!SCRIPT.test(path) && !(!name.includes(".") && SCRIPTS_FOLDER.test(path))) continue;
    if (GENERATOR_NAME.test(name) || GENERATOR_CAMEL_NAME.test(name) || (SCRIPTS_FOLDER.test(path) && /gen/i.test(path))) out.push(path);
  }
  out.sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  scriptsByTree.set(tree, out);
  return out;
}

/** The scripts of the tree that may be generators, but those the change adds. */
export function changeGenerators(files: readonly ChangedFile[], tree: readonly string[]): string[] {
  return generatorCandidates(tree, new Set(files.filter((f) => f.status === "added").map((f) => f.path)));
}

/**
 * Of `files`, those (not deleted) that one of `scripts` writes, for the scripts whose text was
 * read (`texts`); a script is no witness for itself.
 */
export function generatedFiles<F extends ChangedFile>(files: F[], scripts: string[], texts: ReadonlyMap<string, string>): F[] {
  const generators = new Map<string, string>();
  for (const path of scripts) {
    const text = texts.get(path);
    if (text !== undefined) generators.set(path, text);
  }
  if (generators.size === 0) return [];
  return files.filter((f) => f.status !== "removed" && !generators.has(f.path) && writtenByGenerator(f.path, generators));
}

// A call that writes a file, in the languages generators are written in: `open(…, 'w')` and
// `File.open(…, "w")` with a mode that writes; a shell redirection into a quoted path.
const WRITES =
  /\b(?:file_put_contents|fwrite|writeFileSync|writeFile|write_text|write_bytes|WriteFile|os\.Create|Files\.write|File\.write|File\.WriteAll(?:Text|Lines|Bytes)|IO\.write)\s*\(|\bopen\s*\([^)]*["'][wax]b?\+?["']|>\s*["'$]/;
// How many lines after the one naming the path the write may come (`$out = __DIR__.'/../src/A.php';` then `file_put_contents($out, …)`).
const WRITE_WINDOW = 2;

/**
 * Whether one of the generators (path and text) writes `path`: it names the path in a string
 * (`'/../src/Mixin.php'`, `"src/Mixin.php"`) on a line that writes a file, or just before one, from
 * the repository's root or from the folder above the generator's (`packages/a/bin/gen.php` writing
 * `'/../src/A.php'`). A script that only reads the file (to document it, to check it) does not.
 */
export function writtenByGenerator(path: string, generators: Map<string, string>): boolean {
  for (const [script, text] of generators) {
    if (writesPath(text, path) || (isShell(script, text) && redirectsInto(text, path)) || writesPattern(text, path)) return true;
    // The folder above the script's: `bin/` is beside the `src/` it writes into.
    const root = script.split("/").slice(0, -2).join("/");
    if (root !== "" && path.startsWith(`${root}/`) && writesPath(text, path.slice(root.length + 1))) return true;
    // The script's own folder: `grammar/preprocessor.php` writing `'./zend_language_parser.phpy'` beside it.
    const own = script.slice(0, script.lastIndexOf("/") + 1);
    if (own !== "" && path.startsWith(own) && writesPath(text, path.slice(own.length))) return true;
  }
  return false;
}

/**
 * Whether `text` names `path` in a string (after a quote or a `/`, up to a closing quote) where it
 * writes a file. A bare file name needs a quote or `./` before it.
 */
function writesPath(text: string, path: string): boolean {
  // Most scripts do not name the file at all: the text is split into lines only when it does.
  if (!text.includes(path)) return false;
  const before = path.includes("/") ? "[\"'`/]" : "(?:[\"'`]|\\./)";
  const named = new RegExp(`${before}${escapeRegExp(path)}["'\`]`);
  const lines = text.split("\n");
  // A script that reads the file and writes it back edits it in place (pyparsing's
  // `update_pyparsing_timestamp.py` stamps `__versionTime__` into the hand-written `pyparsing.py`):
  // the rest of the file is still its authors' code.
  if (lines.some((line) => named.test(line) && READS.test(line) && !WRITES.test(line))) return false;
  return lines.some((line, i) => named.test(line) && (lines.slice(i, i + WRITE_WINDOW + 1).some((l) => WRITES.test(l)) || writesNamed(line, lines)));
}

// A call that reads a file: `open(path)` or `open(path, 'r')` (no mode that writes), `file_get_contents`, `readFileSync`…
const READS = /\b(?:file_get_contents|readFileSync|readFile|read_text|read_bytes|ReadFile|os\.Open|Files\.read\w*|File\.read|IO\.read)\s*\(|\bopen\s*\(/;

const WRITE_CALLS =
  "file_put_contents|writeFileSync|writeFile|write_text|write_bytes|WriteFile|os\\.Create|Files\\.write|File\\.write|File\\.WriteAll(?:Text|Lines|Bytes)|IO\\.write|open";
// A constant or variable that holds the path: `const OUT = './parser.phpy';`, `$out = '…';`, `OUT_FILE = "…"`.
const HOLDS_PATH = /^\s*(?:(?:const|let|var|final|static|private|public)\s+)*\$?([A-Za-z_]\w{0,60})\s*(?::[^=]{1,40})?=\s*["'`./]/;

/**
 * Whether the line stores the path in a name that a write call, anywhere in the script, takes
 * first: `const OUT = './zend_language_parser.phpy';` … `file_put_contents(OUT, $code);`.
 */
function writesNamed(line: string, lines: readonly string[]): boolean {
  const name = HOLDS_PATH.exec(line)?.[1];
  if (!name) return false;
  // The name as the call's first argument; `open(OUT, 'w')` must also open it for writing.
  const call = new RegExp(`\\b(?:${WRITE_CALLS})\\s*\\(\\s*\\$?${name}\\b`);
  return lines.some((l) => call.test(l) && WRITES.test(l));
}

/**
 * A shell script's redirect into the path, quoted or not (`go run ./cmd/gen > tables/tables.go`):
 * asked of `.sh` scripts only, where `>` means nothing else.
 */
function redirectsInto(text: string, path: string): boolean {
  if (!text.includes(path)) return false;
  return new RegExp(`(?:^|[^>&0-9])>>?\\s*["']?(?:\\./)?${escapeRegExp(path)}["']?\\s*(?:$|[;&|])`, "m").test(text);
}

/**
 * A folder named for generated code (`src/gen/`, `generated/`, `__generated__/`, `autogen/`).
 * Mordant keeps its Unicode tables in `src/gen/kotlin/…/internal/gen/`, written by
 * `scripts/generate_cellwidth_table.py`; nobody edits them there. `gen/` is also what some projects
 * call their generator's own code (Go's `internal/gen/`), so it counts only in a repository that
 * keeps generator scripts, and a script there is never its own output.
 */
const GENERATED_FOLDER = /(?:^|\/)(?:generated|__generated__|autogen|auto-generated)\//i;
const GEN_FOLDER = /(?:^|\/)gen\//;

/** Of `files`, those (not deleted) in a folder named for generated code; `gen/` only when the repository has `scripts`. */
export function inGeneratedFolder<F extends ChangedFile>(files: F[], scripts: string[]): F[] {
  return files.filter(
    (f) => f.status !== "removed" && !scripts.includes(f.path) && (GENERATED_FOLDER.test(f.path) || (scripts.length > 0 && GEN_FOLDER.test(f.path))),
  );
}

/** A shell script: named `.sh`, or with no extension and a shell's shebang (`#!/usr/bin/env bash`). */
function isShell(script: string, text: string): boolean {
  return script.endsWith(".sh") || (!script.slice(script.lastIndexOf("/") + 1).includes(".") && /^#!\S*(?:\s+\S+)?\b(?:ba|z|da|k)?sh\b/.test(text));
}

/**
 * A path a script writes with a placeholder for the name: `sprintf('%s/../library/Mixins/%s.php', __DIR__, $name)`
 * handed to `file_put_contents`, a shell's `> "data/iso_3166-2/${alpha_1}.json"`, Python's
 * `open(f"src/tables/{name}.py", "w")`. Each placeholder stands for one path segment's text; what
 * leads to the repository (`%s/../`, `${ROOT}/`) is dropped, and what is left must name a folder and
 * an extension (`library/Mixins/*.php`), so that `'%s.php'` alone claims nothing.
 */
const QUOTED_PATH = /["'`]([\w$%{}().\/-]{3,200})["'`]/g;
const PLACEHOLDER = /%[sd]|\$\{\w{1,40}\}|\{\w{0,40}\}|\$\w{1,40}/g;
// At most this many patterns per script: a generator writes a few kinds of file.
const MAX_PATTERNS = 50;

const patternsByText = new Map<string, RegExp[]>();

function writesPattern(text: string, path: string): boolean {
  let patterns = patternsByText.get(text);
  if (!patterns) {
    patterns = writtenPatterns(text);
    // A review reads at most MAX_GENERATORS_READ scripts; the cache is for the files that ask of each.
    if (patternsByText.size > 64) patternsByText.clear();
    patternsByText.set(text, patterns);
  }
  return patterns.some((re) => re.test(path));
}

function writtenPatterns(text: string): RegExp[] {
  const out: RegExp[] = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (out.length >= MAX_PATTERNS) break;
    if (!line.includes("/") || !lines.slice(i, i + WRITE_WINDOW + 1).some((l) => WRITES.test(l))) continue;
    for (const m of line.matchAll(QUOTED_PATH)) {
      const re = pathPattern(m[1]);
      if (re) out.push(re);
    }
  }
  return out;
}

/** The pattern of a templated path (`%s/../library/Mixins/%s.php` → `library/Mixins/<name>.php`), or undefined. */
function pathPattern(template: string): RegExp | undefined {
  if (!PLACEHOLDER.test(template)) return undefined;
  PLACEHOLDER.lastIndex = 0;
  // What leads to the repository's root: up to the last `../` or `./`, or a leading placeholder folder.
  const up = template.lastIndexOf("./");
  let rest = up === -1 ? template : template.slice(up + 2);
  rest = rest.replace(/^\/+/, "").replace(new RegExp(`^(?:${PLACEHOLDER.source})\/`), "");
  // A literal folder to start with, and a literal extension to end with.
  if (!/^[\w.-]+\//.test(rest) || !/\.[A-Za-z]\w{0,9}$/.test(rest) || /^\.{1,2}\//.test(rest)) return undefined;
  const parts = rest.split(PLACEHOLDER);
  if (parts.length < 2) return undefined;
  return new RegExp(`(?:^|/)${parts.map(escapeRegExp).join("[^/]+")}$`);
}

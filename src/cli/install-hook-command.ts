import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../sources/git/git-source.js";
import { tryGit } from "../sources/git/run-git.js";
import type { Io } from "./io.js";

const BEGIN = "# >>> bottomline pre-push >>>";
const END = "# <<< bottomline pre-push <<<";
const DEFAULT_COMMAND = "npx --no-install bottomline review --quiet";

/**
 * `bottomline install-hook`: a pre-push hook that runs the review. Idempotent (a marked block,
 * replaced in place), and it never breaks what is there: an existing pre-push hook keeps its
 * lines and runs first; with husky the block goes into .husky/pre-push; with core.hooksPath set,
 * into that directory.
 */
export async function installHook(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { command: { type: "string" } }, strict: true });
  const root = repoRoot(io.cwd);
  const { dir, why } = hooksDir(root);
  const file = join(dir, "pre-push");
  mkdirSync(dir, { recursive: true });
  const block = `${BEGIN}\n# Runs Bottomline's review before each push; git push --no-verify skips it. Remove this block to uninstall.\n${values.command ?? DEFAULT_COMMAND} || exit $?\n${END}\n`;
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  const after = withBlock(before, block);
  if (after === before) {
    io.stdout(`${file} already runs Bottomline; nothing changed\n`);
    return 0;
  }
  const tmp = `${file}.bottomline-tmp`;
  writeFileSync(tmp, after);
  renameSync(tmp, file);
  chmodSync(file, 0o755);
  io.stdout(`${before ? "Added Bottomline to" : "Installed"} ${file} (${why})\n`);
  return 0;
}

/** The existing hook's lines first, then ours; a previous block of ours is replaced where it stands. */
export function withBlock(existing: string, block: string): string {
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  if (start !== -1 && end > start) return existing.slice(0, start) + block + existing.slice(end + END.length + 1);
  if (!existing) return `#!/bin/sh\n${block}`;
  // An `exec` or `exit` at the end of a hook would skip anything appended after it.
  const lastLine = existing.trimEnd().split("\n").pop() ?? "";
  if (/^\s*(exec|exit)\b/.test(lastLine)) return `${existing.trimEnd().split("\n").slice(0, -1).join("\n")}\n${block}${lastLine}\n`;
  return `${existing.endsWith("\n") ? existing : existing + "\n"}${block}`;
}

function hooksDir(root: string): { dir: string; why: string } {
  const hooksPath = tryGit(["config", "--get", "core.hooksPath"], root);
  if (hooksPath) {
    // husky sets core.hooksPath to .husky/_ and runs the user's scripts from .husky/.
    if (/(^|\/)\.husky\/_\/?$/.test(hooksPath)) return { dir: join(root, ".husky"), why: "husky: .husky/pre-push" };
    return { dir: resolve(root, hooksPath), why: `core.hooksPath is ${hooksPath}` };
  }
  if (existsSync(join(root, ".husky"))) return { dir: join(root, ".husky"), why: "husky: .husky/pre-push" };
  const gitDir = tryGit(["rev-parse", "--path-format=absolute", "--git-common-dir"], root) ?? join(root, ".git");
  return { dir: join(gitDir, "hooks"), why: "git's hooks directory" };
}

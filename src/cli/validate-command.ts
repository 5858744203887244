import { parseArgs } from "node:util";
import { formatConfigError } from "../config/config-error.js";
import { tryGit } from "../sources/git/run-git.js";
import { HELP } from "./help.js";
import { plural, type Io } from "./io.js";
import { resolveCliConfig } from "./load-cli-config.js";

/** `bottomline validate [FILE]`: every problem in a rules.yml (and what it extends), each with its line. */
export async function validate(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length > 1) {
    io.stderr(`bottomline: validate takes one file at most\n\n${HELP.validate}\n`);
    return 2;
  }
  const env = io.env ?? process.env;
  const root = tryGit(["rev-parse", "--show-toplevel"], io.cwd) ?? io.cwd;
  const loaded = await resolveCliConfig(root, positionals[0], env.GITHUB_TOKEN || env.GH_TOKEN, io.cwd, env.GITHUB_API_URL);
  const shown = positionals[0] ?? loaded.file;
  if (loaded.file === "(recommended preset)") {
    io.stdout("No .github/rules.yml here: the recommended preset applies. Nothing to validate (bottomline init writes a starter file).\n");
    return 0;
  }
  if (loaded.config) {
    io.stdout(`${shown}: valid\n`);
    return 0;
  }
  for (const e of loaded.errors) io.stderr(formatConfigError(e) + "\n");
  io.stderr(`${shown}: ${plural(loaded.errors.length)}\n`);
  return 2;
}

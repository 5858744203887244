import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultConfig, loadConfig, type LoadResult } from "../config/load-config.js";

/** `--config FILE`, else the repository's .github/rules.yml, else the recommended preset. */
export function loadCliConfig(root: string, explicit?: string): LoadResult & { file: string } {
  const file = explicit ?? join(root, ".github", "rules.yml");
  if (!existsSync(file)) {
    if (explicit) return { file, errors: [{ file, message: `config file not found; check the path given to --config` }] };
    return { file: "(recommended preset)", config: defaultConfig(), errors: [] };
  }
  const shown = explicit ?? relative(root, file);
  return { file: shown, ...loadConfig(readFileSync(file, "utf8"), shown) };
}

import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { headText } from "../syntax/change-facts.js";

/**
 * A Python packaging backend's build hook, which asks for no unit test (#11): PDM runs a
 * `pdm_build.py`, Hatch a `hatch_build.py`, kept beside the project's `pyproject.toml` (typer
 * 05ffb24386's `pdm_build.py`, judged set 21: "a PDM packaging hook, not library code … unit-testing
 * a build hook is not the project's norm"). Like `setup.py` it is checked by building the package.
 *
 * Decided by what the files hold, never by a message: the file sits in a folder whose
 * `pyproject.toml` the tree has (a hook is found there by its backend, so a plugin's hook class in
 * its package, `src/hatch_vcs/build_hook.py`, is still library code that is asked about), and its
 * text speaks the backend's hook interface (an import of it, or a hook function or class).
 */
const HOOK_FILE = /(^|\/)(pdm_build|hatch_build)\.py$/;

/** The backend's hook API: PDM's hook functions and import, Hatch's hook interfaces. */
const HOOK_API =
  /^(?:def\s+pdm_build_\w+\s*\(|from\s+(?:pdm\.backend|hatchling\.(?:builders|metadata))[\w.]*\s+import\b|import\s+(?:pdm\.backend|hatchling)\b|class\s+\w+\s*\([^)]*(?:BuildHookInterface|MetadataHookInterface)[^)]*\)\s*:)/m;

/** Characters of the hook's text read at most: a hook is short, and the scan stays bounded. */
const MAX_TEXT = 64 * 1024;

/** Whether the changed file is a packaging backend's build hook at its project's top (see above). */
export function isBuildHook(f: ChangedFile, found: Lookups, files: Set<string> | undefined): boolean {
  if (!HOOK_FILE.test(f.path) || files === undefined) return false;
  const folder = f.path.slice(0, Math.max(0, f.path.lastIndexOf("/")));
  if (!files.has(folder === "" ? "pyproject.toml" : `${folder}/pyproject.toml`)) return false;
  const text = headText(f, found);
  return text !== undefined && HOOK_API.test(text.slice(0, MAX_TEXT));
}

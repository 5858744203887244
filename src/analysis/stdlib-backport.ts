/**
 * A Python standard-library module backported into the project's compatibility folder (#11,
 * session 19): pip-tools' "Backport of ExitStack for use in Python 2" adds
 * `piptools/_compat/contextlib.py`, a near-verbatim copy of CPython's `contextlib.ExitStack`.
 * A file named for a standard-library module inside `_compat/`, `compat/` or `backports/` is how a
 * project carries a newer runtime's module to an older one: copied code whose tests are CPython's,
 * not the author's to write (judged set 19: "not worth saying"). Read from the path alone, never
 * from the commit message, which the pull request writes.
 */

/** A compatibility or backports folder. */
const COMPAT_FOLDER = /(^|\/)_?(compat|compatibility|backports?|py\d*compat)\//i;

/**
 * Standard-library modules projects backport (those that gained APIs a project then carried to an
 * older Python): a module's name, not a guess at what the file holds.
 */
const STDLIB_MODULES = new Set([
  "abc",
  "argparse",
  "asyncio",
  "collections",
  "configparser",
  "contextlib",
  "contextvars",
  "csv",
  "dataclasses",
  "datetime",
  "enum",
  "functools",
  "glob",
  "graphlib",
  "importlib",
  "inspect",
  "ipaddress",
  "itertools",
  "json",
  "lzma",
  "math",
  "os",
  "pathlib",
  "pickle",
  "queue",
  "re",
  "secrets",
  "selectors",
  "shlex",
  "shutil",
  "signal",
  "socket",
  "ssl",
  "statistics",
  "string",
  "subprocess",
  "tempfile",
  "textwrap",
  "threading",
  "tokenize",
  "tomllib",
  "traceback",
  "types",
  "typing",
  "unittest",
  "urllib",
  "weakref",
  "zipfile",
  "zoneinfo",
]);

/** Whether `path` is a Python file named for a standard-library module inside a compatibility folder. */
export function stdlibBackport(path: string): boolean {
  if (!path.endsWith(".py") || !COMPAT_FOLDER.test(path)) return false;
  const name = path.slice(path.lastIndexOf("/") + 1, -".py".length).replace(/^_/, "");
  return STDLIB_MODULES.has(name);
}

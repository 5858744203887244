/**
 * Programs the runtime launches that no unit test can call (#11, session 17), named by their own
 * text:
 * - a Go command under an `internal/` folder: `package main` there is a program the module keeps
 *   for its own developers (zap's `internal/readme/readme.go` renders README.md from a template).
 *   It is not importable and not a command users install (those live in `cmd/`), and its output
 *   is what the maintainers check;
 * - a Java agent's entry class: `premain`/`agentmain(String, Instrumentation)` is called by the JVM
 *   only when launched with `-javaagent` (wired through the jar's manifest), so its test is a JVM
 *   launch, not a unit test (mockito's `PremainAttach.java`).
 * - a thin command under `cmd/`: a short Go `package main` that imports a module (go-toml's
 *   `cmd/tomll/main.go`, 61 lines of flag parsing and I/O around `toml.LoadFile` and `tree.String()`).
 *   Its work is the library's, which has its tests; what is left is wiring that a run of the command shows.
 * Judged set 16: "not worth saying" for the first two; sets 17 and 22 for the third.
 */

/** `internal` as a folder of the path, not a file or a longer name. */
const INTERNAL_FOLDER = /(^|\/)internal\//;

/** A Go file's package clause (the first, after the licence): a string below may say `package main` too. */
const GO_PACKAGE = /^package\s+(\w+)/m;

/** A Java agent's entry method: `public static void premain(String args, Instrumentation inst)`. */
const JAVA_AGENT_ENTRY = /\bstatic\s+void\s+(premain|agentmain)\s*\(\s*(final\s+)?String\b[^)]*\bInstrumentation\b/;

/**
 * A commands' folder at any depth: `cmd/<name>/main.go`, or a command kept in `cmd/` itself
 * (tablewriter's 72-line `cmd/tablewriter.go` demo that feeds a CSV file to the library, judged
 * not worth saying on set 22). Not `bin/`: there a package ships the command its users run, whose
 * option handling is the product (ejs's `bin/cli.js`, agreed on set 22); examples and demos are
 * no source at all (test-conventions.ts).
 */
const CMD_FOLDER = /(^|\/)cmd\//;

/** A command this short is wiring (flags, files, exit codes); a longer one carries logic of its own. */
const THIN_COMMAND_LINES = 150;

/** An import of a module, not of the standard library: its first path element is a host (`github.com/…`). */
const MODULE_IMPORT = /^\s*(?:import\s+)?(?:[\w.]+\s+)?"[\w-]+\.[\w.-]+\/[^"]+"/m;

/** At most this many characters of the file are read: the clause and the entry sit near the top. */
const MAX_READ = 20_000;

/** Why the file is a program only its launch tests, or undefined. */
export function launchedProgram(path: string, text: string): string | undefined {
  const head = text.slice(0, MAX_READ);
  if (path.endsWith(".go") && INTERNAL_FOLDER.test(path) && GO_PACKAGE.exec(head)?.[1] === "main") return "a developers' command under internal/";
  if (path.endsWith(".go") && CMD_FOLDER.test(path) && GO_PACKAGE.exec(head)?.[1] === "main" && thinCommand(text)) return "a thin command under cmd/";
  if (/\.(java|kt)$/.test(path) && JAVA_AGENT_ENTRY.test(head)) return "a Java agent's entry point";
  return undefined;
}

/** A short command that imports a module: the library does the work. Counting stops past the limit. */
function thinCommand(text: string): boolean {
  let lines = 0;
  for (let i = text.indexOf("\n"); i >= 0 && lines <= THIN_COMMAND_LINES; i = text.indexOf("\n", i + 1)) lines++;
  return lines <= THIN_COMMAND_LINES && MODULE_IMPORT.test(text.slice(0, MAX_READ));
}

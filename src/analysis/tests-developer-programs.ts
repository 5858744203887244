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
 * Judged set 16: "not worth saying" for both.
 */

/** `internal` as a folder of the path, not a file or a longer name. */
const INTERNAL_FOLDER = /(^|\/)internal\//;

/** A Go file's package clause (the first, after the licence): a string below may say `package main` too. */
const GO_PACKAGE = /^package\s+(\w+)/m;

/** A Java agent's entry method: `public static void premain(String args, Instrumentation inst)`. */
const JAVA_AGENT_ENTRY = /\bstatic\s+void\s+(premain|agentmain)\s*\(\s*(final\s+)?String\b[^)]*\bInstrumentation\b/;

/** At most this many characters of the file are read: the clause and the entry sit near the top. */
const MAX_READ = 20_000;

/** Why the file is a program only its launch tests, or undefined. */
export function launchedProgram(path: string, text: string): string | undefined {
  const head = text.slice(0, MAX_READ);
  if (path.endsWith(".go") && INTERNAL_FOLDER.test(path) && GO_PACKAGE.exec(head)?.[1] === "main") return "a developers' command under internal/";
  if (/\.(java|kt)$/.test(path) && JAVA_AGENT_ENTRY.test(head)) return "a Java agent's entry point";
  return undefined;
}

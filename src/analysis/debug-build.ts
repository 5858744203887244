/**
 * Go files compiled only into a debug build (`//go:build debug`, `// +build debug`): debug tooling on purpose, built
 * when someone asks for it (go-cmp's `cmp/internal/diff/debug_enable.go`, a real-time visualizer of the diff
 * algorithm run with `go test -tags=debug`). What it prints is what it is for.
 */

/** Lines read for the build constraints: they sit above the package clause, after the file's header comment. */
const HEADER_LINES = 40;
const GO_BUILD = /^\/\/go:build\s+(.{1,200})$/;
const PLUS_BUILD = /^\/\/\s?\+build\s+(.{1,200})$/;
// A tag that names a debug build: `debug`, `godebug`, `debug_trace`, `cmp_debug`.
const DEBUG_TAG = /^\w{0,20}debug\w{0,20}$/i;

/** Whether the file is built only when a debug tag is set: one constraint requires it, with no alternative to it. */
export function builtOnlyForDebug(text: string): boolean {
  return builtOnlyWithTag(text, DEBUG_TAG);
}

/**
 * Whether a Go file is built only when a tag matching `tag` is set (`//go:build debug`, `// +build ignore`): one of
 * the build constraints above its package clause requires it, with no alternative to it. `ignore`, which no build
 * sets, marks a program run with `go run` (tests-not-source.ts).
 */
export function builtOnlyWithTag(text: string, tag: RegExp): boolean {
  const lines = text.split("\n", HEADER_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    if (/^package\s/.test(line)) return false;
    const expr = GO_BUILD.exec(line)?.[1] ?? PLUS_BUILD.exec(line)?.[1];
    if (expr !== undefined && requiresTag(expr, GO_BUILD.test(line), tag)) return true;
  }
  return false;
}

/**
 * `//go:build` joins terms with `&&` and `||`; `// +build` with `,` (and) and spaces (or). The file needs the tag when
 * the expression has no "or" and one of its "and" terms is the tag, not negated.
 */
function requiresTag(expr: string, goBuild: boolean, tag: RegExp): boolean {
  const clean = expr.replace(/\/\/.*$/, "").trim();
  if (goBuild ? clean.includes("||") : /\s/.test(clean)) return false;
  const terms = clean.split(goBuild ? "&&" : ",").map((t) => t.trim().replace(/^\(+|\)+$/g, ""));
  return terms.some((t) => tag.test(t));
}

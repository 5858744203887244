import { unusedParameters } from "./unused-parameters.js";

/**
 * Code only its own module can reach (#11, session 10): a Kotlin file whose every top-level
 * declaration is `internal` or `private`, a C# file whose outermost types are all declared
 * `internal` (a type with no modifier may be a `partial` part of a public one, or an
 * application's code where everything is internal by default: not enough), a Rust file whose items
 * are `pub(crate)` or private and that implements no trait (a trait impl may be for a public type
 * declared elsewhere), or `pub` in a module its parent declares without `pub` and does not re-export. Its callers are the project's public functions,
 * and the project's tests reach it through them: a reviewer asks for a test of what those entry
 * points do, not of an internal helper (anyhow's private `ptr.rs`, crossbeam's `alloc_helper.rs`,
 * Moq's `internal sealed class InvocationShape`). Languages without module visibility (Python,
 * Ruby, JavaScript, Go's package-wide names) are never internal here, nor is Java: its
 * package-private classes are what the package's own tests call directly.
 */

/** A Kotlin top-level declaration, its modifiers and annotations before the keyword. */
const KOTLIN_DECLARATION =
  /^(?:@[\w.]+(?:\([^)]*\))?\s+)*((?:(?:public|internal|private|protected|open|abstract|sealed|data|inline|value|enum|annotation|suspend|tailrec|operator|infix|const|lateinit|expect|actual|external|fun)\s+)*)(class|interface|object|fun|val|var|typealias)\b/;

/** A C# or Java type declaration and its modifiers. */
const TYPE_DECLARATION =
  /^(\s*)((?:(?:public|internal|private|protected|static|sealed|abstract|partial|readonly|unsafe|new|file|ref|final|strictfp|non-sealed)\s+)*)(class|struct|interface|enum|record|@interface)\s+\w/;

/** A Rust item declared `pub` with no restriction (`pub(crate)` is internal). */
const RUST_BARE_PUB = /^\s*pub\s+(?:(?:unsafe|async|const|extern\s+"\w+")\s+)*(?:fn|struct|enum|trait|type|const|static|union|mod|use)\b/;

/** `impl<'a> LowerHex for BytesRef<'a>`: a trait implemented, for a type that may be public elsewhere. */
const TRAIT_IMPL = /^\s*(?:unsafe\s+)?impl\b.*\bfor\b/;

/** Whether the file's code is visible only inside its own module (see the file's comment). */
export function internalOnly(path: string, text: string, parents: Array<{ path: string; text: string }>): boolean {
  const lines = text.split("\n");
  if (path.endsWith(".kt")) return kotlinInternal(lines);
  if (path.endsWith(".cs")) return typesInternal(lines);
  if (path.endsWith(".rs")) return rustInternal(path, lines, parents);
  return false;
}

/** Every top-level declaration is `internal` or `private`, and there is one. */
function kotlinInternal(lines: string[]): boolean {
  const declarations = lines.flatMap((l) => {
    const m = KOTLIN_DECLARATION.exec(l);
    return m ? [m[1]] : [];
  });
  return declarations.length > 0 && declarations.every((mods) => /\b(internal|private)\b/.test(mods));
}

/** The outermost type declarations (the least indented) are all declared `internal`, and there is one: a public type nested in one is no wider than it. */
function typesInternal(lines: string[]): boolean {
  const types = lines.flatMap((l) => {
    const m = TYPE_DECLARATION.exec(l);
    return m && !/^\s*(\/\/|\*|\/\*)/.test(l) ? [{ indent: m[1].replace(/\t/g, "    ").length, mods: m[2] }] : [];
  });
  if (types.length === 0) return false;
  const outer = Math.min(...types.map((t) => t.indent));
  return types.filter((t) => t.indent === outer).every((t) => /\binternal\b/.test(t.mods) && !/\b(public|protected)\b/.test(t.mods));
}

/**
 * No bare `pub` item, or a module its parent (a changed `lib.rs`, `main.rs` or `mod.rs` beside it)
 * declares with a plain `mod name;` and does not re-export with `pub use`.
 */
function rustInternal(path: string, lines: string[], parents: Array<{ path: string; text: string }>): boolean {
  if (!lines.some((l) => RUST_BARE_PUB.test(l)))
    return !lines.some((l) => TRAIT_IMPL.test(l)) && lines.some((l) => /^\s*(pub\s*\(\s*(crate|super)\s*\)\s+)?(fn|struct|enum|trait|impl)\b/.test(l));
  const dir = path.slice(0, path.lastIndexOf("/") + 1);
  const stem = path.slice(dir.length).replace(/\.rs$/, "");
  if (stem === "lib" || stem === "main" || stem === "mod") return false;
  const parent = parents.find((p) => p.path.startsWith(dir) && /^(lib|main|mod)\.rs$/.test(p.path.slice(dir.length)));
  if (!parent) return false;
  const declared = new RegExp(`^\\s*mod\\s+${stem}\\s*;`, "m").test(parent.text);
  const exported = new RegExp(`\\bpub\\s+(?:mod\\s+${stem}\\b|use\\s+(?:crate::|self::)?${stem}::)`).test(parent.text);
  return declared && !exported;
}

/** A decision or error path in a line of code: removing one changes what code that was there does. */
const DECISION = /(^|[^\w$])(if|elif|else|for|foreach|while|case|when|switch|match|try|catch|except|rescue|unless|until)([^\w$]|$)|\?:|&&|\|\|/;

/** An error a caller meets: `throw`, `raise`, Kotlin's `error(…)`/`require(…)`/`check(…)`, Rust's `panic!`. */
const ERROR_PATH = /(^|[^\w$.])(throw|raise|error|require|check|panic!|unreachable!|unimplemented!|todo!)\b\s*[(!\s]/;

/**
 * A member that implements a supertype's (`override`, `@Override`): callers reach it through the
 * supertype's public contract. Not the members every object has (equality, hash, text): those let
 * collections compare the helper, as the callers' tests do.
 */
const OVERRIDE = /\boverride\b|@Override\b/;
const OBJECT_MEMBER = /^(equals|Equals|hashCode|GetHashCode|toString|ToString|CompareTo|compareTo)$/;

/**
 * The fresh lines add helpers and nothing else: every fresh line in a function sits in a function
 * the file did not have (`had`), none of them overrides a supertype's member, none throws or
 * fails, and the code the change removed from the file held no decision (a rewritten fallback is
 * new behaviour of code that was there).
 */
export function addsOnlyHelpers(
  fresh: Set<number>,
  lines: string[],
  functions: Array<{ name: string; start: number; end: number }>,
  had: Set<string>,
  removedCode: string[],
): boolean {
  const fresher = functions.filter((fn) => !had.has(fn.name) && fresh.has(fn.start));
  if (fresher.length === 0) return false;
  const inFunction = (l: number) => functions.some((fn) => l >= fn.start && l <= fn.end);
  const inFresher = (l: number) => fresher.some((fn) => l >= fn.start && l <= fn.end);
  if (![...fresh].every((l) => !inFunction(l) || inFresher(l))) return false;
  if (fresher.some((fn) => !OBJECT_MEMBER.test(fn.name) && lines.slice(Math.max(0, fn.start - 3), fn.start).some((l) => OVERRIDE.test(l)))) return false;
  // A helper that ignores a parameter (`StaticProperty(type, name)` invoking a hard-coded `"None"`) is a bug no caller's test pins.
  if (fresher.some((fn) => unusedParameters(fn, lines).length > 0)) return false;
  const code = (l: string) => l.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
  if ([...fresh].some((l) => ERROR_PATH.test(code(lines[l - 1] ?? "")))) return false;
  return !removedCode.some((l) => DECISION.test(code(l)));
}

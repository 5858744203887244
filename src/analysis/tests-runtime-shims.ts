import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { declaresPlatformNamespace } from "./platform-backport.js";
import { indentWidth } from "../text/indent-width.js";

/**
 * Compatibility shims ask for no test of their own (#11, session 11): code whose only branch tests
 * the runtime, not the program's input. Python's `if sys.version_info >= (3, 8):` and `try: import x
 * except ImportError:` fallbacks (structlog's OrderedDict for Python 2.6, judged set 9), Ruby's `if
 * RUBY_VERSION >= "2.7"` and `def tap … end unless Object.respond_to?(:tap)`, JS's `typeof window
 * !== "undefined"` and `if (!String.prototype.x)` polyfills, PHP's `if (!function_exists('x'))`,
 * Android's `Build.VERSION.SDK_INT` checks, C#'s `#if NETSTANDARD … #else … #endif`, Go files built
 * only for some Go versions (`//go:build go1.18`) and files that backport a platform class into the
 * platform's namespace (FakeItEasy's `HashSet` for Silverlight 3). The CI matrix runs the branch
 * each runtime takes; a unit test on one runtime cannot reach the others.
 */

/**
 * A condition that reads the operating system: Python's `sys.platform`, `os.name` and the
 * upper-case flags a compat module derives from them (`WIN`, `IS_WINDOWS`), Go's `runtime.GOOS`,
 * Rust's `cfg!(windows)`, Node's `process.platform`, Ruby's `RUBY_PLATFORM` and
 * `Gem.win_platform?`, .NET's `OperatingSystem.IsWindows()` and `RuntimeInformation.IsOSPlatform`,
 * Java's `os.name` property and commons-lang's `SystemUtils.IS_OS_*`. Judged set 15: python-dotenv's
 * `if PY2 and WIN:` and fd's `else if cfg!(windows)`, "the project's test setup doesn't run that
 * combination". Only with no other operand (see runtimeCondition): `if WIN and path:` is the
 * program's decision.
 */
const PLATFORM_TEST: RegExp[] = [
  /^(?:not\s+)?sys\.platform\b/,
  /^(?:not\s+)?os\.name\s*[=!]=/,
  /^(?:not\s+)?platform\.system\(\)/,
  /^(?:not\s+|!\s*)?_?(?:IS_|ON_)?(?:WIN(?:DOWS)?(?:32|64)?|MACOS|OSX|DARWIN|LINUX|CYGWIN|MSYS|MINGW|FREEBSD)\b(?!\s*\()/,
  /^runtime\.GOOS\b/,
  /^!?\s*cfg!\(\s*(?:(?:not|any|all)\(\s*)*(?:windows|unix|target_os|target_family|target_vendor)\b/,
  /^process\.platform\b/,
  /^(?:!\s*)?RUBY_PLATFORM\b/,
  /^(?:!\s*)?Gem\.win_platform\?/,
  /^!?\s*(?:System\.)?OperatingSystem\.Is(?:Windows|Linux|MacOS|OSX|FreeBSD|Android|IOS)\w*\(\)/,
  /^!?\s*(?:System\.Runtime\.InteropServices\.)?RuntimeInformation\.IsOSPlatform\(/,
  /^!?\s*(?:System\.)?getProperty\(\s*"os\.name"/,
  /^!?\s*(?:org\.apache\.commons\.lang3?\.)?SystemUtils\.IS_OS_\w+/,
];

/** A condition that reads the runtime: its version, engine or what it provides, never the program's data. */
const RUNTIME_TEST: RegExp[] = [
  // Python
  /^\(?\s*sys\.(?:version_info|version|implementation|hexversion)\b/,
  /^(?:not\s+)?(?:six\.)?_?(?:PY_?\d\w*|PYPY|IS_PY\w*|PYTHON_?\d\w*)\b/,
  /^platform\.python_(?:implementation|version)\b/,
  // Ruby
  /^(?:!\s*)?(?:RUBY_VERSION|RUBY_ENGINE|RUBY_PATCHLEVEL|Gem::Version\.new\(\s*RUBY_VERSION)\b/,
  /^(?:!\s*)?defined\?\s*\(?\s*(?:::)?[A-Z]/,
  /^(?:!\s*)?(?:::)?[A-Z][\w:]*\.(?:respond_to\?|method_defined\?|instance_methods|const_defined\?|private_method_defined\?|public_method_defined\?)/,
  // JavaScript and TypeScript: feature detection of a global or a built-in's member
  /^!?\s*\(?\s*typeof\s+(?:(?:globalThis|window|global|self)\.\w+|globalThis|window|global|self|document|navigator|process|Deno|Bun|require|module|exports|define|Symbol|Promise|BigInt|WeakMap|WeakRef|Proxy|Reflect|fetch|queueMicrotask|setImmediate|structuredClone|TextEncoder|TextDecoder|AbortController|Buffer)\b/,
  /^!\s*(?:Object|Array|String|Number|Promise|Symbol|Math|JSON|Reflect|Function|Map|Set|Date|RegExp)(?:\.prototype)?\.\w+\s*$/,
  /^process\.(?:version|versions|release)\b/,
  // PHP
  /^(?:!\s*)?(?:\\?version_compare\s*\(\s*)?\\?PHP_(?:VERSION|VERSION_ID|MAJOR_VERSION|MINOR_VERSION)\b/,
  /^!\s*\\?(?:function_exists|class_exists|interface_exists|extension_loaded|defined)\s*\(\s*['"]/,
  // Android (Java, Kotlin)
  /^(?:android\.os\.)?Build\.VERSION\.SDK_INT\b/,
  // The operating system (session 16): a branch only one platform takes, which the CI of that platform runs
  ...PLATFORM_TEST,
];

/** A word every shim above holds: a file without any has none. */
const RUNTIME_HINT =
  /WIN|MACOS|OSX|LINUX|DARWIN|CYGWIN|MSYS|MINGW|FREEBSD|GOOS|IS_OS_|IsOSPlatform|OperatingSystem\.Is|os\.name|platform|cfg!|sys\.|PY_?\d|PYPY|PYTHON|hasattr|ImportError|ModuleNotFoundError|RUBY_|defined\?|respond_to\?|_defined\?|instance_methods|typeof|prototype|process\.(?:version|release)|PHP_|_exists\s*\(|\bdefined\s*\(|extension_loaded|SDK_INT|#\s*if|\b(?:Object|Array|String|Number|Promise|Symbol|Math|JSON|Reflect|Function|Map|Set|Date|RegExp)\.\w+\s*(?:=[^=]|\))/;

/** Python's `hasattr(os, "x")`: a feature check when its object is a module the file imports. */
const HAS_ATTR = /^(?:not\s+)?hasattr\(\s*([A-Za-z_][\w.]*)\s*,\s*['"]\w+['"]\s*\)$/;

/** An `if`, `elif`, `unless` or `else if` head and its condition, brackets and `:`/`{`/`then` left out. */
const BRANCH = /^(?:\}\s*)?(?:if|elif|elsif|unless|else\s+if)\b\s*(.*?)\s*(?:\{|:|\bthen)?\s*$/;

/** Lines that continue the block of the line above them at the same indentation (an Allman brace opens its body). */
const CONTINUATION = /^(?:\}|\{\s*$|end\b|else\b|elif\b|elsif\b|except\b|finally\b|rescue\b|ensure\b|catch\b)/;

/** A definition closed with a runtime guard: Ruby's `end unless Object.respond_to?(:tap)`, `alias x y unless method_defined?(:x)`. */
const TRAILING_GUARD = /\s(?:if|unless)\s+(.+?)\s*$/;

/** Assigning a built-in's member: `String.prototype.x = …`, `Object.assign = Object.assign || …`. */
const BUILT_IN_PATCH = /^(?:Object|Array|String|Number|Promise|Symbol|Function|Map|Set|Date|RegExp)(?:\.prototype)?\.\w+\s*=(?!=)/;

/** A Go build constraint that names a Go version: the file is built only for some Go releases. */
const GO_VERSION_BUILD = /^\/\/(?:go:build|\s*\+build)\s.*\bgo1\.\d+/m;

/** C# directives whose condition names only .NET targets (`NETSTANDARD2_0`, `NET6_0_OR_GREATER`, `!NETFRAMEWORK`). */
const FRAMEWORK_DIRECTIVE = /^#\s*if\s+(.*)$/;
const FRAMEWORK_SYMBOL =
  /^(?:NET\w*|NETSTANDARD\w*|NETCOREAPP\w*|NETFRAMEWORK\w*|NET_\w+|SILVERLIGHT\w*|PORTABLE\w*|WINDOWS_PHONE\w*|NETFX_CORE|WINRT\w*|MONO\w*|UNITY\w*|DNXCORE\w*)$/;

/**
 * The fresh lines that are runtime shims: a branch on the runtime with its alternatives, an import
 * fallback, a definition guarded by a feature check, a built-in patched, and the new functions
 * that hold nothing else (`printError`, whose one branch picks the browser's console). All of a
 * file backporting a platform class, or built only for some Go versions.
 */
export function runtimeShimLines(path: string, fresh: Set<number>, lines: string[], functions: FunctionFact[], language: LanguageId | undefined): Set<number> {
  if (fresh.size === 0) return new Set();
  const text = lines.join("\n");
  if (declaresPlatformNamespace(path, text) || (language === "go" && GO_VERSION_BUILD.test(text.slice(0, 2000)))) return new Set(fresh);
  // One pass over the text first: most files test no runtime, and need not be read line by line.
  if (!RUNTIME_HINT.test(text)) return new Set();
  const imported = language === "python" && text.includes("hasattr") ? importedModules(text, language) : new Set<string>();
  const shim = shimLines(lines, imported, language);
  for (const fn of functions) if (fn.kind !== "callback" && holdsOnlyShims(fn, fresh, shim, lines)) for (let l = fn.start; l <= fn.end; l++) shim.add(l);
  return new Set([...fresh].filter((l) => shim.has(l)));
}

/** The (1-based) lines of every shim of the text, from its opener to its end. */
function shimLines(lines: string[], imported: Set<string>, language: LanguageId | undefined): Set<number> {
  const shim = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const end = shimEnd(lines, i, imported, language);
    if (end < 0) continue;
    const start = language === "ruby" ? guardedDefinitionStart(lines, i) : i;
    for (let j = start; j <= end; j++) shim.add(j + 1);
    i = end;
  }
  return shim;
}

/** The index of the last line of a shim that starts at index `i`, or -1. */
function shimEnd(lines: string[], i: number, imported: Set<string>, language: LanguageId | undefined): number {
  const code = lines[i].trim();
  if (language === "csharp" && code.startsWith("#")) return frameworkSwitchEnd(lines, i);
  if (language === "python" && code === "try:") return importFallbackEnd(lines, i);
  const branch = BRANCH.exec(code);
  if (branch && runtimeCondition(branch[1], imported)) return blockEnd(lines, i);
  if (isScript(language) && BUILT_IN_PATCH.test(code)) return blockEnd(lines, i);
  const guard = language === "ruby" ? TRAILING_GUARD.exec(code) : null;
  if (guard && runtimeCondition(guard[1], imported, true)) return i;
  return -1;
}

/** Ruby's `def tap … end unless Object.respond_to?(:tap)`: the definition that a guarded `end` at index `i` closes, from its opener; else `i`. */
function guardedDefinitionStart(lines: string[], i: number): number {
  if (!/^end\s/.test(lines[i].trim())) return i;
  const indent = indentWidth(lines[i]);
  for (let j = i - 1; j >= 0; j--) {
    if (lines[j].trim() === "" || indentWidth(lines[j]) > indent) continue;
    return indentWidth(lines[j]) === indent && /^(?:def|class|module)\b/.test(lines[j].trim()) ? j : i;
  }
  return i;
}

/** Whether every operand of the condition reads the runtime; at a Ruby class's level, a bare `respond_to?(:x)` does. */
function runtimeCondition(condition: string, imported: Set<string>, classLevel = false): boolean {
  const operands = unwrap(condition).split(/\s*(?:&&|\|\||\band\b|\bor\b)\s*/);
  return (
    operands[0] !== "" &&
    operands.every((part) => {
      const operand = unwrap(part);
      if (RUNTIME_TEST.some((re) => re.test(operand))) return true;
      const has = HAS_ATTR.exec(operand);
      if (has) return imported.has(has[1]);
      return classLevel && /^(?:!\s*)?(?:respond_to\?|method_defined\?|instance_methods\.include\?)\s*\(?\s*:\w+/.test(operand);
    })
  );
}

/** The text without the brackets around it and without the ones a split left unbalanced: `(typeof x === "y")` → `typeof x === "y"`. */
function unwrap(text: string): string {
  let t = text.trim();
  while (t.startsWith("(") && count(t, "(") > count(t, ")")) t = t.slice(1).trim();
  while (t.endsWith(")") && count(t, ")") > count(t, "(")) t = t.slice(0, -1).trim();
  while (t.startsWith("(") && closes(t) === t.length - 1) t = t.slice(1, -1).trim();
  return t;
}

/** The index of the bracket that closes the text's first one, or -1. */
function closes(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** The modules a Python file imports (`import os`, `import collections.abc`, `from x import y`): `hasattr` on them checks the runtime. */
function importedModules(text: string, language: LanguageId | undefined): Set<string> {
  if (language !== "python") return new Set();
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?/gm)) out.add(m[2] ?? m[1]);
  for (const m of text.matchAll(/^\s*from\s+[\w.]+\s+import\s+(\w+)(?:\s+as\s+(\w+))?/gm)) out.add(m[2] ?? m[1]);
  return out;
}

/** Python's `try:` whose body only imports, with an `except ImportError:`: the whole try statement, or -1. */
function importFallbackEnd(lines: string[], i: number): number {
  const indent = indentWidth(lines[i]);
  let j = i + 1;
  for (; j < lines.length && (lines[j].trim() === "" || indentWidth(lines[j]) > indent); j++) {
    const body = lines[j].trim();
    if (body !== "" && !body.startsWith("#") && !/^(?:import\s|from\s+\S+\s+import\s)/.test(body)) return -1;
  }
  const handler = lines[j]?.trim() ?? "";
  if (indentWidth(lines[j] ?? "") !== indent || !/^except\b.*\b(?:ImportError|ModuleNotFoundError)\b/.test(handler)) return -1;
  return blockEnd(lines, i);
}

/** A C# `#if` on .NET targets only that has an `#else` or `#elif`: each target's spelling of one thing. To its `#endif`, or -1. */
function frameworkSwitchEnd(lines: string[], i: number): number {
  const m = FRAMEWORK_DIRECTIVE.exec(lines[i].trim());
  if (!m) return -1;
  const symbols = m[1].replace(/\/\/.*$/, "").match(/[A-Za-z_]\w*/g) ?? [];
  if (symbols.length === 0 || !symbols.every((s) => FRAMEWORK_SYMBOL.test(s))) return -1;
  let depth = 0;
  let alternative = false;
  for (let j = i; j < lines.length; j++) {
    const d = /^#\s*(if|elif|else|endif)\b/.exec(lines[j].trim())?.[1];
    if (d === "if") depth++;
    else if (d === "endif" && --depth === 0) return alternative ? j : -1;
    else if ((d === "else" || d === "elif") && depth === 1) alternative = true;
  }
  return -1;
}

/**
 * The index of the last line of the block opened at `i`, by indentation: the lines indented deeper,
 * and at its own indentation the ones that continue it (`else`, `elif`, `except`, `}`, `end`).
 */
function blockEnd(lines: string[], i: number): number {
  const indent = indentWidth(lines[i]);
  let end = i;
  for (let j = i + 1; j < lines.length; j++) {
    const code = lines[j].trim();
    if (code === "") continue;
    const at = indentWidth(lines[j]);
    if (at > indent || (at === indent && CONTINUATION.test(code))) end = j;
    else break;
    // A closing line that opens nothing more ends the block: the next `}` or `end` is another's.
    if (at === indent && /^(?:\}\s*[);,]*|end)$/.test(code)) break;
  }
  return end;
}

/** Lines of a body that hold no statement: blank, brackets or `end`, a comment. */
const NOT_A_STATEMENT = /^\s*(?:[}\])]*;?|end|\/\/.*|#(?![[!]|if|else|elif|endif).*|\/?\*.*|"""[^"]*"""|'''[^']*''')\s*$/;

/** A new function whose every statement below its signature is a shim: `printError`, its one branch on `typeof window`. */
function holdsOnlyShims(fn: FunctionFact, fresh: Set<number>, shim: Set<number>, lines: string[]): boolean {
  if (fn.end <= fn.start || !fresh.has(fn.start)) return false;
  let shims = 0;
  for (let l = fn.start + 1; l <= fn.end; l++) {
    if (shim.has(l)) shims++;
    else if (!NOT_A_STATEMENT.test(lines[l - 1] ?? "")) return false;
  }
  return shims > 0;
}

/** JavaScript and TypeScript, where `String.prototype.x = …` patches the built-in everyone shares. */
function isScript(language: LanguageId | undefined): boolean {
  return language === "javascript" || language === "typescript" || language === "tsx";
}

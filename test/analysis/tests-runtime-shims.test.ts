import { describe, expect, it } from "@jest/globals";
import { runtimeShimLines } from "../../src/analysis/tests-runtime-shims.js";
import type { FunctionFact, LanguageId } from "../../src/syntax/facts.js";

/** A function fact for the lines a test names (only what runtimeShimLines reads). */
const fn = (name: string, start: number, end: number): FunctionFact => ({ name, start, end, decisions: 1, kind: "function" }) as unknown as FunctionFact;

/** The shim lines among every non-blank line of the text, all taken as fresh. */
function shims(language: LanguageId, text: string, fns: FunctionFact[] = [], path = "src/file"): number[] {
  const lines = text.split("\n");
  const fresh = new Set(lines.flatMap((l, i) => (l.trim() === "" ? [] : [i + 1])));
  return [...runtimeShimLines(path, fresh, lines, fns, language)].sort((a, b) => a - b);
}

/** Every non-blank line of the text. */
const all = (text: string) => text.split("\n").flatMap((l, i) => (l.trim() === "" ? [] : [i + 1]));

describe("runtimeShimLines: shims of the runtime are left out", () => {
  it.each<[string, LanguageId, string]>([
    [
      "Python: a branch on sys.version_info with its else",
      "python",
      "if sys.version_info[:2] == (2, 6):\n    from ordereddict import OrderedDict\nelse:\n    from collections import OrderedDict",
    ],
    [
      "Python: an import fallback that defines a stand-in",
      "python",
      "try:\n    from ordereddict import OrderedDict\nexcept ImportError:\n    class OrderedDict(object):\n        def __init__(self, *a, **kw):\n            raise NotImplementedError('need ordereddict')",
    ],
    ["Python: a PY2 flag", "python", "if PY2:\n    text_type = unicode\nelse:\n    text_type = str"],
    ["Ruby: a RUBY_VERSION branch", "ruby", 'if RUBY_VERSION >= "2.7"\n  def call(*args, **kw) = run(*args, **kw)\nelse\n  def call(*args) = run(*args)\nend'],
    ["Ruby: defined? of a constant", "ruby", "unless defined?(JRUBY_VERSION)\n  require 'fork_helper'\nend"],
    [
      "JS: typeof window picks the browser's console",
      "javascript",
      'if (typeof window !== "undefined") {\n  console.log(pretty(x));\n} else {\n  console.log(x);\n}',
    ],
    [
      "JS: a String.prototype polyfill",
      "javascript",
      "if (!String.prototype.startsWith) {\n  String.prototype.startsWith = function (s) {\n    return this.indexOf(s) === 0;\n  };\n}",
    ],
    ["JS: a built-in's missing member", "javascript", "if (!Object.assign) {\n  Object.assign = assign;\n}"],
    ["PHP: a constant not defined on old versions", "php", "if (!defined('JSON_THROW_ON_ERROR')) {\n    define('JSON_THROW_ON_ERROR', 4194304);\n}"],
    ["TS: typeof globalThis.x", "typescript", 'if (typeof globalThis.structuredClone === "undefined") {\n  globalThis.structuredClone = clone;\n}'],
    [
      "PHP: function_exists polyfill",
      "php",
      "if (!function_exists('str_contains')) {\n    function str_contains($h, $n) {\n        return strpos($h, $n) !== false;\n    }\n}",
    ],
    [
      "Kotlin: an Android SDK check",
      "kotlin",
      "if (Build.VERSION.SDK_INT >= 28) {\n    decodeWithImageDecoder(source)\n} else {\n    decodeWithBitmapFactory(source)\n}",
    ],
    [
      "C#: #if NETSTANDARD with its #else",
      "csharp",
      "#if NETSTANDARD2_0\n        return Encoding.UTF8.GetString(bytes.ToArray());\n#else\n        return Encoding.UTF8.GetString(bytes);\n#endif",
    ],
  ])("%s", (_, language, text) => {
    expect(shims(language, text)).toEqual(all(text));
  });

  it("Python: hasattr on a module the file imports (the import itself is no shim)", () => {
    const text = "import os\nif not hasattr(os, 'sched_getaffinity'):\n    def cpu_count():\n        return os.cpu_count()";
    expect(shims("python", text)).toEqual([2, 3, 4]);
  });

  it("Ruby: a definition guarded by respond_to? on a constant (the reopened class is no shim)", () => {
    const text = "class Object\n  def tap\n    yield self\n    self\n  end unless Object.respond_to?(:tap)\nend";
    expect(shims("ruby", text)).toEqual([2, 3, 4, 5]);
  });

  it("Go: a file built only for some Go versions", () => {
    const text = "//go:build go1.18\n\npackage sqlx\n\nfunc anyOf(v any) any {\n\treturn v\n}";
    expect(shims("go", text)).toEqual(all(text));
  });

  it("C#: a platform class backported into the platform's namespace", () => {
    const text =
      "namespace System.Collections.Generic\n{\n    public class HashSet<T>\n    {\n        public void Add(T item) { d.Add(item, item); }\n    }\n}";
    expect(shims("csharp", text, [], "Source/FakeItEasy-SL3/HashSet.cs")).toEqual(all(text));
  });

  it("TS: a new function whose only statement is a branch on the runtime is a shim whole", () => {
    const text =
      'export function printError(e: Error): void {\n  if (typeof window !== "undefined") {\n    console.log(pretty(e));\n  } else {\n    console.log(e.toString());\n  }\n}';
    expect(shims("typescript", text, [fn("printError", 1, 7)])).toEqual(all(text));
  });
});

describe("runtimeShimLines: branches on the program's data are not shims", () => {
  it.each<[string, LanguageId, string]>([
    ["Python: hasattr on a value", "python", "def size(value):\n    if hasattr(value, '__len__'):\n        return len(value)\n    return 0"],
    ["Python: a version check mixed with data", "python", "if sys.version_info >= (3, 8) and value is None:\n    value = default"],
    ["Python: a try that does more than import", "python", "try:\n    import json\n    data = json.loads(text)\nexcept ImportError:\n    data = None"],
    ["Python: a try that catches another error", "python", "try:\n    from x import y\nexcept ValueError:\n    y = None"],
    ["Ruby: duck typing inside a method", "ruby", "def each(x)\n  if x.respond_to?(:each)\n    x.each { |i| yield i }\n  end\nend"],
    ["JS: typeof a parameter", "javascript", 'function f(x) {\n  if (typeof x === "string") {\n    return x.trim();\n  }\n  return x;\n}'],
    ["Go: a branch on an error", "go", "func f() error {\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn nil\n}"],
    ["Go: a build tag for an OS, not a Go version", "go", "//go:build windows\n\npackage x\n\nfunc f() int {\n\treturn 1\n}"],
    [
      "C#: #if NET6_0_OR_GREATER without an alternative: new API on one target",
      "csharp",
      "#if NET6_0_OR_GREATER\n    public int Parse(ReadOnlySpan<char> s) => Parse(s.ToString());\n#endif",
    ],
    ["C#: #if on a feature switch of the project", "csharp", "#if TRACE_CALLS\n    Trace(x);\n#else\n    Run(x);\n#endif"],
  ])("%s", (_, language, text) => {
    expect(shims(language, text)).toEqual([]);
  });
});

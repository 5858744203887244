import { describe, expect, it } from "@jest/globals";
import { thinWrapperLines } from "../../src/analysis/tests-thin-wrapper.js";
import type { FunctionFact } from "../../src/syntax/facts.js";

/** A function fact for the lines a test names (only what thinWrapperLines reads). */
const fn = (name: string, start: number, end: number, decisions = 0): FunctionFact =>
  ({ name, start, end, decisions, kind: "function" }) as unknown as FunctionFact;

/** Whether every line of the text (one new function, all fresh) is a thin wrapper of what `base` had. */
function thin(text: string, base: string, name: string, decisions = 0): boolean {
  const lines = text.split("\n");
  const fresh = new Set(lines.map((_, i) => i + 1));
  return thinWrapperLines(fresh, [fn(name, 1, lines.length, decisions)], lines, base).size === lines.length;
}

describe("thinWrapperLines: one existing call, with logging, warnings or errors handed on", () => {
  it.each<[string, string, string, string, number]>([
    [
      "Go: Select, its error logged",
      "func Selectv(q Querier, dest interface{}, query string, args ...interface{}) error {\n\terr := Select(q, dest, query, args...)\n\tif err != nil {\n\t\tlog.Println(query, err)\n\t}\n\treturn err\n}",
      "func Select(q Querier) error {}",
      "Selectv",
      1,
    ],
    [
      "Go: Select, log.Fatal on its error",
      "func Selectf(q Querier, query string) {\n\terr := Select(q, query)\n\tif err != nil {\n\t\tlog.Fatal(query, err)\n\t}\n}",
      "func Select(q Querier) error {}",
      "Selectf",
      1,
    ],
    [
      "Python: a deprecated name that warns and calls the new one",
      '    def old_name(self, value):\n        """Deprecated: use new_name."""\n        warnings.warn(\n            "old_name is deprecated, use new_name",\n            DeprecationWarning,\n        )\n        return self.new_name(value)',
      "    def new_name(self, value):",
      "old_name",
      0,
    ],
    [
      "Ruby: a renamed method that warns",
      '  def fetch_all(opts)\n    warn "fetch_all is deprecated; use all"\n    all(opts)\n  end',
      "  def all(opts)",
      "fetch_all",
      0,
    ],
    [
      "JS: a wrapper that logs and hands on the error",
      'async function loadConfig(path) {\n  try {\n    return await readConfig(path);\n  } catch (err) {\n    logger.error("cannot read config", err);\n    throw err;\n  }\n}',
      "function readConfig(path) {}",
      "loadConfig",
      1,
    ],
    [
      "C#: an obsolete overload that forwards renamed arguments",
      '    [Obsolete("Use Send")]\n    public Task Post(Request request, CancellationToken token)\n    {\n        return Send(request, token);\n    }',
      "public Task Send(Request r, CancellationToken t)",
      "Post",
      0,
    ],
  ])("%s", (_, text, base, name, decisions) => {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.includes(name));
    const fresh = new Set(lines.map((__, i) => i + 1));
    const out = thinWrapperLines(fresh, [fn(name, start + 1, lines.length, decisions)], lines, base);
    expect([...out]).toEqual(lines.slice(start).map((__, i) => start + i + 1));
  });
});

describe("thinWrapperLines: new logic is asked about", () => {
  it.each<[string, string, string, string, number]>([
    [
      "Go: a fallback on error",
      "func Get(k string) string {\n\tv, err := Lookup(k)\n\tif err != nil {\n\t\treturn Default(k)\n\t}\n\treturn v\n}",
      "func Lookup(k string)\nfunc Default(k string)",
      "Get",
      1,
    ],
    ["Go: a literal passed on", 'func Strict(s string) error {\n\treturn Parse(s, "strict")\n}', "func Parse(s, mode string) error", "Strict", 0],
    [
      "Python: a branch on the data",
      "def size(self, x):\n    if x is None:\n        return self.empty()\n    return self.count(x)",
      "def count(self, x):\ndef empty(self):",
      "size",
      1,
    ],
    [
      "Python: an error swallowed into None",
      "def safe_load(s):\n    try:\n        return load(s)\n    except ValueError:\n        return None",
      "def load(s):",
      "safe_load",
      1,
    ],
    [
      "Python: an error caught and only logged",
      "def safe_load(s):\n    try:\n        return load(s)\n    except ValueError:\n        log.warning('bad input')",
      "def load(s):",
      "safe_load",
      1,
    ],
    [
      "Python: an argument computed by another call",
      "def load_file(self, path):\n    return self.parse(open(path).read())",
      "def parse(self, text):",
      "load_file",
      0,
    ],
    ["JS: an argument computed from the parameters", "function total(a, b) {\n  return sum(a + b, a > b ? a : b);\n}", "function sum(x, y) {}", "total", 0],
    ["Ruby: two calls", "def reset!\n  clear\n  reload\nend", "def clear\ndef reload", "reset!", 0],
    ["TS: a call of a function the file did not have", "export function run(x: number) {\n  return helper(x);\n}", "export const y = 1;", "run", 0],
    ["C#: a call of a method the file never called", "public int Count(Items items)\n{\n    return items.Tally();\n}", "public class Bag {}", "Count", 0],
  ])("%s", (_, text, base, name, decisions) => {
    expect(thin(text, base, name, decisions)).toBe(false);
  });

  it("without the file's text before the change, nothing is a wrapper", () => {
    expect(thin("def a(x):\n    return b(x)", undefined as unknown as string, "a")).toBe(false);
  });
});

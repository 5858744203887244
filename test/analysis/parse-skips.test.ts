import { functionFree } from "../../src/analysis/function-free.js";
import { parsesWhole } from "../../src/analysis/parses-whole.js";
import { proseFree } from "../../src/analysis/prose-free.js";
import type { FileFacts, LanguageId } from "../../src/syntax/facts.js";
import { loadAllGrammars, syntaxLanguageOf } from "../../src/syntax/grammars.js";
import { isNotAnalysed, parseFacts } from "../../src/syntax/parse-file.js";
import { SAMPLES, range } from "../syntax/samples.js";

beforeAll(() => loadAllGrammars());

/**
 * The text tests that let a rule skip parsing (issue #13, item 5) must never say "nothing there"
 * for a text the parser finds something in. Each text below is parsed, and whenever a test says
 * "free", the facts must agree.
 */
function parsed(path: string, text: string): FileFacts {
  const facts = parseFacts(path, text);
  if (!facts || isNotAnalysed(facts)) throw new Error(`${path} was not analysed`);
  return facts;
}

const prose = (f: FileFacts) => [...f.comments, ...f.strings.filter((s) => s.kind === "docstring" || s.end > s.start)];

function checkAgainstParser(path: string, text: string): { prose: boolean; functions: boolean } {
  const language = syntaxLanguageOf(path)!;
  const facts = parsed(path, text);
  const proseSaid = proseFree(language, text);
  const functionsSaid = functionFree(language, text);
  // Whatever the answer: a "free" text has nothing for the parser to find.
  expect({ path, text, prose: proseSaid ? prose(facts) : [] }).toEqual({ path, text, prose: [] });
  expect({ path, text, functions: functionsSaid ? facts.functions : [] }).toEqual({ path, text, functions: [] });
  return { prose: proseSaid, functions: functionsSaid };
}

/** Texts built to trip a text test: prose and functions written every way the languages allow. */
const HOSTILE: Array<[string, string]> = [
  ["a.ts", 'const a = "x";\n// note\nconst b = 1;'],
  ["a.ts", "/* block */ const a = 1;"],
  ["a.ts", "#!/usr/bin/env node\nconst a = 1;"],
  ["a.ts", "const a = `one\ntwo`;"],
  ["a.ts", 'const a = /"/; const b = "x\ny";'],
  ["a.ts", 'const a = "x\\\ny";'],
  ["a.ts", "const f = (x: number) => x;"],
  ["a.ts", "const f = async x => x;"],
  ["a.ts", "const o = { m() { return 1; } };"],
  ["a.ts", "class A { m(): void {} }"],
  ["a.ts", "export default function () { return 1; }"],
  ["a.ts", "declare function f(): void;"],
  ["a.js", 'const a = <a title="x\ny">b</a>;'],
  ["a.js", "const a = <p>it's</p>;"],
  ["a.js", "const g = function* () { yield 1; };"],
  ["a.py", '"""Module doc."""\nx = 1'],
  ["a.py", '"Module doc."\nx = 1'],
  ["a.py", 'def f(): "doc"'],
  ["a.py", "class A:\n    'doc'\n    x = 1"],
  ["a.py", "x = 1  # note"],
  ["a.py", "x = '''one\ntwo'''"],
  ["a.py", 'x = f"{y}"'],
  ["a.py", 'x = rb"raw"\nr"doc"'],
  ["a.py", "f = lambda x: x"],
  ["a.py", "def f(x):\n    return x"],
  ["a.py", 'x = ("a"\n     "b")'],
  ["a.go", "package a\n\nvar x = `one\ntwo`"],
  ["a.go", "package a\n\n// Doc.\nvar x = 1"],
  ["a.go", "package a\n\nvar f = func() int { return 1 }"],
  ["a.go", "package a\n\ntype I interface { M() }"],
  ["A.java", 'class A { String s = """\n  one\n  """; }'],
  ["A.java", "class A { Runnable r = () -> {}; }"],
  ["A.kt", 'val s = """\none\n"""'],
  ["A.kt", 'val s = "${"a"}"'],
  ["A.kt", "val f = { x: Int -> x }"],
  ["A.kt", "fun f() = 1"],
  ["A.cs", 'var s = @"one\ntwo";'],
  ["A.cs", 'var s = $"{x}";'],
  ["A.cs", "#region A\nvar x = 1;\n#endregion"],
  ["A.cs", "int F() => 1;"],
  ["A.cs", 'var s = """\n  one\n  """;'],
];

/** The synthetic history's files (bench/cli-startup.ts): flat assignments, each language. */
const FLAT: Array<[string, string]> = [
  ["src/a.ts", range(26, (i) => `export const v${i} = compute(${i}, "value ${i}");`).join("\n") + "\n"],
  ["src/a.py", range(26, (i) => `v${i} = compute(${i}, "value ${i}")`).join("\n") + "\n"],
  ["src/a.go", range(26, (i) => `var v${i} = compute(${i}, "value ${i}")`).join("\n") + "\n"],
  ["src/A.java", "class A {\n" + range(26, (i) => `  int v${i} = compute(${i}, "value ${i}");`).join("\n") + "\n}\n"],
  ["src/A.cs", range(26, (i) => `var v${i} = Compute(${i}, "value ${i}", 'c');`).join("\n") + "\n"],
];

describe("the text tests that skip parsing", () => {
  it.each(HOSTILE)("never hide what the parser finds in %s: %j", (path, text) => {
    checkAgainstParser(path, text);
  });

  it.each(SAMPLES.map((s) => [s.lang, s] as const))("say a %s table-test file may hold a function and prose", (_, s) => {
    const shapes = [
      s.file("f", [s.stmt(1), s.branch(2), ...s.nest(3)]),
      s.file(
        "f",
        range(70, (i) => s.stmt(i)),
      ),
      [s.commentedCall, s.file("g", [s.stmt(1)])].join("\n"),
      [...s.docExample, s.file("h", [s.stmt(1)])].join("\n"),
    ];
    for (const text of shapes) expect(checkAgainstParser(s.path, text).functions).toBe(false);
    for (const text of shapes.slice(2)) expect(checkAgainstParser(s.path, text).prose).toBe(false);
  });

  it.each(FLAT)("let flat code without comments (%s) skip the parser", (path, text) => {
    // A Java field sits in a class, whose body a method could be in: only its prose is known.
    expect(checkAgainstParser(path, text)).toEqual({ prose: true, functions: !path.endsWith(".java") });
  });

  it("parse whatever the parser could refuse: large, minified or deeply nested texts", () => {
    const flat = FLAT[0][1];
    expect(parsesWhole(flat)).toBe(true);
    expect(parsesWhole(flat.repeat(20))).toBe(false);
    expect(parsesWhole("x = " + "(".repeat(950) + "1" + ")".repeat(950))).toBe(false);
    for (const language of ["typescript", "python"] as LanguageId[]) {
      expect(proseFree(language, flat.repeat(20))).toBe(false);
      expect(functionFree(language, flat.repeat(20))).toBe(false);
    }
  });

  it("leave the languages they cannot read cheaply to the parser", () => {
    for (const language of ["rust", "ruby", "php", "tsx"] as LanguageId[]) expect(proseFree(language, "x = 1")).toBe(false);
    for (const language of ["rust", "ruby", "php"] as LanguageId[]) expect(functionFree(language, "x = 1")).toBe(false);
  });
});

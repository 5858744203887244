import type { Tree } from "web-tree-sitter";
import type { LanguageId } from "../../src/syntax/facts.js";
import { loadAllGrammars, parserFor } from "../../src/syntax/grammars.js";
import { parseText, parseTextPair } from "../../src/syntax/parse-file.js";
import { reusableParts } from "../../src/syntax/reused-walk.js";
import { editsBetween } from "../../src/syntax/text-edit.js";

beforeAll(() => loadAllGrammars());

const GO_BASE = [
  "package shapes",
  "",
  "// Area is the area of a rectangle, or zero for a degenerate one.",
  "func Area(w, h int) int {",
  "\tif w <= 0 || h <= 0 {",
  "\t\treturn 0",
  "\t}",
  "\treturn w * h",
  "}",
  "",
].join("\n");

const PY_BASE = [
  '"""Shapes and their areas, for the drawing code."""',
  "",
  "",
  "def area(w, h):",
  '    """The area of a rectangle."""',
  "    if w <= 0 or h <= 0:",
  "        return 0",
  "    return w * h",
  "",
].join("\n");

const RUST_BASE =
  "/// The area of a rectangle, or zero for a degenerate one.\npub fn area(w: i32, h: i32) -> i32 {\n    if w <= 0 || h <= 0 { 0 } else { w * h }\n}\n";

// Each head keeps its base's start and changes what follows, where the walk's context matters: a
// comment run that continues across the change, a declaration's doc comment, a test function
// after unchanged code, an attribute before a new function, a statement the next line continues.
const PAIRS: Array<[string, LanguageId, string, string]> = [
  [
    "a Go function appended, with its doc comment",
    "go",
    GO_BASE,
    GO_BASE + "\n// Perimeter is twice the sum of the sides.\nfunc Perimeter(w, h int) int {\n\treturn 2 * (w + h)\n}\n",
  ],
  ["a Go comment run that continues past the change", "go", GO_BASE + "// Shapes to come:\n", GO_BASE + "// Shapes to come:\n// circles.\n"],
  ["a Python test appended after unchanged functions", "python", PY_BASE, PY_BASE + "\n\ndef test_area():\n    assert area(2, 3) == 6\n"],
  [
    "a Python function rewritten in the middle",
    "python",
    PY_BASE + "\n\ndef twice(x):\n    return 2 * x\n",
    PY_BASE + "\n\ndef twice(x):\n    if x:\n        return x + x\n    return 0\n",
  ],
  ["a Rust test with its attribute appended", "rust", RUST_BASE, RUST_BASE + "\n#[test]\nfn area_of_a_square() {\n    assert_eq!(area(2, 2), 4);\n}\n"],
  // rack's etag.rb: the line deleted lies between the last unchanged declaration and the next one.
  [
    "a Ruby require deleted before a module",
    "ruby",
    "# frozen_string_literal: true\n\nrequire 'digest/sha2'\n\nrequire_relative 'constants'\nrequire_relative 'utils'\n\nmodule Rack\n  X = 1\nend\n",
    "# frozen_string_literal: true\n\nrequire 'digest/sha2'\n\nrequire_relative 'constants'\n\nmodule Rack\n  X = 1\nend\n",
  ],
  ["a Go call added on the last unchanged line", "go", GO_BASE.trimEnd(), GO_BASE.trimEnd() + " // ok\nvar _ = Area(1, 2)\n"],
  [
    "a Go import added above unchanged functions",
    "go",
    GO_BASE + "\nfunc Side(a int) int {\n\treturn a\n}\n\nfunc Zero() int {\n\tif true {\n\t\treturn 0\n\t}\n\treturn 1\n}\n",
    'package shapes\n\nimport "fmt"\n' +
      GO_BASE.slice("package shapes\n".length) +
      "\nfunc Side(a int) int {\n\treturn a\n}\n\nfunc Zero() int {\n\tif true {\n\t\treturn 0\n\t}\n\treturn 1\n}\n",
  ],
  // The string becomes the module's first statement once the assignment above it is commented out.
  [
    "a Python statement before a module string commented out",
    "python",
    'x = 1\n"""Shapes."""\n\n\ndef a():\n    return 1\n\n\ndef b():\n    """B."""\n    return 2\n',
    '# x = 1\n"""Shapes."""\n\n\ndef a():\n    return 1\n\n\ndef b():\n    """B."""\n    return 2\n',
  ],
  // The second attribute reads the first, which changed.
  [
    "a Rust attribute changed above another",
    "rust",
    "#[cfg(unix)]\n#[test]\nfn a() {\n    assert!(true);\n}\n\nfn b() -> i32 {\n    if true { 1 } else { 2 }\n}\n\nfn c() {}\n",
    "#[cfg(windows)]\n#[test]\nfn a() {\n    assert!(true);\n}\n\nfn b() -> i32 {\n    if true { 1 } else { 2 }\n}\n\nfn c() {}\n",
  ],
  [
    "a JavaScript statement that the appended line continues",
    "javascript",
    "// Configuration loader for the command line.\nconst load = require('./load')\nload",
    "// Configuration loader for the command line.\nconst load = require('./load')\nload\n(function () { return 1 })()\n",
  ],
];

describe("walking only the part of a modified file's head that is not its base", () => {
  it.each(PAIRS)("gives the head the facts it has on its own: %s", (_name, language, base, head) => {
    const [atBase, atHead] = parseTextPair(language, base, head);
    expect(atBase).toEqual(parseText(language, base));
    expect(atHead).toEqual(parseText(language, head));
  });

  function trees(language: LanguageId, base: string, head: string): [Tree, Tree] {
    const parser = parserFor(language)!;
    const old = parser.parse(base)!;
    for (const edit of editsBetween(base, head, [])) old.edit(edit);
    return [old, parser.parse(head, old)!];
  }

  it("starts the head's walk at the first top-level declaration the change touched", () => {
    const head = GO_BASE + "\nfunc Zero() int {\n\treturn 0\n}\n";
    const [old, tree] = trees("go", GO_BASE, head);
    expect(reusableParts(old, tree, GO_BASE, head, {})).toEqual({ from: GO_BASE.length + 1, to: Infinity, lastLine: 9, firstLine: Infinity, shift: 4 });
  });

  it("reuses only the declarations after the change when it is in the file's first characters", () => {
    const base = GO_BASE + "\nfunc Side(a int) int {\n\treturn a\n}\n\nfunc Zero() int {\n\treturn 0\n}\n";
    const head = base.replace("package shapes", 'package shapes\n\nimport "fmt"');
    const [old, tree] = trees("go", base, head);
    // Area follows the change too closely; Side is the first declaration after one left alone.
    const firstLine = head.split("\n").indexOf("func Side(a int) int {") + 1;
    expect(reusableParts(old, tree, base, head, {})).toEqual({ from: 0, to: head.indexOf("func Side"), lastLine: 0, firstLine, shift: 2 });
    // Changed in its first characters and in its last declaration: nothing is left to reuse.
    const both = base.replace("package shapes", "package geometry").replace("return 0\n}", "return 2\n}");
    expect(reusableParts(...trees("go", base, both), base, both, {})).toBeUndefined();
  });
});

import { emptyLookups } from "../../src/engine/rule.js";
import type { ChangedFile } from "../../src/model/change.js";
import { baseFacts, factsByContent, headFacts } from "../../src/syntax/change-facts.js";
import type { LanguageId } from "../../src/syntax/facts.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { parseText, parseTextPair } from "../../src/syntax/parse-file.js";
import { editBetween, editsBetween } from "../../src/syntax/text-edit.js";

beforeAll(() => loadAllGrammars());

const TS_BASE = [
  "// Préférences 🎉 of the user",
  "export function load(path: string): string {",
  '  const label = "ünïcode ✓";',
  "  if (!path) return label;",
  "  return path;",
  "}",
].join("\n");

// Each pair: the head adds, removes or rewrites code before, inside and after what the base had,
// with characters outside the BMP before the edit (indexes are UTF-16 code units).
const PAIRS: Array<[LanguageId, string, string]> = [
  ["typescript", TS_BASE, TS_BASE + "\n\nexport function save(x: number) {\n  for (const y of [x]) if (y && x) console.log(y);\n}"],
  ["typescript", TS_BASE, TS_BASE.replace("if (!path) return label;", "if (!path) {\n    // return label;\n    throw new Error('🎉');\n  }")],
  ["typescript", TS_BASE, "import { x } from './x';\n" + TS_BASE.replace("return path;", "return path + x;")],
  [
    "python",
    "def f(x):\n    '''Doc 🎉.'''\n    return x\n",
    "def f(x):\n    '''Doc 🎉.'''\n    if x:\n        return x\n    return None\n\n\ndef test_f():\n    assert f(1) == 1\n",
  ],
  [
    "go",
    "package a\n\nfunc F(x int) int {\n\treturn x\n}\n",
    "package a\n\n// F doubles.\nfunc F(x int) int {\n\tif x > 0 {\n\t\treturn 2 * x\n\t}\n\treturn x\n}\n",
  ],
  // A head that does not parse cleanly.
  ["go", "package a\n\nfunc F() {}\n", "package a\n\nfunc F() {\n\tif {\n}\n"],
];

describe("parsing a file's base and head together", () => {
  it.each(PAIRS)("gives each side the facts it has on its own (%s)", (language, base, head) => {
    const [atBase, atHead] = parseTextPair(language, base, head);
    expect(atBase).toEqual(parseText(language, base));
    expect(atHead).toEqual(parseText(language, head));
  });

  it("leaves what lies between a diff's hunks alone, and gives each side its own facts", () => {
    const fn = (i: number) => `function f${i}(x: number): number {\n  // Doubles 🎉 x.\n  return x > 0 && x < 9 ? 2 * x : x;\n}\n`;
    const base = Array.from({ length: 12 }, (_, i) => fn(i)).join("\n");
    const head = base
      .replace("function f1(", "export function f1(")
      .replace("return x > 0 && x < 9 ? 2 * x : x;\n}\n\nfunction f10", "if (!x) return 0;\n  return x;\n}\n\nfunction f10");
    // Lines 6 and 48 changed (git diff's hunks, with three lines of context around each).
    const hunks = [
      { start: 3, length: 7 },
      { start: 45, length: 8 },
    ];
    const edits = editsBetween(base, head, hunks);
    expect(edits.length).toBe(2);
    // Last first, each in the coordinates of the text before it.
    expect(edits[0].startIndex).toBeGreaterThan(edits[1].startIndex);
    expect(edits[1].startPosition.row).toBe(5);
    const [atBase, atHead] = parseTextPair("typescript", base, head, hunks);
    expect(atBase).toEqual(parseText("typescript", base));
    expect(atHead).toEqual(parseText("typescript", head));
  });

  it("keeps a diff of thousands of hunks to a bounded number of edits, with the same facts", () => {
    const doc = "x".repeat(130);
    const fn = (i: number) => `// F${i} ${doc}\nfunc F${i}(x int) int {\n\tif x > ${i} {\n\t\treturn x\n\t}\n\treturn ${i}\n}\n`;
    const base = Array.from({ length: 1_200 }, (_, i) => fn(i)).join("\n");
    // Every function's last return changes (line 6 of each 8): one hunk each, no context.
    const head = base.replace(/\treturn (\d+)\n/g, "\treturn $1 + x\n");
    const hunks = Array.from({ length: 1_200 }, (_, i) => ({ start: i * 8 + 6, length: 1 }));
    expect(editsBetween(base, head, hunks).length).toBe(1_001);
    const [atBase, atHead] = parseTextPair("go", base, head, hunks);
    expect(atBase).toEqual(parseText("go", base));
    expect(atHead).toEqual(parseText("go", head));
  });

  it("describes the edit between two texts in code units, rows and columns", () => {
    const edit = editBetween("a🎉\nbc\nd", "a🎉\nbXYc\nd")!;
    expect([edit.startIndex, edit.oldEndIndex, edit.newEndIndex]).toEqual([5, 5, 7]);
    expect([edit.startPosition, edit.oldEndPosition, edit.newEndPosition]).toEqual([
      { row: 1, column: 1 },
      { row: 1, column: 1 },
      { row: 1, column: 3 },
    ]);
    expect(editBetween("same", "same")).toBeUndefined();
  });

  it("parses a modified file's head and base once, whichever side is asked for first", () => {
    const head = TS_BASE + "\nexport const answer = () => 42;";
    const file: ChangedFile = {
      path: "src/load.ts",
      status: "modified",
      binary: false,
      additions: 1,
      deletions: 0,
      addedLines: [{ line: 7, text: "export const answer = () => 42;" }],
      hunks: [{ start: 7, length: 1 }],
    };
    const lookups = { ...emptyLookups(), fileContents: new Map([[file.path, head]]), baseContents: new Map([[file.path, TS_BASE]]) };
    const misses = factsByContent.misses;
    expect(baseFacts(file, lookups)?.functions.map((f) => f.name)).toEqual(["load"]);
    expect(headFacts(file, lookups)?.functions.map((f) => f.name)).toEqual(["load", "answer"]);
    // One lookup per side, both at the first ask; the second ask is answered without another.
    expect(factsByContent.misses - misses).toBe(2);
  });
});

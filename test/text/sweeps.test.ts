import { pairLines, reflowedOnly, relaidLines, semicolonsOptional } from "../../src/text/sweeps.js";

/** Lines whose whitespace is removed, as pr-size keys them. */
const keys = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ""));

describe("formatter sweeps", () => {
  // The switch from standard to prettier (gts): semicolons added, quotes and wrapping changed (#11).
  it.each([
    ["lib/usage.ts", ["const x = require('y')", "foo(a, b)"], ['const x = require("y");', "foo(", "  a,", "  b,", ");"]],
    ["index.mjs", ["import { a } from './a.js'", "export default a"], ['import {a} from "./a.js";', "export default a;"]],
    [
      "lib/yargs-factory.ts",
      ["keys.forEach((key) => {", "options.key[key] = true // track manually set keys."],
      ["keys.forEach(key => {", "options.key[key] = true; // track manually set keys."],
    ],
    ["src/Main.kt", ["val x = listOf(1, 2)"], ["val x = listOf(1, 2);"]],
    ["main.go", ["x := f(a); y := g(b);"], ["x := f(a); y := g(b)"]],
    ["app.py", ["x = f('a');"], ['x = f("a")']],
  ])("a file only reflowed, requoted and given or stripped of semicolons says nothing new (%s)", (path, before, after) => {
    expect(semicolonsOptional(path)).toBe(true);
    expect(reflowedOnly(keys(before), keys(after), semicolonsOptional(path))).toBe(true);
    const relaid = relaidLines(before, after, semicolonsOptional(path));
    expect(relaid.added.size).toBe(new Set(keys(after)).size);
  });

  // In Rust a block's last expression without `;` is its value; in Java, C#, C and PHP a `;` is never a formatter's choice.
  it.each([
    ["src/lib.rs", ["    x"], ["    x;"]],
    ["src/Main.java", ["return a"], ["return a;"]],
    ["src/A.cs", ["var a = b"], ["var a = b;"]],
    ["src/a.php", ["$a = $b"], ["$a = $b;"]],
  ])("where a semicolon is not optional, adding one is a change (%s)", (path, before, after) => {
    expect(semicolonsOptional(path)).toBe(false);
    expect(reflowedOnly(keys(before), keys(after), semicolonsOptional(path))).toBe(false);
    expect(relaidLines(before, after, semicolonsOptional(path)).added.size).toBe(0);
  });

  it("a new value or name beside the added semicolons still counts", () => {
    const before = ["const limit = 10", "run(limit)"];
    const after = ["const limit = 20;", "run(limit);", "stop(limit);"];
    expect(reflowedOnly(keys(before), keys(after), true)).toBe(false);
    expect([...relaidLines(before, after, true).added]).toEqual(["run(limit);"]);
    // A parameter dropped from an arrow function is a change; only a lone one's parentheses are layout.
    expect(reflowedOnly(keys(["f((a, b) => a)"]), keys(["f(a => a)"]), true)).toBe(false);
  });
});

describe("pairing removed and added lines", () => {
  const call = (k: number, db: string) => `var m${k} = Message.Create(${db}, flags, Command.C${k}, key);`;
  // StackExchange.Redis 567cdf73fc: a property rewritten at the top and members deleted further down
  // must not shift the pairs, or each line pairs with a neighbour's edit (`C6→C0`) and the one rename reads as 250.
  it("lines deleted or rewritten elsewhere in the file do not shift the pairs", () => {
    const removed = [
      "public object State { get { return state; } }",
      ...Array.from({ length: 50 }, (_, k) => call(k, "Db")),
      "int a;",
      "int b;",
      "int c;",
      "int d;",
    ];
    const added = ["public object State => state;", ...Array.from({ length: 50 }, (_, k) => call(k, "Database"))];
    const pairs = pairLines(keys(removed), keys(added));
    expect(pairs).toHaveLength(50);
    expect(new Set(pairs.map((p) => p.key))).toEqual(new Set(["Db→Database"]));
  });

  it("a block added whole between edits leaves the edits after it paired", () => {
    const removed = [call(1, "Db"), call(2, "Db")];
    const added = [call(1, "Database"), ...Array.from({ length: 10 }, (_, k) => `Log(${k}, "${"x".repeat(k)}");`), call(2, "Database")];
    expect(pairLines(keys(removed), keys(added)).map((p) => p.key)).toEqual(["Db→Database", "Db→Database"]);
  });

  it("lines with nothing in common are not paired", () => {
    expect(pairLines(keys(["a = b + c"]), keys(["return f(x, y, z)"]))).toEqual([]);
  });
});

import { CODE_TOKEN, codeTableRowIndexes, lineShape, repeatedRowIndexes, repeatedRows, rowKey, TABLE_ROWS } from "../../src/text/table-rows.js";

/** The shape as CODE_TOKEN's tokens say it: what lineShape reads in one pass. */
function shapeByTokens(line: string): string {
  const kind = (t: string) => (/^[A-Za-z_$]/.test(t) ? "a" : /^\d/.test(t) ? "0" : /^["'`]/.test(t) ? "s" : t);
  return (line.match(CODE_TOKEN) ?? []).map(kind).join(" ");
}

describe("table rows", () => {
  it("a line's shape sets names, numbers and strings alike and keeps the punctuation", () => {
    expect(lineShape(`\t"AD-07": true,`)).toBe(lineShape(`"ZW-99": false,`));
    expect(lineShape(`"EmailValidator" => "'{PropertyName}' n'est pas valide.",`)).toBe(lineShape(`"NotNull" => 'must not be empty',`));
    expect(lineShape("a = f(1)")).not.toBe(lineShape("a = f[1]"));
  });

  it("a line's shape is its tokens' kinds in order, punctuation as written", () => {
    expect(lineShape(`$x = _y + 0x1F * "s" - 'c' ?? \`t\`;`)).toBe("a = a + 0 * s - s ? ? s ;");
    expect(lineShape("   ")).toBe("");
    expect(lineShape("é = ü")).toBe("é = ü");
  });

  it("a line's shape is CODE_TOKEN's, for every character and for strings, escapes and numbers at a line's edges", () => {
    // Every UTF-16 code unit alone, after a name, in a string and escaped there: white space (\s) has no shape, anything else is a token.
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (lineShape(ch) !== shapeByTokens(ch) || lineShape(`a${ch}"${ch}\\${ch}"`) !== shapeByTokens(`a${ch}"${ch}\\${ch}"`)) differ.push(c);
    }
    expect(differ).toEqual([]);
    const tricky = [
      `"unclosed`,
      `'it\\'s' + "a\\"b" + \`t\\\``,
      `"ends with escape\\`,
      `"escaped break\\\r" x`,
      `"escaped LS\\\u2028" x`,
      `'\t' 1.5e3 0x1F_a $b.c _d$1 9$`,
      `f("a", 'b', \`c\`) => x?.y ?? 2..3`,
      `😀 = "😀"`,
      `"" '' \`\` "\\"" '\\''`,
    ];
    for (const line of tricky) expect(lineShape(line)).toBe(shapeByTokens(line));
  });

  it("repeated rows by index are the same rows", () => {
    const rows = Array.from({ length: TABLE_ROWS + 3 }, (_, i) => `  "k${i}": ${i},`);
    const lines = ["x = {", ...rows.slice(0, 4), " \u00a0", ...rows.slice(4), "}", "y()"];
    expect(repeatedRowIndexes(lines).map((i) => lines[i])).toEqual(repeatedRows(lines));
    expect(repeatedRows(lines)).toEqual(rows.slice(1));
  });

  it("a run of TABLE_ROWS lines of one shape keeps its first row; blank lines do not break it", () => {
    const rows = Array.from({ length: TABLE_ROWS }, (_, i) => `"k${i}": ${i},`);
    const lines = ["var codes = map[string]int{", ...rows.slice(0, 5), "", ...rows.slice(5), "}"];
    expect(repeatedRows(lines)).toEqual(rows.slice(1));
  });

  it("a shorter run is code that happens to repeat a shape, and is kept", () => {
    const lines = Array.from({ length: TABLE_ROWS - 1 }, (_, i) => `this.f${i} = f${i};`);
    expect(repeatedRows(lines)).toEqual([]);
  });

  it("lines of varied shapes are not a table", () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 ? `x${i} = g(${i})` : `return h${i};`));
    expect(repeatedRows(lines)).toEqual([]);
  });

  // A Unicode table as a Ruby hash literal: a row's cells are `nil` or a string by the code point (#11).
  it.each([
    ["Ruby", (i: number) => `        0x${(0x0969 + i).toString(16)} => [0, 0, ${i % 3 ? "nil" : `"\\343\\203\\${i}"`}, nil, ${i % 2},`],
    ["Go", (i: number) => `\t{"C${i}", ${i * 7}, ${i % 2 ? "true" : `"x"`}},`],
    ["Rust", (i: number) => `    (0x${i.toString(16)}, ${i % 2 ? "'A'" : "None"}),`],
    ["Python", (i: number) => `    ${i}: (${i % 2 ? "None" : `'name${i}'`}, ${i}.5, True),`],
    ["JavaScript", (i: number) => `  [${i}, ${i % 2 ? "null" : "-1"}, "${i}"],`],
  ])("rows of literals whose cells change kind are one table (%s)", (_lang, row) => {
    const rows = Array.from({ length: TABLE_ROWS * 3 }, (_, i) => row(i));
    const lines = ["TABLE = {", ...rows, "}", "lookup(TABLE)"];
    expect(repeatedRows(lines)).toEqual(rows.slice(1));
  });

  it("a row of data written over several lines is one table, brackets and all", () => {
    const rows = Array.from({ length: TABLE_ROWS }, (_, i) => ["  {", `    "k${i}", ${i % 2 ? "nil" : i},`, `    ${i % 3 ? '"v"' : "false"}`, "  },"]).flat();
    const lines = ["var table = []row{", ...rows, "}"];
    // All but the first row's opening brace and first line, and the last row's `},`, are repeated rows: the table counts as a few lines.
    expect(repeatedRows(lines)).toEqual(rows.slice(2, -1));
  });

  it("only values make a row of data: a line that names code keeps its shape", () => {
    expect(rowKey(`0x0969 => [0, 0, nil, "\\343", nil],`)).toBe(rowKey(`{"AD", -20, true},`));
    expect(rowKey(`0x0969 => [0, 0, nil],`)).not.toBe(rowKey(`0x0969 => [0, 0, limit],`));
    expect(rowKey("foo(1, 2)")).toBe(lineShape("foo(1, 2)"));
    expect(rowKey("},")).toBe("} ,");
    // Varying lines of code mixing names and literals are no table.
    const lines = Array.from({ length: 40 }, (_, i) => (i % 2 ? `total += ${i}` : `"k${i}", ${i},`));
    expect(repeatedRows(lines)).toEqual([]);
  });
});

describe("rows of a table written as code", () => {
  const rows = (n: number, row: (i: number) => string[]) => Array.from({ length: n }, (_, i) => row(i)).flat();
  it.each([
    ["one assignment a line, keyed by constants", rows(8, (i) => [`formatNameTable[K${i}] = "k${i}";`]), 7],
    ["a case of one line a row", rows(8, (i) => [`case TypeCode.T${i}: return Writer.Write(ref bytes, offset, (T${i})value);`]), 7],
    ["rows of three lines: a case, its step and a break", rows(3, (i) => [`case '${i}':`, `str += '; Priority=${i}'`, "break"]), 6],
    ["a field assignment of each parameter", rows(7, (i) => [`this.f${"abcdefg"[i]}x = f${"abcdefg"[i]}x;`]), 6],
    ["one call a line, its lower-case callee told apart by its entry", rows(8, (i) => [`case reflect.K${i}: return encode${"ABCDEFGH"[i]}(v)`]), 7],
  ])("%s: every row but the first", (_name, lines, n) => expect(codeTableRowIndexes(lines)).toHaveLength(n));
  it.each([
    [
      "steps that share a shape by accident",
      [
        "config = load(path);",
        "items = parse(config);",
        "total = sum(items);",
        "names = keys(total);",
        "out = render(names);",
        "size = count(out);",
        "flag = check(size);",
        "done = finish(flag);",
      ],
    ],
    ["each a value of its own made by its own function", rows(16, (i) => [`options.v${"abcdefghijklmnop"[i]} = make${"abcdefghijklmnop"[i]}(options);`])],
    ["variables numbered alike, each a check of its own", rows(12, (i) => [`if (limit${i} > x) throw new Error("x");`])],
    ["six rows: steps written alike, no table", rows(6, (i) => [`a.K${i} = ${i};`])],
    ["four forms in turn: a row is at most three lines", rows(12, (i) => [["x = x + 1;", "x = scale(x, 2);", "x -= step(3);", "x = limit(x) * 4;"][i % 4]])],
    ["a line too long to read as a row", rows(10, (i) => [`a[K${i}] = "${"x".repeat(500)}";`])],
  ])("%s: no rows", (_name, lines) => expect(codeTableRowIndexes(lines)).toEqual([]));
  it("counts the rows of a run and not the steps around it", () => {
    const lines = ["var x = load(path);", ...rows(8, (i) => [`names[K${i}] = "k${i}";`]), "return render(x, names);"];
    expect(codeTableRowIndexes(lines)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

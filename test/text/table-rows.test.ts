import { lineShape, repeatedRows, TABLE_ROWS } from "../../src/text/table-rows.js";

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
});

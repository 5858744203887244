import { lineShape, repeatedRows } from "../../src/analysis/line-shapes.js";

const lines = (text: string[]) => (l: number) => ((text[l - 1] ?? "").trim() === "" ? "" : text[l - 1]);
const whole = (text: string[]) => ({ start: 1, end: text.length });

describe("lineShape", () => {
  it.each([
    ['formatNameTable[Nil] = "nil";', 'formatNameTable[True] = "true";'],
    ["il.Emit(OpCodes.Ldarg_0);", "il.Emit(OpCodes.Ldc_I4_S);"],
    ["bytes[offset + 1] = (byte)(length >> 8);", "bytes[offset + 2] = (byte)(length >> 16);"],
    ["case 0x1F: return 'x';", 'case 42: return "y";'],
    [
      "case TypeCode.Int16: return MessagePackBinary.WriteInt16(ref bytes, offset, (Int16)value);",
      "case TypeCode.Byte: return MessagePackBinary.WriteByte(ref bytes, offset, (Byte)value);",
    ],
  ])("gives %s and %s one shape", (a, b) => expect(lineShape(a)).toBe(lineShape(b)));
  it.each([
    ["if (x) return y;", "while (x) return y;"],
    ["return a(b);", "a(b);"],
    ["x = f(a, b);", "x = f(a);"],
    ["total += weigh(k);", "count += size(k);"],
  ])("tells %s from %s", (a, b) => expect(lineShape(a)).not.toBe(lineShape(b)));
  it("bounds a long line", () => expect(lineShape("x".repeat(10_000)).length).toBeLessThanOrEqual(400));
});

describe("repeatedRows", () => {
  it("counts every row of a table after the first", () => {
    const table = ["static Code() {", ...Array.from({ length: 32 }, (_, i) => `    names[K${i}] = "k${i}";`), "}"];
    expect(repeatedRows(lines(table), whole(table))).toBe(31);
  });
  it("counts rows of two lines (a case and its one statement), brackets and blank lines not breaking them", () => {
    const sw = [
      "switch (code) {",
      ...Array.from({ length: 10 }, (_, i) => [`  case Code.T${i}:`, `    return Writer.W${i}(ref bytes, offset, (T${i})value);`, ""]).flat(),
      "}",
    ];
    expect(repeatedRows(lines(sw), whole(sw))).toBe(18);
  });
  it("counts none in steps that differ", () => {
    const steps = [
      "var config = readConfig(path);",
      "if (config == null) {",
      "  throw new Error(path);",
      "}",
      "for (const item of config.items) merge(item);",
      "return start(config);",
    ];
    expect(repeatedRows(lines(steps), whole(steps))).toBe(0);
  });
  it("counts runs of seven rows and more only: six lines alike are steps", () => {
    const few = [
      "a.X = 1;",
      "a.Y = 2;",
      "a.Z = 3;",
      "if (a.X) {",
      "run(a);",
      "}",
      "stop(a, b);",
      "b.X = 1;",
      "b.Y = 2;",
      "b.Z = 3;",
      "b.W = 4;",
      "b.V = 5;",
      "return b;",
    ];
    expect(repeatedRows(lines(few), whole(few))).toBe(0);
    const five = [...few.slice(0, 7), "b.X = 1;", "b.Y = 2;", "b.Z = 3;", "b.W = 4;", "b.V = 5;", "b.U = 6;", "b.T = 7;", "return b;"];
    expect(repeatedRows(lines(five), whole(five))).toBe(6);
  });
  it("looks back three lines only: a shape met again later is a step", () => {
    const text = ["a(b);", "if (x) {", "return y;", "}", "while (z) {", "c = d;", "}", "e(f);"];
    expect(repeatedRows(lines(text), whole(text))).toBe(0);
  });
});

import { tableRowLines } from "../../src/analysis/table-rows-in-code.js";

const view = (text: string[]) => (l: number) => ((text[l - 1] ?? "").trim() === "" ? "" : text[l - 1]);
const whole = (text: string[]) => ({ start: 1, end: text.length });
const count = (text: string[]) => tableRowLines(view(text), whole(text));

describe("tableRowLines", () => {
  it("counts a static constructor's table, every row after the first", () => {
    expect(count(["static Code() {", ...Array.from({ length: 32 }, (_, i) => `    names[K${i}] = "k${i}";`), "}"])).toBe(31);
  });
  it("reads a switch of two-line rows through its blank lines and brackets", () => {
    const sw = [
      "switch (code) {",
      ...Array.from({ length: 10 }, (_, i) => [`  case Code.T${i}: {`, `    return Writer.W${i}(ref bytes, offset, (T${i})value);`, "  }", ""]).flat(),
      "}",
    ];
    expect(count(sw)).toBe(18);
  });
  it("leaves a data literal's entries out: they are out of the length already", () => {
    expect(count(["const m = {", ...Array.from({ length: 20 }, (_, i) => `  k${i}: ${i},`), "};"])).toBe(0);
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
    expect(count(steps)).toBe(0);
  });
  it("reads only the span", () => {
    const text = Array.from({ length: 20 }, (_, i) => `    names[K${i}] = "k${i}";`);
    expect(tableRowLines(view(text), { start: 1, end: 5 })).toBe(0);
  });
});

import { hasLongStringLiteral } from "../../src/text/long-literal.js";

describe("hasLongStringLiteral", () => {
  it.each([
    [`const s = "${"a".repeat(40)}";`, true],
    [`const s = "${"a".repeat(39)}";`, false],
    [`x = '${"b".repeat(20)}\\'${"b".repeat(20)}'`, true],
    [`const s = "caf\u00e9"; ${"y".repeat(130)}`, false],
    [`it's ${"z".repeat(60)}`, false],
    [`f('a', "${"c".repeat(45)}")`, true],
    [`const t = \`${"d".repeat(400_000)}\`;`, true],
    ['"'.repeat(400_000), false],
    ['"\\'.repeat(200_000), false],
  ])("%#", (line, expected) => {
    expect(hasLongStringLiteral(line, 40)).toBe(expected);
  });
});

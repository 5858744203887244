import type { FunctionFact } from "../../src/syntax/facts.js";
import { onlySmallFunction, takesNoArguments } from "../../src/analysis/tests-small-addition.js";

const fn = (name: string, start: number, end: number, decisions = 0, codeLines = end - start + 1): FunctionFact =>
  ({
    name,
    kind: "function",
    start,
    end,
    bodyLines: end - start,
    codeLines,
    decisions,
    cognitive: decisions,
    maxNesting: 0,
    deepestLine: start,
  }) as FunctionFact;

describe("takesNoArguments", () => {
  it.each([
    ["def self.version", "version"],
    ["public static function clear()", "clear"],
    ["    def reset(self):", "reset"],
    ["    pub fn clear(&mut self) {", "clear"],
    ["func (c *Cache) Reset() {", "Reset"],
    ["fun version(): String {", "version"],
  ])("%s takes none", (line, name) => {
    expect(takesNoArguments(fn(name, 1, 3), [line])).toBe(true);
  });
  it.each([
    ["export function average(p: number[]): number {", "average"],
    ["    def reset(self, to):", "reset"],
    ["  public Mapper rebuild(Feature f) {", "rebuild"],
    ["def show(items)", "show"],
  ])("%s takes some", (line, name) => {
    expect(takesNoArguments(fn(name, 1, 3), [line])).toBe(false);
  });
});

describe("onlySmallFunction", () => {
  const lines = ["class A {", "  public static function clear()", "  {", "    self::$a = array();", "    self::$b = array();", "  }", "}"];
  const clear = fn("clear", 2, 6);
  it("is the one new argument-less function of a few lines", () => {
    expect(onlySmallFunction(new Set([2, 3, 4, 5, 6]), ["clear"], [clear], lines)).toBe(true);
  });
  it("is not when fresh code sits outside it, or it decides twice, or it is longer", () => {
    expect(onlySmallFunction(new Set([1, 2, 3]), ["clear"], [clear], lines)).toBe(false);
    expect(onlySmallFunction(new Set([2, 3]), ["clear"], [fn("clear", 2, 6, 2)], lines)).toBe(false);
    expect(onlySmallFunction(new Set([2, 3]), ["clear"], [fn("clear", 2, 6, 0, 9)], lines)).toBe(false);
    expect(onlySmallFunction(new Set([2, 3]), ["clear", "other"], [clear], lines)).toBe(false);
  });
});

import { insertedTokens, tokenize, tokenSetSimilarity } from "../../src/analysis/token-diff.js";

const tokens = (...lines: string[]) => tokenize(lines.map((code, i) => ({ line: i + 1, code }))).flatMap((l) => l.tokens);

describe("token diff", () => {
  it("a re-wrapped call with a trailing comma and other quotes inserts nothing", () => {
    const base = tokens("foo(a, 'b');");
    const head = tokens("foo(", "  a,", '  "b",', ");");
    expect(insertedTokens(base, head).some(Boolean)).toBe(false);
  });

  it("a new argument is the only inserted token", () => {
    const base = tokens("foo(a, b)");
    const head = tokens("foo(a, c, b)");
    expect(head.filter((_, i) => insertedTokens(base, head)[i])).toEqual(["c", ","]);
  });

  it("too large to align, it counts by multiset", () => {
    const base = Array.from({ length: 6000 }, (_, i) => `t${i % 50}`);
    const head = [...base.slice(0, 1500), "new", ...base.slice(1500).reverse()];
    const inserted = insertedTokens(base, head);
    expect(head.filter((_, i) => inserted[i])).toEqual(["new"]);
  });

  it("similarity is Jaccard over token sets", () => {
    expect(tokenSetSimilarity(["a", "b", "c"], ["a", "b", "d"])).toBeCloseTo(0.5);
    expect(tokenSetSimilarity([], [])).toBe(1);
  });
});

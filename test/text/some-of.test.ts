import { someOf } from "../../src/text/some-of.js";

describe("someOf", () => {
  it.each([
    [[], 3, ""],
    [["a"], 3, "a"],
    [["a", "b"], 3, "a and b"],
    [["a", "b", "c"], 3, "a, b and c"],
    [["a", "b", "c", "d", "e"], 3, "a, b, c and 2 more"],
    [["a", "b"], 0, "a and 1 more"],
  ])("%j, at most %d → %s", (items, max, expected) => {
    expect(someOf(items, max)).toBe(expected);
  });
});

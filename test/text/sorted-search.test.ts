import { lastAtOrBefore } from "../../src/text/sorted-search.js";

describe("lastAtOrBefore", () => {
  const starts = [0, 10, 10, 25, 40];

  it("finds the last entry at or below the value", () => {
    expect(lastAtOrBefore(starts, 0)).toBe(0);
    expect(lastAtOrBefore(starts, 9)).toBe(0);
    expect(lastAtOrBefore(starts, 10)).toBe(2);
    expect(lastAtOrBefore(starts, 30)).toBe(3);
    expect(lastAtOrBefore(starts, 1000)).toBe(4);
  });

  it("answers 0 below every entry and for one entry", () => {
    expect(lastAtOrBefore([5, 8], 1)).toBe(0);
    expect(lastAtOrBefore([3], 7)).toBe(0);
  });
});

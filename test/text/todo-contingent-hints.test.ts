import { isContingentHint } from "../../src/text/todo-notes.js";

// A TODO that hangs on the code growing is a design hint, not work (set 22: whoops f563bfd939, not worth saying).
describe("isContingentHint", () => {
  it.each([
    ["   If this gets any more complex than this,"],
    [": if this ever becomes a bottleneck, cache the parsed rules"],
    [" If it grows much larger, split it into modules"],
    [": only if this turns out to be slow, use a lookup table"],
    [" if these get more complicated, move them to a class"],
  ])("%s is a hint", (afterMarker) => {
    expect(isContingentHint(afterMarker)).toBe(true);
  });

  it.each([
    [": if this is null, throw instead of returning"],
    [": if the user passes a negative size, clamp it"],
    [" handle the case where this gets more than 10 items"],
    [": this gets slower with every call, fix the cache"],
    [": if it fails, retry"],
  ])("%s is work", (afterMarker) => {
    expect(isContingentHint(afterMarker)).toBe(false);
  });
});

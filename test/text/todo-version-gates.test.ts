import { isVersionGated } from "../../src/text/todo-notes.js";

// A TODO that waits for a version is found by grepping that version when the minimum moves (#10).
describe("isVersionGated", () => {
  it.each([
    ["TODO: once MSRV >= 1.62, use `then_some`."],
    ["TODO: once support for Go 1.16 is dropped, this file can be"],
    ["TODO when we drop Python 3.7, remove the shim"],
    ["TODO: after Rails 7 use load_async"],
    ["TODO: remove once jackson 2.12 is the minimum"],
    ["TODO: until React 18 lands everywhere, use the legacy root"],
    ["TODO(python3): when Python 2 support ends, drop this"],
    ["TODO: use `is_some_and` once the minimum supported Rust version allows"],
    // eslint-plugin-unicorn's expiring TODOs, which the lint fails on once their trigger is met.
    ["// TODO [engine:node@>=24]: Replace with built in RegExp.escape()"],
    ["// TODO [2025-01-01]: drop the shim"],
    ["// TODO [>=2.0.0]: remove the deprecated alias"],
    ["// TODO [+lodash]: use lodash's debounce"],
    ["// FIXME [-left-pad]: inline it"],
    ["// TODO [react@>=19, 2026-01-01]: use the new hook"],
  ])("%s waits for a version", (todo) => {
    expect(isVersionGated(todo)).toBe(true);
  });

  it.each([
    ["TODO: once step 2 is done, merge the loops"],
    ["TODO: handle network error"],
    ["TODO: if len > 3 this is slow"],
    ["FIXME: when the user has 2 accounts this breaks"],
    ["TODO: Replace with proper check for >= P"],
    ["TODO: remove in 2.0"],
    ["TODO: if value 1.5 is exceeded, clamp it"],
    ["// TODO [security]: validate the input"],
    ["// TODO [perf] cache this"],
    ["// TODO: handle [1, 2] inputs"],
  ])("%s does not", (todo) => {
    expect(isVersionGated(todo)).toBe(false);
  });
});

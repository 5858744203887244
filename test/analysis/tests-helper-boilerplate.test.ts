import { helperBoilerplateLines } from "../../src/analysis/tests-helper-boilerplate.js";

const all = (n: number) => new Set(Array.from({ length: n }, (_, i) => i + 1));

describe("lines that only mark a test helper (#11, judged set 7)", () => {
  it("Go: `t.Helper()`, and testify's guard with its braces", () => {
    const text = ["func A(t TestingT) bool {", "\tif h, ok := t.(tHelper); ok {", "\t\th.Helper()", "\t}", "\tt.Helper()", "\treturn true", "}"];
    expect([...helperBoilerplateLines(all(text.length), text)].sort()).toEqual([2, 3, 4, 5]);
  });

  it("a guard that does more than mark the helper is code", () => {
    const text = ["\tif h, ok := t.(tHelper); ok {", "\t\th.Helper()", "\t\tlog(h)", "\t}"];
    expect([...helperBoilerplateLines(all(text.length), text)]).toEqual([2]);
  });

  it("pytest's `__tracebackhide__ = True` and Rust's `#[track_caller]`", () => {
    const text = ["def check(x):", "    __tracebackhide__ = True", "    assert x", "#[track_caller]"];
    expect([...helperBoilerplateLines(all(text.length), text)].sort()).toEqual([2, 4]);
  });

  it("only fresh lines", () => {
    expect([...helperBoilerplateLines(new Set([1]), ["x := 1", "t.Helper()"])]).toEqual([]);
  });
});

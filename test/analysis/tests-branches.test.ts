import { branchesOf } from "../../src/analysis/tests-branches.js";
import type { CodeView } from "../../src/analysis/function-code.js";
import { tokenize } from "../../src/analysis/token-diff.js";
import type { FileFacts, FunctionFact } from "../../src/syntax/facts.js";

/** A view of the lines as they are (nothing blanked), tokenized as function-code's view does. */
function viewOf(lines: string[]): CodeView {
  const range = (start: number, end: number) => Array.from({ length: end - start + 1 }, (_, i) => start + i).filter((l) => (lines[l - 1] ?? "").trim() !== "");
  return {
    code: (line) => lines[line - 1] ?? "",
    tokens: (span) => tokenize(range(span.start, span.end).map((line) => ({ line, code: lines[line - 1] }))),
  } as CodeView;
}

const fnOf = (start: number, end: number, decisions: number) => ({ name: "f", start, end, decisions }) as FunctionFact;

function branches(lines: string[], decisions: number, inner: FunctionFact[] = []): number {
  const fn = fnOf(1, lines.length, decisions);
  return branchesOf(fn, viewOf(lines), { functions: [fn, ...inner] } as FileFacts);
}

describe("branchesOf: a function's decisions without its boolean operators (#10: untokenized when it holds none)", () => {
  it.each<[string, string[], number, number]>([
    ["no operator: every decision is a branch", ["function f(a) {", "  if (a > 1) return 2;", "  for (const x of a) g(x);", "}"], 2, 2],
    ["`&&` and `||` in a condition", ["function f(a, b) {", "  if (a && b || c) return 1;", "}"], 3, 1],
    ["`??` is an operator", ["function f(a) {", "  if (a) return a ?? 1;", "}"], 2, 1],
    ["a pair split by white space", ["func f(a *T) bool {", "  if a != nil & & ok {", "    return true", "  }", "}"], 2, 1],
    ["a pair split by a `;` (which the tokens drop)", ["function f(a) {", "  if (a) x &;& y;", "}"], 2, 1],
    ["Python's `and` and `or`", ["def f(a, b):", "    if a and b or c:", "        return 1"], 3, 1],
    ["an operator in a string is not one", ["function f(a) {", '  if (a) log("a && b || c ?? d and e");', "}"], 1, 1],
    ["a name holding `and` is not one", ["def f(band, order):", "    if band_and_more: return order"], 1, 1],
  ])("%s", (_name, lines, decisions, expected) => {
    expect(branches(lines, decisions)).toBe(expected);
  });

  it("an inner function's operators are its own", () => {
    const lines = ["function f(a) {", "  const g = (x) => x && a;", "  if (a) return g;", "}"];
    expect(branches(lines, 1, [fnOf(2, 2, 1)])).toBe(1);
  });
});

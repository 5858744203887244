import { rules } from "../../rules/index.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { changed, withTree } from "../helpers/base-head.js";

// Session 15 (#11): a function's name comes from the code, and code is hostile input. pyparsing
// 6e4db09591 names lambdas by their dict keys ('**'), and tests-required built a regular expression
// from that name unescaped: "Nothing to repeat", and the rule's findings for the commit were lost.
// Every name put into a pattern is escaped (src/text/escape-regexp.ts).
const rule = rules["tests-required"];
const options = rule.options.parse({});

const BASE = ["import operator", "", "", "def evaluate(a, b):", "    return a", ""].join("\n");
const HEAD = [
  "import operator",
  "",
  "opn = {",
  "    '+': operator.add,",
  "    '**': lambda a, b: a ** b,",
  "    '(x)': lambda a, b: a,",
  "    '[?]': lambda a, b: b,",
  "}",
  "",
  "",
  "def evaluate(a, b, op='+'):",
  "    if op not in opn:",
  "        raise ValueError(op)",
  "    return opn[op](a, b)",
  "",
].join("\n");

describe("tests-required and names that are not identifiers", () => {
  beforeAll(() => loadAllGrammars());
  it("reviews a change whose functions are named '**', '(x)' and '[?]' without failing", () => {
    const c = withTree(changed("calc/ops.py", BASE, HEAD), ["calc/ops.py", "tests/test_ops.py"]);
    // The lambdas are data of a table, not new API: nothing to say, and above all no failure.
    expect(() => rule.check(c.change, options, c.lookups)).not.toThrow();
    expect(rule.check(c.change, options, c.lookups).filter((f) => !f.info)).toEqual([]);
  });
});

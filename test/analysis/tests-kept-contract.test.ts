import { testsCallingKeptFunctions } from "../../src/analysis/tests-kept-contract.js";
import type { FunctionFact } from "../../src/syntax/facts.js";

/** A function fact spanning lines start..end whose body starts on the line after the signature. */
const fn = (name: string, start: number, end: number): FunctionFact => ({ name, kind: "function", start, end, bodyLines: end - start }) as FunctionFact;

// go-humanize's Comma, rewritten for speed inside the same signature.
const lines = [
  "package humanize", //                                   1
  "", //                                                   2
  "func Comma(v int64) string {", //                       3
  "\tif v&^0b111 == 0 {", //                               4
  "\t\treturn string([]byte{byte(v) + 48})", //            5
  "\t}", //                                                6
  "\treturn commaSlow(v)", //                              7
  "}", //                                                  8
  "", //                                                   9
  "func helper() {}", //                                  10
];
const head = [fn("Comma", 3, 8)];
// The base Comma: calls string, byte and commaSlow, and writes ",".
const baseText = [
  "package humanize",
  "",
  "func Comma(v int64) string {",
  "\tif v < 0 {",
  "\t\treturn string(byte(v))",
  "\t}",
  '\tparts := []string{","}',
  "\treturn commaSlow(v)",
  "}",
].join("\n");
const base = [fn("Comma", 3, 12)];
const tests = [{ path: "comma_test.go", text: "func TestCommas(t *testing.T) {\n\tgot := Comma(0)\n}" }];

describe("testsCallingKeptFunctions", () => {
  it.each<[string, Set<number>, FunctionFact[], FunctionFact[], typeof tests, Map<string, string> | undefined]>([
    ["a rewrite inside a function the tests call", new Set([4, 5, 6]), head, base, tests, new Map([["Comma", "comma_test.go"]])],
    ["no test names the function", new Set([4, 5]), head, base, [{ path: "x_test.go", text: "Other()" }], undefined],
    ["a test only named like it (TestCommas) is no call", new Set([4]), head, base, [{ path: "c_test.go", text: "func TestCommas() {}" }], undefined],
    ["the signature line is fresh", new Set([3, 4]), head, base, tests, undefined],
    ["a line outside any function", new Set([10]), [...head, fn("helper", 10, 10)], [...base, fn("helper", 10, 10)], tests, undefined],
    ["the file gains a function", new Set([4]), [...head, fn("commaFast", 10, 10)], base, tests, undefined],
    ["the function is new", new Set([4]), head, [], tests, undefined],
  ])("%s", (_, fresh, h, b, t, expected) => {
    expect(testsCallingKeptFunctions(fresh, lines, h, { functions: b, text: baseText }, t)).toEqual(expected);
  });

  it.each([
    ["\t\treturn errors.New(\"map's key type doesn't match\")"],
    ['\t\tthrow new InvalidStateException("unreadable")'],
    ['\t\tpanic!("bad")'],
    ['\t\traise ValueError("bad")'],
  ])("a new error path (%s) keeps the finding", (text) => {
    const withError = [...lines];
    withError[4] = text;
    expect(testsCallingKeptFunctions(new Set([4, 5]), withError, head, { functions: base, text: baseText }, tests)).toBeUndefined();
  });

  // The fresh line 5, rewritten; line 4 stays `if v&^0b111 == 0 {`.
  it.each<[string, string, boolean]>([
    ["a call and a string the base had (`','` for `\",\"`)", "\t\treturn string(byte(v)) + ','", true],
    ["a call to a function the file defines", "\t\treturn Comma(v / 10)", true],
    ["a new call (mockery's mock() calling Generator::createClassMock)", "\t\treturn createClassMock(v)", false],
    ['a new string (jOOR\'s compile() reading "jdk.module.path")', '\t\tmp := string("jdk.module.path")', false],
  ])("%s", (_, text, covered) => {
    const rewritten = [...lines];
    rewritten[4] = text;
    const hits = testsCallingKeptFunctions(new Set([4, 5]), rewritten, head, { functions: base, text: baseText }, tests);
    expect(hits !== undefined).toBe(covered);
  });
});

import { keepsCallsAndOutputs, saysReorganised, withoutComparisons } from "../../src/analysis/tests-reorganised.js";

const titled = (title: string, ...subjects: string[]) => ({ title, commits: subjects.map((message) => ({ message })) });

describe("saysReorganised: a title that says the change keeps behaviour, and no subject that says it fixes or adds", () => {
  it.each([
    ["Refactored diff filter functions.", true],
    ["Remove overhead from RomanNumeralExtensions (#1508)", true],
    ["avoid Dictionary in spanish code (#1308)", true],
    ["Lazy-allocate `@new_values` in `Grape::Util::BaseInheritable` (#2739)", true],
    ["Cleanup epoll_create fallback", true],
    ["Use NodeIterator to optimize additional listeners", true],
    ["Documentation for Got 12 (#1699)", true],
    ["Fix: symbol memory leak in formatter middleware.", false],
    ["Add documentation and a retry option", false],
    ["rewrite logic of CoW.Open() with commentary", false],
    ["Refactor and add a retry option", false],
    ["stricter boolean parsing", false],
  ] as const)("%s: %s", (title, says) => {
    expect(saysReorganised(titled(title, title))).toBe(says);
  });

  it("a squash titled as a refactor with a commit that fixes is a fix", () => {
    expect(saysReorganised(titled("Refactor the parser", "Refactor the parser", "fix off-by-one in the lexer"))).toBe(false);
  });
});

describe("keepsCallsAndOutputs: the same calls and the same texts, only reorganised", () => {
  const base = 'var map = new Dictionary { { Gender.Feminine, ".ª" }, { Gender.Masculine, Suffix(number) } };';
  it.each([
    ["a switch over the same values", ["switch (gender) {", "case Gender.Masculine: return Suffix(number);", 'case Gender.Feminine: return ".ª";'], true],
    ["a guard that throws is a diagnostic", ["default: throw new ArgumentOutOfRangeException(nameof(gender));"], true],
    ["a helper the file defines", ["return Helper(number);"], true],
    ["a new call", ["return Pluralise(number);"], false],
    ["a new text", ['return Suffix(number) + "o";'], false],
    ["Go's append and make only build values", ["segs := make([]string, 0, len(parts))", "segs = append(segs, Suffix(number))"], true],
    ["a new call beside a built-in", ["segs = append(segs, Pluralise(number))"], false],
  ] as const)("%s: %s", (_name, fresh, keeps) => {
    expect(keepsCallsAndOutputs([...fresh], base, new Set(["Helper"]))).toBe(keeps);
  });
});

describe("withoutComparisons: `!=` is no macro call of the word before it", () => {
  it.each([
    ["for n := number; n != 0; n = n / 10 {", true],
    ["if (a !== b) return Suffix(number);", true],
    ['log!("x");', false],
  ] as const)("%s: kept %s", (line, keeps) => {
    expect(keepsCallsAndOutputs([withoutComparisons(line)], 'Suffix(number); "x"', new Set())).toBe(keeps);
  });
});

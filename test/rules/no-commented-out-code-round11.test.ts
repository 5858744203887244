import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 10, round 3 (#10): a type test's negative case, marked as an error, is no dead code. Each kept case has a
// twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const TYPINGS = (commented: string[]) => [
  "const this4 = program.storeOptionsAsProperties(true);",
  "const value4 = this4.someOption;",
  "const this5 = program.storeOptionsAsProperties(false);",
  ...commented,
  "",
  "const this6: commander.Command = program.combineFlagAndOptionalValue();",
];
valid.push(
  {
    // commander c09159d05c: the line must not compile, and says so.
    name: "TypeScript: a typings test's line marked `// error` is a negative case",
    change: one("typings/commander-tests.ts", TYPINGS(["// this5.someOption.toFixed(2); // error"])),
  },
  {
    name: "TypeScript: every line of a block marked as a compile error",
    change: one("test/types.test-d.ts", TYPINGS(["// this5.someOption.toFixed(2); // compile error", "// this5.opts().x = 1; // should not compile"])),
  },
  {
    name: "TypeScript: a commented line under `// @ts-expect-error` in a type test",
    change: one("test/types/options.ts", TYPINGS(["// @ts-expect-error", "// this5.someOption.toFixed(2);"])),
  },
  {
    name: "Python: a typing test's line marked `# type error`",
    change: one("tests/test_typing.py", ["def test_types():", "    x: int = 1", "    # y: str = x  # type error", "    assert x"]),
  },
);
invalid.push(
  {
    name: "TypeScript: the same line with no mark is dead code",
    change: one("typings/commander-tests.ts", TYPINGS(["// this5.someOption.toFixed(2);"])),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
  {
    name: "TypeScript: a block where only one line is marked is dead code",
    change: one("typings/commander-tests.ts", TYPINGS(["// this5.someOption.toFixed(2); // error", "// const value6 = this5.name();"])),
    findings: [{ messageId: "commentedOut", line: 4, data: { count: 2 } }],
  },
  {
    name: "TypeScript: the marked line in production code is dead code",
    change: one("src/options.ts", TYPINGS(["// this5.someOption.toFixed(2); // error"])),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
);

// ---- the behaviour a test would want, commented over the one it settles for, the reason over the test ----
const LOOKUP = (reason: string[], commented: string, live: string) => [
  "module Tests",
  "  module Lookup",
  ...reason,
  '    define_method "test lookup: given nil as a locale it uses the default locale" do',
  `      ${commented}`,
  `      ${live}`,
  "    end",
  "  end",
  "end",
];
const WHY = [
  "    # In fact it probably *should* fail but Rails currently relies on using the default locale instead.",
  "    # So we'll stick to this for now until we get it fixed in Rails.",
];
const RAISES = "# assert_raises(I18n::InvalidLocale) { I18n.t(:bar, :locale => nil) }";
const NOTHING_RAISED = "assert_nothing_raised { I18n.t(:bar, :locale => nil) }";
valid.push({
  // i18n 50555f6617: the assertion the test would want, over the one Rails needs for now, the reason over the test.
  name: "Ruby: a commented assertion over its live alternative, the reason over the test",
  change: one("test/api/lookup.rb", LOOKUP(WHY, RAISES, NOTHING_RAISED)),
});
invalid.push(
  {
    name: "Ruby: the same lines with no reason over the test",
    change: one("test/api/lookup.rb", LOOKUP(["    # Lookups with a nil locale."], RAISES, NOTHING_RAISED)),
    findings: [{ messageId: "commentedOutLine", line: 5 }],
  },
  {
    name: "Ruby: the reason over the test, but the live line below is no alternative of the commented one",
    change: one("test/api/lookup.rb", LOOKUP(WHY, RAISES, "assert_equal 'bar', other.call")),
    findings: [{ messageId: "commentedOutLine", line: 6 }],
  },
);

testRule("no-commented-out-code", { valid, invalid });

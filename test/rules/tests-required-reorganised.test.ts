import type { Change } from "../../src/model/change.js";
import { editsIn, type Edit } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * A change its title calls a refactor or a speed-up is quiet only where its code agrees: it calls
 * nothing and writes no text the file did not have, and adds no API. The title alone never is enough.
 */

const inTree = editsIn([
  "Cargo.toml",
  "composer.json",
  "Gemfile",
  "Humanizer.Tests/OrdinalizeTests.cs",
  "tests/DiffTest.php",
  "spec/values_spec.rb",
  "tests/epoll.rs",
]);
const titled = (title: string, ...files: Edit[]) => {
  const made = inTree(...files);
  const change: Change = { ...made.change, title, commits: [{ sha: "c".repeat(40), message: title, author: { login: "a" } } as Change["commits"][number]] };
  return { change, lookups: made.lookups };
};

const csBase = [
  "public class SpanishOrdinalizer {",
  "  public string Convert(int number, Gender gender) {",
  "    var map = new Dictionary<Gender, string>() {",
  '      { Gender.Feminine, ".ª" },',
  "      { Gender.Masculine, Suffix(number) },",
  "    };",
  "    if (number == 0) return Zero(number);",
  "    return map[gender];",
  "  }",
  "}",
];
const csHead = (masculine: string) => [
  "public class SpanishOrdinalizer {",
  "  public string Convert(int number, Gender gender) {",
  "    if (number == 0) return Zero(number);",
  "    switch (gender) {",
  "      case Gender.Masculine:",
  `        return ${masculine};`,
  "      case Gender.Feminine:",
  '        return ".ª";',
  "      default:",
  "        throw new ArgumentOutOfRangeException(nameof(gender));",
  "    }",
  "  }",
  "}",
];
const rbBase = ["class Values", "  def initialize", "    @new_values = {}", "  end", "", "  def fetch(name)", "    @new_values[name]", "  end", "end"];
const rbHead = (extra: string[]) => [
  "class Values",
  "  def initialize",
  "    @new_values = nil",
  "  end",
  "",
  "  def fetch(name)",
  "    return nil unless @new_values",
  ...extra,
  "    @new_values[name]",
  "  end",
  "end",
];

testRule("tests-required", {
  valid: [
    {
      name: 'C#: a dictionary turned into a switch over the same keys and values ("avoid Dictionary")',
      ...titled("avoid Dictionary in spanish code", ["Humanizer/SpanishOrdinalizer.cs", csBase, csHead("Suffix(number)")]),
    },
    {
      name: 'Ruby: an allocation made lazy, the same reads ("Lazy-allocate")',
      ...titled("Lazy-allocate @new_values in Values", ["lib/values.rb", rbBase, rbHead(["    if @new_values.empty?", "      return nil", "    end"])]),
    },
    // Session 8 (#11): where an existing spec is named for the file, a rewrite that keeps its
    // signatures and writes no new text is that spec's to catch (see coveredRewrite).
    {
      name: "Ruby: a speed-up title, a new call in a new branch, but `spec/values_spec.rb` pins the file and no text is new",
      ...titled("Lazy-allocate @new_values in Values", [
        "lib/values.rb",
        rbBase,
        rbHead(["    if @new_values.empty?", "      return fallback(name)", "    end"]),
      ]),
    },
    {
      name: "Ruby: no title's word, new branches that call nothing new, and `spec/values_spec.rb` pins the file",
      ...titled("Values keep their own hash", ["lib/values.rb", rbBase, rbHead(["    if @new_values.empty?", "      return nil", "    end"])]),
    },
  ],
  invalid: [
    {
      name: "C#: the same title, but a branch returns something the file never did",
      ...titled("avoid Dictionary in spanish code", ["Humanizer/SpanishOrdinalizer.cs", csBase, csHead('Suffix(number) + "o"')]),
      findings: [{ messageId: "missingTests", path: "Humanizer/SpanishOrdinalizer.cs" }],
    },
    {
      name: "Ruby: the same title, but a branch calls something new, in a file no existing spec is named for",
      ...titled("Lazy-allocate @new_values in Values", [
        "lib/cache.rb",
        rbBase,
        rbHead(["    if @new_values.empty?", "      return fallback(name)", "    end"]),
      ]),
      findings: [{ messageId: "missingTests", path: "lib/cache.rb" }],
    },
    {
      name: "C#: a refactor that also says it fixes is a fix",
      ...titled("Refactor and fix the Spanish ordinalizer", ["Humanizer/SpanishOrdinalizer.cs", csBase, csHead("Suffix(number)")]),
      findings: [{ messageId: "missingTests", path: "Humanizer/SpanishOrdinalizer.cs" }],
    },
    {
      name: "Ruby: without the title the lazy allocation's new branches are asked about, in a file no existing spec is named for",
      ...titled("Values keep their own hash", ["lib/cache.rb", rbBase, rbHead(["    if @new_values.empty?", "      return nil", "    end"])]),
      findings: [{ messageId: "missingTests", path: "lib/cache.rb" }],
    },
    {
      name: "Ruby: without the title, a new branch that calls something new, though `spec/values_spec.rb` is there",
      ...titled("Values keep their own hash", ["lib/values.rb", rbBase, rbHead(["    if @new_values.empty?", "      return fallback(name)", "    end"])]),
      findings: [{ messageId: "missingTests", path: "lib/values.rb" }],
    },
    {
      name: "C#: without the title the same new branches are asked about",
      ...titled("Spanish ordinals by switch", ["Humanizer/SpanishOrdinalizer.cs", csBase, csHead("Suffix(number)")]),
      findings: [{ messageId: "missingTests", path: "Humanizer/SpanishOrdinalizer.cs" }],
    },
  ],
});

import { editsIn } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 14 (#11): a spec file opened by a comment citing an issue is about that issue, so a test
 * skipped in it is tracked there (dry-validation 3e642eba5b `key_spec.rb`, opened by
 * `#see: …/issues/127`, judged wrong on set 14). A licence link or an issue cited further down tracks nothing.
 */
const edits = editsIn(["lib/schema.rb", "spec/key_spec.rb"]);
const spec = (header: string[], skipped: boolean) => [
  ...header,
  "RSpec.describe 'Predicates: Key' do",
  "  it 'accepts a key' do",
  "    expect(schema.(foo: 1)).to be_success",
  "  end",
  ...(skipped ? ["  xit 'should raise error' do", "    expect { build }.to raise_error InvalidSchemaError", "  end"] : []),
  "end",
];
const edit = (header: string[]) => edits(["spec/key_spec.rb", spec(header, false), spec(header, true)]);

testRule("tests-required", {
  valid: [
    { name: "Ruby: the file's first line cites the issue its skipped test waits on", ...edit(["#see: https://github.com/o/r/issues/127"]) },
    { name: "Ruby: a `# Regression tests for #12` header", ...edit(["# Regression tests for #12", ""]) },
  ],
  invalid: [
    {
      name: "Ruby: a licence link in the header tracks nothing: the skip is still said",
      ...edit(["# Licensed under https://www.apache.org/licenses/LICENSE-2.0"]),
      findings: [{ messageId: "onlySkipped", line: 6 }],
    },
    {
      name: "Ruby: no header at all: the skip is still said",
      ...edit([]),
      findings: [{ messageId: "onlySkipped", line: 5 }],
    },
  ],
});

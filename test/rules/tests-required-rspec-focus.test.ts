import { addedFile, change } from "../helpers/make-change.js";
import { modifiedFile } from "../helpers/base-head.js";
import { testRule } from "../helpers/rule-tester.js";
import { rspecConfigPaths } from "../../src/analysis/tests/rspec-focus.js";
import { rules } from "../../rules/index.js";
import type { Lookups } from "../../src/engine/rule.js";

// Set 42 (#11): rack-test's `focus: true` in a suite that never filters on focus (no `.rspec`, no `filter_run` in its spec
// helper) runs every example anyway: "makes the runner skip every other test" was judged *wrong* twice. One of the two
// only re-quoted a focus already there.
const SPEC = "spec/rack/test_spec.rb";
const spec = [
  "describe Rack::Test do",
  '  it "raises without a request", focus: true do',
  "    expect { last_response }.to raise_error(Rack::Test::Error)",
  "  end",
  "end",
];
const HELPER = "spec/spec_helper.rb";
const suite = (helper: string[] | undefined, extra: Record<string, string> = {}): Lookups => {
  const texts: Array<[string, string]> = [
    [SPEC, spec.join("\n")],
    ...(helper ? [[HELPER, helper.join("\n")] as [string, string]] : []),
    ...Object.entries(extra),
  ];
  return { issues: new Map(), fileContents: new Map(texts), baseContents: new Map(), fileTree: ["lib/rack/test.rb", ...texts.map(([p]) => p)] };
};
const quiet = ["require 'rack/test'", "RSpec.configure do |config|", "  config.mock_with :rspec", "end"];
const filtering = ["RSpec.configure do |config|", "  config.filter_run_when_matching :focus", "end"];
const added = change([addedFile(SPEC, spec, 1, { status: "added" })]);
const focused = [{ messageId: "focused", path: SPEC, line: 2 }];

// The same case at base with double quotes, re-quoted and reformatted by a Rubocop pass: its focus is not new.
const requoted = (() => {
  const base = [
    "describe Rack::Test do",
    "  it 'raises without a request',focus: true do",
    "    expect {",
    "      last_response",
    "    }.to raise_error(Rack::Test::Error)",
    "  end",
    "end",
  ];
  const { file, lookups } = modifiedFile(SPEC, base.join("\n"), spec.join("\n"));
  return { change: change([file]), lookups };
})();

testRule("tests-required", {
  valid: [
    { name: "Ruby: a focus in a suite whose spec helper does not filter on it (rack-test 7536f85a7b)", change: added, lookups: suite(quiet) },
    { name: "Ruby: a focus in a suite with no config at all", change: added, lookups: suite(undefined) },
    { name: "Ruby: a focus the case had at base, re-quoted (rack-test bfa7e9d3f1)", ...requoted },
  ],
  invalid: [
    { name: "Ruby: the spec helper filters on focus", change: added, lookups: suite(filtering), findings: focused },
    { name: "Ruby: .rspec tags focus", change: added, lookups: suite(quiet, { ".rspec": "--require spec_helper\n--tag focus" }), findings: focused },
    {
      name: "Ruby: a config file not read counts as filtering",
      change: added,
      lookups: { ...suite(quiet), fileContents: new Map([[SPEC, spec.join("\n")]]) },
      findings: focused,
    },
    { name: "Ruby: without the tree, the focus is said", change: added, findings: focused },
    {
      name: "TypeScript: Jest always runs a focused test alone",
      change: change([addedFile("test/a.test.ts", ["it.only('x', () => {", "  expect(1).toBe(1);", "});"])]),
      lookups: suite(quiet),
      findings: [{ messageId: "focused", path: "test/a.test.ts", line: 1 }],
    },
  ],
});

describe("RSpec's config files (set 42)", () => {
  it.each([
    ["spec/rack/test_spec.rb", ["spec/spec_helper.rb", "spec/rails_helper.rb", ".rspec", ".rspec-local"]],
    ["gems/core/spec/models/user_spec.rb", ["gems/core/spec/spec_helper.rb", "gems/core/spec/rails_helper.rb", "gems/core/.rspec", "gems/core/.rspec-local"]],
    ["test/user_test.rb", []],
  ])("%s", (path, expected) => {
    expect(rspecConfigPaths(path)).toEqual(expected);
  });

  it("asks for them, and the tree, only for a spec that adds a focus", () => {
    const rule = rules["tests-required"];
    const opts = rule.options.parse({});
    const needs = rule.needs!(added, opts);
    expect(needs.fileContents).toEqual(expect.arrayContaining(["spec/spec_helper.rb", ".rspec"]));
    expect(needs.fileTree).toBe(true);
    const plain = rule.needs!(
      change([
        addedFile(
          SPEC,
          spec.map((l) => l.replace(", focus: true", "")),
          1,
          { status: "added" },
        ),
      ]),
      opts,
    );
    expect(plain.fileContents).not.toContain(".rspec");
  });
});

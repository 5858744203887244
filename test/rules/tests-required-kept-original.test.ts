import type { Lookups } from "../../src/engine/rule.js";
import type { Change } from "../../src/model/change.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 21 (#11): connection_pool f93e357cc2 copies `class Wrapper` into `lib/pool/wrapper.rb` and leaves it in
// `lib/pool.rb`, which the change touches (a `require`): the copy is code the repository already held, and
// the original's tests run it. The original must hold those lines unchanged: lines the change writes into
// another file are no original.

const wrapper = [
  "class Pool",
  "  class Wrapper < ::BasicObject",
  "    METHODS = [:with, :pool_shutdown, :wrapped_pool]",
  "    def initialize(options = {}, &block)",
  "      @pool = options.fetch(:pool) { ::Pool.new(options, &block) }",
  "    end",
  "    def wrapped_pool",
  "      @pool",
  "    end",
  "    def with(&block)",
  "      @pool.with(&block)",
  "    end",
  "    def pool_shutdown(&block)",
  "      @pool.shutdown(&block)",
  "    end",
  "    def respond_to?(id, *args)",
  "      METHODS.include?(id) || with { |c| c.respond_to?(id, *args) }",
  "    end",
  "    def method_missing(name, *args, &block)",
  "      with do |connection|",
  "        connection.send(name, *args, &block)",
  "      end",
  "    end",
  "  end",
  "end",
];
const poolBase = ["require 'pool/version'", "", "class Pool", "  def initialize(size)", "    @size = size", "  end", "end", "", ...wrapper];
const poolHead = ["require 'pool/version'", "require 'pool/wrapper'", ...poolBase.slice(1)];

/** The change: the require added to lib/pool.rb, and the wrapper file added; `copiedIn` says the original's lines are new too. */
function copyChange(copiedIn: boolean, copy: string[] = wrapper): { change: Change; lookups: Lookups } {
  const head = copiedIn ? ["require 'pool/version'", "require 'pool/wrapper'", ...poolBase.slice(1, 8)].concat(wrapper) : poolHead;
  const base = copiedIn ? poolBase.slice(0, 8) : poolBase;
  const pool = copiedIn ? addedFile("lib/pool.rb", head.slice(1), 2) : addedFile("lib/pool.rb", ["require 'pool/wrapper'"], 2);
  const added = addedFile("lib/pool/wrapper.rb", copy, 1, { status: "added" });
  return {
    change: change([pool, added]),
    lookups: {
      issues: new Map(),
      fileContents: new Map([
        ["lib/pool.rb", head.join("\n")],
        ["lib/pool/wrapper.rb", copy.join("\n")],
        ["test/test_pool.rb", "require 'minitest'\nclass TestPool < Minitest::Test\nend"],
      ]),
      baseContents: new Map([["lib/pool.rb", base.join("\n")]]),
      fileTree: ["lib/pool.rb", "lib/pool/wrapper.rb", "lib/pool/version.rb", "test/test_pool.rb", "pool.gemspec"],
    },
  };
}

// The copy with new logic in it: a branch the original never had, on most of its lines.
const changedCopy = wrapper.map((l) => (l.includes("@pool") ? l.replace("@pool", "@pool && @pool.alive? ? @pool : raise") : l));

testRule("tests-required", {
  valid: [{ name: "Ruby: a class copied out of a touched file that still holds it", ...copyChange(false) }],
  invalid: [
    {
      name: "Ruby: the 'original' is lines the same change wrote",
      ...copyChange(true),
      // Both are new code: the file that gained the class is asked about too.
      findings: [
        { messageId: "missingTests", path: "lib/pool.rb" },
        { messageId: "missingTests", path: "lib/pool/wrapper.rb" },
      ],
    },
    {
      name: "Ruby: a copy whose lines mostly differ from the original",
      ...copyChange(false, changedCopy),
      findings: [{ messageId: "missingTests", path: "lib/pool/wrapper.rb" }],
    },
  ],
});

import type { Change } from "../../src/model/change.js";
import { editsIn, type Edit } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 12 (#11): shapes the set-12 judges called noise, each beside the change that adds
 * behaviour without a test and is still asked about.
 */

const titled = (tree: string[], title: string, ...files: Edit[]) => {
  const made = editsIn(tree)(...files);
  const change: Change = { ...made.change, title, commits: [{ sha: "c".repeat(40), message: title, author: { login: "a" } } as Change["commits"][number]] };
  return { change, lookups: made.lookups };
};

// A block's body extracted into a helper the block now calls (rubyzip's `split` → `save_splited_part`).
const rubyTree = ["Gemfile", "lib/zip/file.rb", "lib/zip/entry.rb", "test/entry_test.rb"];
const splitBase = [
  "module Zip",
  "  class File",
  "    class << self",
  "      def split(name, size)",
  "        count = size / 2",
  '        ::File.open(name, "rb") do |zip|',
  "          until zip.eof?",
  "            part = zip.pos >= size ? size : zip.pos",
  "            yield count, part if block_given?",
  "          end",
  "        end",
  "      end",
  "    end",
  "  end",
  "end",
];
const splitHead = (extra: string[]) => [
  "module Zip",
  "  class File",
  "    class << self",
  "      def part_size(zip, size)",
  "        if zip.pos >= size",
  "          size",
  ...extra,
  "        else",
  "          zip.pos",
  "        end",
  "      end",
  "",
  "      def split(name, size)",
  "        count = size / 2",
  '        ::File.open(name, "rb") do |zip|',
  "          until zip.eof?",
  "            part = part_size(zip, size)",
  "            yield count, part if block_given?",
  "          end",
  "        end",
  "      end",
  "    end",
  "  end",
  "end",
];

testRule("tests-required", {
  valid: [
    {
      name: "Ruby: a block's body extracted into a helper the block calls, in a change titled a refactor: the file's decisions did not grow",
      ...titled(rubyTree, "Refactoring of split method", ["lib/zip/file.rb", splitBase, splitHead([])]),
    },
  ],
  invalid: [
    {
      name: "Ruby: the same extraction, but the helper gains branches of its own",
      ...titled(rubyTree, "Refactoring of split method", ["lib/zip/file.rb", splitBase, splitHead(["        elsif zip.pos < size / 2", "          size / 2", "        elsif zip.pos < size / 4", "          size / 4"])]),
      findings: [{ messageId: "missingTests", path: "lib/zip/file.rb" }],
    },
  ],
});

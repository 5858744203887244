import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 35 (#11): Ruby's bare `puts` writes a blank line. Read as a call whose arguments went on over the next lines, it
// took the code below for its arguments and counted as a dump of values, which kept tapioca's status sentences beside it
// as leftovers (b7c0269027's generator, its CLI's output, judged *wrong*).
const SYNC = [
  "class Generator",
  "  def sync_rbis_with_gemfile",
  "    anything_done = [perform_removals, perform_additions].any?",
  "    if anything_done",
  '      puts("All operations performed in working directory.")',
  '      puts("Please review changes and commit them.")',
  "    end",
  "    puts",
  "    anything_done",
  "  end",
  "end",
];
const DUMP = [...SYNC.slice(0, 8), "    puts anything_done.inspect", ...SYNC.slice(8)];
const at = (lines: string[]) => change([addedFile("lib/tapioca/generator.rb", lines)]);

testRule("no-debug-statements", {
  valid: [{ name: "Ruby: sentences and a bare `puts` for spacing (tapioca b7c0269027)", change: at(SYNC) }],
  invalid: [
    {
      name: "Ruby: the same beside a value dumped in the same method",
      change: at(DUMP),
      findings: [{ messageId: "debugMany", line: 5 }],
    },
  ],
});

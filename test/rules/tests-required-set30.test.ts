import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 30 (#11): rdoc 11b093a59b "Commit generated files" adds kpeg's `lib/rdoc/markdown.rb` beside the
// `markdown.kpeg` it is built from (judged not worth a test request: generated, tested through the grammar).
const RUBY = Array.from({ length: 30 }, (_, i) => [`  def _rule_${i}(s)`, `    s.scan(/x${i}/) ? s.pos + ${i} : nil`, "  end"]).flat();
const PARSER = ["class RDoc::Markdown", ...RUBY, "end"];
const tree = (...paths: string[]): Lookups => ({ ...emptyLookups(), fileTree: ["lib/rdoc/markdown.rb", "test/rdoc/test_rdoc_markdown.rb", ...paths] });
const added = () => change([addedFile("lib/rdoc/markdown.rb", PARSER, 1, { status: "added" })]);

testRule("tests-required", {
  valid: [{ name: "Ruby: kpeg's output beside its grammar", change: added(), lookups: tree("lib/rdoc/markdown.kpeg") }],
  invalid: [
    {
      name: "Ruby: the same file with no grammar beside it",
      change: added(),
      lookups: tree("grammar/markdown.kpeg"),
      findings: [{ messageId: "missingTests" }],
    },
  ],
});

import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Round 4 (#11): name the test a source already has, never a helper or an unrelated namesake's test.
const f = (path: string, lines: string[]) => addedFile(path, lines, 1);
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });
const php = ["<?php", "function load($p) {", "    if ($p === '') { return 1; }", "    foreach ($p as $x) { use($x); }", "    return 0;", "}"];
const py = ["def load(p):", "    if not p:", "        return 1", "    for x in p:", "        use(x)", "    return 0"];
const js = ["export function load(p) {", "  if (!p) return 1;", "  for (const x of p) use(x);", "  return 0;", "}"];
const rb = ["module Tabs", "  def self.load(p)", "    return 1 if p.empty?", "    p.each { |x| use(x) }", "    0", "  end", "end"];

testRule("tests-required", {
  valid: [
    {
      name: "PHP: class.phpmailer.php changed with test/phpmailerTest.php",
      change: change([f("class.phpmailer.php", php), f("test/phpmailerTest.php", ["<?php", "class phpmailerTest extends TestCase {}"])]),
      lookups: tree("class.phpmailer.php", "test/phpmailerTest.php"),
    },
  ],
  invalid: [
    {
      name: "PHP: a legacy class.phpmailer.php is tested by test/phpmailerTest.php",
      change: change([f("class.phpmailer.php", php)]),
      lookups: tree("class.phpmailer.php", "class.smtp.php", "test/phpmailerTest.php"),
      findings: [{ messageId: "missingTests", data: { expected: "`test/phpmailerTest.php`" } }],
    },
    {
      name: "Python: a module's part (lifespan/on.py) is tested by the module's test (tests/test_lifespan.py)",
      change: change([f("uvicorn/lifespan/on.py", py)]),
      lookups: tree("setup.py", "uvicorn/lifespan/on.py", "uvicorn/lifespan/off.py", "tests/test_lifespan.py", "tests/test_main.py"),
      findings: [{ messageId: "missingTests", data: { expected: "`tests/test_lifespan.py`" } }],
    },
    {
      name: "Python: statreload.py is tested by the mirrored tests/supervisors/test_reload.py",
      change: change([f("uvicorn/supervisors/statreload.py", py)]),
      lookups: tree(
        "setup.py",
        "uvicorn/supervisors/statreload.py",
        "uvicorn/supervisors/multiprocess.py",
        "tests/supervisors/test_reload.py",
        "tests/supervisors/test_multiprocess.py",
      ),
      findings: [{ messageId: "missingTests", data: { expected: "`tests/supervisors/test_reload.py`" } }],
    },
    {
      name: "JavaScript: test/context.js beside test/context/*.js is their helper; the folder is named",
      change: change([f("lib/context.js", js)]),
      lookups: tree("package.json", "lib/context.js", "test/context.js", "test/context/cookies.js", "test/context/error.js", "test/application.js"),
      findings: [{ messageId: "missingTests", data: { expected: "a test in `test/context/`, where its tests are" } }],
    },
    {
      name: "JavaScript: test/context.js with no folder beside it is the test",
      change: change([f("lib/context.js", js)]),
      lookups: tree("package.json", "lib/context.js", "test/context.js", "test/application.js"),
      findings: [{ messageId: "missingTests", data: { expected: "`test/context.js`" } }],
    },
    {
      name: "Ruby: a TUI tab is not modelled on test/metrics_test.rb, which tests lib/sidekiq/metrics/",
      change: change([f("lib/sidekiq/tui/tabs/set_tab.rb", rb)]),
      lookups: tree(
        "sidekiq.gemspec",
        "lib/sidekiq/tui/tabs/set_tab.rb",
        "lib/sidekiq/tui/tabs/metrics.rb",
        "lib/sidekiq/metrics/query.rb",
        "test/metrics_test.rb",
        "test/client_test.rb",
      ),
      findings: [{ messageId: "missingTests", data: { expected: "a test that covers it" } }],
    },
    {
      name: "Ruby: a sibling's own test still shows where a new one goes",
      change: change([f("lib/sidekiq/tui/tabs/set_tab.rb", rb)]),
      lookups: tree("sidekiq.gemspec", "lib/sidekiq/tui/tabs/set_tab.rb", "lib/sidekiq/tui/tabs/metrics.rb", "test/metrics_test.rb", "test/client_test.rb"),
      findings: [{ messageId: "missingTests", data: { expected: "a test in a new file `test/set_tab_test.rb` following `test/metrics_test.rb`" } }],
    },
  ],
});

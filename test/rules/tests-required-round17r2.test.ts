import { editsIn } from "../helpers/edits.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 17, round 2 (#11), judged on set 17:
 * - a PHP method named `test…` is a test only in a test class (composer's fixture `Foo::test()`);
 * - a test that overrides an inherited one only to skip it, with a reason, opts out on purpose
 *   (scrapy's HTTP/2 handler tests, `# type: ignore[override]` and `pytest.skip(REASON)`);
 * - a thin Go command under `cmd/` is wiring around the library (go-toml's `cmd/tomll/main.go`);
 * - a JS file named for tests (`babel-test.js`) holding no test case is a test's input (mobx's codemod fixture);
 * - a Ruby `if … else … end` whose arms only log, and a choice inside a log line's interpolation, pick
 *   the words of a message (puma's "Update refork logs").
 */
const lines = (...l: string[]) => l;

const phpClass = (decl: string) =>
  lines("<?php", "", "namespace Test;", "", decl, "{", "    public static function test()", "    {", "        echo 'autoloading: OK'.PHP_EOL;", "    }", "}");
const php = editsIn(["composer.json", "src/Autoload/ClassLoader.php", "tests/Autoload/ClassLoaderTest.php"]);
const phpCase = (decl: string) => php(["tests/Autoload/MinimumVersionSupport/Foo.php", undefined, phpClass(decl)]);

const pyBase = lines("class TestHttp2(TestHttpBase):", "    is_secure = True", "");
const pyHead = (...skipped: string[]) => [...pyBase.slice(0, 2), "", ...skipped];
const py = editsIn(["scrapy/core/http2.py", "tests/test_handler_http2.py", "tests/test_handler_base.py"]);
const pyCase = (...skipped: string[]) => py(["tests/test_handler_http2.py", pyBase, pyHead(...skipped)]);
const pyTop = (base: string, ...skipped: string[]) =>
  py([
    "tests/test_handler_http2.py",
    [`class TestHttp2(${base}):`, "    is_secure = True", ""],
    [`class TestHttp2(${base}):`, "    is_secure = True", "", ...skipped],
  ]);

const javaHead = (mark: string) =>
  lines(
    "package acme;",
    "",
    "class Http2HandlerTest extends HttpHandlerTest {",
    "    @Test",
    mark,
    '    @Disabled("HTTP/2 reports data loss differently")',
    "    void downloadCauseDataLoss() {",
    "    }",
    "}",
  );
const java = editsIn(["pom.xml", "src/main/java/acme/Handler.java", "src/test/java/acme/Http2HandlerTest.java"]);
const javaCase = (mark: string) => java(["src/test/java/acme/Http2HandlerTest.java", undefined, javaHead(mark)]);

const goCommand = (extra: string[]) =>
  lines(
    "package main",
    "",
    "import (",
    '\t"flag"',
    '\t"os"',
    "",
    '\t"github.com/acme/toml"',
    ")",
    "",
    "func main() {",
    "\tflag.Parse()",
    "\tif flag.NArg() == 0 {",
    "\t\tlint(os.Stdin)",
    "\t} else {",
    "\t\tfor _, f := range flag.Args() {",
    "\t\t\tif err := lintFile(f); err != nil {",
    "\t\t\t\tos.Exit(1)",
    "\t\t\t}",
    "\t\t}",
    "\t}",
    "}",
    ...extra,
  );
const go = editsIn(["go.mod", "toml.go", "toml_test.go", "cmd/tomll/main.go", "lexer.go", "lexer_test.go"]);
const goCase = (path: string, extra: string[] = []) => go([path, undefined, goCommand(extra)]);
const longTail = Array.from({ length: 140 }, (_, i) => `func step${i}(n int) int {\n\tif n > ${i} {\n\t\treturn n\n\t}\n\treturn ${i}\n}`);

const jsInput = lines(
  'import { observable } from "mobx"',
  "",
  "class Box {",
  "    @observable field = 1",
  "",
  "    method(x) {",
  "        if (x > 1) {",
  '            console.log("hi")',
  "        } else if (x < 0) {",
  "            return x",
  "        }",
  "        return this.field",
  "    }",
  "}",
  "",
  "export function unwrap(box) {",
  "    for (const k of Object.keys(box)) {",
  "        if (k) return box[k]",
  "    }",
  "}",
);
const js = editsIn(["package.json", "codemod/undecorate.ts", "src/box.js", "test/box.test.js"]);
const jsCase = (path: string, text: string[]) => js([path, undefined, text]);

const rbBase = lines(
  "module Puma",
  "  class Cluster",
  "    def start_phased_restart",
  "      @phase += 1",
  '      log "- Starting phased worker restart, phase: #{@phase}"',
  "      @workers.each(&:term)",
  "    end",
  "",
  "    def run",
  '      log "*     Restarts: (+) hot (+) phased"',
  "      load_and_bind",
  "    end",
  "  end",
  "end",
);
/** Each `if refork` arm holds `arm` (a log line, or a log line and a call). */
const banner = '      log "*     Restarts: (+) hot (+) phased (#{@options[:fork_worker] ? "+" : "-"}) refork"';
const rbHead = (arm: (words: string) => string[], run: string) =>
  lines(
    "module Puma",
    "  class Cluster",
    "    def start_phased_restart(refork = false)",
    "      @phase += 1",
    "      if refork",
    ...arm("worker refork"),
    "      else",
    ...arm("phased worker restart"),
    "      end",
    "      @workers.each(&:term)",
    "    end",
    "",
    "    def run",
    run,
    "      load_and_bind",
    "    end",
    "  end",
    "end",
  );
const rb = editsIn(["Gemfile", "lib/puma/cluster.rb", "test/test_cluster.rb"]);
const rbCase = (arm: (words: string) => string[], run = banner) => rb(["lib/puma/cluster.rb", rbBase, rbHead(arm, run)]);

testRule("tests-required", {
  valid: [
    { name: "PHP: a fixture class's static `test()` method is no test case", ...phpCase("class Foo") },
    { name: "PHP: nor one in a class extending something else", ...phpCase("class Foo extends Bar") },
    {
      name: "Python: inherited tests overridden to skip them, with reason strings and a named reason",
      ...pyCase(
        "    def test_download_conn_lost(self) -> None:  # type: ignore[override]",
        "        pytest.skip(self.DATALOSS_SKIP_REASON)",
        "",
        "    def test_unsupported_scheme(self):",
        '        pytest.skip("Check not implemented")',
      ),
    },
    {
      name: "Python: a unittest-style override skipped with raise SkipTest and self.skipTest",
      ...pyCase(
        "    def test_proxy(self):",
        '        raise unittest.SkipTest("Not implemented")',
        "",
        "    def test_timeout(self):",
        '        self.skipTest("Not implemented")',
      ),
    },
    { name: "Java: an @Override skipped with @Disabled(reason)", ...javaCase("    @Override") },
    { name: "Go: a thin command under cmd/ wrapping the module", ...goCase("cmd/tomll/main.go") },
    { name: "JS: a codemod's input named `babel-test.js`, with no test case", ...jsCase("codemod/babel-test.js", jsInput) },
    {
      name: "Ruby: an `if … else … end` whose arms only log, and a choice inside a log line",
      ...rbCase((w) => [`        log "- Starting ${w}, phase: #{@phase}"`]),
    },
  ],
  invalid: [
    {
      name: "Ruby: arms that also act are behaviour",
      ...rbCase(
        (w) => [`        log "- Starting ${w}"`, `        @workers.each { |x| x.${w.split(" ")[0]}! }`],
        "      @mode = @options[:fork_worker] ? :refork : :phased",
      ),
      findings: [{ messageId: "missingTests", path: "lib/puma/cluster.rb" }],
    },
    {
      name: "JS: the same code under a source's name asks for tests",
      ...jsCase("src/box-utils.js", jsInput),
      findings: [{ messageId: "missingTests", path: "src/box-utils.js" }],
    },
    {
      name: "PHP: a test class's `test()` asserting nothing is still said",
      ...phpCase("class FooTest extends TestCase"),
      findings: [{ messageId: "noAssertion", line: 7 }],
    },
    {
      name: "Python: a skip without a reason is said, even in a subclass",
      ...pyCase("    def test_download_conn_lost(self):", "        pytest.skip()"),
      findings: [{ messageId: "onlySkipped", line: 4 }],
    },
    {
      name: "Python: a class of the framework's TestCase inherits no tests to skip",
      ...pyTop("unittest.TestCase", "    def test_proxy(self):", '        pytest.skip("Not implemented")'),
      findings: [{ messageId: "onlySkipped", line: 4 }],
    },
    { name: "Java: without @Override, the skip is new work left", ...javaCase("    // new"), findings: [{ messageId: "onlySkipped" }] },
    {
      name: "Go: a long command carries logic of its own",
      ...goCase("cmd/tomll/main.go", longTail),
      findings: [{ messageId: "missingTests", path: "cmd/tomll/main.go" }],
    },
  ],
});
